//! The commands: each opens the store, acts through `App`, and prints the outcome.

pub mod attribution;
pub mod audit;
pub mod campaign;
pub mod campaign_file;
pub mod campaigns;
pub mod completions;
pub mod config_show;
pub mod creators;
pub mod creators_search;
pub mod deal_actions;
pub mod deals;
pub mod demo;
pub mod drafts;
pub mod fx;
pub mod guide;
pub mod invite;
pub mod metrics;
pub mod offer_search;
pub mod offers;
pub mod payments;
pub mod pipeline;
pub mod posts;
pub mod reminders;
pub mod report;
pub mod review;
pub mod serve;
pub mod setup;
pub mod status;
pub mod table;
pub mod tui;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, Store, SystemClock};
use linkstar_core::brand::Operator;
use linkstar_core::campaign::Campaign;
use linkstar_core::creator::Creator;
use linkstar_i18n::{Console, Language, Localizer, MoneyConsole, SetupConsole};
use linkstar_store::SqlStore;

use crate::config::{self, DatabaseChoice, Profile, Settings, Source};
use guide::{Problem, Unknown};

/// The command line's choices that settle which database and operator a run uses.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    /// `--db`, or `LINKSTAR_DATABASE_URL` through it.
    pub db: Option<String>,
    /// Whether `db` came from the environment rather than the flag.
    pub db_from_env: bool,
    /// `--operator`.
    pub operator: Option<String>,
    /// The settings file read, if any.
    pub config_file: Option<PathBuf>,
    /// Whether this command sets a database up (`demo`, `migrate`, `setup`) and so may
    /// create a missing one.
    pub creates: bool,
}

/// What every command needs: settings and the command-line overrides.
pub struct Context {
    /// Loaded settings.
    pub settings: Settings,
    /// Renders what the operator reads.
    pub localizer: Localizer,
    /// The operator's language.
    pub language: Language,
    flags: Flags,
    profile: Option<(Profile, PathBuf)>,
}

