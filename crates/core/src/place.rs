//! Where people are and how they are reached: countries, locales, time zones,
//! social platforms and their handles, chat platforms.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use crate::DomainError;

macro_rules! string_value {
    ($name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }
        impl FromStr for $name {
            type Err = DomainError;
            fn from_str(s: &str) -> Result<Self, DomainError> {
                Self::parse(s)
            }
        }
    };
}

/// An ISO 3166-1 alpha-2 country code, upper case (`DE`, `BR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

impl Country {
    /// Parses an alpha-2 code, case-insensitively.
    pub fn parse(code: &str) -> Result<Self, DomainError> {
        let upper = code.trim().to_ascii_uppercase();
        isocountry::CountryCode::for_alpha2(&upper)
            .map_err(|_| DomainError::invalid("country", format!("{code:?} is not an ISO 3166 country code")))?;
        let b = upper.as_bytes();
        Ok(Self([b[0], b[1]]))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Built only from validated ASCII in `parse`.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}
string_value!(Country);

/// A BCP 47 language tag such as `es-ES`, `pt-BR` or `zh-CN`, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(String);

impl Locale {
    /// Parses and canonicalizes a language tag (`pt_br` → `pt-BR`).
    pub fn parse(tag: &str) -> Result<Self, DomainError> {
        let id: unic_langid::LanguageIdentifier = tag
            .trim()
            .replace('_', "-")
            .parse()
            .map_err(|_| DomainError::invalid("locale", format!("{tag:?} is not a language tag")))?;
        if id.language.is_empty() {
            return Err(DomainError::invalid("locale", format!("{tag:?} names no language")));
        }
        Ok(Self(id.to_string()))
    }

    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone (`pt` for `pt-BR`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}
string_value!(Locale);

/// An IANA time zone name known to the bundled time zone database.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TimeZoneName(String);

impl TimeZoneName {
    /// Parses an IANA name such as `Asia/Jakarta` or `Pacific/Kiritimati`.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        let name = name.trim();
        let tz = jiff::tz::TimeZone::get(name)
            .map_err(|_| DomainError::invalid("time-zone", format!("{name:?} is not an IANA time zone")))?;
        Ok(Self(tz.iana_name().unwrap_or(name).to_string()))
    }

    /// The IANA name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The zone itself, for converting instants to local time.
    pub fn zone(&self) -> jiff::tz::TimeZone {
        // Validated in `parse` against the same bundled database.
        jiff::tz::TimeZone::get(&self.0).unwrap_or(jiff::tz::TimeZone::UTC)
    }
}
string_value!(TimeZoneName);

/// A social platform where creators publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// TikTok.
    TikTok,
    /// Instagram.
    Instagram,
    /// YouTube.
    YouTube,
}

impl Platform {
    /// Every platform, in a stable order.
    pub const ALL: [Platform; 3] = [Platform::TikTok, Platform::Instagram, Platform::YouTube];

    /// The platform's lowercase name used in CSV, config and storage.
    pub fn as_str(&self) -> &'static str {
        match self {
            Platform::TikTok => "tiktok",
            Platform::Instagram => "instagram",
            Platform::YouTube => "youtube",
        }
    }

    /// Parses a platform name, case-insensitively.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "tiktok" => Ok(Platform::TikTok),
            "instagram" | "ig" => Ok(Platform::Instagram),
            "youtube" | "yt" => Ok(Platform::YouTube),
            other => Err(DomainError::invalid("platform", format!("unknown platform {other:?}"))),
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A creator's account name on a platform, without the `@`, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(String);

impl Handle {
    /// Parses `@Name.Here` into `name.here`; letters, digits, `.`, `_` and `-`, 2–30 long.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let name = text.trim().trim_start_matches('@').to_lowercase();
        let ok_chars = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !(2..=30).contains(&name.len()) || !ok_chars {
            return Err(DomainError::invalid(
                "handle",
                format!("{text:?} is not a handle (2–30 letters, digits, '.', '_' or '-')"),
            ));
        }
        Ok(Self(name))
    }

    /// The handle as text, without `@`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
string_value!(Handle);

/// A chat platform the creator assistant runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChatPlatform {
    /// Telegram bot.
    Telegram,
    /// Discord bot.
    Discord,
}

impl ChatPlatform {
    /// Lowercase name for storage.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChatPlatform::Telegram => "telegram",
            ChatPlatform::Discord => "discord",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name {
            "telegram" => Ok(Self::Telegram),
            "discord" => Ok(Self::Discord),
            other => Err(DomainError::invalid("chat-platform", format!("unknown chat platform {other:?}"))),
        }
    }
}

/// A creator's account on a chat platform (`telegram`, chat id `12345`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChatAccount {
    /// Which chat platform.
    pub platform: ChatPlatform,
    /// The platform's id for the user or chat.
    pub external_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_iso_codes() {
        assert_eq!(Country::parse("de").map(|c| c.to_string()), Ok("DE".into()));
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("Germany").is_err());
    }

    #[test]
    fn locales_are_canonical() {
        assert_eq!(Locale::parse("pt_br").map(|l| l.to_string()), Ok("pt-BR".into()));
        assert_eq!(Locale::parse("zh-CN").map(|l| l.language().to_string()), Ok("zh".into()));
        assert!(Locale::parse("not a locale!").is_err());
        assert!(Locale::parse("").is_err());
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert!(TimeZoneName::parse("Pacific/Kiritimati").is_ok());
        assert!(TimeZoneName::parse("Pacific/Honolulu").is_ok());
        assert!(TimeZoneName::parse("Mars/Olympus").is_err());
    }

    #[test]
    fn handles_are_normalized() {
        assert_eq!(Handle::parse("@Ana.Lima").map(|h| h.to_string()), Ok("ana.lima".into()));
        assert!(Handle::parse("@a").is_err());
        assert!(Handle::parse("spaces not ok").is_err());
    }
}
