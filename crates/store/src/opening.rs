//! Where a database URL points, creating a database on first use, and what a newcomer's
//! first commands need to know about one (is anything set up yet, is it from a newer
//! LinkStar). The CLI decides which commands may create a database; this module only
//! knows how.

use std::path::PathBuf;

use linkstar_app::StoreError;

use crate::backend::{Backend, SqlStore, backend_err};
use crate::codec::get;
use crate::migrations::migrator;

/// The file a SQLite URL names (`sqlite://PATH`, `sqlite:PATH`, options after `?`), or
/// `None` for another backend or an in-memory database.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" || rest.contains("mode=memory") {
        return None;
    }
    Some(PathBuf::from(path))
}

/// The same SQLite URL with `mode=rwc`, whatever mode it named: the one way sqlx creates a
/// missing file. Other URLs come back unchanged.
pub fn creating_url(url: &str) -> String {
    if sqlite_file(url).is_none() {
        return url.to_string();
    }
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let mut options: Vec<&str> = query.split('&').filter(|o| !o.is_empty() && !o.starts_with("mode=")).collect();
    options.push("mode=rwc");
    format!("{base}?{}", options.join("&"))
}

/// A database that was written by a newer LinkStar than this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewerSchema {
    /// The newest migration the database has.
    pub found: i64,
    /// The newest migration this build knows.
    pub known: i64,
}

impl SqlStore {
    /// Connects to `url`, creating a missing SQLite file and its directory first; used by
    /// the commands that set a database up (`demo`, `migrate`, `setup`).
    pub async fn create(url: &str) -> Result<SqlStore, StoreError> {
        if let Some(path) = sqlite_file(url)
            && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Backend(format!("cannot create the directory {}: {e}", dir.display())))?;
        }
        SqlStore::connect(&creating_url(url)).await
    }

    /// `Some` when the database has migrations this build does not know, which the
    /// migrator would otherwise report as an unexplained missing migration.
    pub async fn newer_schema(&self) -> Result<Option<NewerSchema>, StoreError> {
        let known = migrator(self.backend).iter().map(|m| m.version).max().unwrap_or_default();
        let exists = match self.backend {
            Backend::Sqlite => {
                "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
            }
            Backend::Postgres => "SELECT COUNT(*) AS n FROM pg_tables WHERE tablename = '_sqlx_migrations'",
        };
        let row = sqlx::query(exists).fetch_one(&self.pool).await.map_err(backend_err)?;
        if get::<i64>(&row, "n")? == 0 {
            return Ok(None);
        }
        let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM _sqlx_migrations")
            .fetch_one(&self.pool)
            .await
            .map_err(backend_err)?;
        let found = get::<i64>(&row, "v")?;
        Ok((found > known).then_some(NewerSchema { found, known }))
    }

    /// How many brands exist: none means nobody has set this database up yet.
    pub async fn brand_count(&self) -> Result<u64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM brands").fetch_one(&self.pool).await.map_err(backend_err)?;
        Ok(get::<i64>(&row, "n")?.max(0) as u64)
    }

    /// Every operator's username, for suggesting the nearest one to a mistyped name.
    pub async fn operator_usernames(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT username FROM operators ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        rows.iter().map(|r| get::<String>(r, "username")).collect()
    }

    /// Every creator handle on any platform, for suggesting the nearest one to a
    /// mistyped handle.
    pub async fn creator_handles(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT tiktok_handle AS h FROM creators WHERE tiktok_handle IS NOT NULL \
             UNION SELECT instagram_handle FROM creators WHERE instagram_handle IS NOT NULL \
             UNION SELECT youtube_handle FROM creators WHERE youtube_handle IS NOT NULL",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter().map(|r| get::<String>(r, "h")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_of_a_sqlite_url() {
        assert_eq!(sqlite_file("sqlite:///tmp/x/new.db"), Some(PathBuf::from("/tmp/x/new.db")));
        assert_eq!(sqlite_file("sqlite://data/t.db?mode=rwc"), Some(PathBuf::from("data/t.db")));
        assert_eq!(sqlite_file("sqlite:t.db"), Some(PathBuf::from("t.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://u@h/db"), None);
    }

    #[test]
    fn creating_replaces_any_mode() {
        assert_eq!(creating_url("sqlite:///tmp/a.db"), "sqlite:///tmp/a.db?mode=rwc");
        assert_eq!(creating_url("sqlite:///tmp/a.db?mode=ro&cache=shared"), "sqlite:///tmp/a.db?cache=shared&mode=rwc");
        assert_eq!(creating_url("postgres://u@h/db"), "postgres://u@h/db");
    }

    #[tokio::test]
    async fn a_missing_file_and_its_directory_are_created() {
        // A directory of its own per run: nothing from an earlier run may be reused.
        let dir = std::env::temp_dir().join(format!(
            "linkstar-opening-{}-{}",
            std::process::id(),
            jiff::Timestamp::now().as_nanosecond()
        ));
        let path = dir.join("nested").join("new.db");
        let store = SqlStore::create(&format!("sqlite://{}", path.display())).await.expect("create");
        store.migrate().await.expect("migrate");
        assert!(path.exists());
        assert_eq!(store.brand_count().await.expect("count"), 0);
        assert_eq!(store.newer_schema().await.expect("schema"), None);
        store.execute_raw("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99990101000000, 'future', 1, x'00', 0)").await.expect("future");
        let newer = store.newer_schema().await.expect("schema").expect("newer");
        assert_eq!(newer.found, 99990101000000);
        assert!(store.operator_usernames().await.expect("operators").is_empty());
        assert!(store.creator_handles().await.expect("handles").is_empty());
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
