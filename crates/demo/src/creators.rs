//! The demo's creator pool: 320 creators in 12 countries with plausible audiences,
//! prices and history, generated from a seeded random source.

use std::collections::{BTreeMap, HashSet};

use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

use linkstar_core::DomainError;
use linkstar_core::campaign::{ContentFormat, Tier};
use linkstar_core::creator::{CreatorProfile, PoolStatus, RateCard, RiskFlag, SocialAccount};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::{Country, Handle, Locale, Platform, TimeZoneName};

use crate::names::{PLACES, Place, split};

const CATEGORIES: &[&str] =
    &["skincare", "makeup", "lifestyle", "fashion", "fitness", "travel", "food", "wellness", "haircare", "parenting"];

/// Handle patterns: `{g}` given name, `{f}` family name, `{c}` country code.
const STYLES: &[&str] = &[
    "{g}{f}",
    "{g}.{f}",
    "{g}_{f}",
    "{g}.{f}.beauty",
    "{g}glow",
    "its{g}{f}",
    "{g}{f}makeup",
    "{g}.skin",
    "{f}.{g}",
    "{g}.{c}",
    "by{g}",
    "{g}{f}.daily",
];

/// Neighbouring audiences per country, largest first.
fn audience(code: &str) -> &'static [&'static str] {
    match code {
        "ES" => &["MX", "AR", "US"],
        "MX" => &["US", "ES", "CO"],
        "BR" => &["PT", "US", "AR"],
        "ID" => &["MY", "SG"],
        "TH" => &["LA", "MY"],
        "VN" => &["US", "AU"],
        "JP" => &["TW", "KR"],
        "CN" => &["TW", "SG", "MY"],
        "DE" => &["AT", "CH"],
        "FR" => &["BE", "CH", "CA"],
        "US" => &["CA", "GB", "MX"],
        _ => &["US", "IE", "AU"],
    }
}

/// Generates the pool, every handle unique on its platform.
pub(crate) fn generate(rng: &mut StdRng) -> Result<Vec<CreatorProfile>, DomainError> {
    let mut taken = HashSet::new();
    let mut pool = Vec::new();
    for place in PLACES {
        for _ in 0..place.creators {
            pool.push(creator(rng, place, &mut taken)?);
        }
    }
    // The brand blocked the two most doubtful accounts.
    let mut blocked = 0;
    for profile in pool.iter_mut() {
        if blocked < 2 && profile.risk_flags.contains(&RiskFlag::FakeFollowers) {
            profile.pool_status = PoolStatus::Blocked;
            blocked += 1;
        }
    }
    Ok(pool)
}

fn creator(
    rng: &mut StdRng,
    place: &Place,
    taken: &mut HashSet<(Platform, String)>,
) -> Result<CreatorProfile, DomainError> {
    let (given, given_ascii) = split(pick(rng, place.given));
    let (family, family_ascii) = split(pick(rng, place.family));
    let name = match (place.family_first, place.code) {
        (true, "CN") => format!("{family}{given}"),
        (true, _) => format!("{family} {given}"),
        (false, _) => format!("{given} {family}"),
    };
    let country = Country::parse(place.code)?;
    let count = match rng.random_range(0..100) {
        0..50 => 1,
        50..85 => 2,
        _ => 3,
    };
    let mut platforms = vec![match rng.random_range(0..100) {
        0..45 => Platform::TikTok,
        45..85 => Platform::Instagram,
        _ => Platform::YouTube,
    }];
    while platforms.len() < count {
        let p = *Platform::ALL.choose(rng).unwrap_or(&Platform::Instagram);
        if !platforms.contains(&p) {
            platforms.push(p);
        }
    }
    let tier = match rng.random_range(0..100) {
        0..33 => Tier::Nano,
        33..68 => Tier::Micro,
        68..86 => Tier::Mid,
        86..95 => Tier::Macro,
        _ => Tier::Mega,
    };
    let (g, f) = (given_ascii.replace(' ', ""), family_ascii.replace(' ', ""));
    let c = place.code.to_ascii_lowercase();
    let mut accounts = Vec::new();
    for (i, platform) in platforms.iter().enumerate() {
        let followers = if i == 0 {
            followers_in(rng, tier)
        } else {
            let main = accounts.first().map_or(5_000, |a: &SocialAccount| a.followers);
            ((main as f64) * rng.random_range(0.05..0.8)).max(300.0) as u64
        };
        let style = pick(rng, STYLES);
        let base = style.replace("{g}", &g).replace("{f}", &f).replace("{c}", &c);
        let handle = unique(rng, *platform, &base, taken)?;
        let engagement_bp = engagement(rng, Tier::of(followers));
        accounts.push(SocialAccount { platform: *platform, handle, followers, engagement_bp });
    }
    let mut languages = vec![place.language.to_string()];
    if place.language != "en" && rng.random_bool(0.4) {
        languages.push("en".into());
    }
    let preferred_locale = match place.locale {
        Some(tag) if rng.random_bool(0.55) => Some(Locale::parse(tag)?),
        _ if rng.random_bool(0.05) => Some(Locale::parse("en-US")?),
        _ => None,
    };
    let zone = if rng.random_bool(0.7) { place.zones[0] } else { pick(rng, place.zones) };
    let mut categories = Vec::new();
    if rng.random_bool(0.65) {
        categories.push("beauty".to_string());
    }
    while categories.len() < rng.random_range(1..=3) {
        let cat = pick(rng, CATEGORIES).to_string();
        if !categories.contains(&cat) {
            categories.push(cat);
        }
    }
    let mut audience_countries = vec![country];
    for code in audience(place.code).iter().take(rng.random_range(1..=2)) {
        audience_countries.push(Country::parse(code)?);
    }
    let main = accounts.first().map_or(1_000, |a| a.followers);
    let rate_card = rates(rng, place, main, &platforms)?;
    let mut risk_flags = Vec::new();
    let low_engagement = accounts.first().is_some_and(|a| a.engagement_bp < 120);
    if rng.random_bool(if low_engagement { 0.35 } else { 0.03 }) {
        risk_flags.push(RiskFlag::FakeFollowers);
    }
    if rng.random_bool(0.03) {
        risk_flags.push(RiskFlag::PastViolation);
    }
    if rng.random_bool(0.04) {
        risk_flags.push(RiskFlag::Unreliable);
    }
    let rating = match rng.random_range(0..100) {
        0..45 => None,
        45..50 => Some(2),
        50..65 => Some(3),
        65..88 => Some(4),
        _ => Some(5),
    };
    let pool_status = if rng.random_bool(0.08) { PoolStatus::Favourite } else { PoolStatus::Normal };
    Ok(CreatorProfile {
        name,
        accounts,
        country,
        languages,
        preferred_locale,
        time_zone: TimeZoneName::parse(zone)?,
        categories,
        audience_countries,
        rate_card,
        risk_flags,
        rating,
        pool_status,
    })
}

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from.choose(rng).copied().unwrap_or("x")
}

