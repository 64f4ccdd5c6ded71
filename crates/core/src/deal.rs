//! The deal aggregate: stage plus the facts the rules need (terms, acceptance, rounds,
//! approved draft). [`Deal::apply`] is the only way a deal changes.

use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::ids::{CampaignId, CreatorId, DealId};
use crate::money::Money;
use crate::payment::{PaymentKind, PaymentPlan};
use crate::stage::{Stage, StageEvent};
use crate::terms::{PaymentModel, Terms, TermsHash};
use crate::time::Timestamp;

/// Evidence of a creator's acceptance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptance {
    /// Fingerprint of the accepted terms.
    pub terms_hash: TermsHash,
    /// When.
    pub at: Timestamp,
    /// Through which chat (`telegram:12345`) or `operator` for recorded paper acceptance.
    pub via: String,
}

/// One collaboration between a campaign and a creator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    /// Row id.
    pub id: DealId,
    /// The campaign.
    pub campaign_id: CampaignId,
    /// The creator.
    pub creator_id: CreatorId,
    /// Where the deal is.
    pub stage: Stage,
    /// The terms currently offered or contracted.
    pub terms: Terms,
    /// The acceptance of the current terms, if accepted.
    pub accepted: Option<Acceptance>,
    /// The fee the creator proposed, while negotiating.
    pub counter_fee: Option<Money>,
    /// Draft versions uploaded so far.
    pub draft_versions: u32,
    /// Change requests made so far.
    pub change_requests: u32,
    /// Extra revision rounds granted by operator override.
    pub extra_rounds: u32,
    /// The approved draft version.
    pub approved_version: Option<u32>,
    /// The submitted live post.
    pub post_url: Option<String>,
}

/// Something that happens to a deal, with the data the rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DealEvent {
    /// The creator accepts the terms they were shown (by fingerprint).
    Accept {
        /// Fingerprint of the terms the creator saw.
        terms_hash: TermsHash,
        /// When.
        at: Timestamp,
        /// Through which chat.
        via: String,
    },
    /// The creator declines.
    Decline,
    /// The creator proposes another fee.
    Counter {
        /// The fee proposed.
        fee: Money,
    },
    /// The operator offers new terms.
    ReviseOffer {
        /// The new terms.
        terms: Box<Terms>,
    },
    /// The brand declines the creator's proposed fee: the counter is cleared and the
    /// offer stands. If its respond-by has passed by `now`, the creator gets until
    /// `answer_by` (the campaign's counter-answer time from now) to answer.
    DeclineCounter {
        /// The respond-by to use when the offer's own has passed.
        answer_by: Timestamp,
    },
    /// The respond-by date passed.
    Expire {
        /// Now.
        at: Timestamp,
    },
    /// A draft version arrives.
    SubmitDraft,
    /// The draft under review is approved.
    Approve,
    /// Changes are requested; `override_rounds` lets an operator go past the included rounds.
    RequestChanges {
        /// Grant an extra round when the included ones are used.
        override_rounds: bool,
    },
    /// The live post link arrives.
    SubmitPost {
        /// The normalized post URL.
        url: String,
    },
    /// The post is verified.
    Verify,
    /// The submitted post link is refused; the creator sends another.
    RefusePost,
    /// Everything is paid; `open_payments` counts payments neither paid nor cancelled.
    Settle {
        /// Payments still open.
        open_payments: usize,
    },
    /// The post came down early.
    RemovedEarly,
    /// The deal is called off.
    Cancel,
}

impl DealEvent {
    /// The event kind.
    pub fn kind(&self) -> StageEvent {
        match self {
            DealEvent::Accept { .. } => StageEvent::Accept,
            DealEvent::Decline => StageEvent::Decline,
            DealEvent::Counter { .. } => StageEvent::Counter,
            DealEvent::ReviseOffer { .. } => StageEvent::ReviseOffer,
            DealEvent::DeclineCounter { .. } => StageEvent::DeclineCounter,
            DealEvent::Expire { .. } => StageEvent::Expire,
            DealEvent::SubmitDraft => StageEvent::SubmitDraft,
            DealEvent::Approve => StageEvent::Approve,
            DealEvent::RequestChanges { .. } => StageEvent::RequestChanges,
            DealEvent::SubmitPost { .. } => StageEvent::SubmitPost,
            DealEvent::Verify => StageEvent::Verify,
            DealEvent::RefusePost => StageEvent::RefusePost,
            DealEvent::Settle { .. } => StageEvent::Settle,
            DealEvent::RemovedEarly => StageEvent::RemovedEarly,
            DealEvent::Cancel => StageEvent::Cancel,
        }
    }
}

/// The result of applying an event: the new deal and payments to schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The deal after the event.
    pub deal: Deal,
    /// Payments the event makes due (deposit at contract, balance at verification).
    pub schedule: Vec<PaymentPlan>,
}

impl Deal {
    /// A fresh offer.
    pub fn offer(
        id: DealId,
        campaign_id: CampaignId,
        creator_id: CreatorId,
        terms: Terms,
    ) -> Result<Deal, DomainError> {
        terms.validate()?;
        let terms = terms.at_storage_precision();
        Ok(Deal {
            id,
            campaign_id,
            creator_id,
            stage: Stage::Offered,
            terms,
            accepted: None,
            counter_fee: None,
            draft_versions: 0,
            change_requests: 0,
            extra_rounds: 0,
            approved_version: None,
            post_url: None,
        })
    }

