//! The commands: each opens the store, acts through `App`, and prints the outcome.

pub mod audit;
pub mod creators;
pub mod demo;
pub mod invite;
pub mod setup;
pub mod tui;

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, Store, SystemClock};
use linkstar_core::brand::Operator;
use linkstar_store::SqlStore;

use crate::config::{self, Settings};

/// What every command needs: settings and the command-line overrides.
pub struct Context {
    /// Loaded settings.
    pub settings: Settings,
    db: Option<String>,
    operator: Option<String>,
}

impl Context {
    /// Combines settings with flags (flags win).
    pub fn new(settings: Settings, db: Option<String>, operator: Option<String>) -> Self {
        Self { settings, db, operator }
    }

    /// The database URL: `--db`, then settings, then the default file.
    pub fn database_url(&self) -> anyhow::Result<String> {
        if let Some(url) =
            self.db.clone().or_else(|| self.settings.database_url.as_ref().map(|s| s.expose().to_string()))
        {
            return Ok(url);
        }
        Ok(config::sqlite_url(&config::data_dir()?.join("linkstar.db")))
    }

    /// Whether a database was named explicitly.
    pub fn has_explicit_db(&self) -> bool {
        self.db.is_some() || self.settings.database_url.is_some()
    }

    /// Opens and migrates the store at `url`, with an app on the system clock.
    pub async fn open_url(&self, url: &str) -> anyhow::Result<(Arc<SqlStore>, App)> {
        let store = SqlStore::connect(url).await.context("opening the database")?;
        store.migrate().await.context("migrating the database")?;
        let store = Arc::new(store);
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let app = App::new(store.clone(), clock);
        Ok((store, app))
    }

    /// Opens the configured database.
    pub async fn open(&self) -> anyhow::Result<(Arc<SqlStore>, App)> {
        self.open_url(&self.database_url()?).await
    }

    /// The operator this run acts as: `--operator`, then settings, then the OS user.
    pub async fn operator(&self, store: &dyn Store) -> anyhow::Result<Operator> {
        let name = self
            .operator
            .clone()
            .or_else(|| self.settings.operator.clone())
            .or_else(|| std::env::var("USER").ok())
            .context("no operator: pass --operator NAME")?;
        store.operator_by_username(&name).await?.with_context(|| {
            format!("no operator with the username {name:?}; add one with `linkstar setup operator` or pass --operator")
        })
    }
}

/// Logs go to stderr, filtered by `RUST_LOG` or the `log` setting (default: warnings).
/// While the dashboard runs they go to `file` instead, never onto the screen.
pub fn init_logging(filter: Option<&str>, file: Option<&std::path::Path>) {
    let filter = std::env::var("RUST_LOG").ok().or(filter.map(String::from)).unwrap_or_else(|| "warn".into());
    let builder = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new(filter));
    let opened = file.map(|path| std::fs::OpenOptions::new().create(true).append(true).open(path));
    let _ = match opened {
        Some(Ok(f)) => builder.with_ansi(false).with_writer(std::sync::Mutex::new(f)).try_init(),
        // A dashboard whose log file cannot be opened logs nothing rather than tear the screen.
        Some(Err(_)) => builder.with_writer(std::io::sink).try_init(),
        None => builder.with_writer(std::io::stderr).try_init(),
    };
}

/// `linkstar migrate`.
pub async fn migrate(ctx: &Context) -> anyhow::Result<ExitCode> {
    let url = ctx.database_url()?;
    ctx.open_url(&url).await?;
    println!("database is up to date: {}", linkstar_store::redact(&url));
    Ok(ExitCode::SUCCESS)
}

/// Prints deal counts per stage, the demo's stand-in for the dashboard.
pub async fn print_pipeline(store: &dyn Store) -> anyhow::Result<()> {
    for campaign in store.list_campaigns().await? {
        println!(
            "{} ({})",
            campaign.spec.name,
            campaign.spec.markets.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ")
        );
        let counts = store.pipeline(Some(campaign.id)).await?;
        let row: Vec<String> =
            counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| format!("{}: {n}", s.as_str())).collect();
        println!("  {}", row.join(" · "));
    }
    let total: u64 = store.pipeline(None).await?.iter().map(|(_, n)| n).sum();
    println!("{total} deals, {} creators in the pool", store.count_creators().await?);
    Ok(())
}
