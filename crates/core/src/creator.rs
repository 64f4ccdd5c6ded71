//! Creators in the brand's pool and how operators search them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::DomainError;
use crate::campaign::{ContentFormat, Tier};
use crate::ids::CreatorId;
use crate::money::Money;
use crate::place::{ChatAccount, Country, Handle, Locale, Platform, TimeZoneName};

/// A creator's account on one social platform with its audience figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SocialAccount {
    /// The platform.
    pub platform: Platform,
    /// The handle there.
    pub handle: Handle,
    /// Followers on that platform.
    pub followers: u64,
    /// Engagement rate in basis points (350 = 3.5 %).
    pub engagement_bp: u32,
}

/// A reason to be careful with a creator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskFlag {
    /// The audience looks bought.
    FakeFollowers,
    /// Broke disclosure or content rules before.
    PastViolation,
    /// Missed deadlines or vanished before.
    Unreliable,
}

impl RiskFlag {
    /// Every flag.
    pub const ALL: [RiskFlag; 3] = [RiskFlag::FakeFollowers, RiskFlag::PastViolation, RiskFlag::Unreliable];

    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            RiskFlag::FakeFollowers => "fake_followers",
            RiskFlag::PastViolation => "past_violation",
            RiskFlag::Unreliable => "unreliable",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == name.trim())
            .ok_or_else(|| DomainError::invalid("risk-flag", format!("unknown risk flag {name:?}")))
    }
}

/// Whether the brand singled the creator out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PoolStatus {
    /// Nothing special.
    #[default]
    Normal,
    /// Preferred.
    Favourite,
    /// Never to be invited.
    Blocked,
}

impl PoolStatus {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PoolStatus::Normal => "normal",
            PoolStatus::Favourite => "favourite",
            PoolStatus::Blocked => "blocked",
        }
    }

    /// Parses a stored name (empty means normal).
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "" | "normal" => Ok(PoolStatus::Normal),
            "favourite" | "favorite" => Ok(PoolStatus::Favourite),
            "blocked" => Ok(PoolStatus::Blocked),
            other => Err(DomainError::invalid("pool-status", format!("unknown pool status {other:?}"))),
        }
    }
}

/// A creator's asking prices per content format.
pub type RateCard = BTreeMap<ContentFormat, Money>;

/// Everything known about a creator except the row id: what an import provides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatorProfile {
    /// Display name.
    pub name: String,
    /// Accounts per platform (at most one per platform).
    pub accounts: Vec<SocialAccount>,
    /// Country of residence.
    pub country: Country,
    /// Languages spoken, as language subtags (`es`, `pt`).
    pub languages: Vec<String>,
    /// The language the creator chose for the assistant, if any.
    pub preferred_locale: Option<Locale>,
    /// Where the creator lives, for deadlines and quiet hours.
    pub time_zone: TimeZoneName,
    /// Content categories.
    pub categories: Vec<String>,
    /// Top audience countries, largest first.
    pub audience_countries: Vec<Country>,
    /// Asking prices.
    pub rate_card: RateCard,
    /// Reasons for caution.
    pub risk_flags: Vec<RiskFlag>,
    /// Past-collaboration rating, 1–5, if rated.
    pub rating: Option<u8>,
    /// Favourite / blocked.
    pub pool_status: PoolStatus,
}

impl CreatorProfile {
    /// Checks cross-field rules: a name, at least one account, one account per
    /// platform, a rating from 1 to 5, languages as language subtags.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.name.trim().is_empty() {
            return Err(DomainError::invalid("creator", "the name is empty"));
        }
        if self.accounts.is_empty() {
            return Err(DomainError::invalid("creator", "at least one platform handle is needed"));
        }
        for (i, a) in self.accounts.iter().enumerate() {
            if self.accounts[..i].iter().any(|b| b.platform == a.platform) {
                return Err(DomainError::invalid("creator", format!("two {} handles; one per platform", a.platform)));
            }
            if a.engagement_bp > 10_000 {
                return Err(DomainError::invalid("creator", "engagement rate above 100 %"));
            }
        }
        if let Some(r) = self.rating
            && !(1..=5).contains(&r)
        {
            return Err(DomainError::invalid("creator", format!("rating {r} is not between 1 and 5")));
        }
        for lang in &self.languages {
            let locale = Locale::parse(lang)?;
            if locale.as_str() != locale.language() {
                return Err(DomainError::invalid(
                    "creator",
                    format!("language {lang:?} should be a language code such as \"es\""),
                ));
            }
        }
        Ok(())
    }

    /// The account on a platform, if the creator has one.
    pub fn account(&self, platform: Platform) -> Option<&SocialAccount> {
        self.accounts.iter().find(|a| a.platform == platform)
    }

    /// The creator's tier by their largest audience.
    pub fn tier(&self) -> Tier {
        Tier::of(self.accounts.iter().map(|a| a.followers).max().unwrap_or(0))
    }
}

/// A creator in the pool.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Creator {
    /// Row id.
    pub id: CreatorId,
    /// The profile.
    pub profile: CreatorProfile,
    /// Chat accounts linked through invite tokens.
    pub chats: Vec<ChatAccount>,
}

/// A search of the creator pool. Every filter is optional; results are paged.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CreatorQuery {
    /// Only creators with an account on this platform; follower and engagement
    /// filters then apply to that account, otherwise to the largest one.
    pub platform: Option<Platform>,
    /// Country of residence.
    pub country: Option<Country>,
    /// A language spoken (language subtag).
    pub language: Option<String>,
    /// A content category.
    pub category: Option<String>,
    /// Minimum followers.
    pub min_followers: Option<u64>,
    /// Maximum followers.
    pub max_followers: Option<u64>,
    /// Minimum engagement rate in basis points.
    pub min_engagement_bp: Option<u32>,
    /// A follower tier (narrows the follower range).
    pub tier: Option<Tier>,
    /// A country among the top audience countries.
    pub audience_country: Option<Country>,
    /// Exclude creators with any risk flag.
    pub exclude_risky: bool,
    /// Minimum rating.
    pub min_rating: Option<u8>,
    /// Pool status.
    pub pool_status: Option<PoolStatus>,
    /// Text in the name or a handle.
    pub text: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: u32,
    /// Rows to skip.
    pub offset: u64,
}

impl CreatorQuery {
    /// The effective follower range after combining the tier with min/max.
    pub fn follower_range(&self) -> (Option<u64>, Option<u64>) {
        let (mut lo, mut hi) = (self.min_followers, self.max_followers);
        if let Some(tier) = self.tier {
            let (tlo, thi) = tier.bounds();
            lo = Some(lo.map_or(tlo, |l| l.max(tlo)));
            // Tier bounds are exclusive at the top; the query's maximum is inclusive.
            let thi = thi.saturating_sub(1);
            hi = Some(hi.map_or(thi, |h| h.min(thi)));
        }
        (lo, hi)
    }

    /// The page size to use.
    pub fn page_size(&self) -> u32 {
        match self.limit {
            0 => 50,
            n => n.min(500),
        }
    }
}
