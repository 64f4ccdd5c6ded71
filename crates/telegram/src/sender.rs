//! The delivery worker's Telegram sender: creators' chats and operators' groups.

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
        match send(&self.bot, ChatId(id), reply).await {
            Ok(_) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }

    /// Operators' groups are ordinary chats to the Bot API: `sendMessage` to the group's
    /// (negative) chat id.
    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        let id: i64 = chat_id.parse().map_err(|_| SendError::Failed("not a Telegram chat id".into()))?;
        send(&self.bot, ChatId(id), reply).await.map(|_| ()).map_err(classify)
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
