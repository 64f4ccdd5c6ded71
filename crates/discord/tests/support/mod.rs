//! The harness of the Discord bot's end-to-end tests: the bot (serenity's real client)
//! and its delivery worker against a fresh fake Discord and a seeded SQLite database on
//! a manual clock, with helpers to act as a creator and to wait for answers.

#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use linkstar_app::{ChatStore, Store};
use linkstar_assistant::delivery::{Delivery, DeliveryConfig};
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::checks::FileLimits;
use linkstar_core::ids::{DealId, EventId};
use linkstar_core::stage::Stage;
use linkstar_discord::{Bridge, DiscordConfig, DiscordSender};
use linkstar_i18n::Localizer;
use linkstar_testkit::discord::{FakeDiscord, Posted, TOKEN};
use linkstar_testkit::{TestDb, World};

/// Generous waits: the machine is shared.
pub const WAIT: Duration = Duration::from_secs(20);

/// One test's world: the fake Discord, the database, the bot and its worker.
pub struct Harness {
    pub fake: FakeDiscord,
    pub db: TestDb,
    pub w: World,
    pub words: Arc<Localizer>,
    stop: CancellationToken,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    _blobs: tempfile::TempDir,
}

impl Harness {
    /// The bot and its delivery worker against a fresh fake Discord, identified.
    pub async fn start() -> Harness {
        Harness::start_with(FileLimits::default()).await
    }

    /// As [`Harness::start`], accepting drafts within `limits`.
    pub async fn start_with(limits: FileLimits) -> Harness {
        let _ = tracing_subscriber::fmt().with_env_filter("warn").with_test_writer().try_init();
        let fake = FakeDiscord::start().await;
        let db = TestDb::sqlite().await;
        let w = World::seed(&db.app).await;
        let words = Arc::new(Localizer::new().expect("messages"));
        let chats: Arc<dyn ChatStore> = db.store.clone();
        let assistant = Assistant::new(db.app.clone(), chats, words.clone(), limits);
        let blob_dir = tempfile::tempdir().expect("temp dir");
        let blobs = BlobStore::new(blob_dir.path()).expect("blobs");
        let config = DiscordConfig::new(TOKEN, Some(fake.url().to_string()));
        let stop = CancellationToken::new();
        let bridge = Arc::new(Bridge { assistant: assistant.clone(), blobs, words: words.clone() });
        let bot = tokio::spawn({
            let (config, stop) = (config.clone(), stop.clone());
            async move {
                if let Err(e) = linkstar_discord::run(&config, bridge, stop).await {
                    panic!("the bot stopped: {e}");
                }
            }
        });
        // The test clock stands still, so a chat's rate limit must never reschedule a row.
        let delivery = DeliveryConfig {
            idle_poll: Duration::from_millis(50),
            per_chat_gap: Duration::from_millis(1),
            ..linkstar_discord::delivery_config("test")
        };
        let worker = Delivery::new(assistant, Arc::new(DiscordSender::new(Arc::new(config.http()))), delivery);
        let worker = tokio::spawn(worker.run(stop.clone()));
        assert!(fake.wait_ready(WAIT).await, "the bot never identified");
        Harness { fake, db, w, words, stop, tasks: vec![bot, worker], _blobs: blob_dir }
    }

    /// Stops the bot and the worker.
    pub async fn stop(self) {
        self.stop.cancel();
        for task in self.tasks {
            let _ = tokio::time::timeout(WAIT, task).await;
        }
    }

    /// Every file in the blob store, finished or not (`tmp/` too).
    pub fn blob_files(&self) -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() { walk(&path, found) } else { found.push(path) }
            }
        }
        let mut found = Vec::new();
        walk(self._blobs.path(), &mut found);
        found
    }

    /// Takes SQLite's write lock from another connection and holds it for `hold`, as a
    /// long import would; returns once the lock is held.
    pub async fn lock_database(&self, hold: Duration) -> tokio::task::JoinHandle<()> {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&self.db.url).await.expect("a second connection");
        sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await.expect("the write lock");
        tokio::spawn(async move {
            tokio::time::sleep(hold).await;
            sqlx::query("COMMIT").execute(&mut conn).await.expect("release the write lock");
        })
    }

    /// The deal's stage now.
    pub async fn stage(&self, deal: DealId) -> Stage {
        ChatStore::find_deal(&*self.db.store, deal).await.expect("read").expect("deal").stage
    }

    /// How many audit events there are (every state change appends one).
    pub async fn events(&self) -> usize {
        self.db.store.audit_events(EventId(0), 1_000_000).await.expect("events").len()
    }

    /// Waits until no outbox row for creators is pending.
    pub async fn outbox_drained(&self) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let pending = self.db.store.outbox(true, 10_000).await.expect("outbox");
            if !pending.iter().any(|m| matches!(m.recipient, linkstar_core::message::Recipient::Creator(_))) {
                return;
            }
            assert!(tokio::time::Instant::now() < deadline, "outbox not drained: {pending:#?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Does what `act` does as `user` and returns the one message that answers it.
    pub async fn ask(&self, user: u64, locale: &str, act: &Act) -> Posted {
        let before = self.fake.posted_to(user).len();
        act.run(&self.fake, user, locale);
        let posted = self.fake.wait_posted(user, before + 1, WAIT).await;
        assert!(posted.len() > before, "no answer to {act:?}");
        posted[before].clone()
    }
}

/// Something a creator does on Discord.
#[derive(Debug, Clone)]
pub enum Act {
    /// A slash command with its options (as Discord sends them) and resolved data.
    Slash(&'static str, Value, Value),
    /// A DM typed to the bot.
    Dm(String),
    /// A button press with this custom id.
    Press(String),
}

impl Act {
    /// `/link TOKEN`.
    pub fn link(token: &str) -> Act {
        Act::Slash("link", json!([{"name": "token", "type": 3, "value": token}]), json!({}))
    }

    /// `/post URL`.
    pub fn post(url: &str) -> Act {
        Act::Slash("post", json!([{"name": "url", "type": 3, "value": url}]), json!({}))
    }

    /// `/draft` with an attachment described by its name, size, type and URL.
    pub fn draft(fake: &FakeDiscord, name: &str, size: u64, content_type: &str, url: &str) -> Act {
        let id = fake.next_id().to_string();
        let resolved = json!({"attachments": {id.clone(): {"id": id, "filename": name, "size": size,
            "url": url, "proxy_url": url, "content_type": content_type}}});
        Act::Slash("draft", json!([{"name": "file", "type": 11, "value": id}]), resolved)
    }

    fn run(&self, fake: &FakeDiscord, user: u64, locale: &str) {
        match self {
            Act::Slash(name, options, resolved) => {
                fake.slash_command(user, locale, name, options.clone(), resolved.clone());
            }
            Act::Dm(text) => {
                fake.dm(user, text);
            }
            Act::Press(id) => {
                fake.button(user, locale, id);
            }
        }
    }
}

/// The assistant's lines as a Discord chat reads them (its own command names).
pub trait DiscordWords {
    /// `line` in `language`, worded for Discord.
    fn said(&self, line: linkstar_i18n::Line<'_>, language: linkstar_i18n::Language) -> String;
}

impl DiscordWords for linkstar_i18n::Localizer {
    fn said(&self, line: linkstar_i18n::Line<'_>, language: linkstar_i18n::Language) -> String {
        self.say_on(line, language, linkstar_core::place::ChatPlatform::Discord)
    }
}
