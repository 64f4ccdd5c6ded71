use serde_json::Value as Json;
use std::collections::BTreeMap;

use super::{BriefContext, context};
use crate::DomainError;
use crate::campaign::*;
use crate::creator::{CreatorProfile, PoolStatus, SocialAccount};
use crate::money::{Currency, Money};
use crate::place::{Country, Handle, Locale, Platform, TimeZoneName};
use crate::terms::{PaymentModel, Terms, UsageRights};
use crate::time::{Window, parse_instant};

/// `(label, context)` for: a fixed fee with nothing optional set, a capless
/// commission-only offer, and an offer with every optional detail set.
pub(super) fn contexts() -> Result<Vec<(&'static str, Json)>, DomainError> {
    let eur = Currency::parse("EUR")?;
    let de = Country::parse("DE")?;
    let locale = Locale::parse("de-DE")?;
    let mut deliverable =
        Deliverable { platform: Platform::TikTok, format: ContentFormat::Video, count: 1, length_seconds: None };
    let mut campaign = CampaignSpec {
        name: "Sample".into(),
        product: Product::default(),
        markets: vec![de],
        languages: vec![locale.clone()],
        budget: Money::new(100_000, eur),
        wanted: WantedProfile::default(),
        deliverables: vec![deliverable.clone()],
        starts_at: parse_instant("2026-01-01")?,
        ends_at: parse_instant("2026-03-01")?,
        brief: BriefTemplate::default(),
        compliance: Compliance::default(),
        tracking_link_base: None,
        auto_approve_after_sla: false,
        reminders: Default::default(),
    };
    let mut terms = Terms {
        deliverables: vec![deliverable.clone()],
        fee: Money::new(50_000, eur),
        payment_model: PaymentModel::Fixed,
        deposit_pct: 0,
        usage_rights: UsageRights::OrganicOnly,
        exclusivity_days: 0,
        respond_by: parse_instant("2026-01-05T12:00:00Z")?,
        draft_due: parse_instant("2026-01-12T12:00:00Z")?,
        publish_window: Window::new(parse_instant("2026-01-15")?, parse_instant("2026-01-20")?)?,
        revision_rounds: 1,
        review_sla_hours: 48,
        min_live_days: 0,
    };
    let mut creator = CreatorProfile {
        name: "Sample".into(),
        accounts: vec![SocialAccount {
            platform: Platform::TikTok,
            handle: Handle::parse("sample")?,
            followers: 10_000,
            engagement_bp: 300,
        }],
        country: de,
        languages: vec![],
        preferred_locale: None,
        time_zone: TimeZoneName::parse("Europe/Berlin")?,
        categories: vec![],
        audience_countries: vec![],
        rate_card: BTreeMap::new(),
        risk_flags: vec![],
        rating: None,
        pool_status: PoolStatus::Normal,
    };
    let render = |campaign: &CampaignSpec, terms: &Terms, creator: &CreatorProfile| {
        context(&BriefContext { campaign, terms, creator, locale: &locale })
    };
    let minimal = render(&campaign, &terms, &creator)?;

    terms.fee = Money::new(0, eur);
    terms.payment_model = PaymentModel::Cps { rate_bp: 1_250, cap: None };
    terms.usage_rights = UsageRights::Perpetual;
    let commission = render(&campaign, &terms, &creator)?;

    let text = |s: &str| vec![s.to_string()];
    deliverable.length_seconds = Some(30);
    campaign.deliverables = vec![deliverable.clone()];
    campaign.product = Product {
        name: "Sample".into(),
        selling_points: text("sample"),
        links: text("https://example.com"),
        assets: text("https://example.com/logo.png"),
    };
    campaign.compliance = Compliance {
        // Keyed by market: templates use the top-level `disclosure_tags` instead.
        disclosure_tags: BTreeMap::new(),
        required_hashtags: text("#sample"),
        required_mentions: text("sample"),
        forbidden_claims: text("sample"),
        max_caption_chars: Some(2_200),
    };
    campaign.tracking_link_base = Some("https://example.com/?utm_source=linkstar".into());
    terms.deliverables = vec![deliverable];
    terms.fee = Money::new(50_000, eur);
    terms.payment_model = PaymentModel::Hybrid { rate_bp: 1_000, cap: Some(Money::new(20_000, eur)) };
    terms.usage_rights = UsageRights::PaidAds { days: 30 };
    creator.languages = text("de");
    creator.preferred_locale = Some(locale.clone());
    creator.categories = text("beauty");
    creator.audience_countries = vec![de];
    let formats = [ContentFormat::Video, ContentFormat::Image, ContentFormat::Story, ContentFormat::Live];
    creator.rate_card = formats.into_iter().map(|f| (f, Money::new(10_000, eur))).collect();
    let full = render(&campaign, &terms, &creator)?;

    Ok(vec![
        ("a fixed fee with nothing optional set", minimal),
        ("a commission-only offer", commission),
        ("an offer with every detail set", full),
    ])
}
