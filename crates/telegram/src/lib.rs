//! LinkStar on Telegram: a thin teloxide adapter around the creator assistant.
//!
//! Updates arrive by long polling; [`schema`] is the whole handler tree (messages, edited
//! messages, button presses, channel posts), with the assistant injected through
//! `dptree::deps!`. Only a creator's own private chat reaches the assistant; groups,
//! supergroups and channels get one line saying the bot works in a private chat, and a
//! press by anyone but the chat's user is refused. Each update is translated into an
//! assistant [`Inbound`](linkstar_assistant::Inbound) — commands, text, documents,
//! photos and videos (fetched through `getFile` into the blob store only when a step
//! awaits a draft and they are within the limits, their real size counted), button
//! data — and the assistant's replies are sent back with inline keyboards. A press is
//! handled first and then answered, its buttons closed and its replies sent, each call
//! retried. Updates teloxide cannot parse (files beyond 4 GiB) are answered from their
//! raw JSON. No flow logic and no user-facing words live here. [`TelegramSender`] is the
//! delivery worker's way to send outbox messages, mapping `429 retry_after` and "bot was
//! blocked" to what the worker needs, and refusing to send a creator's message to a
//! group.

mod files;
mod handlers;
mod raw;
mod retry;
mod sender;

use std::sync::Arc;
use std::time::Duration;

use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, Me};
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, RequestError};
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
    /// The Bot API rejected the token (`401 Unauthorized` or `404 Not Found`).
    #[error(
        "the Telegram Bot API rejected the bot token ({0}): check LINKSTAR_TELEGRAM_TOKEN (ask @BotFather for the bot's token)"
    )]
    Rejected(String),
    /// The Bot API refused the bot for another reason.
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

/// The longest wait between two tries to reach the Bot API at start-up.
const MAX_CONNECT_WAIT: Duration = Duration::from_secs(60);

/// Waits for the Bot API to accept the bot (`getMe`): a failure is logged and tried
/// again with back-off (`retry_after` for a 429) until it answers or `stop` is
/// cancelled (`None`); a rejected token (`401`/`404`) is an error at once.
async fn connect(bot: &Bot, stop: &CancellationToken) -> Result<Option<Me>, SetupError> {
    let mut attempt: u32 = 0;
    loop {
        let answer = tokio::select! {
            answer = bot.get_me().into_future() => answer,
            () = stop.cancelled() => return Ok(None),
        };
        let e = match answer {
            Ok(me) => return Ok(Some(me)),
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                tracing::error!("the Telegram Bot API rejected the bot token");
                return Err(SetupError::Rejected(ApiError::InvalidToken.to_string()));
            }
            Err(e) => e,
        };
        attempt += 1;
        let wait = retry::retry_wait(&e, attempt).unwrap_or_else(|| retry::backoff(attempt)).min(MAX_CONNECT_WAIT);
        tracing::warn!(attempt, error = %e, ?wait, "the Telegram Bot API did not accept getMe; trying again");
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = stop.cancelled() => return Ok(None),
        }
    }
}

/// Polls for updates and answers them until `stop` is cancelled, then finishes the
/// updates in hand and returns. Start-up waits for the Bot API (see [`connect`]); a
/// rejected token is [`SetupError::Rejected`].
pub async fn run(config: &TelegramConfig, bridge: Arc<Bridge>, stop: CancellationToken) -> Result<(), SetupError> {
    // The long poll must outlive its own timeout, or every idle poll would fail.
    let bot = config.bot(config.poll_timeout + config.request_timeout)?;
    let Some(me) = connect(&bot, &stop).await? else {
        tracing::info!("telegram bot stopped before it started");
        return Ok(());
    };
    tracing::info!(bot = %me.username(), "telegram bot connected");
    register_commands(&bot, &bridge.assistant).await;
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![bridge.clone()])
        .default_handler(|update| async move {
            tracing::debug!(update = update.id.0, "an update of a kind the bot does not handle");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("handling a Telegram update failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let watcher = tokio::spawn({
        let stop = stop.clone();
        async move {
            stop.cancelled().await;
            // The dispatcher refuses a shutdown before it has started; try until it takes.
            loop {
                match shutdown.shutdown() {
                    Ok(done) => break done.await,
                    Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                }
            }
        }
    });
    let (raw_tx, mut raw_rx) = tokio::sync::mpsc::unbounded_channel();
    let raw_task = tokio::spawn({
        let (bot, bridge) = (bot.clone(), bridge.clone());
        async move {
            while let Some(update) = raw_rx.recv().await {
                raw::on_raw(bot.clone(), bridge.clone(), update).await;
            }
        }
    });
    // Long polling needs no webhook: teloxide's builder removes one that is set.
    let _ = Polling::builder(bot.clone()).delete_webhook().await;
    let mut attempt: u32 = 0;
    let outcome = loop {
        let listener = raw::RawPolling::new(bot.clone(), config.poll_timeout, raw_tx.clone());
        // The dispatcher asks getMe once more before it polls; a failure there is one
        // more start-up failure, retried like the first.
        let e = match dispatcher
            .try_dispatch_with_listener(listener, LoggingErrorHandler::with_custom_text("polling Telegram failed"))
            .await
        {
            Ok(()) => break Ok(()),
            Err(RequestError::Api(ApiError::InvalidToken)) => {
                break Err(SetupError::Rejected(ApiError::InvalidToken.to_string()));
            }
            Err(e) => e,
        };
        attempt += 1;
        let wait = retry::retry_wait(&e, attempt).unwrap_or_else(|| retry::backoff(attempt)).min(MAX_CONNECT_WAIT);
        tracing::warn!(attempt, error = %e, ?wait, "starting to poll Telegram failed; trying again");
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = stop.cancelled() => break Ok(()),
        }
    };
    watcher.abort();
    drop(raw_tx);
    // Unreadable updates in hand are answered before the bot reports it stopped.
    let _ = raw_task.await;
    outcome?;
    tracing::info!("telegram bot stopped");
    Ok(())
}
