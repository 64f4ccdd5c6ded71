//! The brand's own reliability: how fast it reviews drafts and pays creators.
//!
//! * **review time** — from a draft's upload to the operator's decision (automatic
//!   approvals are not counted); **within SLA** — decisions inside the deal's review hours;
//! * **payment delay** — how long after its due date a payment was marked paid (early
//!   counts as zero); **on time** — paid within [`PAYMENT_GRACE_HOURS`] of the due date;
//! * **overdue** — open payments whose due date has passed.

use serde::Serialize;

use crate::metrics::{rate_bp, ratio};
use crate::payment::PaymentStatus;
use crate::report::PaymentFacts;
use crate::time::Timestamp;

/// Hours after its due date a payment still counts as paid on time (bank transfers
/// take a few working days).
pub const PAYMENT_GRACE_HOURS: i64 = 72;

const MS_PER_MINUTE: i64 = 60_000;

/// Counts and sums the speed figures are computed from (also what the store returns
/// for a whole brand, where the SLA of each deal is not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpeedCounts {
    /// Operator decisions.
    pub reviews: i64,
    /// Their summed time, milliseconds.
    pub review_ms: i64,
    /// Decisions whose deal's SLA is known.
    pub reviews_with_sla: i64,
    /// Of those, decisions within the SLA.
    pub within_sla: i64,
    /// Payments marked paid.
    pub paid: i64,
    /// Their summed delay past the due date, milliseconds.
    pub delay_ms: i64,
    /// Of those, paid within the grace hours.
    pub paid_on_time: i64,
    /// Open payments past their due date.
    pub overdue_open: i64,
}

/// The speed figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Speed {
    /// Operator decisions on drafts.
    pub reviews: i64,
    /// Average review time, minutes.
    pub avg_review_minutes: Option<i64>,
    /// Decisions within the SLA, basis points.
    pub within_sla_bp: Option<i64>,
    /// Payments made.
    pub payments_paid: i64,
    /// Average delay past the due date, minutes.
    pub avg_payment_delay_minutes: Option<i64>,
    /// Payments made on time, basis points.
    pub paid_on_time_bp: Option<i64>,
    /// Open payments past their due date.
    pub overdue_open: i64,
}

impl SpeedCounts {
    /// Review counts from (time taken in ms, the deal's SLA in hours) pairs: the rule the
    /// store's SQL counts by, spelled out for the hand-computed report tests.
    pub fn from_reviews(reviews: impl IntoIterator<Item = (i64, u32)>) -> SpeedCounts {
        let mut c = SpeedCounts::default();
        for (ms, sla_hours) in reviews {
            let ms = ms.max(0);
            c.reviews += 1;
            c.review_ms += ms;
            c.reviews_with_sla += 1;
            c.within_sla += i64::from(ms <= i64::from(sla_hours) * 3_600_000);
        }
        c
    }

    /// Payment counts from payments, overdue as of `now` (the store counts the same in SQL,
    /// spelled out for the hand-computed report tests).
    pub fn from_payments(payments: &[PaymentFacts], now: Timestamp) -> SpeedCounts {
        let mut c = SpeedCounts::default();
        for p in payments {
            match (p.status, p.paid_at) {
                (PaymentStatus::Paid, Some(paid)) => {
                    let delay = (paid.as_millisecond() - p.due_at.as_millisecond()).max(0);
                    c.paid += 1;
                    c.delay_ms += delay;
                    c.paid_on_time += i64::from(delay <= PAYMENT_GRACE_HOURS * 3_600_000);
                }
                (s, _) if s.is_open() && p.due_at < now => c.overdue_open += 1,
                _ => {}
            }
        }
        c
    }

    /// These review counts with the payment counts of `other`.
    pub fn with_payments(self, other: &SpeedCounts) -> SpeedCounts {
        SpeedCounts {
            paid: other.paid,
            delay_ms: other.delay_ms,
            paid_on_time: other.paid_on_time,
            overdue_open: other.overdue_open,
            ..self
        }
    }

    /// The figures.
    pub fn speed(&self) -> Speed {
        Speed {
            reviews: self.reviews,
            avg_review_minutes: ratio(i128::from(self.review_ms), i128::from(self.reviews) * i128::from(MS_PER_MINUTE)),
            within_sla_bp: rate_bp(self.within_sla, self.reviews_with_sla),
            payments_paid: self.paid,
            avg_payment_delay_minutes: ratio(
                i128::from(self.delay_ms),
                i128::from(self.paid) * i128::from(MS_PER_MINUTE),
            ),
            paid_on_time_bp: rate_bp(self.paid_on_time, self.paid),
            overdue_open: self.overdue_open,
        }
    }
}
