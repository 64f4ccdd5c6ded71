//! The creator pool's filters as an operator types them — the dashboard's filter form
//! and `linkstar creators search` — parsed into one [`CreatorQuery`] by one set of
//! rules, so the shell and the dashboard never disagree on what a filter means.

use crate::campaign::Tier;
use crate::creator::{CreatorQuery, PoolStatus};
use crate::place::{Country, Platform};

/// A pool filter, named for the error that points at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolFilterField {
    /// `tiktok`, `instagram` or `youtube`.
    Platform,
    /// ISO 3166 country code.
    Country,
    /// Language subtag.
    Language,
    /// Content category.
    Category,
    /// Minimum followers (`10000`, `10,000`, `10_000`).
    MinFollowers,
    /// Maximum followers.
    MaxFollowers,
    /// Minimum engagement in percent (`3.5`, `3.5%`).
    MinEngagement,
    /// Follower tier.
    Tier,
    /// Pool status.
    PoolStatus,
    /// Text in the name or a handle.
    Text,
}

impl PoolFilterField {
    /// Every field, in the filter form's order.
    pub const ALL: [PoolFilterField; 10] = [
        Self::Platform,
        Self::Country,
        Self::Language,
        Self::Category,
        Self::MinFollowers,
        Self::MaxFollowers,
        Self::MinEngagement,
        Self::Tier,
        Self::PoolStatus,
        Self::Text,
    ];

    /// The field's stable name (also the shell flag without `--`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Platform => "platform",
            Self::Country => "country",
            Self::Language => "language",
            Self::Category => "category",
            Self::MinFollowers => "min-followers",
            Self::MaxFollowers => "max-followers",
            Self::MinEngagement => "min-engagement",
            Self::Tier => "tier",
            Self::PoolStatus => "pool-status",
            Self::Text => "text",
        }
    }
}

/// The filters as typed; an empty (or blank) field means no filter.
#[derive(Debug, Clone, Copy, Default)]
pub struct PoolFilterText<'a> {
    /// Platform name.
    pub platform: &'a str,
    /// Country code.
    pub country: &'a str,
    /// Language subtag.
    pub language: &'a str,
    /// Category.
    pub category: &'a str,
    /// Minimum followers.
    pub min_followers: &'a str,
    /// Maximum followers.
    pub max_followers: &'a str,
    /// Minimum engagement in percent.
    pub min_engagement: &'a str,
    /// Tier name.
    pub tier: &'a str,
    /// Leave out creators with any risk flag.
    pub exclude_risky: bool,
    /// Pool status name.
    pub pool_status: &'a str,
    /// Text in the name or a handle.
    pub text: &'a str,
}

impl PoolFilterText<'_> {
    /// The query these filters ask for (first page, default size), or the first field
    /// that does not parse.
    pub fn query(&self) -> Result<CreatorQuery, PoolFilterField> {
        use PoolFilterField as F;
        fn some<T>(text: &str, field: F, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, F> {
            let text = text.trim();
            if text.is_empty() { Ok(None) } else { parse(text).map(Some).ok_or(field) }
        }
        let count = |t: &str| t.replace([',', '_'], "").parse::<u64>().ok();
        Ok(CreatorQuery {
            platform: some(self.platform, F::Platform, |t| Platform::parse(t).ok())?,
            country: some(self.country, F::Country, |t| Country::parse(t).ok())?,
            language: some(self.language, F::Language, |t| Some(t.to_ascii_lowercase()))?,
            category: some(self.category, F::Category, |t| Some(t.to_lowercase()))?,
            min_followers: some(self.min_followers, F::MinFollowers, count)?,
            max_followers: some(self.max_followers, F::MaxFollowers, count)?,
            min_engagement_bp: some(self.min_engagement, F::MinEngagement, engagement_bp)?,
            tier: some(self.tier, F::Tier, |t| Tier::parse(t).ok())?,
            exclude_risky: self.exclude_risky,
            pool_status: some(self.pool_status, F::PoolStatus, |t| PoolStatus::parse(t).ok())?,
            text: some(self.text, F::Text, |t| Some(t.to_string()))?,
            ..CreatorQuery::default()
        })
    }
}

/// `3.5` or `3.5%` as basis points; negative, non-finite or above 100% is no rate.
fn engagement_bp(text: &str) -> Option<u32> {
    let percent = text.trim_end_matches('%').trim().parse::<f64>().ok()?;
    (percent.is_finite() && (0.0..=100.0).contains(&percent)).then(|| (percent * 100.0).round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_filters_become_one_query() {
        let q = PoolFilterText {
            platform: "TikTok",
            country: "br",
            language: "PT",
            category: "Beauty",
            min_followers: "10,000",
            min_engagement: "3.5%",
            tier: "micro",
            exclude_risky: true,
            ..Default::default()
        }
        .query()
        .expect("query");
        assert_eq!(q.platform, Some(Platform::TikTok));
        assert_eq!(q.country.map(|c| c.to_string()), Some("BR".into()));
        assert_eq!((q.language.as_deref(), q.category.as_deref()), (Some("pt"), Some("beauty")));
        assert_eq!((q.min_followers, q.min_engagement_bp, q.tier), (Some(10_000), Some(350), Some(Tier::Micro)));
        assert!(q.exclude_risky);
        assert_eq!(PoolFilterText::default().query().expect("empty"), CreatorQuery::default());
    }

    #[test]
    fn the_first_bad_field_is_named() {
        let bad = |t: PoolFilterText| t.query().err();
        assert_eq!(bad(PoolFilterText { platform: "myspace", ..Default::default() }), Some(PoolFilterField::Platform));
        assert_eq!(
            bad(PoolFilterText { min_followers: "lots", ..Default::default() }),
            Some(PoolFilterField::MinFollowers)
        );
        assert_eq!(
            bad(PoolFilterText { min_engagement: "-2", ..Default::default() }),
            Some(PoolFilterField::MinEngagement)
        );
        assert_eq!(bad(PoolFilterText { tier: "giant", ..Default::default() }), Some(PoolFilterField::Tier));
    }
}
