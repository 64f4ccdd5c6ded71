//! Payments to creators: what is owed, when, and the evidence it was paid.

use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::ids::{DealId, OperatorId, PaymentId};
use crate::money::Money;
use crate::time::Timestamp;

/// Why a payment is owed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PaymentKind {
    /// Part of the fee, at contract.
    Deposit,
    /// The rest of the fee, after verification.
    Balance,
    /// CPS commission at campaign close.
    Commission,
    /// Anything extra.
    Bonus,
}

impl PaymentKind {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentKind::Deposit => "deposit",
            PaymentKind::Balance => "balance",
            PaymentKind::Commission => "commission",
            PaymentKind::Bonus => "bonus",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name {
            "deposit" => Ok(Self::Deposit),
            "balance" => Ok(Self::Balance),
            "commission" => Ok(Self::Commission),
            "bonus" => Ok(Self::Bonus),
            other => Err(DomainError::invalid("payment", format!("unknown payment kind {other:?}"))),
        }
    }
}

/// Where a payment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PaymentStatus {
    /// Planned, not yet due.
    Scheduled,
    /// Due (or overdue).
    Due,
    /// Paid, with a reference.
    Paid,
    /// Will not be paid.
    Cancelled,
}

impl PaymentStatus {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentStatus::Scheduled => "scheduled",
            PaymentStatus::Due => "due",
            PaymentStatus::Paid => "paid",
            PaymentStatus::Cancelled => "cancelled",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name {
            "scheduled" => Ok(Self::Scheduled),
            "due" => Ok(Self::Due),
            "paid" => Ok(Self::Paid),
            "cancelled" => Ok(Self::Cancelled),
            other => Err(DomainError::invalid("payment", format!("unknown payment status {other:?}"))),
        }
    }

    /// Whether the payment still has to be made.
    pub fn is_open(&self) -> bool {
        matches!(self, PaymentStatus::Scheduled | PaymentStatus::Due)
    }
}

/// A payment a deal event makes due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentPlan {
    /// Why.
    pub kind: PaymentKind,
    /// How much.
    pub amount: Money,
    /// When it is due.
    pub due: Timestamp,
}

/// A stored payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Row id.
    pub id: PaymentId,
    /// The deal.
    pub deal_id: DealId,
    /// Why.
    pub kind: PaymentKind,
    /// How much.
    pub amount: Money,
    /// When it is due.
    pub due_at: Timestamp,
    /// Where it is.
    pub status: PaymentStatus,
    /// Bank or payout reference, once paid.
    pub reference: Option<String>,
    /// Who marked it paid.
    pub paid_by: Option<OperatorId>,
    /// When it was marked paid.
    pub paid_at: Option<Timestamp>,
}

impl Payment {
    /// Checks a payout reference: non-empty, at most 120 characters, no control characters.
    pub fn validate_reference(reference: &str) -> Result<String, DomainError> {
        let r = reference.trim();
        if r.is_empty() || r.chars().count() > 120 || r.chars().any(char::is_control) {
            return Err(DomainError::invalid("payment", "a payout reference (1–120 characters) is needed"));
        }
        Ok(r.to_string())
    }

    /// What cancelling the payment's deal does to it. `cancel_deal` applies this and the
    /// cancel preview shows it, so the two cannot disagree: a payment already made stays
    /// made, and every open payment is voided — the deal ends before publishing, so
    /// nothing else has been earned.
    pub fn on_deal_cancelled(&self) -> CancelEffect {
        match self.status {
            PaymentStatus::Paid => CancelEffect::StaysPaid,
            PaymentStatus::Scheduled | PaymentStatus::Due => CancelEffect::Voided,
            PaymentStatus::Cancelled => CancelEffect::AlreadyCancelled,
        }
    }
}

/// What happens to a payment when its deal is cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelEffect {
    /// It was paid; the money stays with the creator.
    StaysPaid,
    /// It was still open; it is cancelled and will not be paid.
    Voided,
    /// It was cancelled before; nothing changes.
    AlreadyCancelled,
}

impl CancelEffect {
    /// Stable snake_case name, for JSON output and Fluent ids.
    pub fn as_str(&self) -> &'static str {
        match self {
            CancelEffect::StaysPaid => "stays_paid",
            CancelEffect::Voided => "voided",
            CancelEffect::AlreadyCancelled => "already_cancelled",
        }
    }
}

#[cfg(test)]
mod cancel_tests {
    use super::*;
    use crate::money::Currency;

    fn payment(status: PaymentStatus) -> Payment {
        Payment {
            id: PaymentId(1),
            deal_id: DealId(1),
            kind: PaymentKind::Deposit,
            amount: Money::new(15_000, Currency::parse("EUR").expect("EUR")),
            due_at: "2026-12-01T00:00:00Z".parse().expect("instant"),
            status,
            reference: None,
            paid_by: None,
            paid_at: None,
        }
    }

    #[test]
    fn cancelling_voids_open_payments_and_keeps_paid_ones() {
        assert_eq!(payment(PaymentStatus::Paid).on_deal_cancelled(), CancelEffect::StaysPaid);
        assert_eq!(payment(PaymentStatus::Scheduled).on_deal_cancelled(), CancelEffect::Voided);
        assert_eq!(payment(PaymentStatus::Due).on_deal_cancelled(), CancelEffect::Voided);
        assert_eq!(payment(PaymentStatus::Cancelled).on_deal_cancelled(), CancelEffect::AlreadyCancelled);
    }
}
