//! Offer terms, and the fingerprint that freezes them when a creator accepts.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::DomainError;
use crate::campaign::Deliverable;
use crate::money::Money;
use crate::time::{Timestamp, Window};

/// How the creator is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaymentModel {
    /// A fixed fee.
    Fixed,
    /// Commission on attributed sales only.
    Cps {
        /// Commission in basis points of attributed revenue.
        rate_bp: u32,
        /// Most the commission may reach, if capped.
        cap: Option<Money>,
    },
    /// A fixed fee plus commission.
    Hybrid {
        /// Commission in basis points of attributed revenue.
        rate_bp: u32,
        /// Most the commission may reach, if capped.
        cap: Option<Money>,
    },
}

impl PaymentModel {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentModel::Fixed => "fixed",
            PaymentModel::Cps { .. } => "cps",
            PaymentModel::Hybrid { .. } => "hybrid",
        }
    }
}

/// What the brand may do with the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UsageRights {
    /// Only the creator's organic post.
    OrganicOnly,
    /// The brand may run the post as a paid ad for some days.
    PaidAds {
        /// Days of whitelisting.
        days: u32,
    },
    /// Unlimited use.
    Perpetual,
}

/// The terms of an offer. Once accepted they are frozen by [`Terms::fingerprint`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    /// What is delivered.
    pub deliverables: Vec<Deliverable>,
    /// The fixed fee (zero for pure commission).
    pub fee: Money,
    /// Fixed, CPS or both.
    pub payment_model: PaymentModel,
    /// Percentage of the fee paid as a deposit at contract.
    pub deposit_pct: u8,
    /// Usage rights granted to the brand.
    pub usage_rights: UsageRights,
    /// Days the creator may not work for competitors.
    pub exclusivity_days: u32,
    /// Answer by this instant or the offer expires.
    pub respond_by: Timestamp,
    /// First draft due.
    pub draft_due: Timestamp,
    /// When the post must go live.
    pub publish_window: Window,
    /// Change requests included before an operator must override.
    pub revision_rounds: u32,
    /// Hours the brand has to review each draft.
    pub review_sla_hours: u32,
    /// Days the post must stay live before the balance is due (0: at verification).
    pub min_live_days: u32,
}

/// SHA-256 of the canonical serialization of [`Terms`], as lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TermsHash(pub String);

impl std::fmt::Display for TermsHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Terms {
    /// Checks that the terms make sense on their own. The error's `field` names the term
    /// at fault (`fee`, `draft_due`, …, as in [`Terms::changed_fields`]), so a form can
    /// point at it.
    pub fn validate(&self) -> Result<(), DomainError> {
        let bad = |field: &'static str, why: &str| Err(DomainError::invalid(field, why));
        if self.deliverables.is_empty() {
            return bad("deliverables", "no deliverables");
        }
        if self.deliverables.iter().any(|d| d.count == 0) {
            return bad("deliverables", "a deliverable has a count of 0");
        }
        if self.fee.minor < 0 {
            return bad("fee", "the fee is negative");
        }
        match self.payment_model {
            PaymentModel::Fixed | PaymentModel::Hybrid { .. } if self.fee.minor == 0 => {
                return bad("fee", "a fixed or hybrid offer needs a fee");
            }
            PaymentModel::Cps { rate_bp, cap } | PaymentModel::Hybrid { rate_bp, cap } => {
                if rate_bp == 0 || rate_bp > 10_000 {
                    return bad("payment_model", "the commission rate must be between 0 and 100 %");
                }
                if cap.is_some_and(|c| c.currency != self.fee.currency || c.minor <= 0) {
                    return bad("payment_model", "the commission cap must be positive and in the fee's currency");
                }
            }
            PaymentModel::Fixed => {}
        }
        if self.deposit_pct > 100 {
            return bad("deposit_pct", "the deposit is more than 100 %");
        }
        if self.draft_due <= self.respond_by {
            return bad("draft_due", "the draft is due before the offer must be answered");
        }
        if self.publish_window.opens < self.draft_due {
            return bad("publish_window", "the publish window opens before the draft is due");
        }
        if self.review_sla_hours == 0 {
            return bad("review_sla_hours", "the brand review time must be at least one hour");
        }
        Ok(())
    }

    /// The terms with their instants at the storage precision (whole milliseconds), as
    /// a deal keeps them: the deal's columns and reminder rows hold milliseconds, so
    /// terms kept finer would name deadlines no stored row can equal.
    pub fn at_storage_precision(mut self) -> Terms {
        use crate::time::at_storage_precision as cut;
        self.respond_by = cut(self.respond_by);
        self.draft_due = cut(self.draft_due);
        self.publish_window = Window { opens: cut(self.publish_window.opens), closes: cut(self.publish_window.closes) };
        self
    }

    /// The canonical serialization: compact JSON with fields in declaration order and
    /// instants in RFC 3339 UTC at the storage precision (whole milliseconds, as a deal
    /// keeps them), so terms and the deal made of them share one fingerprint. Changing
    /// it changes every fingerprint, so a golden test pins it.
    pub fn canonical(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string(&self.clone().at_storage_precision()).unwrap_or_default()
    }

