//! A small seeded world: one brand with an operator of every role, a campaign and a
//! few creators, built through the real operations.

use std::collections::BTreeMap;

use linkstar_app::App;
use linkstar_app::port::{NewBrand, NewOperator};
use linkstar_core::brand::Role;
use linkstar_core::campaign::*;
use linkstar_core::creator::{CreatorProfile, PoolStatus, SocialAccount};
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId, OperatorId};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::*;
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};
use linkstar_core::time::{Timestamp, Window};

/// Ids of everything the world seeded.
pub struct World {
    /// The brand.
    pub brand: BrandId,
    /// Operators by role.
    pub admin: OperatorId,
    /// A manager.
    pub manager: OperatorId,
    /// A reviewer.
    pub reviewer: OperatorId,
    /// Finance.
    pub finance: OperatorId,
    /// A viewer.
    pub viewer: OperatorId,
    /// A campaign in Spain and Brazil.
    pub campaign: CampaignId,
    /// Ana (TikTok @ana.lima, Brazil) and Bea (Instagram @bea.ruiz, Spain).
    pub ana: CreatorId,
    /// The second creator.
    pub bea: CreatorId,
}

fn at(text: &str) -> Timestamp {
    text.parse().expect("valid instant")
}

fn eur() -> Currency {
    Currency::parse("EUR").expect("EUR")
}

/// A campaign spec with a brief template and compliance rules.
pub fn campaign_spec(name: &str) -> CampaignSpec {
    CampaignSpec {
        name: name.into(),
        product: Product {
            name: "Glow Serum".into(),
            selling_points: vec!["vegan".into()],
            links: vec![],
            assets: vec![],
        },
        markets: vec![Country::parse("ES").expect("ES"), Country::parse("BR").expect("BR")],
        languages: vec![Locale::parse("es-ES").expect("es"), Locale::parse("pt-BR").expect("pt")],
        budget: Money::new(5_000_000, eur()),
        wanted: WantedProfile::default(),
        deliverables: vec![Deliverable {
            platform: Platform::TikTok,
            format: ContentFormat::Video,
            count: 1,
            length_seconds: Some(30),
        }],
        starts_at: at("2026-11-01T00:00:00Z"),
        ends_at: at("2027-02-01T00:00:00Z"),
        brief: BriefTemplate {
            default: "Show {{ campaign.product.name }} in your routine.".into(),
            variants: BTreeMap::new(),
        },
        compliance: Compliance { required_hashtags: vec!["#glowserum".into()], ..Compliance::default() },
        tracking_link_base: Some("https://shop.example.com/glow".into()),
        auto_approve_after_sla: false,
        reminders: Default::default(),
    }
}

/// Offer terms on `platform`, answerable until December.
pub fn terms(platform: Platform) -> Terms {
    Terms {
        deliverables: vec![Deliverable { platform, format: ContentFormat::Video, count: 1, length_seconds: Some(30) }],
        fee: Money::new(50_000, eur()),
        payment_model: PaymentModel::Fixed,
        deposit_pct: 30,
        usage_rights: UsageRights::OrganicOnly,
        exclusivity_days: 14,
        respond_by: at("2026-12-01T12:00:00Z"),
        draft_due: at("2026-12-08T12:00:00Z"),
        publish_window: Window::new(at("2026-12-10T00:00:00Z"), at("2026-12-20T00:00:00Z")).expect("window"),
        revision_rounds: 2,
        review_sla_hours: 48,
        min_live_days: 0,
    }
}

/// A creator profile with one account.
pub fn creator(name: &str, platform: Platform, handle: &str, country: &str, lang: &str, tz: &str) -> CreatorProfile {
    CreatorProfile {
        name: name.into(),
        accounts: vec![SocialAccount {
            platform,
            handle: Handle::parse(handle).expect("handle"),
            followers: 48_000,
            engagement_bp: 420,
        }],
        country: Country::parse(country).expect("country"),
        languages: vec![lang.into()],
        preferred_locale: None,
        time_zone: TimeZoneName::parse(tz).expect("tz"),
        categories: vec!["beauty".into()],
        audience_countries: vec![Country::parse(country).expect("country")],
        rate_card: BTreeMap::new(),
        risk_flags: vec![],
        rating: Some(4),
        pool_status: PoolStatus::Normal,
    }
}

impl World {
    /// Seeds the world through `app`.
    pub async fn seed(app: &App) -> World {
        let brand = app
            .create_brand(
                None,
                NewBrand {
                    name: "Lumen Beauty".into(),
                    legal_name: "Lumen Beauty GmbH".into(),
                    default_currency: eur(),
                    disclosure_rules: BTreeMap::new(),
                },
            )
            .await
            .expect("brand")
            .id;
        let mut ids = Vec::new();
        let mut by = None;
        for role in [Role::Admin, Role::Manager, Role::Reviewer, Role::Finance, Role::Viewer] {
            let op = NewOperator {
                brand_id: brand,
                name: format!("{} person", role.as_str()),
                username: role.as_str().to_string(),
                role,
                locale: Locale::parse("en-US").expect("locale"),
            };
            let id = app.create_operator(by, op).await.expect("operator");
            by = by.or(Some(id));
            ids.push(id);
        }
        let campaign = app.create_campaign(ids[1], brand, campaign_spec("Glow Launch")).await.expect("campaign");
        let report = app
            .import_creators(
                ids[0],
                vec![
                    (2, creator("Ana Lima", Platform::TikTok, "@ana.lima", "BR", "pt", "America/Sao_Paulo")),
                    (3, creator("Bea Ruiz", Platform::Instagram, "@bea.ruiz", "ES", "es", "Europe/Madrid")),
                ],
            )
            .await
            .expect("creators");
        World {
            brand,
            admin: ids[0],
            manager: ids[1],
            reviewer: ids[2],
            finance: ids[3],
            viewer: ids[4],
            campaign,
            ana: report.imported[0],
            bea: report.imported[1],
        }
    }

    /// Offers Ana a TikTok deal and links her Telegram chat `chat_id` to it.
    pub async fn linked_offer(&self, app: &App, chat_id: &str) -> (DealId, ChatAccount) {
        let inv = app.make_offer(self.manager, self.campaign, self.ana, terms(Platform::TikTok)).await.expect("offer");
        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat_id.into() };
        app.link_chat(&chat, inv.token.expose()).await.expect("link");
        (inv.deal_id, chat)
    }
}
