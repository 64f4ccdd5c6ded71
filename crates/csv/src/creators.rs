//! The creator pool as CSV: one row per creator, platforms as column groups, lists
//! separated by `;`.
//!
//! Columns: `name, country, languages, preferred_locale, time_zone, categories,
//! audience_countries, tiktok_handle, tiktok_followers, tiktok_engagement,
//! instagram_handle, instagram_followers, instagram_engagement, youtube_handle,
//! youtube_followers, youtube_engagement, rate_card, risk_flags, rating, pool_status`.
//! Engagement is a percentage (`4.25`); the rate card is `video=500 EUR;image=200 EUR`.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use serde::Deserialize;

use linkstar_core::campaign::ContentFormat;
use linkstar_core::creator::{Creator, CreatorProfile, PoolStatus, RiskFlag, SocialAccount};
use linkstar_core::money::Money;
use linkstar_core::place::{Country, Handle, Locale, Platform, TimeZoneName};

use crate::{RowError, bp_to_percent, percent_to_bp};

/// The header row, in order.
pub const HEADER: [&str; 20] = [
    "name",
    "country",
    "languages",
    "preferred_locale",
    "time_zone",
    "categories",
    "audience_countries",
    "tiktok_handle",
    "tiktok_followers",
    "tiktok_engagement",
    "instagram_handle",
    "instagram_followers",
    "instagram_engagement",
    "youtube_handle",
    "youtube_followers",
    "youtube_engagement",
    "rate_card",
    "risk_flags",
    "rating",
    "pool_status",
];

#[derive(Debug, Deserialize)]
struct Row {
    name: String,
    country: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    preferred_locale: String,
    time_zone: String,
    #[serde(default)]
    categories: String,
    #[serde(default)]
    audience_countries: String,
    #[serde(default)]
    tiktok_handle: String,
    #[serde(default)]
    tiktok_followers: String,
    #[serde(default)]
    tiktok_engagement: String,
    #[serde(default)]
    instagram_handle: String,
    #[serde(default)]
    instagram_followers: String,
    #[serde(default)]
    instagram_engagement: String,
    #[serde(default)]
    youtube_handle: String,
    #[serde(default)]
    youtube_followers: String,
    #[serde(default)]
    youtube_engagement: String,
    #[serde(default)]
    rate_card: String,
    #[serde(default)]
    risk_flags: String,
    #[serde(default)]
    rating: String,
    #[serde(default)]
    pool_status: String,
}

fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn account(
    platform: Platform,
    handle: &str,
    followers: &str,
    engagement: &str,
) -> Result<Option<SocialAccount>, String> {
    if handle.trim().is_empty() {
        if !followers.trim().is_empty() || !engagement.trim().is_empty() {
            return Err(format!("{platform} figures without a {platform} handle"));
        }
        return Ok(None);
    }
    let followers = followers
        .trim()
        .replace(['_', ' '], "")
        .parse::<u64>()
        .map_err(|_| format!("{platform}_followers {followers:?} is not a whole number"))?;
    let engagement_bp = if engagement.trim().is_empty() { 0 } else { percent_to_bp(engagement)? };
    Ok(Some(SocialAccount {
        platform,
        handle: Handle::parse(handle).map_err(|e| e.to_string())?,
        followers,
        engagement_bp,
    }))
}

fn format_of(name: &str) -> Result<ContentFormat, String> {
    match name.trim().to_ascii_lowercase().as_str() {
        "video" => Ok(ContentFormat::Video),
        "image" => Ok(ContentFormat::Image),
        "story" => Ok(ContentFormat::Story),
        "live" => Ok(ContentFormat::Live),
        other => Err(format!("unknown content format {other:?} in the rate card")),
    }
}

fn format_name(f: ContentFormat) -> &'static str {
    match f {
        ContentFormat::Video => "video",
        ContentFormat::Image => "image",
        ContentFormat::Story => "story",
        ContentFormat::Live => "live",
    }
}

