//! `linkstar serve`: the creator bots, the delivery worker and the reminder scheduler in
//! one process, until
//! SIGINT or SIGTERM.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio_util::sync::CancellationToken;

use linkstar_app::{ChatStore, ScheduleStore};
use linkstar_assistant::delivery::{Delivery, DeliveryConfig};
use linkstar_assistant::scheduler::{Scheduler, SchedulerConfig};
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::checks::FileLimits;
use linkstar_telegram::{Bridge, TelegramConfig, TelegramSender};

use super::Context;
use crate::config;

/// Runs until a shutdown signal, then lets the bot finish the updates in hand and the
/// worker the sends in flight.
pub async fn run(ctx: &Context) -> anyhow::Result<ExitCode> {
    let s = &ctx.settings;
    let token = s
        .telegram_token
        .as_ref()
        .filter(|t| !t.expose().is_empty())
        .context("nothing to serve: set LINKSTAR_TELEGRAM_TOKEN (the Discord bot is not available yet)")?;
    let (store, app) = ctx.open().await?;
    let words = Arc::new(linkstar_i18n::Localizer::new()?);
    let limits = FileLimits {
        max_bytes: s.max_file_bytes.unwrap_or(FileLimits::DEFAULT_MAX_BYTES),
        allowed_types: s.allowed_file_types.clone().unwrap_or_else(|| FileLimits::default().allowed_types),
    };
    let blob_dir = match &s.blob_dir {
        Some(dir) => dir.clone(),
        None => config::data_dir()?.join("blobs"),
    };
    let blobs = BlobStore::new(&blob_dir).with_context(|| format!("opening the blob store {}", blob_dir.display()))?;
    let chats: Arc<dyn ChatStore> = store.clone();
    let schedule: Arc<dyn ScheduleStore> = store.clone();
    let scheduler = Scheduler::new(app.clone(), schedule, SchedulerConfig::new(worker_name()));
    let assistant = Assistant::new(app, chats, words, limits);

    let mut telegram = TelegramConfig::new(token.expose(), s.telegram_api_url.clone());
    if let Some(secs) = s.telegram_timeout_secs {
        telegram.request_timeout = Duration::from_secs(secs.max(1));
    }
    let sender = TelegramSender::new(telegram.bot(telegram.request_timeout)?);
    let mut delivery = DeliveryConfig::telegram(worker_name());
    if let Some(rate) = s.delivery_per_second {
        delivery.per_second = rate.max(1);
    }
    if let Some(secs) = s.delivery_lease_secs {
        delivery.lease = Duration::from_secs(secs.max(1));
    }
    let worker = Delivery::new(assistant.clone(), Arc::new(sender), delivery);

    let stop = CancellationToken::new();
    let signals = tokio::spawn(shutdown_signal(stop.clone()));
    let bridge = Arc::new(Bridge { assistant, blobs });
    eprintln!("linkstar serve: telegram bot, delivery worker and reminder scheduler running; stop with Ctrl-C");
    let (bot, (), ()) = tokio::join!(
        linkstar_telegram::run(&telegram, bridge, stop.clone()),
        worker.run(stop.clone()),
        scheduler.run(stop.clone())
    );
    signals.abort();
    store.close().await;
    bot?;
    eprintln!("linkstar serve: stopped");
    Ok(ExitCode::SUCCESS)
}

/// A lease owner name unique to this process.
fn worker_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "linkstar".into());
    format!("{host}-{}-{:08x}", std::process::id(), rand::random::<u32>())
}

/// Cancels `stop` on SIGINT or SIGTERM.
async fn shutdown_signal(stop: CancellationToken) {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                let _ = interrupt.await;
                stop.cancel();
                return;
            }
        };
        tokio::select! {
            _ = interrupt => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
    tracing::info!("shutting down");
    stop.cancel();
}
