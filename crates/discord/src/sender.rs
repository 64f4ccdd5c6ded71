//! The delivery worker's Discord sender: outbox messages as DMs, operator alerts in
//! their channel.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use serenity::all::{ChannelId, CreateMessage, Http, HttpError, UserId};

use linkstar_assistant::Reply;
use linkstar_assistant::delivery::{SendError, Sender};
use linkstar_core::place::ChatAccount;

use crate::mapping::messages;

/// Discord's JSON error code for "Cannot send messages to this user" (DMs closed).
pub const CANNOT_MESSAGE_USER: isize = 50007;

/// Sends outbox messages as DMs through Discord REST (serenity keeps to the rate-limit
/// buckets and waits out `429`s it is told about).
#[derive(Clone)]
pub struct DiscordSender {
    http: Arc<Http>,
}

impl DiscordSender {
    /// A sender on `http` (build it with [`DiscordConfig::http`](crate::DiscordConfig::http)).
    pub fn new(http: Arc<Http>) -> DiscordSender {
        DiscordSender { http }
    }
}

/// Sends a reply as DMs to a user: opens (or reuses) the DM channel, then sends each
/// piece of the reply in order.
pub(crate) async fn send_dm(http: &Http, user: UserId, reply: &Reply) -> Result<(), serenity::Error> {
    let channel = user.create_dm_channel(http).await?;
    for (text, rows) in messages(reply) {
        channel.send_message(http, CreateMessage::new().content(text).components(rows)).await?;
    }
    Ok(())
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
        send_dm(&self.http, UserId::new(id), reply).await.map_err(classify)
    }

    /// Operator alerts go to a server channel, not a DM.
    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        let id = chat_id
            .parse::<u64>()
            .ok()
            .filter(|id| *id != 0)
            .ok_or_else(|| SendError::Failed("not a Discord channel id".into()))?;
        send_to_channel(&self.http, ChannelId::new(id), reply).await.map_err(classify)
    }
}

/// Posts a reply in a channel, piece by piece in order.
async fn send_to_channel(http: &Http, channel: ChannelId, reply: &Reply) -> Result<(), serenity::Error> {
    for (text, rows) in messages(reply) {
        channel.send_message(http, CreateMessage::new().content(text).components(rows)).await?;
    }
    Ok(())
}

/// What the worker should do about a failed request: closed DMs make the chat
/// unreachable, a `429` that got through waits, anything else is retried with backoff.
pub fn classify(e: serenity::Error) -> SendError {
    if let serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) = &e {
        if response.error.code == CANNOT_MESSAGE_USER {
            return SendError::Blocked;
        }
        if response.status_code.as_u16() == 429 {
            return SendError::RetryAfter(Duration::from_secs(1));
        }
    }
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    SendError::Failed(text)
}
