//! The handler tree: Telegram updates in, assistant replies out.
//!
//! Only a creator's own private chat reaches the assistant: a message must come from a
//! private chat whose user wrote it, a press from the user of the private chat the
//! button is in. Groups, supergroups and channels get one line saying the bot works in
//! a private chat; someone else's press is refused; neither changes anything.

use std::sync::Arc;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use linkstar_assistant::{Inbound, Input, Outcome, Reply};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_i18n::{Language, Refusal, negotiate};

use crate::Bridge;
use crate::files::upload;
use crate::retry::persist;

/// Errors a handler passes to the dispatcher's error handler (which logs them).
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;
type HandlerResult = Result<(), HandlerError>;

/// The whole handler tree: messages (new and edited), button presses, and channel posts
/// (refused). The same tree runs in tests.
pub fn schema() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_button))
        .branch(Update::filter_channel_post().endpoint(on_message))
}

pub(crate) fn account(chat: ChatId) -> ChatAccount {
    ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.0.to_string() }
}

/// The language of someone the bot refuses: what their app reports, else the default.
fn their_language(code: Option<&str>) -> Language {
    negotiate(None, code, None)
}

/// Whether a message comes from a creator's own private chat: only those reach the
/// assistant (Telegram's private chat id is the user's id).
pub(crate) fn own_private_chat(private: bool, chat: ChatId, from: Option<UserId>) -> bool {
    private && chat.0 > 0 && from.is_some_and(|u| i64::try_from(u.0).is_ok_and(|id| id == chat.0))
}

/// Tells a group, supergroup or channel, in one line, that the bot works in a private
/// chat; nothing else happens.
pub(crate) async fn refuse_elsewhere(bot: &Bot, bridge: &Bridge, chat: ChatId, code: Option<&str>) {
    tracing::info!(chat = chat.0, "an update from outside a private chat refused");
    let line = bridge.assistant.words().refusal(Refusal::PrivateChatOnly, their_language(code));
    let _ = persist("sendMessage", chat, || bot.send_message(chat, line.clone()).into_future()).await;
}

async fn on_message(bot: Bot, update: Update, msg: Message, bridge: Arc<Bridge>) -> HandlerResult {
    let chat = msg.chat.id;
    let code = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !own_private_chat(msg.chat.is_private(), chat, msg.from.as_ref().map(|u| u.id)) {
        refuse_elsewhere(&bot, &bridge, chat, code.as_deref()).await;
        return Ok(());
    }
    let input = match msg.text() {
        Some(text) => Input::from_text(text),
        None => upload(&bot, &msg, &bridge).await,
    };
    let inbound = Inbound { chat: account(chat), update_id: Some(update.id.0.to_string()), language_code: code, input };
    if let Some(outcome) = handle(&bridge, inbound).await {
        send_all(&bot, chat, &outcome).await;
    }
    Ok(())
}

/// The press is handled first; answering it, closing its buttons and the replies come
/// after, each retried, so a failing cosmetic call never decides whether a press counts
/// and the creator always hears back.
async fn on_button(bot: Bot, update: Update, q: CallbackQuery, bridge: Arc<Bridge>) -> HandlerResult {
    let from = q.from.id;
    let (chat, private) = match &q.message {
        Some(m) => (m.chat().id, m.chat().is_private()),
        // Without a message (an inline button) there is no chat to act for but the user's own.
        None => (ChatId(i64::try_from(from.0).unwrap_or(0)), true),
    };
    let words = bridge.assistant.words();
    let language = their_language(q.from.language_code.as_deref());
    if !private || !own_private_chat(true, chat, Some(from)) {
        let refusal = if private { Refusal::NotYourButton } else { Refusal::PrivateChatOnly };
        tracing::info!(chat = chat.0, user = from.0, ?refusal, "a button press refused");
        let text = words.refusal(refusal, language);
        let _ = persist("answerCallbackQuery", chat, || {
            bot.answer_callback_query(q.id.clone()).text(text.clone()).show_alert(true).into_future()
        })
        .await;
        return Ok(());
    }
    let inbound = Inbound {
        chat: account(chat),
        update_id: Some(update.id.0.to_string()),
        language_code: q.from.language_code.clone(),
        input: Input::Button(q.data.clone().unwrap_or_default()),
    };
    let outcome = handle(&bridge, inbound).await;
    // Answered whatever happened, so the button stops spinning.
    let _ = persist("answerCallbackQuery", chat, || bot.answer_callback_query(q.id.clone()).into_future()).await;
    let Some(outcome) = outcome else { return Ok(()) };
    if outcome.close_buttons
        && let Some(message) = q.regular_message()
    {
        let id = message.id;
        let _ = persist("editMessageReplyMarkup", chat, || bot.edit_message_reply_markup(chat, id).into_future()).await;
    }
    send_all(&bot, chat, &outcome).await;
    Ok(())
}

/// The assistant's answer; a storage failure is logged with the chat and the cause.
pub(crate) async fn handle(bridge: &Bridge, inbound: Inbound) -> Option<Outcome> {
    let chat = inbound.chat.external_id.clone();
    let update = inbound.update_id.clone();
    match bridge.assistant.handle(inbound).await {
        Ok(outcome) => Some(outcome),
        Err(e) => {
            tracing::error!(%chat, ?update, error = %e, "handling a Telegram update failed");
            None
        }
    }
}

/// Replies are sent in order, each retried (`retry_after`, back-off), so a brief outage
/// delays the answer instead of losing it. (Outbox messages have the worker's durable
/// retries.)
pub(crate) async fn send_all(bot: &Bot, chat: ChatId, outcome: &Outcome) {
    for reply in &outcome.replies {
        if persist("sendMessage", chat, || send(bot, chat, reply)).await.is_err() {
            // Logged by `persist`; later replies would read out of order.
            return;
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_user_of_a_private_chat_is_served() {
        assert!(own_private_chat(true, ChatId(42), Some(UserId(42))));
        assert!(!own_private_chat(true, ChatId(42), Some(UserId(43))), "someone else");
        assert!(!own_private_chat(true, ChatId(42), None), "no sender");
        assert!(!own_private_chat(false, ChatId(-1_000_042), Some(UserId(42))), "a group");
        assert!(!own_private_chat(true, ChatId(-42), Some(UserId(42))), "a negative id is never private");
    }
}
