//! `linkstar serve`: the creator bots, their delivery workers (which also post operator
//! alerts to the brands' alert chats), the reminder scheduler and the daily digest in
//! one process, until SIGINT or SIGTERM.

use std::future::Future;
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio_util::sync::CancellationToken;

use linkstar_app::{AlertStore, ChatStore, ScheduleStore};
use linkstar_assistant::delivery::{Delivery, DeliveryConfig};
use linkstar_assistant::digest::DigestRunner;
use linkstar_assistant::scheduler::{Scheduler, SchedulerConfig};
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::checks::FileLimits;
use linkstar_core::place::ChatPlatform;
use linkstar_discord::{DiscordConfig, DiscordSender};
use linkstar_i18n::Console;
use linkstar_telegram::{Bridge, TelegramConfig, TelegramSender};

use super::Context;

/// Runs until a shutdown signal, then lets the bot finish the updates in hand and the
/// worker the sends in flight.
pub async fn run(ctx: &Context) -> anyhow::Result<ExitCode> {
    let s = &ctx.settings;
    let telegram_token = s.telegram_token.as_ref().filter(|t| !t.expose().is_empty());
    let discord_token = s.discord_token.as_ref().filter(|t| !t.expose().is_empty());
    if telegram_token.is_none() && discord_token.is_none() {
        anyhow::bail!("nothing to serve: set LINKSTAR_TELEGRAM_TOKEN or LINKSTAR_DISCORD_TOKEN");
    }
    let (store, app) = ctx.open().await?;
    let running: Vec<ChatPlatform> = [(telegram_token, ChatPlatform::Telegram), (discord_token, ChatPlatform::Discord)]
        .into_iter()
        .filter_map(|(token, platform)| token.map(|_| platform))
        .collect();
    let brands = store.brands().await?;
    let inputs = crate::alerts::Inputs {
        brands: &brands,
        running: &running,
        language: ctx.language,
        time_zone: s.time_zone.as_deref(),
    };
    let alert_chats = crate::alerts::resolve(&s.alerts, &inputs).context("checking the [alerts] settings")?;
    let digests = DigestRunner::new(app.clone(), alert_chats.clone(), Duration::from_secs(20));
    // Deals from before reminders existed (or restored from a backup) get their rows now
    // rather than only when an operation next touches them.
    let backfill = app.plan_missing_reminders().await.context("planning reminders for deals that have none")?;
    if backfill.rows > 0 {
        tracing::info!(deals = backfill.deals, rows = backfill.rows, "reminders planned for deals that had none");
    }
    let words = Arc::new(linkstar_i18n::Localizer::new()?);
    let limits = FileLimits { max_bytes: s.max_file_bytes, allowed_types: s.allowed_file_types.clone() };
    let blob_dir = &s.blob_dir;
    let blobs = BlobStore::new(blob_dir).with_context(|| format!("opening the blob store {}", blob_dir.display()))?;
    let chats: Arc<dyn ChatStore> = store.clone();
    let schedule: Arc<dyn ScheduleStore> = store.clone();
    let scheduler = Scheduler::new(app.clone(), schedule, SchedulerConfig::new(worker_name()));
    let assistant = Assistant::new(app, chats, words.clone(), limits);
    let tune = |mut delivery: DeliveryConfig| {
        delivery.operator_chats =
            alert_chats.iter().filter(|(_, c)| c.platform == delivery.platform).map(|(b, c)| (*b, c.clone())).collect();
        if let Some(rate) = s.delivery_per_second {
            delivery.per_second = rate.max(1);
        }
        delivery.lease = Duration::from_secs(s.delivery_lease_secs.max(1));
        delivery
    };

    let stop = CancellationToken::new();
    let lines = (ctx.say(Console::ServeStopping), ctx.say(Console::ServeStoppedAtOnce));
    let signals = tokio::spawn(shutdown_signal(stop.clone(), lines));
    let mut tasks: Vec<Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>> = Vec::new();
    let mut running = Vec::new();
    if let Some(token) = telegram_token {
        let mut telegram = TelegramConfig::new(token.expose(), Some(s.telegram_api_url.clone()));
        telegram.request_timeout = Duration::from_secs(s.telegram_timeout_secs.max(1));
        let sender = TelegramSender::new(telegram.bot(telegram.request_timeout)?);
        let worker = Delivery::new(assistant.clone(), Arc::new(sender), tune(DeliveryConfig::telegram(worker_name())));
        let bridge = Arc::new(Bridge { assistant: assistant.clone(), blobs: blobs.clone() });
        let stop = stop.clone();
        tasks.push(Box::pin(async move {
            // A bot that cannot start (a rejected token) stops everything, its worker too.
            let bot = async {
                let outcome = linkstar_telegram::run(&telegram, bridge, stop.clone()).await;
                if outcome.is_err() {
                    stop.cancel();
                }
                outcome
            };
            let (bot, ()) = tokio::join!(bot, worker.run(stop.clone()));
            Ok(bot?)
        }));
        running.push("Telegram");
    }
    if let Some(token) = discord_token {
        let discord = DiscordConfig::new(token.expose(), s.discord_api_url.clone());
        let sender = DiscordSender::new(Arc::new(discord.http()));
        let worker =
            Delivery::new(assistant.clone(), Arc::new(sender), tune(linkstar_discord::delivery_config(worker_name())));
        let bridge = Arc::new(linkstar_discord::Bridge { assistant: assistant.clone(), blobs: blobs.clone(), words });
        let stop = stop.clone();
        tasks.push(Box::pin(async move {
            let (bot, ()) =
                tokio::join!(linkstar_discord::run(&discord, bridge, stop.clone()), worker.run(stop.clone()));
            if bot.is_err() {
                stop.cancel();
            }
            Ok(bot?)
        }));
        running.push("Discord");
    }
    {
        // Reminders, invite expiry and SLA auto-approval run whichever bots are on.
        let stop = stop.clone();
        tasks.push(Box::pin(async move {
            scheduler.run(stop).await;
            Ok(())
        }));
    }
    if !alert_chats.is_empty() {
        // The daily digest of brands with an alert chat, beside the scheduler.
        let stop = stop.clone();
        tasks.push(Box::pin(async move {
            digests.run(stop).await;
            Ok(())
        }));
    }
    eprintln!("{}", ctx.say(Console::ServeRunning { bots: &running.join(", ") }));
    let outcomes = futures::future::join_all(tasks).await;
    signals.abort();
    store.close().await;
    for outcome in outcomes {
        outcome?;
    }
    eprintln!("{}", ctx.say(Console::ServeStopped));
    Ok(ExitCode::SUCCESS)
}

