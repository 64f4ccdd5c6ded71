//! Fresh test databases: a temporary SQLite file always, and a fresh PostgreSQL schema
//! whenever `LINKSTAR_TEST_POSTGRES_URL` is set.

use std::sync::Arc;

use linkstar_app::{App, ManualClock};
use linkstar_store::SqlStore;

/// The environment variable naming the PostgreSQL server for contract tests.
pub const POSTGRES_ENV: &str = "LINKSTAR_TEST_POSTGRES_URL";

/// A migrated, empty database of one backend, with an app on a manual clock.
pub struct TestDb {
    /// The store.
    pub store: Arc<SqlStore>,
    /// The app over it.
    pub app: App,
    /// The clock the app uses; tests move it.
    pub clock: Arc<ManualClock>,
    /// The URL the store was opened with (for running the binary against it).
    pub url: String,
    /// Which backend, for messages.
    pub label: &'static str,
    _dir: Option<tempfile::TempDir>,
}

/// The instant test clocks start at: with sub-millisecond digits, as a real clock reads,
/// so every test meets the precision instants are stored at.
pub fn start_time() -> jiff::Timestamp {
    "2026-11-24T09:00:00.123456789Z".parse().unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

impl TestDb {
    /// A fresh SQLite database in a temporary directory.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        Self::open(url, "sqlite", Some(dir)).await
    }

    /// A fresh schema on the PostgreSQL server, if one is configured.
    pub async fn postgres() -> Option<TestDb> {
        let base = std::env::var(POSTGRES_ENV).ok().filter(|u| !u.is_empty())?;
        let schema = format!("ls_test_{:016x}", rand::random::<u64>());
        let admin = SqlStore::connect(&base).await.expect("connect to the PostgreSQL test server");
        admin.execute_raw(&format!("CREATE SCHEMA {schema}")).await.expect("create test schema");
        admin.close().await;
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
        Some(Self::open(url, "postgres", None).await)
    }

    async fn open(url: String, label: &'static str, dir: Option<tempfile::TempDir>) -> TestDb {
        let store = Arc::new(SqlStore::connect(&url).await.expect("connect test database"));
        store.migrate().await.expect("migrate test database");
        let clock = Arc::new(ManualClock::new(start_time()));
        let app = App::new(store.clone(), clock.clone());
        TestDb { store, app, clock, url, label, _dir: dir }
    }
}

/// Every backend available here: SQLite always, PostgreSQL when configured.
pub async fn backends() -> Vec<TestDb> {
    let mut all = vec![TestDb::sqlite().await];
    if let Some(pg) = TestDb::postgres().await {
        all.push(pg);
    }
    all
}
