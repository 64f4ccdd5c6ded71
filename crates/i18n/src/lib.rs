//! Every word a creator or an operator reads, in their language.
//!
//! Messages live in Fluent files, `locales/<lang>/linkstar.ftl`, with en-US as the source
//! and the fallback. They are embedded in the binary and read through i18n-embed; every
//! message is fetched with `fl!`, which checks its id and arguments against en-US at
//! compile time. Values are formatted here, in Rust, with ICU4X's CLDR data before
//! Fluent places them: instants in the reader's time zone, numbers with the language's
//! grouping, money with the currency's digits and the language's symbol placement.
//!
//! Use one [`Localizer`] for the whole process (it is `Send + Sync`), choose each
//! reader's [`Language`] with [`negotiate`] (creators) or [`operator_language`]
//! (the dashboard), and render typed values: [`Localizer::notice`],
//! [`Localizer::error`], [`Localizer::stage`], [`Localizer::caption_check`],
//! [`Localizer::reminder`], [`Localizer::digest`], [`Localizer::label`], the command line's
//! [`Localizer::console`] and [`Localizer::money_console`], and the formatters.

mod assistant;
mod console;
mod console_money;
mod console_pipeline;
mod console_setup;
mod dashboard;
mod digest;
mod discord;
mod format;
mod language;
mod messages;
mod notice;
mod report_words;
mod schedule;
mod shell;
mod workbench;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use linkstar_core::place::{Locale, TimeZoneName};
use std::collections::BTreeSet;

pub use assistant::{HelpTopic, Line, Refusal};
pub use console::Console;
pub use console_money::MoneyConsole;
pub use console_pipeline::{PaymentFate, PipelineConsole};
pub use console_setup::{SetupConsole, SourceWords};
pub use dashboard::{Ui, UiCount};
pub use discord::DiscordLine;
pub use format::TimeLeft;
pub use language::{Language, negotiate, operator_language, operator_language_from};
pub use messages::{Deadline, Label, Reminder};
pub use report_words::ReportLabel;
pub use schedule::ReminderConsole;
pub use shell::{Job, ShellLine};
pub use workbench::Work;

use format::Formats;

/// The Fluent files, embedded at build time (read from disk in debug builds).
#[derive(rust_embed::RustEmbed)]
#[folder = "../../locales"]
struct Localizations;

