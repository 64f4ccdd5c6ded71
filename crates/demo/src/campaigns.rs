//! The demo brand, its team and its three campaigns.

use std::collections::BTreeMap;

use linkstar_app::App;
use linkstar_app::port::{NewBrand, NewOperator};
use linkstar_core::brand::Role;
use linkstar_core::campaign::*;
use linkstar_core::ids::{BrandId, OperatorId};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::{Country, Locale, Platform};
use linkstar_core::time::Timestamp;

use crate::{DemoError, briefs};

/// The name of the demo's first campaign, which [`crate::is_seeded`] looks for.
pub const FIRST_CAMPAIGN: &str = "Glow Serum Launch";

/// The demo brand's name.
pub(crate) const BRAND: &str = "Lumen Beauty";

/// The names of the demo's campaigns, in the order [`specs`] creates them.
pub(crate) const NAMES: [&str; 3] = [FIRST_CAMPAIGN, "Sun Shield Summer", "Velvet Lip Tint Drop"];

/// The team: an operator of every role.
pub(crate) struct Team {
    pub brand: BrandId,
    pub admin: OperatorId,
    pub manager: OperatorId,
    pub reviewer: OperatorId,
    pub finance: OperatorId,
}

/// Creates the brand and its five operators.
pub(crate) async fn team(app: &App) -> Result<Team, DemoError> {
    let mut rules = BTreeMap::new();
    for (market, tags) in [
        ("DE", &["#Werbung", "#Anzeige"][..]),
        ("FR", &["#publicité", "#collaborationcommerciale"]),
        ("ES", &["#publicidad"]),
        ("BR", &["#publi", "#publicidade"]),
    ] {
        rules.insert(Country::parse(market)?, strings(tags));
    }
    let brand = NewBrand {
        name: BRAND.into(),
        legal_name: "Lumen Beauty GmbH".into(),
        default_currency: Currency::parse("EUR")?,
        disclosure_rules: rules,
    };
    let brand = app.create_brand(None, brand).await?.id;
    let people = [
        ("Alex Novak", "admin", Role::Admin, "en-US"),
        ("Mia Hoffmann", "mia", Role::Manager, "en-US"),
        ("Rui Costa", "rui", Role::Reviewer, "en-US"),
        ("Fay Lin", "fay", Role::Finance, "zh-CN"),
        ("Vic Moreau", "vic", Role::Viewer, "en-US"),
    ];
    let mut ids = Vec::new();
    for (name, username, role, locale) in people {
        let op = NewOperator {
            brand_id: brand,
            name: name.into(),
            username: username.into(),
            role,
            locale: Locale::parse(locale)?,
        };
        ids.push(app.create_operator(ids.first().copied(), op).await?);
    }
    let id = |i: usize| ids.get(i).copied().ok_or(DemoError::Plan("an operator is missing"));
    Ok(Team { brand, admin: id(0)?, manager: id(1)?, reviewer: id(2)?, finance: id(3)? })
}