    /// The fingerprint recorded when the creator accepts.
    pub fn fingerprint(&self) -> TermsHash {
        TermsHash(hex::encode(Sha256::digest(self.canonical().as_bytes())))
    }

    /// The deposit due at contract.
    pub fn deposit(&self) -> Money {
        self.fee.share_bp(u32::from(self.deposit_pct) * 100)
    }

    /// What is left of the fee after the deposit.
    pub fn balance(&self) -> Money {
        Money::new(self.fee.minor - self.deposit().minor, self.fee.currency)
    }

    /// Names of the fields that differ from `other`, for "what changed" messages.
    pub fn changed_fields(&self, other: &Terms) -> Vec<&'static str> {
        let mut changed = Vec::new();
        let mut check = |name, differs: bool| {
            if differs {
                changed.push(name);
            }
        };
        check("deliverables", self.deliverables != other.deliverables);
        check("fee", self.fee != other.fee);
        check("payment_model", self.payment_model != other.payment_model);
        check("deposit_pct", self.deposit_pct != other.deposit_pct);
        check("usage_rights", self.usage_rights != other.usage_rights);
        check("exclusivity_days", self.exclusivity_days != other.exclusivity_days);
        check("respond_by", self.respond_by != other.respond_by);
        check("draft_due", self.draft_due != other.draft_due);
        check("publish_window", self.publish_window != other.publish_window);
        check("revision_rounds", self.revision_rounds != other.revision_rounds);
        check("review_sla_hours", self.review_sla_hours != other.review_sla_hours);
        check("min_live_days", self.min_live_days != other.min_live_days);
        changed
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::campaign::ContentFormat;
    use crate::money::Currency;
    use crate::place::Platform;

    pub(crate) fn sample_terms() -> Terms {
        let at = |s: &str| s.parse::<Timestamp>().expect("valid instant");
        Terms {
            deliverables: vec![Deliverable {
                platform: Platform::TikTok,
                format: ContentFormat::Video,
                count: 1,
                length_seconds: Some(30),
            }],
            fee: Money::new(50_000, Currency::parse("EUR").expect("EUR")),
            payment_model: PaymentModel::Fixed,
            deposit_pct: 30,
            usage_rights: UsageRights::PaidAds { days: 30 },
            exclusivity_days: 14,
            respond_by: at("2026-12-01T12:00:00Z"),
            draft_due: at("2026-12-08T12:00:00Z"),
            publish_window: Window::new(at("2026-12-10T00:00:00Z"), at("2026-12-15T00:00:00Z")).expect("window"),
            revision_rounds: 2,
            review_sla_hours: 48,
            min_live_days: 30,
        }
    }

    #[test]
    fn fingerprint_is_pinned() {
        // If this changes, every recorded acceptance stops matching: bump deliberately.
        assert_eq!(sample_terms().fingerprint().0, hex::encode(Sha256::digest(sample_terms().canonical().as_bytes())));
        assert!(sample_terms().canonical().starts_with(
            r#"{"deliverables":[{"platform":"tiktok","format":"video","count":1,"length_seconds":30}],"fee":{"minor":50000,"currency":"EUR"}"#
        ));
        assert!(sample_terms().canonical().contains(r#""respond_by":"2026-12-01T12:00:00Z""#));
    }

    #[test]
    fn the_fingerprint_is_taken_at_the_storage_precision() {
        let at = |s: &str| s.parse::<Timestamp>().expect("valid instant");
        let mut fine = sample_terms();
        fine.draft_due = at("2026-12-08T12:00:00.123456789Z");
        let kept = fine.clone().at_storage_precision();
        assert_eq!(kept.draft_due, at("2026-12-08T12:00:00.123Z"));
        assert_eq!(fine.fingerprint(), kept.fingerprint());
        assert!(fine.canonical().contains(r#""draft_due":"2026-12-08T12:00:00.123Z""#), "{}", fine.canonical());
        assert_ne!(fine.fingerprint(), sample_terms().fingerprint());
    }

    #[test]
    fn any_change_changes_the_fingerprint() {
        let base = sample_terms();
        let mut other = base.clone();
        other.exclusivity_days += 1;
        assert_ne!(base.fingerprint(), other.fingerprint());
        assert_eq!(base.changed_fields(&other), vec!["exclusivity_days"]);
    }

    #[test]
    fn deposit_and_balance_add_up() {
        let t = sample_terms();
        assert_eq!(t.deposit().minor, 15_000);
        assert_eq!(t.balance().minor, 35_000);
    }

    #[test]
    fn refuses_inconsistent_terms() {
        let mut t = sample_terms();
        t.draft_due = t.respond_by;
        assert!(t.validate().is_err());
        let mut t = sample_terms();
        t.deposit_pct = 101;
        assert!(t.validate().is_err());
        let mut t = sample_terms();
        t.payment_model = PaymentModel::Cps { rate_bp: 0, cap: None };
        assert!(t.validate().is_err());
        assert!(sample_terms().validate().is_ok());
    }
}
