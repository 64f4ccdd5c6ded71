//! LinkStar on Discord: a thin serenity adapter around the creator assistant.
//!
//! The bot connects to the gateway and registers its global slash commands (`/link
//! token`, `/deals`, `/draft` with an attachment and a caption, `/post url`,
//! `/language`, `/help`), described in every language from Fluent and offered only in
//! the DM with the bot. Each interaction, DM or edited DM is translated into an
//! assistant [`Inbound`](linkstar_assistant::Inbound) — the user's Discord locale feeds
//! language negotiation — and the assistant's replies go back as interaction responses
//! and follow-ups with buttons. Every interaction is acknowledged before any database
//! work (Discord's 3-second window): commands and modal submits are deferred, buttons
//! get a deferred update; Propose a fee opens a modal at once from reads alone. Outside
//! the bot's DM ([`place`]) every answer is ephemeral and only the person a message
//! answered may press its buttons. Attachments are downloaded only when a step waits
//! for a file, and stopped at the size limit. No flow logic and no user-facing words
//! live here. [`DiscordSender`] is the delivery worker's way to DM creators, mapping
//! closed DMs (error 50007) to an unreachable chat.

mod commands;
mod files;
mod handler;
mod interactions;
pub mod mapping;
pub mod place;
mod rest;
mod sender;

use serenity::all::{ClientBuilder, GatewayIntents, Http, HttpBuilder};
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

use linkstar_assistant::delivery::DeliveryConfig;
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::place::ChatPlatform;
use linkstar_i18n::Localizer;

pub use commands::{definitions, discord_locale};
pub use handler::Handler;
pub use rest::{Rest, RestError, retry_after};
pub use sender::{CANNOT_MESSAGE_USER, DiscordSender, classify};

/// How to reach Discord.
#[derive(Clone)]
pub struct DiscordConfig {
    /// The bot token.
    pub token: String,
    /// A base URL replacing `https://discord.com` for REST and gateway discovery
    /// (`LINKSTAR_DISCORD_API_URL`); default Discord's own.
    pub api_url: Option<String>,
}

impl std::fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig").field("token", &"<redacted>").field("api_url", &self.api_url).finish()
    }
}

/// A bot that could not run.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// Discord refused the bot (a wrong token, an unreachable server).
    #[error("Discord refused the bot: {0}")]
    Api(String),
}

impl DiscordConfig {
    /// A config for `token`, optionally redirected to `api_url`.
    pub fn new(token: impl Into<String>, api_url: Option<String>) -> DiscordConfig {
        DiscordConfig { token: token.into(), api_url }
    }

    /// The REST client (rustls). Talking to Discord itself, serenity keeps to the
    /// rate-limit buckets and waits out `429`s; redirected to `api_url`, serenity
    /// requires its rate limiter off (it sends through the proxy only then, the proxy
    /// being expected to limit), so a `429` comes back as an error and LinkStar waits
    /// its `retry_after` and retries itself ([`Rest`]: the worker reschedules, direct
    /// replies retry).
    pub fn http(&self) -> Http {
        let builder = HttpBuilder::new(&self.token);
        match &self.api_url {
            Some(url) => builder.proxy(url.trim_end_matches('/')).ratelimiter_disabled(true).build(),
            None => builder.build(),
        }
    }
}

/// The delivery worker's settings for Discord: 50 requests a second for the whole bot
/// (Discord's global limit), one message a second per DM.
pub fn delivery_config(owner: impl Into<String>) -> DeliveryConfig {
    // A channel takes 5 messages in 5 s: the one-a-second gap per chat keeps under it.
    DeliveryConfig {
        platform: ChatPlatform::Discord,
        per_second: 50,
        group_burst: 0,
        ..DeliveryConfig::telegram(owner)
    }
}

/// What every handler gets besides the event.
pub struct Bridge {
    /// The conversation engine.
    pub assistant: Assistant,
    /// Where uploaded drafts go.
    pub blobs: BlobStore,
    /// The words of the command descriptions and the fee modal.
    pub words: Arc<Localizer>,
}

/// Connects to the gateway (found through `GET /gateway/bot` on the configured REST
/// server) and answers interactions and DMs until `stop` is cancelled.
pub async fn run(config: &DiscordConfig, bridge: Arc<Bridge>, stop: CancellationToken) -> Result<(), SetupError> {
    let intents = GatewayIntents::DIRECT_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = ClientBuilder::new_with_http(config.http(), intents)
        .event_handler(Handler::new(bridge))
        .await
        .map_err(|e| SetupError::Api(e.to_string()))?;
    let shards = client.shard_manager.clone();
    let watcher = tokio::spawn(async move {
        stop.cancelled().await;
        shards.shutdown_all().await;
    });
    let outcome = client.start().await;
    watcher.abort();
    outcome.map_err(|e| SetupError::Api(e.to_string()))?;
    tracing::info!("discord bot stopped");
    Ok(())
}
