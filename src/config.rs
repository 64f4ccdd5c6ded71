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

/// Every setting. Environment names are `LINKSTAR_` plus the upper-cased field name
/// (`LINKSTAR_DATABASE_URL`, `LINKSTAR_TELEGRAM_TOKEN`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Database URL; default a SQLite file in the user's data directory.
    pub database_url: Option<Secret>,
    /// The operator the CLI acts as; default the OS user name.
    pub operator: Option<String>,
    /// Telegram bot token (the bot runs only when set).
    pub telegram_token: Option<Secret>,
    /// Telegram Bot API base URL, for pointing the bot at a local server.
    pub telegram_api_url: Option<String>,
    /// The Telegram bot's username, for `https://t.me/<bot>?start=<token>` links.
    pub telegram_bot_username: Option<String>,
    /// Seconds a Telegram request (other than the long poll) may take.
    pub telegram_timeout_secs: Option<u64>,
    /// Outbox messages sent per second at most (Telegram allows about 30).
    pub delivery_per_second: Option<u32>,
    /// Seconds a claimed outbox row stays leased to a worker (default 60).
    pub delivery_lease_secs: Option<u64>,
    /// Discord bot token (the bot runs only when set).
    pub discord_token: Option<Secret>,
    /// Discord API base URL.
    pub discord_api_url: Option<String>,
    /// Largest draft file accepted, in bytes.
    pub max_file_bytes: Option<u64>,
    /// Draft media types accepted (`video/`, `image/`, `application/pdf`).
    pub allowed_file_types: Option<Vec<String>>,
    /// Where uploaded files are kept.
    pub blob_dir: Option<PathBuf>,
    /// Language of the command line and dashboard (`zh-CN`); default from
    /// `LC_ALL`/`LC_MESSAGES`/`LANG`.
    pub language: Option<String>,
    /// YouTube Data API key, for `linkstar metrics fetch`.
    pub youtube_api_key: Option<Secret>,
    /// YouTube Data API base URL (default `https://www.googleapis.com`), for a local server.
    pub youtube_api_url: Option<String>,
    /// Log filter (`info`, `linkstar=debug`).
    pub log: Option<String>,
    /// Where the dashboard writes its log while it runs (default `linkstar-tui.log` in
    /// the data directory).
    pub log_file: Option<PathBuf>,
    /// The IANA time zone the dashboard shows times in; default the system's.
    pub time_zone: Option<String>,
    /// Dashboard key overrides: command name → key (`approve = "A"`, `quit = "ctrl-q"`).
    pub keys: Option<std::collections::BTreeMap<String, String>>,
    /// Operator alert chats (`[alerts]`): where `serve` sends operator notices and the
    /// daily digest, in which language and time zone.
    pub alerts: crate::alerts::AlertSettings,
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

/// Where LinkStar keeps its files by default (`~/.local/share/linkstar`).
pub fn data_dir() -> anyhow::Result<PathBuf> {
    let dir = dirs::data_dir().context("no data directory for this user; pass --db")?.join("linkstar");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// A SQLite URL for a file, created if missing.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
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
            assert_eq!(s.max_file_bytes, Some(1000));
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
