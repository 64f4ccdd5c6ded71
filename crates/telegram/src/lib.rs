//! LinkStar on Telegram: a thin teloxide adapter around the creator assistant.
//!
//! Updates arrive by long polling; [`schema`] is the whole handler tree (messages and
//! button presses), with the assistant injected through `dptree::deps!`. Each update is
//! translated into an assistant [`Inbound`](linkstar_assistant::Inbound) — commands,
//! text, documents, photos and videos (fetched through `getFile` into the blob store
//! when they are within the configured limits), button data — and the assistant's
//! replies are sent back with inline keyboards; every callback query is answered. No
//! flow logic and no user-facing words live here. [`TelegramSender`] is the delivery
//! worker's way to send outbox messages, mapping `429 retry_after` and "bot was
//! blocked" to what the worker needs.

mod files;
mod handlers;
mod sender;

use std::sync::Arc;
use std::time::Duration;

use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::update_listeners::Polling;
use tokio_util::sync::CancellationToken;

use linkstar_assistant::{Assistant, BlobStore};

pub use handlers::schema;
pub use sender::TelegramSender;

/// Telegram's public Bot API server.
pub const DEFAULT_API_URL: &str = "https://api.telegram.org";

/// How to reach the Bot API.
#[derive(Clone)]
pub struct TelegramConfig {
    /// The bot token.
    pub token: String,
    /// The Bot API base URL (`LINKSTAR_TELEGRAM_API_URL`); default Telegram's own.
    pub api_url: Option<String>,
    /// How long one `getUpdates` long poll waits.
    pub poll_timeout: Duration,
    /// How long any other request may take.
    pub request_timeout: Duration,
}

impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &"<redacted>")
            .field("api_url", &self.api_url)
            .field("poll_timeout", &self.poll_timeout)
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}

/// A bot that cannot be built from the configuration.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The API URL does not parse.
    #[error("LINKSTAR_TELEGRAM_API_URL is not a URL: {0}")]
    ApiUrl(String),
    /// The Bot API refused the bot (a wrong token, an unreachable server).
    #[error("the Telegram Bot API refused the bot: {0}")]
    Api(String),
    /// The HTTP client could not be built.
    #[error("building the HTTP client: {0}")]
    Client(String),
}

impl TelegramConfig {
    /// A config with the default timeouts.
    pub fn new(token: impl Into<String>, api_url: Option<String>) -> TelegramConfig {
        TelegramConfig {
            token: token.into(),
            api_url,
            poll_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(10),
        }
    }

    /// A teloxide bot whose requests give up after `timeout` (rustls, no native TLS).
    pub fn bot(&self, timeout: Duration) -> Result<Bot, SetupError> {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(timeout)
            .build()
            .map_err(|e| SetupError::Client(e.to_string()))?;
        let bot = Bot::with_client(self.token.clone(), client);
        match &self.api_url {
            Some(url) => {
                let url = url::Url::parse(url).map_err(|e| SetupError::ApiUrl(e.to_string()))?;
                Ok(bot.set_api_url(url))
            }
            None => Ok(bot),
        }
    }
}

/// Shows the commands in Telegram's menu, described in each language. A failure only
/// costs the menu, so it is logged and the bot goes on.
async fn register_commands(bot: &Bot, assistant: &Assistant) {
    for menu in assistant.command_menus() {
        let language = menu.language;
        let commands = menu.commands.into_iter().map(|(name, description)| BotCommand::new(name, description));
        let request = bot.set_my_commands(commands);
        let sent = match language {
            Some(code) => request.language_code(code).await,
            None => request.await,
        };
        if let Err(e) = sent {
            tracing::warn!(error = %e, "registering the command menu failed");
        }
    }
}

/// What every handler gets besides the update.
pub struct Bridge {
    /// The conversation engine.
    pub assistant: Assistant,
    /// Where uploaded drafts go.
    pub blobs: BlobStore,
}

/// Polls for updates and answers them until `stop` is cancelled, then finishes the
/// updates in hand and returns.
pub async fn run(config: &TelegramConfig, bridge: Arc<Bridge>, stop: CancellationToken) -> Result<(), SetupError> {
    // The long poll must outlive its own timeout, or every idle poll would fail.
    let bot = config.bot(config.poll_timeout + config.request_timeout)?;
    register_commands(&bot, &bridge.assistant).await;
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![bridge])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("handling a Telegram update failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let watcher = tokio::spawn(async move {
        stop.cancelled().await;
        // The dispatcher refuses a shutdown before it has started; try until it takes.
        loop {
            match shutdown.shutdown() {
                Ok(done) => break done.await,
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
    let polling = Polling::builder(bot).timeout(config.poll_timeout).delete_webhook().await.build();
    let outcome = dispatcher
        .try_dispatch_with_listener(polling, LoggingErrorHandler::with_custom_text("polling Telegram failed"))
        .await;
    watcher.abort();
    outcome.map_err(|e| SetupError::Api(e.to_string()))?;
    tracing::info!("telegram bot stopped");
    Ok(())
}
