//! Creator assistant benchmarks through the fake Bot API on a SQLite file
//! (run: `cargo bench --bench assistant`):
//! 1. inbound creator messages per second end to end — getUpdates → teloxide dispatcher →
//!    assistant (update claim, conversation, creator and deals read) → sendMessage —
//!    with `/help` from many linked creators;
//! 2. the same load on a bare teloxide echo bot on the same fake, for the cost per
//!    update LinkStar adds;
//! 3. the delivery worker's send rate against its configured limit.
//!
//! `LINKSTAR_BENCH_UPDATES` (default 10,000) and `LINKSTAR_BENCH_OUTBOX` (default 300)
//! change the sizes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use teloxide::prelude::*;
use tokio_util::sync::CancellationToken;

use linkstar_app::ChatStore;
use linkstar_assistant::delivery::{Delivery, DeliveryConfig};
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::checks::FileLimits;
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_telegram::{Bridge, TelegramConfig, TelegramSender};
use linkstar_testkit::telegram::TOKEN;
use linkstar_testkit::world::{creator, terms};
use linkstar_testkit::{FakeTelegram, TestDb, World};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// `n` creators with a linked Telegram chat (`chat_base + i`) and an offer each.
async fn linked(db: &TestDb, w: &World, n: usize, chat_base: i64) -> Vec<i64> {
    let profiles = (0..n)
        .map(|i| {
            let handle = format!("@bench.{chat_base}.{i}");
            (i as u64 + 2, creator(&format!("Bench {i}"), Platform::TikTok, &handle, "DE", "de", "Europe/Berlin"))
        })
        .collect();
    let report = db.app.import_creators(w.admin, profiles).await.expect("import");
    let mut chats = Vec::new();
    for (i, id) in report.imported.iter().enumerate() {
        let inv = db.app.make_offer(w.manager, w.campaign, *id, terms(Platform::TikTok)).await.expect("offer");
        let chat = chat_base + i as i64;
        let account = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.to_string() };
        db.app.link_chat(&account, inv.token.expose()).await.expect("link");
        chats.push(chat);
    }
    chats
}

fn assistant(db: &TestDb) -> Assistant {
    let chats: Arc<dyn ChatStore> = db.store.clone();
    let words = Arc::new(linkstar_i18n::Localizer::new().expect("messages"));
    Assistant::new(db.app.clone(), chats, words, FileLimits::default())
}

/// Injects `total` `/help` messages spread over `chats` and waits for as many replies.
async fn pump(fake: &FakeTelegram, chats: &[i64], total: usize) -> Duration {
    let already = fake.sent_times().len();
    let started = Instant::now();
    for i in 0..total {
        fake.text(chats[i % chats.len()], Some("en"), "/help");
    }
    while fake.sent_times().len() < already + total {
        assert!(started.elapsed() < Duration::from_secs(600), "replies stalled");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    started.elapsed()
}

async fn inbound(total: usize) -> Duration {
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let chats = linked(&db, &w, 200, 10_000).await;
    let fake = FakeTelegram::start().await;
    let blobs = tempfile::tempdir().expect("tmp");
    let bridge = Arc::new(Bridge { assistant: assistant(&db), blobs: BlobStore::new(blobs.path()).expect("blobs") });
    let config = TelegramConfig::new(TOKEN, Some(fake.url()));
    let stop = CancellationToken::new();
    let bot = tokio::spawn({
        let stop = stop.clone();
        async move { linkstar_telegram::run(&config, bridge, stop).await }
    });
    pump(&fake, &chats, 200).await; // warm-up
    let elapsed = pump(&fake, &chats, total).await;
    stop.cancel();
    let _ = bot.await;
    assert!(fake.violations().is_empty(), "{:?}", fake.violations());
    elapsed
}

async fn echo(total: usize) -> Duration {
    let fake = FakeTelegram::start().await;
    let chats: Vec<i64> = (0..200).map(|i| 20_000 + i).collect();
    let bot = TelegramConfig::new(TOKEN, Some(fake.url())).bot(Duration::from_secs(30)).expect("bot");
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or_default()).await?;
        Ok::<(), teloxide::RequestError>(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let shutdown = dispatcher.shutdown_token();
    let task = tokio::spawn(async move { dispatcher.dispatch().await });
    pump(&fake, &chats, 200).await;
    let elapsed = pump(&fake, &chats, total).await;
    if let Ok(done) = shutdown.shutdown() {
        done.await;
    }
    let _ = task.await;
    elapsed
}

async fn worker(messages: usize, per_second: u32) -> (usize, f64) {
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let fake = FakeTelegram::start().await;
    linked(&db, &w, messages, 30_000).await;
    let config = TelegramConfig::new(TOKEN, Some(fake.url()));
    let sender = TelegramSender::new(config.bot(Duration::from_secs(10)).expect("bot"));
    let mut settings = DeliveryConfig::telegram("bench");
    settings.per_second = per_second;
    let delivery = Delivery::new(assistant(&db), Arc::new(sender), settings);
    let stop = CancellationToken::new();
    let task = tokio::spawn(delivery.run(stop.clone()));
    let started = Instant::now();
    while fake.sent_times().len() < messages {
        assert!(started.elapsed() < Duration::from_secs(600), "delivery stalled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.cancel();
    let _ = task.await;
    let times: Vec<Instant> = fake.sent_times().into_iter().map(|(_, at)| at).collect();
    let span = times[times.len() - 1].duration_since(times[0]).as_secs_f64();
    // Worst one-second window, to check the limit is never exceeded.
    let mut worst = 0;
    for (i, start) in times.iter().enumerate() {
        let n = times[i..].iter().take_while(|t| t.duration_since(*start) < Duration::from_secs(1)).count();
        worst = worst.max(n);
    }
    (worst, (times.len() - 1) as f64 / span)
}

#[tokio::main]
async fn main() {
    let total = env_or("LINKSTAR_BENCH_UPDATES", 10_000);
    let outbox = env_or("LINKSTAR_BENCH_OUTBOX", 300);

    let ours = inbound(total).await;
    let ours_rate = total as f64 / ours.as_secs_f64();
    println!(
        "inbound /help end to end (SQLite, fake Bot API): {total} updates in {ours:.2?} = {ours_rate:.0} updates/s"
    );
    let bare = echo(total).await;
    let bare_rate = total as f64 / bare.as_secs_f64();
    println!(
        "bare teloxide echo bot, same fake:                {total} updates in {bare:.2?} = {bare_rate:.0} updates/s"
    );
    let per = |d: Duration| d.as_secs_f64() * 1e6 / total as f64;
    println!(
        "cost per update: LinkStar {:.0} µs, echo {:.0} µs, LinkStar adds {:.0} µs",
        per(ours),
        per(bare),
        per(ours) - per(bare)
    );

    let limit = 30;
    let (worst, rate) = worker(outbox, limit).await;
    println!(
        "delivery worker: {outbox} messages at {rate:.2}/s against a limit of {limit}/s ({:+.1} %), busiest second {worst}",
        (rate / f64::from(limit) - 1.0) * 100.0
    );
}
