//! The harness of the `linkstar serve` end-to-end tests: a fresh SQLite file with a
//! seeded brand, the fake Bot API, and the real binary started and stopped around them.

#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use linkstar_app::{App, Invitation, Store, SystemClock};
use linkstar_core::campaign::{ContentFormat, Deliverable};
use linkstar_core::ids::{CreatorId, DealId, EventId};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};
use linkstar_core::time::Window;
use linkstar_i18n::Localizer;
use linkstar_store::SqlStore;
use linkstar_testkit::telegram::TOKEN;
use linkstar_testkit::world::creator;
use linkstar_testkit::{FakeTelegram, World};

/// Generous waits: the machine is shared.
pub const WAIT: Duration = Duration::from_secs(30);

/// One test's world: database, fake Telegram, and the `linkstar serve` process.
pub struct Harness {
    pub fake: FakeTelegram,
    pub store: Arc<SqlStore>,
    pub app: App,
    pub world: World,
    pub words: Localizer,
    pub url: String,
    pub dir: tempfile::TempDir,
    pub env: Vec<(String, String)>,
    serve: Vec<Child>,
}

impl Harness {
    /// A seeded database and a fake; `serve` is not started yet.
    pub async fn new() -> Harness {
        let dir = tempfile::tempdir().expect("tmp");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("e2e.db").display());
        Self::open(url, dir).await
    }

    /// The same on a fresh schema of the PostgreSQL test server (as the testkit's
    /// `TestDb` makes them), when `LINKSTAR_TEST_POSTGRES_URL` names one.
    pub async fn postgres() -> Option<Harness> {
        let base = std::env::var(linkstar_testkit::db::POSTGRES_ENV).ok().filter(|u| !u.is_empty())?;
        let schema = format!("ls_e2e_{:016x}", rand::random::<u64>());
        let admin = SqlStore::connect(&base).await.expect("connect to the PostgreSQL test server");
        admin.execute_raw(&format!("CREATE SCHEMA {schema}")).await.expect("create test schema");
        admin.close().await;
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        Some(Self::open(url, tempfile::tempdir().expect("tmp")).await)
    }

    async fn open(url: String, dir: tempfile::TempDir) -> Harness {
        let store = Arc::new(SqlStore::connect(&url).await.expect("connect"));
        store.migrate().await.expect("migrate");
        let app = App::new(store.clone(), Arc::new(SystemClock));
        let world = World::seed(&app).await;
        let fake = FakeTelegram::start().await;
        let words = Localizer::new().expect("messages");
        Harness { fake, store, app, world, words, url, dir, env: Vec::new(), serve: Vec::new() }
    }

    /// Sets an environment variable for the next `serve`.
    pub fn env(&mut self, key: &str, value: &str) {
        self.env.push((key.into(), value.into()));
    }

    /// Starts `linkstar serve` against the fake (again: one more process on the same
    /// database and fake).
    pub fn start(&mut self) {
        let child = self.command().spawn().expect("start linkstar serve");
        self.serve.push(child);
    }

    /// The `linkstar serve` command `start` runs (stderr inherited, stdout dropped).
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_linkstar"));
        cmd.arg("--db")
            .arg(&self.url)
            .arg("serve")
            .env_remove("LINKSTAR_CONFIG")
            .env_remove("LINKSTAR_DATABASE_URL")
            .env("LINKSTAR_TELEGRAM_TOKEN", TOKEN)
            .env("LINKSTAR_TELEGRAM_API_URL", self.fake.url())
            .env("LINKSTAR_BLOB_DIR", self.dir.path().join("blobs"))
            .env("LINKSTAR_TELEGRAM_TIMEOUT_SECS", "2")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Stops every `serve` with SIGTERM and checks each exits cleanly.
    pub fn stop(&mut self) {
        for mut child in std::mem::take(&mut self.serve) {
            let pid = child.id().to_string();
            let status = Command::new("kill").args(["-TERM", &pid]).status().expect("kill -TERM");
            assert!(status.success());
            let deadline = std::time::Instant::now() + WAIT;
            loop {
                if let Some(exit) = child.try_wait().expect("wait") {
                    assert!(exit.success(), "serve exited with {exit}");
                    break;
                }
                assert!(std::time::Instant::now() < deadline, "serve did not stop after SIGTERM");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    /// Kills every `serve` outright (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        for mut child in std::mem::take(&mut self.serve) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Terms answerable for three days, on `platform`, with two revision rounds.
    pub fn terms(&self, platform: Platform) -> Terms {
        let now = jiff::Timestamp::now();
        let days = |n: i64| now.checked_add(jiff::SignedDuration::from_hours(24 * n)).expect("date");
        Terms {
            deliverables: vec![Deliverable {
                platform,
                format: ContentFormat::Video,
                count: 1,
                length_seconds: Some(30),
            }],
            fee: Money::new(50_000, Currency::parse("EUR").expect("EUR")),
            payment_model: PaymentModel::Fixed,
            deposit_pct: 30,
            usage_rights: UsageRights::PaidAds { days: 30 },
            exclusivity_days: 14,
            respond_by: days(3),
            draft_due: days(10),
            publish_window: Window::new(days(12), days(20)).expect("window"),
            revision_rounds: 2,
            review_sla_hours: 48,
            min_live_days: 0,
        }
    }

    /// An offer to a creator.
    pub async fn offer(&self, creator: CreatorId, platform: Platform) -> Invitation {
        self.app
            .make_offer(self.world.manager, self.world.campaign, creator, self.terms(platform))
            .await
            .expect("offer")
    }

    /// Adds a creator to the pool.
    pub async fn add_creator(
        &self,
        name: &str,
        platform: Platform,
        handle: &str,
        country: &str,
        tz: &str,
    ) -> CreatorId {
        let profile = creator(name, platform, handle, country, "en", tz);
        let report = self.app.import_creators(self.world.admin, vec![(2, profile)]).await.expect("import");
        report.imported[0]
    }

    /// The deal's stage now.
    pub async fn stage(&self, deal: DealId) -> Stage {
        let mut tx = self.store.begin().await.expect("tx");
        tx.deal(deal).await.expect("deal").stage
    }

    /// How many audit events there are (every state change appends one).
    pub async fn events(&self) -> usize {
        self.store.audit_events(EventId(0), 1_000_000).await.expect("events").len()
    }

    /// Waits until no outbox row for creators is pending.
    pub async fn outbox_drained(&self) {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let pending = self.store.outbox(true, 10_000).await.expect("outbox");
            let creators =
                pending.iter().filter(|m| matches!(m.recipient, linkstar_core::message::Recipient::Creator(_)));
            if creators.count() == 0 {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "outbox not drained: {pending:#?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        self.kill();
    }
}