/// The three campaigns: a serum launch in Spanish- and Portuguese-speaking markets (EUR),
/// a sunscreen push in South-East Asia (USD) and a lip tint in Japan, China, Germany
/// and France (JPY). Their dates are counted from `now`, the end of the demo's story.
pub(crate) fn specs(now: Timestamp) -> Result<Vec<CampaignSpec>, DemoError> {
    let day = |days: i64| {
        now.checked_add(jiff::SignedDuration::from_hours(24 * days)).map_err(|_| DemoError::Plan("time out of range"))
    };
    let glow = CampaignSpec {
        name: FIRST_CAMPAIGN.into(),
        product: Product {
            name: "Lumen Glow Serum".into(),
            selling_points: strings(&[
                "10 % niacinamide + 2 % zinc",
                "vegan and fragrance-free",
                "a visible glow in 14 days",
            ]),
            links: strings(&["https://lumenbeauty.example/glow-serum"]),
            assets: strings(&["https://cdn.lumenbeauty.example/glow/packshot.jpg"]),
        },
        markets: countries(&["ES", "MX", "BR"])?,
        languages: locales(&["es-ES", "pt-BR", "en-US"])?,
        budget: Money::new(6_000_000, Currency::parse("EUR")?),
        wanted: WantedProfile {
            platforms: vec![Platform::TikTok, Platform::Instagram],
            tiers: vec![Tier::Micro, Tier::Mid],
            categories: strings(&["beauty", "skincare"]),
            countries: countries(&["ES", "MX", "BR"])?,
            languages: strings(&["es", "pt"]),
            min_engagement_bp: 250,
        },
        deliverables: vec![
            deliverable(Platform::TikTok, ContentFormat::Video, Some(30)),
            deliverable(Platform::Instagram, ContentFormat::Video, Some(30)),
        ],
        starts_at: day(-64)?,
        ends_at: day(68)?,
        brief: briefs::glow(),
        compliance: Compliance {
            disclosure_tags: BTreeMap::from([(Country::parse("MX")?, strings(&["#publicidad", "#anuncio"]))]),
            required_hashtags: strings(&["#LumenGlow"]),
            required_mentions: strings(&["lumenbeauty"]),
            forbidden_claims: strings(&["cures acne", "medical grade"]),
            max_caption_chars: Some(2_200),
        },
        tracking_link_base: Some("https://lumenbeauty.example/glow".into()),
        auto_approve_after_sla: false,
        reminders: Default::default(),
    };
    let sun = CampaignSpec {
        name: NAMES[1].into(),
        product: Product {
            name: "Lumen Sun Shield SPF 50+".into(),
            selling_points: strings(&[
                "light gel, no white cast",
                "water-resistant for 80 minutes",
                "reef-friendly filters",
            ]),
            links: strings(&["https://sea.lumenbeauty.example/sun-shield"]),
            assets: strings(&["https://cdn.lumenbeauty.example/sun/beach.jpg"]),
        },
        markets: countries(&["ID", "TH", "VN"])?,
        languages: locales(&["en-US", "id-ID", "th-TH", "vi-VN"])?,
        budget: Money::new(4_500_000, Currency::parse("USD")?),
        wanted: WantedProfile {
            platforms: vec![Platform::TikTok, Platform::Instagram],
            tiers: vec![Tier::Nano, Tier::Micro, Tier::Mid],
            categories: strings(&["beauty", "travel", "lifestyle"]),
            countries: countries(&["ID", "TH", "VN"])?,
            languages: strings(&["id", "th", "vi"]),
            min_engagement_bp: 300,
        },
        deliverables: vec![
            deliverable(Platform::TikTok, ContentFormat::Video, Some(45)),
            deliverable(Platform::Instagram, ContentFormat::Story, None),
        ],
        starts_at: day(-57)?,
        ends_at: day(96)?,
        brief: briefs::sun(),
        compliance: Compliance {
            required_hashtags: strings(&["#SunShieldSummer"]),
            required_mentions: strings(&["lumenbeauty.sea"]),
            forbidden_claims: strings(&["100% protection", "never burn"]),
            max_caption_chars: Some(2_200),
            ..Compliance::default()
        },
        tracking_link_base: Some("https://sea.lumenbeauty.example/sun".into()),
        auto_approve_after_sla: true,
        reminders: Default::default(),
    };
    let velvet = CampaignSpec {
        name: NAMES[2].into(),
        product: Product {
            name: "Lumen Velvet Lip Tint".into(),
            selling_points: strings(&["12 shades, transfer-proof", "hyaluronic acid care", "8-hour wear"]),
            links: strings(&["https://lumenbeauty.example/velvet-tint"]),
            assets: strings(&["https://cdn.lumenbeauty.example/velvet/swatches.jpg"]),
        },
        markets: countries(&["JP", "CN", "DE", "FR"])?,
        languages: locales(&["ja-JP", "zh-CN", "de-DE", "fr-FR", "en-US"])?,
        budget: Money::new(9_000_000, Currency::parse("JPY")?),
        wanted: WantedProfile {
            platforms: vec![Platform::Instagram, Platform::TikTok, Platform::YouTube],
            tiers: vec![Tier::Micro, Tier::Mid, Tier::Macro],
            categories: strings(&["beauty", "makeup", "fashion"]),
            countries: countries(&["JP", "CN", "DE", "FR"])?,
            languages: strings(&["ja", "zh", "de", "fr"]),
            min_engagement_bp: 200,
        },
        deliverables: vec![
            deliverable(Platform::Instagram, ContentFormat::Image, None),
            deliverable(Platform::TikTok, ContentFormat::Video, Some(20)),
            deliverable(Platform::YouTube, ContentFormat::Video, Some(60)),
        ],
        starts_at: day(-50)?,
        ends_at: day(52)?,
        brief: briefs::velvet(),
        compliance: Compliance {
            disclosure_tags: BTreeMap::from([
                (Country::parse("DE")?, strings(&["#Werbung", "#Anzeige"])),
                (Country::parse("FR")?, strings(&["#publicité", "#collaborationcommerciale"])),
            ]),
            required_hashtags: strings(&["#VelvetTint"]),
            required_mentions: strings(&["lumenbeauty"]),
            forbidden_claims: strings(&["permanent colour"]),
            max_caption_chars: Some(2_200),
        },
        tracking_link_base: Some("https://lumenbeauty.example/velvet".into()),
        auto_approve_after_sla: false,
        reminders: Default::default(),
    };
    Ok(vec![glow, sun, velvet])
}

fn deliverable(platform: Platform, format: ContentFormat, length: Option<u32>) -> Deliverable {
    Deliverable { platform, format, count: 1, length_seconds: length }
}

pub(crate) fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn countries(codes: &[&str]) -> Result<Vec<Country>, DemoError> {
    Ok(codes.iter().map(|c| Country::parse(c)).collect::<Result<_, _>>()?)
}

fn locales(tags: &[&str]) -> Result<Vec<Locale>, DemoError> {
    Ok(tags.iter().map(|t| Locale::parse(t)).collect::<Result<_, _>>()?)
}
