//! Layered settings: defaults → TOML file (`--config`, `LINKSTAR_CONFIG`) → `LINKSTAR_…`
//! environment variables → command-line flags. Secrets are wrapped so `Debug` and logs
//! never show them.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// A value that must not be printed (bot tokens, database passwords).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "<empty>" } else { "<redacted>" })
    }
}

/// Every setting, with its default in one place ([`Settings::default`]): a value that
/// has a default is a plain field, and an `Option` means "not set" has a meaning of its
/// own (no bot token: that bot does not run; no `discord_api_url`: Discord itself).
/// Environment names are `LINKSTAR_` plus the upper-cased field name
/// (`LINKSTAR_DATABASE_URL`, `LINKSTAR_TELEGRAM_TOKEN`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Database URL; default a SQLite file in the user's data directory.
    pub database_url: Option<Secret>,
    /// The operator the CLI acts as; default the OS user name.
    pub operator: Option<String>,
    /// Telegram bot token (the bot runs only when set).
    pub telegram_token: Option<Secret>,
    /// Telegram Bot API base URL, for pointing the bot at a local server.
    pub telegram_api_url: String,
    /// The Telegram bot's username, for `https://t.me/<bot>?start=<token>` links.
    pub telegram_bot_username: Option<String>,
    /// Seconds a Telegram request (other than the long poll) may take.
    pub telegram_timeout_secs: u64,
    /// Outbox messages sent per second at most; unset, each platform's own limit
    /// (Telegram about 30, Discord 50).
    pub delivery_per_second: Option<u32>,
    /// Seconds a claimed outbox row stays leased to a worker.
    pub delivery_lease_secs: u64,
    /// Discord bot token (the bot runs only when set).
    pub discord_token: Option<Secret>,
    /// Discord API base URL, for a local server; unset, Discord itself (with serenity's
    /// own rate limiter, which a proxy must replace).
    pub discord_api_url: Option<String>,
    /// Largest draft file accepted, in bytes.
    pub max_file_bytes: u64,
    /// Draft media types accepted (`video/`, `image/`, `application/pdf`).
    pub allowed_file_types: Vec<String>,
    /// Where uploaded files are kept.
    pub blob_dir: PathBuf,
    /// Language of the command line and dashboard (`zh-CN`); default from
    /// `LC_ALL`/`LC_MESSAGES`/`LANG`.
    pub language: Option<String>,
    /// YouTube Data API key, for `linkstar metrics fetch`.
    pub youtube_api_key: Option<Secret>,
    /// YouTube Data API base URL, for a local server.
    pub youtube_api_url: String,
    /// Log filter (`info`, `linkstar=debug`); `RUST_LOG` wins over it.
    pub log: String,
    /// Where the dashboard writes its log while it runs.
    pub log_file: PathBuf,
    /// The IANA time zone the dashboard shows times in; default the system's.
    pub time_zone: Option<String>,
    /// Dashboard key overrides: command name → key (`approve = "A"`, `quit = "ctrl-q"`).
    pub keys: std::collections::BTreeMap<String, String>,
    /// Operator alert chats (`[alerts]`): where `serve` sends operator notices and the
    /// daily digest, in which language and time zone.
    pub alerts: crate::alerts::AlertSettings,
}

impl Default for Settings {
    /// The built-in layer, under the settings file, the environment and the flags.
    fn default() -> Self {
        let files = linkstar_core::checks::file::FileLimits::default();
        Settings {
            database_url: None,
            operator: None,
            telegram_token: None,
            telegram_api_url: linkstar_telegram::DEFAULT_API_URL.into(),
            telegram_bot_username: None,
            telegram_timeout_secs: 10,
            delivery_per_second: None,
            delivery_lease_secs: 60,
            discord_token: None,
            discord_api_url: None,
            max_file_bytes: files.max_bytes,
            allowed_file_types: files.allowed_types,
            blob_dir: default_data_dir().join("blobs"),
            language: None,
            youtube_api_key: None,
            youtube_api_url: linkstar_fetch::YOUTUBE_API_URL.into(),
            log: "warn".into(),
            log_file: default_data_dir().join("linkstar-tui.log"),
            time_zone: None,
            keys: std::collections::BTreeMap::new(),
            alerts: crate::alerts::AlertSettings::default(),
        }
    }
}

impl Settings {
    /// Loads the layers. A named config file that does not exist is an error; an
    /// unreadable setting names its source.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Settings> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(path) = file {
            anyhow::ensure!(path.exists(), "the config file {} does not exist", path.display());
            figment = figment.merge(Toml::file(path));
        }
        figment
            .merge(Env::prefixed("LINKSTAR_").ignore(&["CONFIG", "TEST_POSTGRES_URL"]))
            .extract()
            .context("reading settings")
    }
}

/// The database file `linkstar` uses when nothing names one (in [`data_dir`]).
pub const DEFAULT_DATABASE_FILE: &str = "linkstar.db";
/// The file `linkstar demo` seeds when nothing names one (in [`data_dir`]).
pub const DEMO_DATABASE_FILE: &str = "demo.db";
/// The admin `linkstar_demo::seed` creates (its summary's `operator_username`); the
/// first-run tests fail if the two ever differ.
pub const DEMO_OPERATOR: &str = "admin";
/// The active profile's file (in [`data_dir`]).
pub const PROFILE_FILE: &str = "active.json";
/// The environment variable that names the database.
pub const DATABASE_ENV: &str = "LINKSTAR_DATABASE_URL";

