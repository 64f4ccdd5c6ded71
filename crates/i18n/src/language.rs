//! The languages LinkStar speaks and how a reader's language is chosen: the creator's
//! saved choice, then the chat platform's language code, then the campaign's default,
//! then en-US. Operators get theirs from config or the POSIX locale (`LANG`).

use linkstar_core::place::Locale;
use unic_langid::LanguageIdentifier;

/// A language with a complete set of messages in `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// English (United States): the source and fallback.
    #[default]
    EnUs,
    /// Chinese (Simplified, China).
    ZhCn,
    /// Spanish (Spain).
    EsEs,
    /// Portuguese (Brazil).
    PtBr,
    /// Indonesian.
    IdId,
    /// Thai.
    ThTh,
    /// Vietnamese.
    ViVn,
    /// German (Germany).
    DeDe,
    /// French (France).
    FrFr,
    /// Japanese.
    JaJp,
}

impl Language {
    /// Every language, en-US first.
    pub const ALL: [Language; 10] = [
        Language::EnUs,
        Language::ZhCn,
        Language::EsEs,
        Language::PtBr,
        Language::IdId,
        Language::ThTh,
        Language::ViVn,
        Language::DeDe,
        Language::FrFr,
        Language::JaJp,
    ];

    /// The BCP 47 tag, also the folder name under `locales/` (`pt-BR`).
    pub fn tag(&self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::ZhCn => "zh-CN",
            Language::EsEs => "es-ES",
            Language::PtBr => "pt-BR",
            Language::IdId => "id-ID",
            Language::ThTh => "th-TH",
            Language::ViVn => "vi-VN",
            Language::DeDe => "de-DE",
            Language::FrFr => "fr-FR",
            Language::JaJp => "ja-JP",
        }
    }

    /// The tag as the domain's [`Locale`], e.g. to save a creator's choice.
    pub fn locale(&self) -> Locale {
        // Every tag above is a valid language tag; en-US is the safe answer regardless.
        Locale::parse(self.tag())
            .or_else(|_| Locale::parse("en-US"))
            .unwrap_or_else(|_| unreachable!("en-US is a valid language tag"))
    }

    pub(crate) fn langid(&self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// The supported language closest to a BCP 47 tag as Telegram (`es`, `pt-br`,
    /// `zh-hans`), Discord (`pt-BR`, `zh-CN`) or a stored [`Locale`] spell it; `None`
    /// for a language LinkStar does not speak or a malformed tag. Any region of a
    /// language matches it (`en-GB` → en-US, `pt-PT` → pt-BR), and every Chinese
    /// variant goes to zh-CN, the only Chinese translation.
    pub fn matching(tag: &str) -> Option<Language> {
        let cleaned = tag.trim().replace('_', "-");
        let id: LanguageIdentifier = cleaned.parse().ok()?;
        let language = match id.language.as_str() {
            "en" => Language::EnUs,
            "zh" => Language::ZhCn,
            "es" => Language::EsEs,
            "pt" => Language::PtBr,
            // `in` is the withdrawn code some older Android builds still send.
            "id" | "in" => Language::IdId,
            "th" => Language::ThTh,
            "vi" => Language::ViVn,
            "de" => Language::DeDe,
            "fr" => Language::FrFr,
            "ja" => Language::JaJp,
            _ => return None,
        };
        Some(language)
    }

    /// The language of a POSIX locale value such as `zh_CN.UTF-8` or `de_DE@euro`;
    /// `None` for `C`, `POSIX`, empty or unknown values.
    pub fn from_posix(value: &str) -> Option<Language> {
        let tag = value.split(['.', '@']).next().unwrap_or_default();
        if matches!(tag, "" | "C" | "POSIX") {
            return None;
        }
        Self::matching(tag)
    }

    /// The supported language for a stored locale, en-US when it has none.
    pub fn of(locale: &Locale) -> Language {
        Self::matching(locale.as_str()).unwrap_or_default()
    }
}

/// Picks a creator's language: their saved choice, else the chat platform's language
/// code, else the campaign's default, else en-US. Each source that is missing,
/// malformed or names a language LinkStar does not speak is skipped.
pub fn negotiate(saved: Option<&str>, platform_code: Option<&str>, campaign_default: Option<&str>) -> Language {
    [saved, platform_code, campaign_default].into_iter().flatten().find_map(Language::matching).unwrap_or_default()
}

/// Picks the dashboard language: the configured one, else `LC_ALL`, `LC_MESSAGES`,
/// `LANG` from the environment (POSIX order), else en-US.
pub fn operator_language(configured: Option<&str>) -> Language {
    let env = |name: &str| std::env::var(name).ok();
    operator_language_from(configured, &[env("LC_ALL"), env("LC_MESSAGES"), env("LANG")])
}

/// [`operator_language`] with the environment values given, most important first.
pub fn operator_language_from(configured: Option<&str>, posix_values: &[Option<String>]) -> Language {
    configured
        .and_then(|c| Language::matching(c).or_else(|| Language::from_posix(c)))
        .or_else(|| posix_values.iter().flatten().find(|v| !v.is_empty()).and_then(|v| Language::from_posix(v)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_codes_match_sensibly() {
        let cases = [
            ("es", Language::EsEs),
            ("pt-br", Language::PtBr),
            ("pt", Language::PtBr),
            ("pt-PT", Language::PtBr),
            ("zh-hans", Language::ZhCn),
            ("zh", Language::ZhCn),
            ("zh-CN", Language::ZhCn),
            ("en-GB", Language::EnUs),
            ("ja", Language::JaJp),
            ("id", Language::IdId),
            ("th", Language::ThTh),
            ("vi", Language::ViVn),
        ];
        for (code, want) in cases {
            assert_eq!(Language::matching(code), Some(want), "{code}");
        }
    }

    #[test]
    fn bad_codes_fall_through_without_panicking() {
        for bad in ["", "  ", "xx-123456789", "klingon", "🦀", "-", "en--US", "ko"] {
            assert_eq!(Language::matching(bad), None, "{bad:?}");
        }
        assert_eq!(negotiate(Some("!!"), Some("ko"), Some("de-DE")), Language::DeDe);
        assert_eq!(negotiate(None, None, None), Language::EnUs);
    }

    #[test]
    fn saved_choice_beats_platform_beats_campaign() {
        assert_eq!(negotiate(Some("fr-FR"), Some("es"), Some("de-DE")), Language::FrFr);
        assert_eq!(negotiate(None, Some("es"), Some("de-DE")), Language::EsEs);
        assert_eq!(negotiate(None, None, Some("de-DE")), Language::DeDe);
    }

    #[test]
    fn operators_follow_config_then_posix_locale() {
        let lang = |v: &str| Some(v.to_string());
        assert_eq!(operator_language_from(None, &[None, None, lang("zh_CN.UTF-8")]), Language::ZhCn);
        assert_eq!(operator_language_from(Some("en-US"), &[lang("zh_CN.UTF-8")]), Language::EnUs);
        assert_eq!(operator_language_from(None, &[lang("C"), lang("ja_JP.UTF-8")]), Language::EnUs);
        assert_eq!(operator_language_from(None, &[lang(""), None, lang("de_DE@euro")]), Language::DeDe);
    }

    #[test]
    fn tags_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::matching(language.tag()), Some(language));
            assert_eq!(Language::of(&language.locale()), language);
        }
    }
}