impl Row {
    fn into_profile(self) -> Result<CreatorProfile, String> {
        let e = |err: linkstar_core::DomainError| err.to_string();
        let mut accounts = Vec::new();
        for (platform, h, f, en) in [
            (Platform::TikTok, &self.tiktok_handle, &self.tiktok_followers, &self.tiktok_engagement),
            (Platform::Instagram, &self.instagram_handle, &self.instagram_followers, &self.instagram_engagement),
            (Platform::YouTube, &self.youtube_handle, &self.youtube_followers, &self.youtube_engagement),
        ] {
            accounts.extend(account(platform, h, f, en)?);
        }
        let mut rate_card = BTreeMap::new();
        for item in list(&self.rate_card) {
            let (format, price) =
                item.split_once('=').ok_or_else(|| format!("rate card item {item:?} is not format=amount CUR"))?;
            rate_card.insert(format_of(format)?, Money::parse(price).map_err(e)?);
        }
        let rating = match self.rating.trim() {
            "" => None,
            r => Some(r.parse::<u8>().map_err(|_| format!("rating {r:?} is not a number from 1 to 5"))?),
        };
        let profile = CreatorProfile {
            name: self.name.trim().to_string(),
            accounts,
            country: Country::parse(&self.country).map_err(e)?,
            languages: list(&self.languages)
                .map(|l| Locale::parse(l).map(|l| l.language().to_string()))
                .collect::<Result<_, _>>()
                .map_err(e)?,
            preferred_locale: match self.preferred_locale.trim() {
                "" => None,
                l => Some(Locale::parse(l).map_err(e)?),
            },
            time_zone: TimeZoneName::parse(&self.time_zone).map_err(e)?,
            categories: list(&self.categories).map(str::to_lowercase).collect(),
            audience_countries: list(&self.audience_countries)
                .map(Country::parse)
                .collect::<Result<_, _>>()
                .map_err(e)?,
            rate_card,
            risk_flags: list(&self.risk_flags).map(RiskFlag::parse).collect::<Result<_, _>>().map_err(e)?,
            rating,
            pool_status: PoolStatus::parse(&self.pool_status).map_err(e)?,
        };
        profile.validate().map_err(e)?;
        Ok(profile)
    }
}

/// Reads creators from CSV with a header row, yielding each row's profile or the reason
/// it was refused. Malformed CSV (wrong field count, bad quoting) is a row error too.
pub fn read(input: impl Read) -> impl Iterator<Item = Result<(u64, CreatorProfile), RowError>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::Headers).from_reader(input);
    let headers = reader.headers().cloned();
    let mut records = reader.into_records();
    let mut header_error = headers.err().map(|e| RowError { line: 1, reason: format!("unreadable header: {e}") });
    std::iter::from_fn(move || {
        if let Some(e) = header_error.take() {
            return Some(Err(e));
        }
        let record = records.next()?;
        Some(match record {
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line());
                Err(RowError { line, reason: format!("malformed CSV: {err}") })
            }
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| p.line());
                match rec.deserialize::<Row>(None) {
                    Err(err) => Err(RowError { line, reason: err.to_string() }),
                    Ok(row) => row.into_profile().map(|p| (line, p)).map_err(|reason| RowError { line, reason }),
                }
            }
        })
    })
}

/// Writes creators as CSV in the import format, header first.
pub struct Writer<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    /// Starts a file and writes the header.
    pub fn new(out: W) -> Result<Self, csv::Error> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(HEADER)?;
        Ok(Self { inner })
    }

    /// Writes one creator.
    pub fn write(&mut self, c: &Creator) -> Result<(), csv::Error> {
        let p = &c.profile;
        let join = |items: Vec<String>| items.join(";");
        let mut fields = vec![
            p.name.clone(),
            p.country.to_string(),
            join(p.languages.clone()),
            p.preferred_locale.as_ref().map(|l| l.to_string()).unwrap_or_default(),
            p.time_zone.to_string(),
            join(p.categories.clone()),
            join(p.audience_countries.iter().map(|c| c.to_string()).collect()),
        ];
        for platform in Platform::ALL {
            match p.account(platform) {
                Some(a) => {
                    fields.extend([a.handle.to_string(), a.followers.to_string(), bp_to_percent(a.engagement_bp)])
                }
                None => fields.extend([String::new(), String::new(), String::new()]),
            }
        }
        fields.push(join(p.rate_card.iter().map(|(f, m)| format!("{}={m}", format_name(*f))).collect()));
        fields.push(join(p.risk_flags.iter().map(|f| f.as_str().to_string()).collect()));
        fields.push(p.rating.map(|r| r.to_string()).unwrap_or_default());
        fields.push(p.pool_status.as_str().to_string());
        self.inner.write_record(&fields)
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, csv::Error> {
        self.inner.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

#[cfg(test)]
#[path = "creators_tests.rs"]
mod tests;