/// Followers spread log-uniformly over the tier.
fn followers_in(rng: &mut StdRng, tier: Tier) -> u64 {
    let (lo, hi) = match tier.bounds() {
        (0, hi) => (800, hi),
        (lo, u64::MAX) => (lo, 14_000_000),
        bounds => bounds,
    };
    let (lo, hi) = ((lo as f64).ln(), ((hi - 1) as f64).ln());
    rng.random_range(lo..hi).exp() as u64
}

/// Engagement in basis points, higher for smaller audiences (0.5 % to 12 %).
fn engagement(rng: &mut StdRng, tier: Tier) -> u32 {
    let (lo, hi) = match tier {
        Tier::Nano => (250, 1_200),
        Tier::Micro => (180, 900),
        Tier::Mid => (120, 600),
        Tier::Macro => (80, 400),
        Tier::Mega => (50, 300),
    };
    rng.random_range(lo..=hi)
}

/// A free handle from `base`, with a number added when it is taken.
fn unique(
    rng: &mut StdRng,
    platform: Platform,
    base: &str,
    taken: &mut HashSet<(Platform, String)>,
) -> Result<Handle, DomainError> {
    let base: String = base.chars().take(26).collect();
    let mut candidate = base.clone();
    while taken.contains(&(platform, candidate.clone())) {
        candidate = format!("{base}{}", rng.random_range(2..999));
    }
    let handle = Handle::parse(&candidate)?;
    taken.insert((platform, handle.as_str().to_string()));
    Ok(handle)
}

/// A typical price in euros for a post to `followers`: a little per follower, less per
/// follower for large audiences (1k: about 100, 100k: 720, 1M: 5,100, 10M: 40,000).
pub(crate) fn price_eur(followers: u64) -> f64 {
    90.0 + 0.02 * (followers as f64).powf(0.9)
}

/// Rounds to two significant digits.
pub(crate) fn round2(amount: f64) -> i64 {
    let magnitude = 10_f64.powi(amount.log10().floor() as i32 - 1).max(1.0);
    ((amount / magnitude).round() * magnitude) as i64
}

/// Asking prices in the creator's currency, rounded to two significant digits.
fn rates(rng: &mut StdRng, place: &Place, followers: u64, platforms: &[Platform]) -> Result<RateCard, DomainError> {
    let currency = Currency::parse(place.currency)?;
    let eur = price_eur(followers);
    let mut formats = vec![(ContentFormat::Video, 1.0), (ContentFormat::Image, 0.7)];
    if platforms.contains(&Platform::Instagram) {
        formats.push((ContentFormat::Story, 0.35));
    }
    if followers > 50_000 && !platforms.contains(&Platform::Instagram) {
        formats.push((ContentFormat::Live, 1.5));
    }
    let mut card = BTreeMap::new();
    for (format, factor) in formats {
        let major = round2(eur * factor * rng.random_range(0.8..1.25) * place.per_eur);
        let minor = major * 10_i64.pow(currency.minor_digits());
        card.insert(format, Money::new(minor, currency));
    }
    Ok(card)
}
