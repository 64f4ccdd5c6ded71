//! The delivery worker's Discord sender: outbox messages as DMs, operator alerts in
//! their channel.

use std::sync::Arc;

use async_trait::async_trait;
use serenity::all::{ChannelId, Http, UserId};

use linkstar_assistant::Reply;
use linkstar_assistant::delivery::{SendError, Sender};
use linkstar_core::place::ChatAccount;

use crate::rest::{Rest, RestError};

/// Discord's JSON error code for "Cannot send messages to this user" (DMs closed).
pub const CANNOT_MESSAGE_USER: i64 = 50007;

/// Sends outbox messages as DMs through Discord REST (serenity keeps to the rate-limit
/// buckets; a `429` that reaches LinkStar carries Discord's `retry_after`).
#[derive(Clone)]
pub struct DiscordSender {
    rest: Rest,
}

impl DiscordSender {
    /// A sender on `http` (build it with [`DiscordConfig::http`](crate::DiscordConfig::http)).
    pub fn new(http: Arc<Http>) -> DiscordSender {
        DiscordSender { rest: Rest::new(http, reqwest::Client::new()) }
    }
}

#[async_trait]
impl Sender for DiscordSender {
    async fn send(&self, chat: &ChatAccount, reply: &Reply) -> Result<(), SendError> {
        let id = chat
            .external_id
            .parse::<u64>()
            .ok()
            .filter(|id| *id != 0)
            .ok_or_else(|| SendError::Failed("not a Discord user id".into()))?;
        self.rest.dm(UserId::new(id), reply).await.map_err(classify)
    }

    /// Operator alerts go to a server channel, not a DM.
    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        let id = chat_id
            .parse::<u64>()
            .ok()
            .filter(|id| *id != 0)
            .ok_or_else(|| SendError::Failed("not a Discord channel id".into()))?;
        self.rest.post(ChannelId::new(id), reply).await.map_err(classify)
    }
}

/// What the worker should do about a failed request: closed DMs make the chat
/// unreachable, a `429` waits Discord's `retry_after`, anything else is retried with
/// backoff.
pub fn classify(e: impl Into<RestError>) -> SendError {
    match e.into() {
        RestError::Refused { code: CANNOT_MESSAGE_USER, .. } => SendError::Blocked,
        RestError::RateLimited(wait) => SendError::RetryAfter(wait),
        other => SendError::Failed(other.to_string()),
    }
}
