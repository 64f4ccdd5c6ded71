//! The operator alert chats of the `[alerts]` settings, checked against the database's
//! brands and the bots `serve` runs. Every mistake is refused at start-up with the
//! setting's name, so alerts never silently go nowhere.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use linkstar_core::alerts::AlertChat;
use linkstar_core::ids::BrandId;
use linkstar_core::place::{ChatPlatform, Locale, TimeZoneName};
use linkstar_i18n::Language;

/// A chat id as written: TOML and the environment give numbers, quotes give text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatId {
    /// `-1001234567890`
    Number(i64),
    /// `"-1001234567890"`
    Text(String),
}

impl ChatId {
    fn text(&self) -> String {
        match self {
            ChatId::Number(n) => n.to_string(),
            ChatId::Text(t) => t.clone(),
        }
    }
}

/// One alert chat's settings; unset fields fall back to the `[alerts]` table's, then to
/// the `language` and `time_zone` settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AlertChatSettings {
    /// The Telegram group's chat id (add the bot to the group first).
    pub telegram_chat: Option<ChatId>,
    /// The Discord channel's id (the bot needs permission to post there).
    pub discord_channel: Option<ChatId>,
    /// The operators' language (`de-DE`).
    pub language: Option<String>,
    /// The operators' IANA time zone (`Europe/Berlin`).
    pub time_zone: Option<String>,
    /// Local time of the daily digest, `HH:MM` (default 09:00).
    pub digest_at: Option<String>,
}

/// The `[alerts]` settings: one chat for a single-brand database, or one per brand under
/// `[alerts.brands."<brand name>"]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AlertSettings {
    /// The chat of the only brand, and the defaults of every brand's chat.
    #[serde(flatten)]
    pub chat: AlertChatSettings,
    /// Chats per brand, by brand name.
    pub brands: BTreeMap<String, AlertChatSettings>,
}

/// What the resolution needs besides the settings.
pub struct Inputs<'a> {
    /// Every brand in the database (id, name).
    pub brands: &'a [(BrandId, String)],
    /// The platforms whose bot runs in this process.
    pub running: &'a [ChatPlatform],
    /// The `language` setting (or LANG), the operators' default language.
    pub language: Language,
    /// The `time_zone` setting, the operators' default zone.
    pub time_zone: Option<&'a str>,
}

/// The alert chat of every brand that has one, or why the settings are wrong.
pub fn resolve(settings: &AlertSettings, inputs: &Inputs<'_>) -> anyhow::Result<BTreeMap<BrandId, AlertChat>> {
    let top = &settings.chat;
    let top_has_chat = top.telegram_chat.is_some() || top.discord_channel.is_some();
    let mut wanted: Vec<(BrandId, String, AlertChatSettings)> = Vec::new();
    for (name, chat) in &settings.brands {
        let Some((id, _)) = inputs.brands.iter().find(|(_, n)| n == name) else {
            let known: Vec<_> = inputs.brands.iter().map(|(_, n)| format!("{n:?}")).collect();
            bail!("alerts.brands.{name:?}: there is no brand named {name:?} (brands: {})", known.join(", "));
        };
        wanted.push((*id, format!("alerts.brands.{name:?}"), merged(chat, top)));
    }
    if top_has_chat && settings.brands.is_empty() {
        match inputs.brands {
            [(id, _)] => wanted.push((*id, "alerts".into(), top.clone())),
            [] => bail!("alerts: the database has no brand yet; add one with `linkstar setup brand` first"),
            many => {
                let names: Vec<_> = many.iter().map(|(_, n)| format!("{n:?}")).collect();
                bail!(
                    "alerts: the database has {} brands ({}); give each its chat under [alerts.brands.\"<name>\"]",
                    many.len(),
                    names.join(", ")
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    for (brand, key, chat) in wanted {
        out.insert(brand, one(&key, &chat, inputs)?);
    }
    Ok(out)
}

fn merged(chat: &AlertChatSettings, top: &AlertChatSettings) -> AlertChatSettings {
    AlertChatSettings {
        telegram_chat: chat.telegram_chat.clone(),
        discord_channel: chat.discord_channel.clone(),
        language: chat.language.clone().or_else(|| top.language.clone()),
        time_zone: chat.time_zone.clone().or_else(|| top.time_zone.clone()),
        digest_at: chat.digest_at.clone().or_else(|| top.digest_at.clone()),
    }
}

fn one(key: &str, s: &AlertChatSettings, inputs: &Inputs<'_>) -> anyhow::Result<AlertChat> {
    let telegram = s
        .telegram_chat
        .as_ref()
        .map(|id| AlertChat::parse_chat_id(ChatPlatform::Telegram, &id.text()))
        .transpose()
        .with_context(|| format!("{key}.telegram_chat"))?;
    let discord = s
        .discord_channel
        .as_ref()
        .map(|id| AlertChat::parse_chat_id(ChatPlatform::Discord, &id.text()))
        .transpose()
        .with_context(|| format!("{key}.discord_channel"))?;
    let runs = |p| inputs.running.contains(&p);
    let (platform, chat_id) = match (telegram, discord) {
        (Some(t), _) if runs(ChatPlatform::Telegram) => (ChatPlatform::Telegram, t),
        (_, Some(d)) if runs(ChatPlatform::Discord) => (ChatPlatform::Discord, d),
        (None, None) => bail!("{key}: set telegram_chat or discord_channel"),
        (Some(_), _) => bail!(
            "{key}: alerts go to a Telegram chat, but the Telegram bot is not running (set LINKSTAR_TELEGRAM_TOKEN)"
        ),
        (None, Some(_)) => bail!(
            "{key}: alerts go to a Discord channel, but the Discord bot is not running (set LINKSTAR_DISCORD_TOKEN)"
        ),
    };
    let language = match &s.language {
        Some(tag) => Language::matching(tag).with_context(|| {
            let all: Vec<_> = Language::ALL.iter().map(|l| l.tag()).collect();
            format!("{key}.language: {tag:?} is not one of {}", all.join(", "))
        })?,
        None => inputs.language,
    };
    let locale = Locale::parse(language.tag()).with_context(|| format!("{key}.language"))?;
    let zone = match s.time_zone.as_deref().or(inputs.time_zone) {
        Some(name) => TimeZoneName::parse(name).with_context(|| format!("{key}.time_zone: {name:?}"))?,
        None => system_zone()?,
    };
    let digest_at = match &s.digest_at {
        Some(text) => AlertChat::parse_digest_at(text).with_context(|| format!("{key}.digest_at"))?,
        None => jiff::civil::Time::constant(9, 0, 0, 0),
    };
    Ok(AlertChat { platform, chat_id, locale, zone, digest_at })
}

/// The system's IANA zone, else UTC.
fn system_zone() -> anyhow::Result<TimeZoneName> {
    Ok(jiff::tz::TimeZone::system()
        .iana_name()
        .and_then(|z| TimeZoneName::parse(z).ok())
        .map_or_else(|| TimeZoneName::parse("UTC"), Ok)?)
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;
