//! Post metrics and the ratios reports are made of. Every ratio is integer arithmetic
//! rounded half away from zero: rates in basis points, costs in minor units.

use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::money::Money;

/// A post's cumulative figures at one moment (each snapshot holds totals so far, so the
/// newest snapshot is the post's result).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Figures {
    /// Views (used as reach: platforms report no unique reach for other accounts' posts).
    pub views: i64,
    /// Likes.
    pub likes: i64,
    /// Comments.
    pub comments: i64,
    /// Shares.
    pub shares: i64,
    /// Saves.
    pub saves: i64,
    /// Clicks on the tracking link.
    pub clicks: i64,
    /// Attributed orders.
    pub conversions: i64,
    /// Attributed revenue, in minor units of the deal's currency.
    pub revenue_minor: i64,
}

impl Figures {
    /// Refuses negative figures.
    pub fn validate(&self) -> Result<(), DomainError> {
        let all = [
            self.views,
            self.likes,
            self.comments,
            self.shares,
            self.saves,
            self.clicks,
            self.conversions,
            self.revenue_minor,
        ];
        if all.iter().any(|n| *n < 0) {
            return Err(DomainError::invalid("metrics", "figures cannot be negative"));
        }
        Ok(())
    }

    /// Interactions: likes, comments, shares and saves.
    pub fn engagements(&self) -> i64 {
        self.likes.saturating_add(self.comments).saturating_add(self.shares).saturating_add(self.saves)
    }
}

/// Figures from one source, which may know only some of them (a platform API knows
/// views but not sales; the shop knows sales but not views). Unknown figures carry over
/// from the post's newest snapshot, so every snapshot stays a complete set of totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FigureUpdate {
    /// Views.
    pub views: Option<i64>,
    /// Likes.
    pub likes: Option<i64>,
    /// Comments.
    pub comments: Option<i64>,
    /// Shares.
    pub shares: Option<i64>,
    /// Saves.
    pub saves: Option<i64>,
    /// Clicks on the tracking link.
    pub clicks: Option<i64>,
    /// Attributed orders.
    pub conversions: Option<i64>,
    /// Attributed revenue, minor units of the deal's currency.
    pub revenue_minor: Option<i64>,
}

impl FigureUpdate {
    /// The new complete figures: known values from this update, the rest from `base`.
    pub fn merge(&self, base: Figures) -> Result<Figures, DomainError> {
        let merged = Figures {
            views: self.views.unwrap_or(base.views),
            likes: self.likes.unwrap_or(base.likes),
            comments: self.comments.unwrap_or(base.comments),
            shares: self.shares.unwrap_or(base.shares),
            saves: self.saves.unwrap_or(base.saves),
            clicks: self.clicks.unwrap_or(base.clicks),
            conversions: self.conversions.unwrap_or(base.conversions),
            revenue_minor: self.revenue_minor.unwrap_or(base.revenue_minor),
        };
        merged.validate()?;
        Ok(merged)
    }

    /// Whether the update knows nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == FigureUpdate::default()
    }
}

/// One imported row of metrics, before its deal is looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricsEntry {
    /// Which deal.
    pub key: crate::attribution::DealKey,
    /// When measured (default: when imported).
    pub at: Option<crate::time::Timestamp>,
    /// The figures the row knows (revenue aside).
    pub update: FigureUpdate,
    /// Revenue as written (`1234.50`, or `1234.50 EUR`), read in the deal's currency
    /// once the deal is known.
    pub revenue: Option<String>,
}

impl MetricsEntry {
    /// The update with the revenue read in `currency`.
    pub fn resolve(&self, currency: crate::money::Currency) -> Result<FigureUpdate, DomainError> {
        let mut update = self.update;
        if let Some(text) = self.revenue.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let money = if text.contains(char::is_whitespace) {
                Money::parse(text)?
            } else {
                Money::from_decimal(text, currency)?
            };
            if money.currency != currency {
                return Err(DomainError::invalid(
                    "money",
                    format!("revenue must be in the deal's currency {currency}"),
                ));
            }
            update.revenue_minor = Some(money.minor);
        }
        Ok(update)
    }
}

