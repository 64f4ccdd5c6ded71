//! What a deal is owed beyond the deposit and balance that [`Deal::apply`] schedules:
//! CPS commission at campaign close, bonuses, and the balance a post forfeits when it
//! comes down before its minimum live days.

use crate::DomainError;
use crate::deal::Deal;
use crate::money::Money;
use crate::payment::{PaymentKind, PaymentPlan};
use crate::stage::Stage;
use crate::terms::PaymentModel;
use crate::time::Timestamp;

impl PaymentModel {
    /// The commission rate in basis points, if the model pays one.
    pub fn commission_rate_bp(&self) -> Option<u32> {
        match self {
            PaymentModel::Fixed => None,
            PaymentModel::Cps { rate_bp, .. } | PaymentModel::Hybrid { rate_bp, .. } => Some(*rate_bp),
        }
    }

    /// Commission on `revenue`: the rate's share in whole minor units (half away from
    /// zero), capped; zero for a fixed fee. Revenue must be in the currency of the cap.
    pub fn commission(&self, revenue: Money) -> Result<Money, DomainError> {
        let (rate_bp, cap) = match self {
            PaymentModel::Fixed => return Ok(Money::new(0, revenue.currency)),
            PaymentModel::Cps { rate_bp, cap } | PaymentModel::Hybrid { rate_bp, cap } => (*rate_bp, *cap),
        };
        if revenue.minor < 0 {
            return Err(DomainError::invalid("money", "attributed revenue cannot be negative"));
        }
        let share = revenue.share_bp(rate_bp);
        match cap {
            Some(cap) if cap.currency != revenue.currency => Err(DomainError::invalid(
                "money",
                format!("revenue in {} cannot be capped in {}", revenue.currency, cap.currency),
            )),
            Some(cap) if share.minor > cap.minor => Ok(cap),
            _ => Ok(share),
        }
    }
}

impl Deal {
    /// Whether settling must wait for the campaign to close: the deal earns commission
    /// and its commission has not been scheduled yet.
    pub fn awaits_commission(&self, campaign_closed: bool) -> bool {
        self.terms.payment_model.commission_rate_bp().is_some() && !campaign_closed
    }

    /// The commission payment due when the campaign closes, from the post's attributed
    /// revenue (in the fee's currency). Only a verified post earns commission; nothing
    /// is scheduled when it comes to zero.
    pub fn commission_at_close(&self, revenue: Money, now: Timestamp) -> Result<Option<PaymentPlan>, DomainError> {
        if self.terms.payment_model.commission_rate_bp().is_none() || self.stage != Stage::Verified {
            return Ok(None);
        }
        if revenue.currency != self.terms.fee.currency {
            return Err(DomainError::invalid(
                "money",
                format!("attributed revenue must be in the deal's currency {}", self.terms.fee.currency),
            ));
        }
        let amount = self.terms.payment_model.commission(revenue)?;
        Ok((amount.minor > 0).then_some(PaymentPlan { kind: PaymentKind::Commission, amount, due: now }))
    }

    /// A bonus on top of the terms: positive, in the deal's currency, for a contracted deal.
    pub fn bonus(&self, amount: Money, now: Timestamp) -> Result<PaymentPlan, DomainError> {
        if !self.stage.is_contracted() {
            return Err(DomainError::invalid("payment", "a bonus needs a contracted deal"));
        }
        if amount.currency != self.terms.fee.currency || amount.minor <= 0 {
            return Err(DomainError::invalid(
                "payment",
                format!("a bonus must be a positive amount in {}", self.terms.fee.currency),
            ));
        }
        Ok(PaymentPlan { kind: PaymentKind::Bonus, amount, due: now })
    }

    /// Whether an open balance is forfeited when the post is found removed at `removed_at`:
    /// the balance was due only after the post stayed live its minimum days, and it did not.
    pub fn balance_forfeited(&self, kind: PaymentKind, due: Timestamp, removed_at: Timestamp) -> bool {
        kind == PaymentKind::Balance && self.terms.min_live_days > 0 && removed_at < due
    }
}

/// Whether a campaign may close: every deal must be final or verified, so each
/// commission can be computed from a verified post.
pub fn may_close(stages: &[Stage]) -> Result<(), DomainError> {
    let busy = stages.iter().filter(|s| !s.is_final() && **s != Stage::Verified).count();
    if busy > 0 {
        return Err(DomainError::invalid(
            "campaign",
            format!("{busy} deals are still in progress: verify, cancel or let them expire before closing"),
        ));
    }
    Ok(())
}

#[cfg(test)]
#[path = "settlement_tests.rs"]
mod tests;