    /// Revision rounds available in total (included plus granted).
    pub fn rounds_allowed(&self) -> u32 {
        self.terms.revision_rounds + self.extra_rounds
    }

    /// Applies an event, or refuses it with the rule that forbids it. Never partial.
    pub fn apply(&self, event: DealEvent, now: Timestamp) -> Result<Outcome, DomainError> {
        let stage = self.stage.next(event.kind())?;
        let mut deal = self.clone();
        deal.stage = stage;
        let mut schedule = Vec::new();
        match event {
            DealEvent::Accept { terms_hash, at, via } => {
                if terms_hash != self.terms.fingerprint() {
                    return Err(DomainError::TermsChanged);
                }
                deal.accepted = Some(Acceptance { terms_hash, at, via });
                let deposit = self.terms.deposit();
                if deposit.minor > 0 && !matches!(self.terms.payment_model, PaymentModel::Cps { .. }) {
                    schedule.push(PaymentPlan { kind: PaymentKind::Deposit, amount: deposit, due: now });
                }
            }
            DealEvent::Counter { fee } => {
                if fee.currency != self.terms.fee.currency {
                    return Err(DomainError::invalid(
                        "money",
                        format!("the counter-offer must be in {}", self.terms.fee.currency),
                    ));
                }
                if fee.minor <= 0 {
                    return Err(DomainError::invalid("money", "the proposed fee must be positive"));
                }
                deal.counter_fee = Some(fee);
            }
            DealEvent::ReviseOffer { terms } => {
                terms.validate()?;
                if self.stage == Stage::Contracted && self.draft_versions > 0 {
                    return Err(DomainError::IllegalTransition { from: self.stage, event: StageEvent::ReviseOffer });
                }
                deal.terms = terms.at_storage_precision();
                deal.accepted = None;
                deal.counter_fee = None;
            }
            DealEvent::DeclineCounter { answer_by } => {
                // The stage graph only declines while negotiating; this guards the data.
                if self.counter_fee.is_none() {
                    return Err(DomainError::IllegalTransition { from: self.stage, event: StageEvent::DeclineCounter });
                }
                deal.counter_fee = None;
                if self.terms.respond_by <= now {
                    if answer_by <= now {
                        return Err(DomainError::invalid("terms", "the respond-by date is in the past"));
                    }
                    let mut terms = self.terms.clone();
                    terms.respond_by = answer_by;
                    terms.validate()?;
                    deal.terms = terms.at_storage_precision();
                }
            }
            // A negotiation's answer-by comes from the campaign's policy; the scheduler
            // checks it against the planned row.
            DealEvent::Expire { at } => {
                if self.stage == Stage::Offered && at < self.terms.respond_by {
                    return Err(DomainError::invalid("time", "the offer has not reached its respond-by date"));
                }
            }
            DealEvent::SubmitDraft => deal.draft_versions += 1,
            DealEvent::Approve => deal.approved_version = Some(self.draft_versions),
            DealEvent::RequestChanges { override_rounds } => {
                if self.change_requests >= self.rounds_allowed() {
                    if !override_rounds {
                        return Err(DomainError::RevisionRoundsExhausted { included: self.terms.revision_rounds });
                    }
                    deal.extra_rounds += 1;
                }
                deal.change_requests += 1;
            }
            DealEvent::SubmitPost { url } => {
                // The stage graph only reaches SubmitPost from Approved; this guards the data.
                if self.approved_version.is_none() {
                    return Err(DomainError::IllegalTransition { from: self.stage, event: StageEvent::SubmitPost });
                }
                deal.post_url = Some(url);
            }
            DealEvent::Verify => {
                let balance = match self.terms.payment_model {
                    PaymentModel::Cps { .. } => None,
                    _ => Some(self.terms.balance()).filter(|b| b.minor > 0),
                };
                if let Some(amount) = balance {
                    let due = now
                        .checked_add(jiff::SignedDuration::from_hours(24 * i64::from(self.terms.min_live_days)))
                        .unwrap_or(now);
                    schedule.push(PaymentPlan { kind: PaymentKind::Balance, amount, due });
                }
            }
            DealEvent::RefusePost => deal.post_url = None,
            DealEvent::Settle { open_payments } => {
                if open_payments > 0 {
                    return Err(DomainError::PaymentsOpen { open: open_payments });
                }
            }
            DealEvent::Decline | DealEvent::RemovedEarly | DealEvent::Cancel => {}
        }
        Ok(Outcome { deal, schedule })
    }

    /// Whether a payment of `kind` may be marked paid now: the deposit once contracted,
    /// everything else only after the post is verified.
    pub fn may_pay(&self, kind: PaymentKind) -> Result<(), DomainError> {
        let ok = match kind {
            PaymentKind::Deposit => self.stage.is_contracted(),
            PaymentKind::Balance | PaymentKind::Commission | PaymentKind::Bonus => {
                matches!(self.stage, Stage::Verified | Stage::Completed | Stage::Removed)
            }
        };
        if ok { Ok(()) } else { Err(DomainError::PaymentBeforeVerification) }
    }
}

#[cfg(test)]
#[path = "deal_tests.rs"]
mod tests;
