//! The handler tree: Telegram updates in, assistant replies out.

use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::{ApiError, RequestError};

use linkstar_assistant::{Inbound, Input, Outcome, Reply};
use linkstar_core::place::{ChatAccount, ChatPlatform};

use crate::Bridge;
use crate::files::upload;

/// Errors a handler passes to the dispatcher's error handler (which logs them).
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;
type HandlerResult = Result<(), HandlerError>;

/// The whole handler tree: messages and button presses. The same tree runs in tests.
pub fn schema() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_button))
}

fn account(chat: ChatId) -> ChatAccount {
    ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.0.to_string() }
}

async fn on_message(bot: Bot, update: Update, msg: Message, bridge: Arc<Bridge>) -> HandlerResult {
    let input = match msg.text() {
        Some(text) => Input::from_text(text),
        None => upload(&bot, &msg, &bridge).await,
    };
    let inbound = Inbound {
        chat: account(msg.chat.id),
        update_id: Some(update.id.0.to_string()),
        language_code: msg.from.as_ref().and_then(|u| u.language_code.clone()),
        input,
    };
    let outcome = bridge.assistant.handle(inbound).await?;
    send_all(&bot, msg.chat.id, &outcome).await
}

async fn on_button(bot: Bot, update: Update, q: CallbackQuery, bridge: Arc<Bridge>) -> HandlerResult {
    // Answer at once so the creator's button stops spinning, whatever happens next.
    bot.answer_callback_query(q.id.clone()).await?;
    let chat = q.message.as_ref().map(|m| m.chat().id).unwrap_or(ChatId(q.from.id.0 as i64));
    let inbound = Inbound {
        chat: account(chat),
        update_id: Some(update.id.0.to_string()),
        language_code: q.from.language_code.clone(),
        input: Input::Button(q.data.clone().unwrap_or_default()),
    };
    let outcome = bridge.assistant.handle(inbound).await?;
    if outcome.close_buttons
        && let Some(message) = q.regular_message()
    {
        bot.edit_message_reply_markup(chat, message.id).await?;
    }
    send_all(&bot, chat, &outcome).await
}

/// Replies are sent in order; a reply the Bot API refuses for a while (`429`, a server
/// error, a timeout) is tried again a few times, so a brief outage delays the answer
/// instead of losing it. (Outbox messages have the worker's durable retries.)
async fn send_all(bot: &Bot, chat: ChatId, outcome: &Outcome) -> HandlerResult {
    for reply in &outcome.replies {
        let mut attempt = 0;
        loop {
            match send(bot, chat, reply).await {
                Ok(_) => break,
                Err(RequestError::RetryAfter(wait)) if attempt < REPLY_ATTEMPTS => {
                    tokio::time::sleep(wait.duration()).await;
                }
                Err(RequestError::Api(ApiError::Unknown(_)) | RequestError::Network(_)) if attempt < REPLY_ATTEMPTS => {
                    tokio::time::sleep(Duration::from_millis(250) * 2u32.pow(attempt)).await;
                }
                Err(e) => return Err(e.into()),
            }
            attempt += 1;
        }
    }
    Ok(())
}

/// Tries of a direct reply after the first.
const REPLY_ATTEMPTS: u32 = 3;

/// Sends one reply with its inline keyboard.
pub(crate) async fn send(bot: &Bot, chat: ChatId, reply: &Reply) -> Result<Message, teloxide::RequestError> {
    let request = bot.send_message(chat, reply.text.clone());
    if reply.buttons.is_empty() {
        return request.await;
    }
    let rows = reply.buttons.iter().map(|row| {
        row.iter().map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.clone())).collect::<Vec<_>>()
    });
    request.reply_markup(InlineKeyboardMarkup::new(rows)).await
}
