//! What a newcomer reads on the command line: the first-run guide, the active profile,
//! `linkstar status`, and errors that name their cause and the fix.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// Where a value in use came from, as `linkstar status` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceWords<'a> {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Environment {
        /// Its name.
        name: &'a str,
    },
    /// The settings file.
    File {
        /// Its path.
        path: &'a str,
    },
    /// The active profile written by `demo` or `setup init`.
    Profile {
        /// The profile file.
        path: &'a str,
    },
    /// The operating system's user name.
    OsUser,
    /// Built in.
    Default,
}

/// One line for a newcomer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupConsole<'a> {
    /// The database file does not exist (and this command does not create one).
    MissingDatabase {
        /// The file.
        path: &'a str,
    },
    /// The database file exists but cannot be opened as a LinkStar database.
    UnreadableDatabase {
        /// The file.
        path: &'a str,
        /// What the database library said.
        reason: &'a str,
    },
    /// A newer LinkStar wrote this database.
    NewerSchema {
        /// The newest migration in the database.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// No campaign has this name or id.
    UnknownCampaign {
        /// What was typed.
        name: &'a str,
    },
    /// No creator has this handle or id.
    UnknownCreator {
        /// What was typed.
        name: &'a str,
    },
    /// No operator has this username.
    UnknownOperator {
        /// What was typed or configured.
        name: &'a str,
    },
    /// The nearest known name to a mistyped one.
    DidYouMean {
        /// The known name.
        name: &'a str,
    },
    /// The operator's role does not allow the action.
    Forbidden {
        /// The role.
        role: &'a str,
        /// What was attempted.
        action: &'a str,
    },
    /// Nothing is set up in the database yet.
    NotSetUp {
        /// The database.
        url: &'a str,
    },
    /// Heads the commands that set up one's own brand.
    SetUpWith,
    /// Heads the command that seeds the demo instead.
    OrTryTheDemo,
    /// Prompt: the brand's name.
    AskBrand,
    /// Prompt: the brand's legal name.
    AskLegalName,
    /// Prompt: the brand's currency.
    AskCurrency,
    /// Prompt: the first operator's name.
    AskOperatorName,
    /// Prompt: an optional bot token.
    AskToken {
        /// "Telegram" or "Discord".
        bot: &'a str,
    },
    /// The guided set-up finished.
    SetUpDone {
        /// The brand.
        brand: &'a str,
        /// The operator's username.
        username: &'a str,
        /// The database.
        url: &'a str,
    },
    /// Bot tokens were written to the settings file.
    TokensSaved {
        /// The settings file.
        path: &'a str,
    },
    /// The demo became the active profile.
    DemoActive {
        /// The demo's operator.
        operator: &'a str,
    },
    /// The demo did not replace the operator's own active database.
    DemoNotActive {
        /// The demo database.
        url: &'a str,
    },
    /// `status`: the database in use.
    StatusDatabase {
        /// The database, password removed.
        url: &'a str,
        /// Where the choice came from.
        source: SourceWords<'a>,
    },
    /// `status`: the database file does not exist yet.
    StatusNoFile,
    /// `status`: the operator in use.
    StatusOperator {
        /// The username.
        name: &'a str,
        /// Where it came from.
        source: SourceWords<'a>,
    },
    /// `status`: the operator's brand and role.
    StatusBrand {
        /// The brand.
        brand: &'a str,
        /// The operator's role.
        role: &'a str,
    },
    /// `status`: the language in use.
    StatusLanguage {
        /// The language's name in itself.
        language: &'a str,
        /// Where it came from.
        source: SourceWords<'a>,
    },
    /// `config show`: a setting's effective value.
    ConfigValue {
        /// The setting's name.
        key: &'a str,
        /// Its value, secrets redacted.
        value: &'a str,
        /// Where it came from; `None` for a built-in default.
        source: Option<SourceWords<'a>>,
    },
    /// `config show`: a setting that is not set (its built-in behaviour applies).
    ConfigUnset {
        /// The setting's name.
        key: &'a str,
    },
    /// `status`: a bot and whether its token is set (never the token).
    StatusBot {
        /// "Telegram" or "Discord".
        bot: &'a str,
        /// Whether a token is set.
        configured: bool,
    },
}

