//! The fixed dataset for the dashboard's tests: the demo seed (the same story every
//! time), copied per test, with the clock stopped at the demo's "now".

#![allow(dead_code)]

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::{App, Clock, ManualClock};
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer};
use linkstar_store::SqlStore;
use linkstar_tui::{Dashboard, Harness, Keymap, Theme, Worker};

/// A seeded demo database, made once per test binary.
fn template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &TEMPLATE
        .get_or_init(|| {
            std::thread::spawn(|| {
                let dir = tempfile::tempdir().expect("tmp");
                let path = dir.path().join("demo.db");
                let url = format!("sqlite://{}?mode=rwc", path.display());
                let rt = tokio::runtime::Runtime::new().expect("runtime");
                rt.block_on(async {
                    let store = Arc::new(SqlStore::connect(&url).await.expect("connect"));
                    store.migrate().await.expect("migrate");
                    let clock = Arc::new(ManualClock::new(now()));
                    let app = App::new(store.clone(), clock.clone());
                    linkstar_demo::seed(&app, &clock).await.expect("seed");
                    store.execute_raw("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
                    store.close().await;
                });
                (dir, path)
            })
            .join()
            .expect("seeding thread")
        })
        .1
}

/// The demo's "now".
pub fn now() -> jiff::Timestamp {
    linkstar_demo::DEMO_NOW.parse().expect("DEMO_NOW")
}

/// A test's own copy of the demo database.
pub struct Fixture {
    /// The store.
    pub store: Arc<SqlStore>,
    /// The app, on the stopped clock.
    pub app: App,
    _dir: tempfile::TempDir,
}

/// Copies the template and opens it.
pub async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("demo.db");
    std::fs::copy(template(), &path).expect("copy the template");
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let store = Arc::new(SqlStore::connect(&url).await.expect("connect"));
    store.migrate().await.expect("migrate");
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::new(now()));
    let app = App::new(store.clone(), clock);
    Fixture { store, app, _dir: dir }
}

impl Fixture {
    /// A harness acting as `username`, in `lang`, on a `width` × `height` screen.
    pub async fn harness(&self, username: &str, lang: Language, width: u16, height: u16) -> Harness {
        let operator = self.app.store().operator_by_username(username).await.expect("read").expect("operator");
        let loc = Rc::new(Localizer::new().expect("messages"));
        let clock: Arc<dyn Clock> = Arc::new(ManualClock::new(now()));
        let zone = TimeZoneName::parse("UTC").expect("UTC");
        let dash = Dashboard::new(loc, lang, Keymap::default(), Theme::new(true), clock, operator.clone(), zone);
        let reads: Arc<dyn DashboardReads> = self.store.clone();
        Harness::start(dash, Worker::new(self.app.clone(), reads, operator), width, height).await
    }
}

/// The screen as text, one line per row.
pub fn screen(h: &mut Harness) -> String {
    h.render().to_string()
}