/// `n / d` rounded half away from zero, or `None` when `d` is zero.
pub fn ratio(n: i128, d: i128) -> Option<i64> {
    if d == 0 {
        return None;
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    let q = n / d;
    let r = n % d;
    let rounded = if 2 * r.abs() >= d { q + n.signum() } else { q };
    i64::try_from(rounded).ok()
}

/// `part / whole` in basis points (1/100 %), `None` when `whole` is zero.
pub fn rate_bp(part: i64, whole: i64) -> Option<i64> {
    ratio(i128::from(part) * 10_000, i128::from(whole))
}

/// Cost per thousand views.
pub fn cpm(spend: Money, views: i64) -> Option<Money> {
    ratio(i128::from(spend.minor) * 1_000, i128::from(views)).map(|m| Money::new(m, spend.currency))
}

/// Cost per one of `count` (per engagement, per click).
pub fn cost_per(spend: Money, count: i64) -> Option<Money> {
    ratio(i128::from(spend.minor), i128::from(count)).map(|m| Money::new(m, spend.currency))
}

/// Return on investment, `(revenue − spend) / spend`, in basis points.
pub fn roi_bp(revenue: Money, spend: Money) -> Option<i64> {
    ratio((i128::from(revenue.minor) - i128::from(spend.minor)) * 10_000, i128::from(spend.minor))
}

/// Basis points as a percentage with two decimals (`1234` → `12.34`, `-5` → `-0.05`).
pub fn bp_percent(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    let a = bp.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn eur(minor: i64) -> Money {
        Money::new(minor, Currency::parse("EUR").expect("EUR"))
    }

    #[test]
    fn ratios_round_half_away_from_zero() {
        assert_eq!(ratio(5, 2), Some(3));
        assert_eq!(ratio(-5, 2), Some(-3));
        assert_eq!(ratio(4, 3), Some(1));
        assert_eq!(ratio(1, 0), None);
        assert_eq!(rate_bp(1, 3), Some(3_333));
        assert_eq!(rate_bp(2, 3), Some(6_667));
    }

    #[test]
    fn costs_and_roi() {
        // 500.00 EUR over 120,000 views: 4.1666… EUR per mille → 4.17 EUR.
        assert_eq!(cpm(eur(50_000), 120_000), Some(eur(417)));
        assert_eq!(cpm(eur(50_000), 0), None);
        assert_eq!(cost_per(eur(50_000), 3_000), Some(eur(17)));
        // Revenue 1,250.00 on spend 500.00: ROI 150 %.
        assert_eq!(roi_bp(eur(125_000), eur(50_000)), Some(15_000));
        assert_eq!(roi_bp(eur(20_000), eur(50_000)), Some(-6_000));
        assert_eq!(roi_bp(eur(1), eur(0)), None);
        assert_eq!(bp_percent(15_000), "150.00");
        assert_eq!(bp_percent(-5), "-0.05");
    }

    #[test]
    fn updates_carry_unknown_figures_over() {
        let base = Figures { views: 1_000, likes: 50, clicks: 7, revenue_minor: 9_900, ..Figures::default() };
        let shop = FigureUpdate { conversions: Some(3), revenue_minor: Some(12_000), ..FigureUpdate::default() };
        let merged = shop.merge(base).expect("merge");
        assert_eq!((merged.views, merged.likes, merged.conversions, merged.revenue_minor), (1_000, 50, 3, 12_000));
        assert!(FigureUpdate { views: Some(-1), ..FigureUpdate::default() }.merge(base).is_err());
        assert!(FigureUpdate::default().is_empty() && !shop.is_empty());
    }

    #[test]
    fn engagements_and_validation() {
        let f = Figures { likes: 10, comments: 2, shares: 3, saves: 4, ..Figures::default() };
        assert_eq!(f.engagements(), 19);
        assert!(f.validate().is_ok());
        assert!(Figures { clicks: -1, ..Figures::default() }.validate().is_err());
    }
}
