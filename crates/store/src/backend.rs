//! Connecting to a database and choosing the backend's dialect.

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

use linkstar_app::StoreError;

use crate::migrations::migrator;

/// Which database LinkStar runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One file, nothing to install.
    Sqlite,
    /// A shared server for several workers.
    Postgres,
}

impl Backend {
    /// The backend a database URL names.
    pub fn of_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::Backend(format!(
                "unsupported database URL {:?}: use sqlite://PATH or postgres://…",
                redact(url)
            )))
        }
    }
}

/// A database URL with any password removed, for messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// The store: a connection pool and the backend's dialect.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pub(crate) pool: AnyPool,
    pub(crate) backend: Backend,
}

impl SqlStore {
    /// Connects to `url` (`sqlite://path?mode=rwc`, `postgres://…`). SQLite runs in WAL
    /// mode with foreign keys on, waits up to 10 s for a busy lock, and reads through a
    /// memory map.
    pub async fn connect(url: &str) -> Result<SqlStore, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        let options = AnyConnectOptions::from_str(url).map_err(backend_err)?;
        if backend == Backend::Sqlite {
            // A file that is not a database (or not readable) fails here at once with
            // SQLite's own reason; the pool would instead retry until its timeout and
            // answer only "pool timed out".
            let mut probe =
                <sqlx::AnyConnection as sqlx::Connection>::connect_with(&options).await.map_err(backend_err)?;
            probe.execute("SELECT COUNT(*) FROM sqlite_master").await.map_err(backend_err)?;
            sqlx::Connection::close(probe).await.map_err(backend_err)?;
        }
        let pool = match backend {
            Backend::Sqlite => {
                AnyPoolOptions::new()
                    .max_connections(4)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            // Reads (reports, the dashboard) walk large indexes: pages come
                            // through a memory map and a 32 MiB cache per connection instead
                            // of a read() system call per page.
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                                 PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32768;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await
            }
            Backend::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
            }
        }
        .map_err(backend_err)?;
        Ok(SqlStore { pool, backend })
    }

    /// Applies pending migrations.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        migrator(self.backend).run(&self.pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Maps a sqlx error: unique violations become conflicts, missing rows not-found.
pub(crate) fn backend_err(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::RowNotFound => StoreError::NotFound("row"),
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(db.message().to_string()),
        _ => StoreError::Backend(e.to_string()),
    }
}

impl SqlStore {
    /// Runs trusted SQL text as is (test set-up, maintenance). Never pass user input.
    pub async fn execute_raw(&self, sql: &str) -> Result<(), StoreError> {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(&self.pool).await.map_err(backend_err)?;
        Ok(())
    }
}
