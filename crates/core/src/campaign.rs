//! Campaigns: what is promoted, where, to whom, with what budget and rules.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::DomainError;
use crate::ids::{BrandId, CampaignId};
use crate::money::Money;
use crate::place::{Country, Locale, Platform};
use crate::time::Timestamp;

/// Follower tiers used to describe the creators a campaign wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// Under 10,000 followers.
    Nano,
    /// 10,000 to 99,999.
    Micro,
    /// 100,000 to 499,999.
    Mid,
    /// 500,000 to 999,999.
    Macro,
    /// A million or more.
    Mega,
}

impl Tier {
    /// Every tier, smallest first.
    pub const ALL: [Tier; 5] = [Tier::Nano, Tier::Micro, Tier::Mid, Tier::Macro, Tier::Mega];

    /// The tier of an audience of `followers`.
    pub fn of(followers: u64) -> Tier {
        match followers {
            0..10_000 => Tier::Nano,
            10_000..100_000 => Tier::Micro,
            100_000..500_000 => Tier::Mid,
            500_000..1_000_000 => Tier::Macro,
            _ => Tier::Mega,
        }
    }

    /// Follower bounds of the tier: inclusive minimum, exclusive maximum.
    pub fn bounds(&self) -> (u64, u64) {
        match self {
            Tier::Nano => (0, 10_000),
            Tier::Micro => (10_000, 100_000),
            Tier::Mid => (100_000, 500_000),
            Tier::Macro => (500_000, 1_000_000),
            Tier::Mega => (1_000_000, u64::MAX),
        }
    }

    /// Lowercase name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Tier::Nano => "nano",
            Tier::Micro => "micro",
            Tier::Mid => "mid",
            Tier::Macro => "macro",
            Tier::Mega => "mega",
        }
    }

    /// Parses a tier name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == name.trim().to_ascii_lowercase())
            .ok_or_else(|| DomainError::invalid("tier", format!("unknown tier {name:?}")))
    }
}

/// The kind of content a deliverable is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentFormat {
    /// A video post (reel, short, TikTok).
    Video,
    /// A photo or carousel post.
    Image,
    /// An ephemeral story.
    Story,
    /// A live stream.
    Live,
}

/// One thing the creator must publish.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Deliverable {
    /// Where it is published.
    pub platform: Platform,
    /// What kind of content.
    pub format: ContentFormat,
    /// How many pieces.
    pub count: u32,
    /// Minimum length in seconds, for video and live.
    pub length_seconds: Option<u32>,
}

/// What is promoted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Product {
    /// Product name.
    pub name: String,
    /// Selling points the creator should mention.
    pub selling_points: Vec<String>,
    /// Product pages.
    pub links: Vec<String>,
    /// Asset references (images, logos) the creator may use.
    pub assets: Vec<String>,
}

/// The kind of creator a campaign looks for; drives the fit score.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WantedProfile {
    /// Platforms the creator should publish on.
    pub platforms: Vec<Platform>,
    /// Follower tiers wanted.
    pub tiers: Vec<Tier>,
    /// Content categories (`beauty`, `gaming`, ...).
    pub categories: Vec<String>,
    /// Countries the creator should live in.
    pub countries: Vec<Country>,
    /// Languages (language subtags such as `es`, `pt`) the creator should speak.
    pub languages: Vec<String>,
    /// Minimum engagement rate in basis points (350 = 3.5 %).
    pub min_engagement_bp: u32,
}

/// Rules the content must follow.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Compliance {
    /// Disclosure tags accepted per market (`DE` → `#Werbung`, `#Anzeige`).
    pub disclosure_tags: BTreeMap<Country, Vec<String>>,
    /// Hashtags every caption must carry.
    pub required_hashtags: Vec<String>,
    /// Accounts every caption must mention (without `@`).
    pub required_mentions: Vec<String>,
    /// Claims a caption must not make (matched case-insensitively).
    pub forbidden_claims: Vec<String>,
    /// Longest caption allowed, in characters.
    pub max_caption_chars: Option<u32>,
}

/// The brief as a minijinja template with optional per-language variants.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BriefTemplate {
    /// The template used when no variant matches the creator's language.
    pub default: String,
    /// Variants keyed by locale tag or language subtag (`es`, `pt-BR`).
    pub variants: BTreeMap<String, String>,
}

/// Whether the campaign is being prepared, running, or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CampaignStatus {
    /// Being prepared; no offers yet.
    Draft,
    /// Running.
    Active,
    /// Closed; commissions are settled.
    Closed,
}

/// Everything an operator sets up for a campaign (PRODUCT.md §1 step 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignSpec {
    /// Campaign name, unique within the brand.
    pub name: String,
    /// What is promoted.
    pub product: Product,
    /// Target markets.
    pub markets: Vec<Country>,
    /// Languages of the campaign; the first is the default for creators with none.
    pub languages: Vec<Locale>,
    /// Total budget.
    pub budget: Money,
    /// The creators wanted.
    pub wanted: WantedProfile,
    /// What each creator delivers by default.
    pub deliverables: Vec<Deliverable>,
    /// When the campaign starts.
    pub starts_at: Timestamp,
    /// When the campaign ends.
    pub ends_at: Timestamp,
    /// The brief template.
    pub brief: BriefTemplate,
    /// Content rules.
    pub compliance: Compliance,
    /// Base URL of the tracking links (UTM parameters are added per deal).
    pub tracking_link_base: Option<String>,
    /// Whether a draft left unreviewed past the SLA is approved automatically.
    pub auto_approve_after_sla: bool,
    /// Reminder offsets and revision turnaround (defaults when left out).
    #[serde(default)]
    pub reminders: crate::reminder::ReminderPolicy,
}

impl CampaignSpec {
    /// Checks the spec as a whole: names, dates, deliverables, languages, URLs.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.name.trim().is_empty() {
            return Err(DomainError::invalid("campaign", "the name is empty"));
        }
        if self.ends_at <= self.starts_at {
            return Err(DomainError::invalid("campaign", "the campaign ends before it starts"));
        }
        if self.languages.is_empty() {
            return Err(DomainError::invalid("campaign", "at least one language is needed"));
        }
        if self.markets.is_empty() {
            return Err(DomainError::invalid("campaign", "at least one market is needed"));
        }
        if self.budget.minor <= 0 {
            return Err(DomainError::invalid("campaign", "the budget must be positive"));
        }
        if self.deliverables.iter().any(|d| d.count == 0) {
            return Err(DomainError::invalid("campaign", "a deliverable has a count of 0"));
        }
        if let Some(base) = &self.tracking_link_base {
            let url = url::Url::parse(base)
                .map_err(|e| DomainError::invalid("campaign", format!("tracking link {base:?}: {e}")))?;
            if !matches!(url.scheme(), "http" | "https") {
                return Err(DomainError::invalid("campaign", "the tracking link must be http(s)"));
            }
        }
        crate::brief::validate(&self.brief)?;
        self.reminders.validate()?;
        Ok(())
    }

    /// The default language for creators who chose none.
    pub fn default_locale(&self) -> Option<&Locale> {
        self.languages.first()
    }
}

/// A stored campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    /// Row id.
    pub id: CampaignId,
    /// Owning brand.
    pub brand_id: BrandId,
    /// Lifecycle status.
    pub status: CampaignStatus,
    /// The operator's set-up.
    pub spec: CampaignSpec,
}