impl Localizer {
    /// Where a value came from, in the reader's language.
    pub fn source_words(&self, source: SourceWords, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        clean(match source {
            SourceWords::Flag => fl!(l, "source-flag"),
            SourceWords::Environment { name } => fl!(l, "source-environment", name = name),
            SourceWords::File { path } => fl!(l, "source-file", path = path),
            SourceWords::Profile { path } => fl!(l, "source-profile", path = path),
            SourceWords::OsUser => fl!(l, "source-os-user"),
            SourceWords::Default => fl!(l, "source-default"),
        })
    }

    /// A line of the first-run guide, `status`, or a newcomer's error.
    pub fn setup_console(&self, line: &SetupConsole, language: impl Into<Language>) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let l = &s.loader;
        clean(match *line {
            SetupConsole::MissingDatabase { path } => fl!(l, "setup-missing-database", path = path),
            SetupConsole::UnreadableDatabase { path, reason } => {
                fl!(l, "setup-unreadable-database", path = path, reason = reason)
            }
            SetupConsole::NewerSchema { found, known } => {
                fl!(l, "setup-newer-schema", found = found.to_string(), known = known.to_string())
            }
            SetupConsole::UnknownCampaign { name } => fl!(l, "setup-unknown-campaign", name = name),
            SetupConsole::UnknownCreator { name } => fl!(l, "setup-unknown-creator", name = name),
            SetupConsole::UnknownOperator { name } => fl!(l, "setup-unknown-operator", name = name),
            SetupConsole::DidYouMean { name } => fl!(l, "setup-did-you-mean", name = name),
            SetupConsole::Forbidden { role, action } => fl!(l, "setup-forbidden", role = role, action = action),
            SetupConsole::NotSetUp { url } => fl!(l, "setup-not-set-up", url = url),
            SetupConsole::SetUpWith => fl!(l, "setup-set-up-with"),
            SetupConsole::OrTryTheDemo => fl!(l, "setup-or-try-the-demo"),
            SetupConsole::AskBrand => fl!(l, "setup-ask-brand"),
            SetupConsole::AskLegalName => fl!(l, "setup-ask-legal-name"),
            SetupConsole::AskCurrency => fl!(l, "setup-ask-currency"),
            SetupConsole::AskOperatorName => fl!(l, "setup-ask-operator-name"),
            SetupConsole::AskToken { bot } => fl!(l, "setup-ask-token", bot = bot),
            SetupConsole::SetUpDone { brand, username, url } => {
                fl!(l, "setup-done", brand = brand, username = username, url = url)
            }
            SetupConsole::TokensSaved { path } => fl!(l, "setup-tokens-saved", path = path),
            SetupConsole::DemoActive { operator } => fl!(l, "setup-demo-active", operator = operator),
            SetupConsole::DemoNotActive { url } => fl!(l, "setup-demo-not-active", url = url),
            SetupConsole::StatusDatabase { url, source } => {
                fl!(l, "status-database", url = url, source = self.source_words(source, language))
            }
            SetupConsole::StatusNoFile => fl!(l, "status-no-file"),
            SetupConsole::StatusOperator { name, source } => {
                fl!(l, "status-operator", name = name, source = self.source_words(source, language))
            }
            SetupConsole::StatusBrand { brand, role } => fl!(l, "status-brand", brand = brand, role = role),
            SetupConsole::StatusLanguage { language: name, source } => {
                fl!(l, "status-language", language = name, source = self.source_words(source, language))
            }
            SetupConsole::ConfigValue { key, value, source: Some(source) } => {
                fl!(l, "config-value", key = key, value = value, source = self.source_words(source, language))
            }
            SetupConsole::ConfigValue { key, value, source: None } => {
                fl!(
                    l,
                    "config-value",
                    key = key,
                    value = value,
                    source = self.source_words(SourceWords::Default, language)
                )
            }
            SetupConsole::ConfigUnset { key } => fl!(l, "config-unset", key = key),
            SetupConsole::StatusBot { bot, configured: true } => fl!(l, "status-bot-configured", bot = bot),
            SetupConsole::StatusBot { bot, configured: false } => fl!(l, "status-bot-not-configured", bot = bot),
        })
    }
}
