//! The delivery worker's Telegram sender: creators' chats and operators' groups.
//!
//! A creator's messages (offers, fees, payment notices) go only to a private chat, whose
//! id is the user's own positive id. A chat linked before groups were refused (a group,
//! supergroup or channel, all negative ids) is never written to: the send is refused as
//! if the bot were blocked, so the worker holds the messages and marks the chat
//! unreachable, and the refusal is logged. Operators' alert groups are the one group the
//! product writes to.

use async_trait::async_trait;
use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};

use linkstar_assistant::Reply;
use linkstar_assistant::delivery::{SendError, Sender};
use linkstar_core::place::ChatAccount;

use crate::handlers::send;

/// Sends outbox messages through the Bot API.
#[derive(Clone)]
pub struct TelegramSender {
    bot: Bot,
}

impl TelegramSender {
    /// A sender on `bot` (build it with [`TelegramConfig::bot`](crate::TelegramConfig::bot)).
    pub fn new(bot: Bot) -> TelegramSender {
        TelegramSender { bot }
    }
}

#[async_trait]
impl Sender for TelegramSender {
    async fn send(&self, chat: &ChatAccount, reply: &Reply) -> Result<(), SendError> {
        let id: i64 = chat.external_id.parse().map_err(|_| SendError::Failed("not a Telegram chat id".into()))?;
        if id <= 0 {
            tracing::warn!(chat = id, "a creator's message is not sent to a Telegram group or channel");
            return Err(SendError::Blocked);
        }
        match send(&self.bot, ChatId(id), reply).await {
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::warn!(chat = id, error = %e, "sending a creator's message failed");
                Err(classify(e))
            }
        }
    }

    /// Operators' groups are ordinary chats to the Bot API: `sendMessage` to the group's
    /// (negative) chat id.
    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        let id: i64 = chat_id.parse().map_err(|_| SendError::Failed("not a Telegram chat id".into()))?;
        send(&self.bot, ChatId(id), reply).await.map(|_| ()).map_err(|e| {
            tracing::warn!(chat = id, error = %e, "sending to an operators' group failed");
            classify(e)
        })
    }
}

/// What the worker should do about a failed request.
fn classify(e: RequestError) -> SendError {
    match e {
        RequestError::RetryAfter(wait) => SendError::RetryAfter(wait.duration()),
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::BotKicked | ApiError::BotKickedFromSupergroup,
        ) => SendError::Blocked,
        other => SendError::Failed(other.to_string()),
    }
}
