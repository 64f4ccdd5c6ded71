//! Attribution: how sales are traced back to a deal. Each deal has a tracking code
//! (`creator-12-deal-345`, the `utm_content` of its tracking link) and may have a
//! discount code the creator's audience types at checkout. The shop reports sales by
//! either, and metrics imports match rows by them.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::DomainError;
use crate::ids::{CreatorId, DealId};

/// The tracking code of a deal: the `utm_content` of its link.
pub fn tracking_code(creator: CreatorId, deal: DealId) -> String {
    format!("creator-{creator}-deal-{deal}")
}

/// Reads a tracking code back, from the code itself or from a whole tracking URL
/// (its `utm_content` parameter).
pub fn parse_tracking_code(text: &str) -> Option<(CreatorId, DealId)> {
    let text = text.trim();
    let code = match url::Url::parse(text) {
        Ok(u) => u.query_pairs().find(|(k, _)| k == "utm_content").map(|(_, v)| v.into_owned())?,
        Err(_) => text.to_string(),
    };
    let rest = code.strip_prefix("creator-")?;
    let (creator, deal) = rest.split_once("-deal-")?;
    let creator: i64 = creator.parse().ok().filter(|n| *n > 0)?;
    let deal: i64 = deal.parse().ok().filter(|n| *n > 0)?;
    Some((CreatorId(creator), DealId(deal)))
}

/// The deal's tracking link: the campaign's base URL with UTM parameters naming the
/// source (`linkstar`), medium (`creator`), campaign and content (the tracking code).
/// `None` when the campaign has no (valid) base.
pub fn tracking_link(base: Option<&str>, campaign: &str, creator: CreatorId, deal: DealId) -> Option<String> {
    let mut url = url::Url::parse(base?).ok()?;
    url.query_pairs_mut()
        .append_pair("utm_source", "linkstar")
        .append_pair("utm_medium", "creator")
        .append_pair("utm_campaign", campaign)
        .append_pair("utm_content", &tracking_code(creator, deal));
    Some(url.to_string())
}

/// A shop discount code given to one deal: 3–32 letters, digits, `-` or `_`, stored in
/// upper case so `ana10` and `ANA10` are the same code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DiscountCode(String);

impl DiscountCode {
    /// Parses and normalizes a code.
    pub fn parse(text: &str) -> Result<DiscountCode, DomainError> {
        let code = text.trim().to_ascii_uppercase();
        let ok_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if !(3..=32).contains(&code.len()) || !code.chars().all(ok_char) {
            return Err(DomainError::invalid(
                "discount-code",
                format!("{text:?} is not 3–32 letters, digits, '-' or '_'"),
            ));
        }
        Ok(DiscountCode(code))
    }

    /// The code as stored and shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DiscountCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for DiscountCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        DiscountCode::parse(&s)
    }
}

impl From<DiscountCode> for String {
    fn from(c: DiscountCode) -> String {
        c.0
    }
}

/// How an imported row names its deal: by the live post's URL, the tracking code (or
/// link), or the discount code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DealKey {
    /// The canonical URL of the live post.
    PostUrl(String),
    /// The tracking code's creator and deal.
    Tracking(CreatorId, DealId),
    /// The deal's discount code.
    Discount(DiscountCode),
}

impl fmt::Display for DealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DealKey::PostUrl(url) => write!(f, "post {url}"),
            DealKey::Tracking(c, d) => write!(f, "tracking code {}", tracking_code(*c, *d)),
            DealKey::Discount(code) => write!(f, "discount code {code}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_carries_utm_parameters_and_the_code_reads_back() {
        let link =
            tracking_link(Some("https://shop.example.com/glow?ref=1"), "Glow Launch", CreatorId(12), DealId(345))
                .expect("link");
        assert_eq!(
            link,
            "https://shop.example.com/glow?ref=1&utm_source=linkstar&utm_medium=creator&utm_campaign=Glow+Launch&utm_content=creator-12-deal-345"
        );
        assert_eq!(parse_tracking_code(&link), Some((CreatorId(12), DealId(345))));
        assert_eq!(parse_tracking_code(" creator-12-deal-345 "), Some((CreatorId(12), DealId(345))));
        for bad in ["", "creator-x-deal-1", "deal-5", "creator-1-deal-0", "https://shop.example.com/?a=b"] {
            assert_eq!(parse_tracking_code(bad), None, "{bad}");
        }
        assert_eq!(tracking_link(None, "C", CreatorId(1), DealId(1)), None);
        assert_eq!(tracking_link(Some("not a url"), "C", CreatorId(1), DealId(1)), None);
    }

    #[test]
    fn discount_codes_are_normalized() {
        assert_eq!(DiscountCode::parse(" ana10 ").map(|c| c.to_string()), Ok("ANA10".into()));
        assert_eq!(DiscountCode::parse("GLOW_ANA-15").map(|c| c.to_string()), Ok("GLOW_ANA-15".into()));
        for bad in ["", "ab", "ANA 10", "ANA10%", &"X".repeat(33), "ÄNA10"] {
            assert!(DiscountCode::parse(bad).is_err(), "{bad}");
        }
    }
}