/// Why the messages could not be loaded. Only a broken build can cause it: the files are
/// embedded and checked by this crate's tests.
#[derive(Debug, thiserror::Error)]
#[error("loading the Fluent messages: {0}")]
pub struct LoadError(#[from] i18n_embed::I18nEmbedError);

impl From<&Locale> for Language {
    fn from(locale: &Locale) -> Self {
        Language::of(locale)
    }
}

/// One language's messages and formatters.
#[derive(Debug)]
struct Speaker {
    loader: FluentLanguageLoader,
    formats: Formats,
    /// en-US message ids this language lacks.
    missing: Vec<String>,
}

/// Renders typed messages and values in any [`Language`]. Build it once at start-up.
#[derive(Debug)]
pub struct Localizer {
    /// Indexed by the [`Language`] discriminant, in [`Language::ALL`] order.
    speakers: Vec<Speaker>,
}

impl Localizer {
    /// Loads every language's messages and builds its formatters. A message missing in a
    /// language is logged here, once, and falls back to en-US whenever it is rendered.
    pub fn new() -> Result<Self, LoadError> {
        Self::from_assets(&Localizations)
    }

    fn from_assets(assets: &dyn I18nAssets) -> Result<Self, LoadError> {
        let fallback = Language::EnUs.langid();
        let all = FluentLanguageLoader::new("linkstar", fallback.clone());
        // A language without a file would stop i18n-embed from loading any; it is left
        // out instead and speaks en-US (its every message is reported missing below).
        let ids: Vec<_> = Language::ALL
            .iter()
            .filter(|l| !assets.get_files(&format!("{}/linkstar.ftl", l.tag())).is_empty())
            .map(Language::langid)
            .collect();
        all.load_languages(assets, &ids)?;
        // Fluent's bidi isolation marks would show up as stray characters in chats and
        // terminals; the readers' scripts here are all left-to-right.
        all.set_use_isolating(false);
        let english = message_ids(&all, &fallback);
        let speakers = Language::ALL
            .iter()
            .map(|&language| {
                let loader = all.select_languages(&[language.langid()]);
                let missing: Vec<_> = english.difference(&message_ids(&all, &language.langid())).cloned().collect();
                if !missing.is_empty() {
                    tracing::warn!(language = language.tag(), ?missing, "messages missing; en-US is used for them");
                }
                Speaker { loader, formats: Formats::new(language), missing }
            })
            .collect();
        Ok(Self { speakers })
    }

    /// The en-US messages a language lacks (and shows in English), as found and logged
    /// at start-up. Empty for every shipped language; the tests see to that.
    pub fn missing_messages(&self, language: Language) -> &[String] {
        &self.speaker(language).missing
    }

    fn speaker(&self, language: Language) -> &Speaker {
        let index = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
        &self.speakers[index]
    }

    /// An integer with the language's digit grouping: `1,234,567`, `1.234.567`.
    pub fn number(&self, n: i64, language: impl Into<Language>) -> String {
        self.speaker(language.into()).formats.integer(n)
    }

    /// Money with the currency's minor digits and the language's symbol placement:
    /// `$1,234.50` (en-US), `1.234,50 €` (de-DE), `￥1,235` (ja-JP).
    pub fn money(&self, money: linkstar_core::money::Money, language: impl Into<Language>) -> String {
        self.speaker(language.into()).formats.money(money)
    }

    /// Date and time of an instant in the reader's time zone, with its UTC offset.
    pub fn date_time(&self, at: jiff::Timestamp, language: impl Into<Language>, zone: &TimeZoneName) -> String {
        self.speaker(language.into()).formats.date_time(at, zone)
    }

    /// The calendar date of an instant in the reader's time zone.
    pub fn date(&self, at: jiff::Timestamp, language: impl Into<Language>, zone: &TimeZoneName) -> String {
        self.speaker(language.into()).formats.date(at, zone)
    }
}

/// Every message id of one language, as loaded.
fn message_ids(loader: &FluentLanguageLoader, language: &unic_langid::LanguageIdentifier) -> BTreeSet<String> {
    loader.with_message_iter(language, |messages| messages.map(|m| m.id.name.to_string()).collect())
}

/// Removes Unicode bidi isolation and embedding controls (FSI, PDI, LRI, RLI), which
/// Fluent may wrap around arguments and which chats and terminals show as junk.
pub(crate) fn clean(text: String) -> String {
    if text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']) {
        text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_core::stage::Stage;
    use std::borrow::Cow;

    /// The real en-US file plus a German file with a single message.
    struct PartialGerman;

    impl I18nAssets for PartialGerman {
        fn get_files(&self, path: &str) -> Vec<Cow<'_, [u8]>> {
            match path {
                "de-DE/linkstar.ftl" => {
                    vec![Cow::Borrowed(b"stage-offered = Angeboten\n".as_slice())]
                }
                "en-US/linkstar.ftl" => I18nAssets::get_files(&Localizations, path)
                    .into_iter()
                    .map(|file| Cow::Owned(file.into_owned()))
                    .collect(),
                _ => Vec::new(),
            }
        }

        fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
            Box::new(["en-US/linkstar.ftl", "de-DE/linkstar.ftl"].into_iter().map(String::from))
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_english_and_is_reported_once() {
        let loc = Localizer::from_assets(&PartialGerman).expect("loads");
        assert_eq!(loc.stage(Stage::Offered, Language::DeDe), "Angeboten");
        assert_eq!(loc.stage(Stage::Approved, Language::DeDe), "Approved");
        assert!(loc.missing_messages(Language::DeDe).contains(&"stage-approved".to_string()));
        assert!(!loc.missing_messages(Language::DeDe).contains(&"stage-offered".to_string()));
        // A language with no file at all speaks English throughout.
        assert_eq!(loc.stage(Stage::Approved, Language::JaJp), "Approved");
        assert!(loc.missing_messages(Language::EnUs).is_empty());
    }

    #[test]
    fn the_shipped_languages_miss_nothing() {
        let loc = Localizer::new().expect("loads");
        for language in Language::ALL {
            assert_eq!(loc.missing_messages(language), &[] as &[String], "{}", language.tag());
        }
    }

    #[test]
    fn isolation_marks_are_stripped() {
        assert_eq!(clean("\u{2068}Ana\u{2069} paid".to_string()), "Ana paid");
    }
}