/// A lease owner name unique to this process.
fn worker_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "linkstar".into());
    format!("{host}-{}-{:08x}", std::process::id(), rand::random::<u32>())
}

/// Cancels `stop` on the first SIGINT or SIGTERM, so the bots finish the updates in hand
/// and the workers the sends in flight; a second signal exits at once with status 130.
/// That is safe: every change is one transaction (an unfinished one rolls back), and a
/// message sent but not yet marked sent goes out again later (at least once).
async fn shutdown_signal(stop: CancellationToken, (stopping, at_once): (String, String)) {
    let mut signals = match StopSignals::new() {
        Ok(signals) => signals,
        Err(e) => {
            // Ctrl-C still stops it cleanly; there is no second-signal escape then.
            tracing::warn!(error = %e, "cannot listen for SIGINT and SIGTERM");
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("{stopping}");
            stop.cancel();
            return;
        }
    };
    signals.next().await;
    tracing::info!("shutting down");
    eprintln!("{stopping}");
    stop.cancel();
    signals.next().await;
    eprintln!("{at_once}");
    std::process::exit(130);
}

/// SIGINT and SIGTERM as streams, so a second signal is not lost while the first is
/// handled.
struct StopSignals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignals {
    #[cfg(unix)]
    fn new() -> std::io::Result<StopSignals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(StopSignals { interrupt: signal(SignalKind::interrupt())?, terminate: signal(SignalKind::terminate())? })
    }

    #[cfg(not(unix))]
    fn new() -> std::io::Result<StopSignals> {
        Ok(StopSignals {})
    }

    /// Waits for the next stop signal.
    async fn next(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}
