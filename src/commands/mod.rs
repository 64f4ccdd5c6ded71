//! The commands: each opens the store, acts through `App`, and prints the outcome.

pub mod attribution;
pub mod audit;
pub mod campaign;
pub mod creators;
pub mod demo;
pub mod fx;
pub mod invite;
pub mod metrics;
pub mod payments;
pub mod reminders;
pub mod report;
pub mod serve;
pub mod setup;
pub mod table;
pub mod tui;

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, Store, SystemClock};
use linkstar_core::brand::Operator;
use linkstar_i18n::{Console, Language, Localizer, MoneyConsole};
use linkstar_store::SqlStore;

use crate::config::{self, Settings};

/// What every command needs: settings and the command-line overrides.
pub struct Context {
    /// Loaded settings.
    pub settings: Settings,
    /// Renders what the operator reads.
    pub localizer: Localizer,
    /// The operator's language.
    pub language: Language,
    db: Option<String>,
    operator: Option<String>,
}

impl Context {
    /// Combines settings with flags (flags win).
    pub fn new(settings: Settings, db: Option<String>, operator: Option<String>) -> anyhow::Result<Self> {
        let localizer = Localizer::new()?;
        let language = linkstar_i18n::operator_language(settings.language.as_deref());
        Ok(Self { settings, localizer, language, db, operator })
    }

    /// The zone the operator reads times in: the `time_zone` setting, else the
    /// system's, else UTC.
    pub fn zone(&self) -> anyhow::Result<linkstar_core::place::TimeZoneName> {
        use linkstar_core::place::TimeZoneName;
        Ok(self
            .settings
            .time_zone
            .as_deref()
            .and_then(|z| TimeZoneName::parse(z).ok())
            .or_else(|| jiff::tz::TimeZone::system().iana_name().and_then(|z| TimeZoneName::parse(z).ok()))
            .map_or_else(|| TimeZoneName::parse("UTC"), Ok)?)
    }

    /// A line of output in the operator's language.
    pub fn say(&self, line: Console) -> String {
        self.localizer.console(&line, self.language)
    }

    /// A line of a money command's output in the operator's language.
    pub fn tell(&self, line: MoneyConsole) -> String {
        self.localizer.money_console(&line, self.language)
    }

    /// An error in the operator's language: a failed operation's code is translated and
    /// its details (names, values) follow as they are.
    pub fn describe(&self, error: &anyhow::Error) -> String {
        let detail = format!("{error:#}");
        let message = match error.chain().find_map(|e| e.downcast_ref::<linkstar_app::AppError>()) {
            Some(app) => format!("{} ({detail})", self.localizer.error(app.code(), self.language)),
            None => detail,
        };
        self.say(Console::Failed { message: &message })
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
        store.operator_by_username(&name).await?.ok_or(linkstar_app::AppError::NotFound("operator")).with_context(
            || {
                format!(
                    "no operator with the username {name:?}; add one with `linkstar setup operator` or pass --operator"
                )
            },
        )
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
    println!("{}", ctx.say(Console::DatabaseReady { url: &linkstar_store::redact(&url) }));
    Ok(ExitCode::SUCCESS)
}

/// Prints deal counts per stage, the demo's stand-in for the dashboard.
pub async fn print_pipeline(ctx: &Context, store: &dyn Store) -> anyhow::Result<()> {
    for campaign in store.list_campaigns().await? {
        println!(
            "{} ({})",
            campaign.spec.name,
            campaign.spec.markets.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ")
        );
        let counts = store.pipeline(Some(campaign.id)).await?;
        let row: Vec<String> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| {
                format!("{}: {}", ctx.localizer.stage(*s, ctx.language), ctx.localizer.number(*n as i64, ctx.language))
            })
            .collect();
        println!("  {}", row.join(" · "));
    }
    let total: u64 = store.pipeline(None).await?.iter().map(|(_, n)| n).sum();
    println!("{}", ctx.say(Console::PipelineTotal { deals: total, creators: store.count_creators().await? }));
    Ok(())
}