/// The data directory's path for the settings' defaults, whether or not it exists: a
/// user without a data directory gets one under the working directory (and is told to
/// pass `--db` by [`data_dir`] when a command needs the database there).
fn default_data_dir() -> PathBuf {
    dirs::data_dir().map_or_else(|| PathBuf::from("linkstar-data"), |d| d.join("linkstar"))
}

/// Where LinkStar keeps its files by default (`~/.local/share/linkstar`).
pub fn data_dir() -> anyhow::Result<PathBuf> {
    let dir = dirs::data_dir().context("no data directory for this user; pass --db")?.join("linkstar");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// The settings file read when `--config` names none, if there is one
/// (`~/.config/linkstar/linkstar.toml`); `setup init` writes bot tokens there.
pub fn default_config_file() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("linkstar").join("linkstar.toml"))
}

/// A SQLite URL for a file. Whether a missing file is created is the command's choice
/// (see `Context::open_url`), not the URL's.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// Where a value in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Environment(String),
    /// The settings file.
    File(PathBuf),
    /// The active profile.
    Profile(PathBuf),
    /// The operating system's user name.
    OsUser,
    /// Built in.
    Default,
}

/// The database and operator that commands use when none is named: written by `demo`
/// (the demo database and its operator) and by `setup init` (the brand just set up), so
/// the next command works on what the last one set up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The database URL (the file is private to its owner: a URL may hold a password).
    pub database_url: String,
    /// The operator's username.
    pub operator: String,
    /// Whether this is the demo, which a later demo run may replace; the operator's own
    /// set-up is never replaced by the demo.
    pub demo: bool,
}

impl Profile {
    /// The profile file.
    pub fn path() -> anyhow::Result<PathBuf> {
        Ok(data_dir()?.join(PROFILE_FILE))
    }

    /// The active profile, if one was written. A damaged file is an error naming it.
    pub fn load() -> anyhow::Result<Option<Profile>> {
        let path = Profile::path()?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        serde_json::from_str(&text).map(Some).with_context(|| {
            format!("{} is damaged: delete it, then run `linkstar setup init` or `linkstar demo`", path.display())
        })
    }

    /// Makes this the active profile. The file is readable by its owner only: a
    /// PostgreSQL URL may hold a password.
    pub fn save(&self) -> anyhow::Result<PathBuf> {
        let path = Profile::path()?;
        let text = serde_json::to_string_pretty(self)?;
        write_private(&path, &text)?;
        Ok(path)
    }
}

/// Writes `text` to `path`, readable and writable by the owner only (on Unix).
pub fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| format!("writing {}", path.display()))?;
    std::io::Write::write_all(&mut file, text.as_bytes()).with_context(|| format!("writing {}", path.display()))
}

/// The database a command works on, and why that one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseChoice {
    /// The URL.
    pub url: String,
    /// Where it came from.
    pub source: Source,
}

/// The one rule every command uses to pick its database: `--db` (or
/// `LINKSTAR_DATABASE_URL`), then the settings file, then the active profile, then
/// [`DEFAULT_DATABASE_FILE`] in the data directory.
pub fn resolve_database(
    flag: Option<(&str, Source)>,
    settings: &Settings,
    settings_file: Option<&Path>,
    profile: Option<(&Profile, &Path)>,
) -> anyhow::Result<DatabaseChoice> {
    if let Some((url, source)) = flag {
        return Ok(DatabaseChoice { url: url.to_string(), source });
    }
    if let Some(url) = &settings.database_url {
        let source = settings_file.map_or(Source::Environment(DATABASE_ENV.into()), |f| Source::File(f.to_path_buf()));
        return Ok(DatabaseChoice { url: url.expose().to_string(), source });
    }
    if let Some((profile, path)) = profile {
        return Ok(DatabaseChoice { url: profile.database_url.clone(), source: Source::Profile(path.to_path_buf()) });
    }
    Ok(DatabaseChoice { url: sqlite_url(&data_dir()?.join(DEFAULT_DATABASE_FILE)), source: Source::Default })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug() {
        let s = Settings { telegram_token: Some(Secret("123:abc".into())), ..Default::default() };
        let shown = format!("{s:?}");
        assert!(!shown.contains("123:abc"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail API returns its own large error
    fn file_then_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("linkstar.toml", "operator = \"mia\"\nmax_file_bytes = 1000\n")?;
            jail.set_env("LINKSTAR_OPERATOR", "rui");
            let s = Settings::load(Some(Path::new("linkstar.toml"))).map_err(|e| e.to_string())?;
            assert_eq!(s.operator.as_deref(), Some("rui"), "the environment wins over the file");
            assert_eq!(s.max_file_bytes, 1000);
            assert_eq!(s.delivery_lease_secs, 60, "a default holds where nothing sets it");
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail API returns its own large error
    fn the_alert_chat_can_come_from_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("LINKSTAR_ALERTS", "{telegram_chat=-1001234,language=\"de-DE\"}");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.alerts.chat.telegram_chat, Some(crate::alerts::ChatId::Number(-1_001_234)));
            assert_eq!(s.alerts.chat.language.as_deref(), Some("de-DE"));
            Ok(())
        });
    }

    #[test]
    fn a_missing_config_file_is_an_error() {
        assert!(Settings::load(Some(Path::new("/nonexistent/linkstar.toml"))).is_err());
    }
}