impl Context {
    /// Combines settings with flags (flags win) and the active profile.
    pub fn new(settings: Settings, flags: Flags) -> anyhow::Result<Self> {
        let localizer = Localizer::new()?;
        let language = linkstar_i18n::operator_language(settings.language.as_deref());
        let profile = match Profile::load()? {
            Some(p) => Some((p, Profile::path()?)),
            None => None,
        };
        Ok(Self { settings, localizer, language, flags, profile })
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

    /// A line for a newcomer (set-up, status) in the operator's language.
    pub fn guide_line(&self, line: SetupConsole) -> String {
        self.localizer.setup_console(&line, self.language)
    }

    /// A line of a money command's output in the operator's language.
    pub fn tell(&self, line: MoneyConsole) -> String {
        self.localizer.money_console(&line, self.language)
    }

    /// An error in the operator's language: a newcomer's problem with its fix, a role's
    /// refusal with whom to ask, a failed operation's code translated with its details
    /// (names, values) following as they are.
    pub fn describe(&self, error: &anyhow::Error) -> String {
        if let Some(problem) = error.chain().find_map(|e| e.downcast_ref::<Problem>()) {
            if let Problem::NotSetUp { .. } = problem {
                // The guide is several lines of instructions, not one error line.
                return self.explain(problem);
            }
            return self.say(Console::Failed { message: &self.explain(problem) });
        }
        let detail = format!("{error:#}");
        let message = match error.chain().find_map(|e| e.downcast_ref::<linkstar_app::AppError>()) {
            Some(linkstar_app::AppError::Forbidden { role, action }) => {
                self.guide_line(SetupConsole::Forbidden { role, action })
            }
            Some(app) => format!("{} ({detail})", self.localizer.error(app.code(), self.language)),
            None => detail,
        };
        self.say(Console::Failed { message: &message })
    }

    /// The database this run works on and where that choice came from; every command
    /// resolves it through this one rule ([`config::resolve_database`]).
    pub fn database(&self) -> anyhow::Result<DatabaseChoice> {
        let flag = self.flags.db.as_deref().map(|url| {
            (url, if self.flags.db_from_env { Source::Environment(config::DATABASE_ENV.into()) } else { Source::Flag })
        });
        config::resolve_database(
            flag,
            &self.settings,
            self.flags.config_file.as_deref(),
            self.profile.as_ref().map(|(p, path)| (p, path.as_path())),
        )
    }

    /// The database URL (see [`Context::database`]).
    pub fn database_url(&self) -> anyhow::Result<String> {
        Ok(self.database()?.url)
    }

    /// Whether a database was named explicitly (flag, environment or settings file).
    pub fn has_explicit_db(&self) -> bool {
        self.flags.db.is_some() || self.settings.database_url.is_some()
    }

    /// The database named on the command line or in the environment, to repeat in advice.
    pub fn named_database(&self) -> Option<String> {
        self.flags.db.as_deref().map(linkstar_store::redact)
    }

    /// The database `linkstar demo` seeds: the one named explicitly, else the demo file.
    pub fn demo_database_url(&self) -> anyhow::Result<String> {
        if self.has_explicit_db() {
            self.database_url()
        } else {
            Ok(config::sqlite_url(&config::data_dir()?.join(config::DEMO_DATABASE_FILE)))
        }
    }

    /// The settings file read, if any.
    pub fn config_file(&self) -> Option<&std::path::Path> {
        self.flags.config_file.as_deref()
    }

    /// The database `setup init` sets one's own brand up in: the one named explicitly,
    /// else one's own active profile's, else the default file, never the demo's.
    pub fn own_database_url(&self) -> anyhow::Result<String> {
        match self.profile() {
            Some(profile) if profile.demo && !self.has_explicit_db() => {
                Ok(config::sqlite_url(&config::data_dir()?.join(config::DEFAULT_DATABASE_FILE)))
            }
            _ => self.database_url(),
        }
    }

    /// The active profile, if `demo` or `setup init` wrote one.
    pub fn profile(&self) -> Option<&Profile> {
        self.profile.as_ref().map(|(p, _)| p)
    }

    /// Connects to `url` without migrating: a command that sets a database up creates a
    /// missing one; any other is told the file is missing, with the fix. A file that
    /// does not open, or a newer LinkStar's database, is named with its fix too.
    pub async fn connect(&self, url: &str) -> anyhow::Result<SqlStore> {
        self.connect_with(url, self.flags.creates).await
    }

    async fn connect_with(&self, url: &str, create: bool) -> anyhow::Result<SqlStore> {
        let file = linkstar_store::sqlite_file(url);
        let store = match &file {
            Some(path) if !create && !path.exists() => {
                return Err(Problem::MissingDatabase(path.clone()).into());
            }
            _ if create => SqlStore::create(url).await,
            _ => SqlStore::connect(url).await,
        };
        let store = match (store, &file) {
            (Ok(store), _) => store,
            (Err(e), Some(path)) => {
                return Err(Problem::UnreadableDatabase { path: path.clone(), reason: e.to_string() }.into());
            }
            (Err(e), None) => return Err(e).context("opening the database"),
        };
        match store.newer_schema().await {
            Ok(Some(newer)) => Err(Problem::NewerSchema(newer).into()),
            Ok(None) => Ok(store),
            // A file that is not a database fails on its first query, not on connecting.
            Err(e) => match file {
                Some(path) => Err(Problem::UnreadableDatabase { path, reason: e.to_string() }.into()),
                None => Err(e).context("opening the database"),
            },
        }
    }

    /// Opens and migrates the store at `url`, with an app on the system clock.
    pub async fn open_url(&self, url: &str) -> anyhow::Result<(Arc<SqlStore>, App)> {
        self.open_with(url, self.flags.creates).await
    }

    /// Opens the configured database, creating it if missing, whatever the command: for
    /// the guided set-up that `linkstar` alone starts.
    pub async fn open_creating(&self) -> anyhow::Result<(Arc<SqlStore>, App)> {
        self.open_with(&self.database_url()?, true).await
    }

    async fn open_with(&self, url: &str, create: bool) -> anyhow::Result<(Arc<SqlStore>, App)> {
        let store = self.connect_with(url, create).await?;
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

    /// The operator's username this run acts as and where it came from: `--operator`,
    /// then the settings, then the active profile (when this run uses its database),
    /// then the OS user name.
    pub fn operator_choice(&self) -> anyhow::Result<Option<(String, Source)>> {
        if let Some(name) = &self.flags.operator {
            return Ok(Some((name.clone(), Source::Flag)));
        }
        if let Some(name) = &self.settings.operator {
            let source = self
                .flags
                .config_file
                .clone()
                .filter(|_| std::env::var_os("LINKSTAR_OPERATOR").is_none())
                .map_or(Source::Environment("LINKSTAR_OPERATOR".into()), Source::File);
            return Ok(Some((name.clone(), source)));
        }
        if let Some((profile, path)) = &self.profile
            && profile.database_url == self.database_url()?
        {
            return Ok(Some((profile.operator.clone(), Source::Profile(path.clone()))));
        }
        Ok(os_user().map(|name| (name, Source::OsUser)))
    }

    /// The operator this run acts as (see [`Context::operator_choice`]). On a database
    /// nobody has set up yet the answer is the set-up guide; otherwise an unknown name
    /// comes with the nearest existing one.
    pub async fn operator(&self, store: &SqlStore) -> anyhow::Result<Operator> {
        let name = self.operator_choice()?.map(|(name, _)| name).unwrap_or_default();
        if let Some(operator) = store.operator_by_username(&name).await? {
            return Ok(operator);
        }
        if store.brand_count().await? == 0 {
            return Err(Problem::NotSetUp { url: self.database_url()? }.into());
        }
        let known = store.operator_usernames().await?;
        Err(Problem::UnknownOperator(Unknown::among(&name, known.iter().map(String::as_str))).into())
    }

    /// The campaign named (or numbered) `name`, or an error suggesting the nearest name.
    pub async fn campaign(&self, store: &SqlStore, name: &str) -> anyhow::Result<Campaign> {
        if let Some(campaign) = store.find_campaign(name).await? {
            return Ok(campaign);
        }
        let all = store.list_campaigns().await?;
        Err(Problem::UnknownCampaign(Unknown::among(name, all.iter().map(|c| c.spec.name.as_str()))).into())
    }

    /// The creator with handle (or id) `handle`, or an error suggesting the nearest handle.
    pub async fn creator(&self, store: &SqlStore, handle: &str) -> anyhow::Result<Creator> {
        if let Some(creator) = store.find_creator(handle).await? {
            return Ok(creator);
        }
        let handles = store.creator_handles().await?;
        let typed = handle.trim_start_matches('@');
        Err(Problem::UnknownCreator(Unknown::among(typed, handles.iter().map(|h| h.trim_start_matches('@')))).into())
    }
}

/// The operating system's user name, which a brand's operators are mapped to.
pub fn os_user() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"].iter().find_map(|v| std::env::var(v).ok().filter(|n| !n.is_empty()))
}

/// Logs go to stderr, filtered by `RUST_LOG` or the `log` setting (default: warnings).
/// While the dashboard runs they go to `file` instead, never onto the screen.
pub fn init_logging(filter: &str, file: Option<&std::path::Path>) {
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| filter.to_string());
    let builder = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new(filter));
    let opened = file.map(|path| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::OpenOptions::new().create(true).append(true).open(path)
    });
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

/// After `linkstar demo`: the demo becomes the active profile, so the next command works
/// on it, unless the operator's own set-up is active, which the demo never replaces.
pub fn demo_done(ctx: &Context) -> anyhow::Result<()> {
    let url = ctx.demo_database_url()?;
    match ctx.profile() {
        Some(own) if !own.demo && own.database_url != url => {
            println!("{}", ctx.guide_line(SetupConsole::DemoNotActive { url: &linkstar_store::redact(&url) }));
        }
        _ => {
            Profile { database_url: url, operator: config::DEMO_OPERATOR.into(), demo: true }.save()?;
            println!("{}", ctx.guide_line(SetupConsole::DemoActive { operator: config::DEMO_OPERATOR }));
        }
    }
    Ok(())
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
