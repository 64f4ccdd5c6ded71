//! The brand's answers to a creator's counter-offer (decline it, or counter with its own
//! fee) and the negotiation read model: the offer, the counter, the round and who
//! proposed which fee when, read back from the audit log.

use serde_json::{Value, json};

use linkstar_core::DomainError;
use linkstar_core::audit::{Actor, AuditEvent};
use linkstar_core::brand::Permission;
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::{DealId, OperatorId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::Money;
use linkstar_core::stage::{Stage, StageEvent};
use linkstar_core::time::Timestamp;

use super::offers::{counter_answer_by, countered_terms};
use super::{App, AppResult, authorize, event, operator_deal, stage_payload};
use crate::error::AppError;

/// Audit events a negotiation is read from, at most (a deal has a few dozen).
const HISTORY_LIMIT: u32 = 5_000;

/// Where a deal's negotiation stands, for the operator deciding on a counter-offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiation {
    /// The deal.
    pub deal: DealId,
    /// Its stage now.
    pub stage: Stage,
    /// The fee the brand offers now.
    pub offer_fee: Money,
    /// The creator's proposed fee, while it waits for the brand.
    pub counter: Option<Money>,
    /// How many counter-offers the creator has made so far.
    pub round: u32,
    /// Who must answer next: the brand (a counter waits) or the creator (an offer waits);
    /// `None` once the negotiation is over.
    pub waiting_on: Option<Party>,
    /// When that answer is due: the brand's counter-answer deadline, or the offer's
    /// respond-by.
    pub answer_by: Option<Timestamp>,
    /// Every proposal and answer, oldest first.
    pub history: Vec<NegotiationStep>,
}

/// A side of the negotiation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Party {
    /// The brand's operators.
    Brand,
    /// The creator.
    Creator,
    /// LinkStar itself (an offer expiring).
    System,
}

/// What happened in one step of a negotiation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NegotiationMove {
    /// The brand made the offer.
    Offer,
    /// The creator proposed another fee.
    Counter,
    /// The brand took the creator's fee.
    AcceptCounter,
    /// The brand answered with its own fee.
    CounterBack,
    /// The brand declined the proposed fee; its offer stood.
    DeclineCounter,
    /// The brand revised the offer's terms.
    Revise,
    /// The creator accepted.
    Accept,
    /// The creator declined.
    Decline,
    /// Nobody answered in time.
    Expire,
}

/// One step of a negotiation's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NegotiationStep {
    /// When.
    pub at: Timestamp,
    /// Which side.
    pub party: Party,
    /// Who exactly (operator or creator), as stored.
    pub actor: Actor,
    /// What.
    pub step: NegotiationMove,
    /// The fee proposed, taken or standing after the step, when known.
    pub fee: Option<Money>,
    /// The note sent with the step, if any.
    pub note: Option<String>,
}

impl App {
    /// The brand declines the creator's proposed fee: the counter is cleared and the
    /// offer stands as it was. If its respond-by has passed, the creator gets the
    /// campaign's counter-answer time from now. The creator is told, with the note.
    pub async fn decline_counter(&self, by: OperatorId, id: DealId, note: &str) -> AppResult<Deal> {
        let now = self.clock.now();
        let note = note.trim();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let campaign = tx.campaign(before.campaign_id).await?;
        let answer_by = counter_answer_by(&campaign.spec.reminders, now);
        let after = before.apply(DealEvent::DeclineCounter { answer_by }, now)?.deal;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let declined = before.counter_fee.map(|f| f.to_string());
        let extra = json!({ "declined_fee": declined, "fee": after.terms.fee.to_string(), "respond_by": after.terms.respond_by, "note": note });
        tx.append_event(event(
            Actor::Operator(op.id),
            Some(id),
            "deal.decline_counter",
            stage_payload(&before, &after, extra),
            now,
        ))
        .await?;
        let notice = Notice::CounterDeclined {
            deal: id,
            campaign: campaign.spec.name,
            fee: after.terms.fee,
            due: after.terms.respond_by,
            note: note.to_string(),
        };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// The brand answers a counter-offer with its own fee: the offer is revised to `fee`
    /// (in the terms' currency) and the creator must accept again; they get the revised
    /// offer with the brand's note.
    pub async fn counter_back(&self, by: OperatorId, id: DealId, fee: Money, note: &str) -> AppResult<Deal> {
        let note = Some(note.trim().to_string()).filter(|n| !n.is_empty());
        self.revise(by, id, "deal.counter_back", note, move |deal, policy, now| {
            if deal.counter_fee.is_none() {
                return Err(DomainError::IllegalTransition { from: deal.stage, event: StageEvent::ReviseOffer }.into());
            }
            if fee.currency != deal.terms.fee.currency {
                let why = format!("the fee must be in {}", deal.terms.fee.currency);
                return Err(DomainError::invalid("money", why).into());
            }
            if fee.minor <= 0 {
                return Err(DomainError::invalid("money", "the fee must be positive").into());
            }
            Ok(countered_terms(deal, fee, policy, now))
        })
        .await
    }

    /// Where a deal's negotiation stands: the offer, the creator's counter, the round,
    /// who answers next and by when, and the history. Every role of the brand may read it.
    pub async fn negotiation(&self, by: OperatorId, id: DealId) -> AppResult<Negotiation> {
        let op = self.operator_reading(by).await?;
        let deal = self.store.find_deal(id).await?.ok_or(AppError::NotFound("deal"))?;
        let campaign = self
            .store
            .find_campaign(&deal.campaign_id.to_string())
            .await?
            .filter(|c| c.id == deal.campaign_id && c.brand_id == op.brand_id)
            .ok_or(AppError::NotFound("deal"))?;
        let events = self.store.deal_history(id, HISTORY_LIMIT).await?;
        let history = history(&events);
        let round = history.iter().filter(|s| s.step == NegotiationMove::Counter).count();
        let (waiting_on, answer_by) = match deal.stage {
            Stage::Negotiating => {
                let countered = self.store.deal_clock(id).await?.stage_at;
                (Some(Party::Brand), Some(counter_answer_by(&campaign.spec.reminders, countered)))
            }
            Stage::Offered => (Some(Party::Creator), Some(deal.terms.respond_by)),
            _ => (None, None),
        };
        Ok(Negotiation {
            deal: id,
            stage: deal.stage,
            offer_fee: deal.terms.fee,
            counter: deal.counter_fee,
            round: u32::try_from(round).unwrap_or(u32::MAX),
            waiting_on,
            answer_by,
            history,
        })
    }
}

/// The negotiation steps among a deal's audit events, oldest first. Events written
/// before fees were recorded on every step fall back to the fee the step implies.
fn history(events: &[AuditEvent]) -> Vec<NegotiationStep> {
    let mut steps = Vec::new();
    let mut last_counter: Option<Money> = None;
    let mut standing: Option<Money> = None;
    for e in events {
        let payload: Value = serde_json::from_str(&e.event.payload).unwrap_or(Value::Null);
        let money = |key: &str| payload.get(key).and_then(Value::as_str).and_then(|t| Money::parse(t).ok());
        let note = payload.get("note").and_then(Value::as_str).map(str::trim).filter(|n| !n.is_empty());
        let (step, fee) = match e.event.kind.as_str() {
            "deal.offer" => (NegotiationMove::Offer, money("fee")),
            "deal.counter" => (NegotiationMove::Counter, money("counter_fee")),
            "deal.accept_counter" => (NegotiationMove::AcceptCounter, money("fee").or(last_counter)),
            "deal.counter_back" => (NegotiationMove::CounterBack, money("fee")),
            "deal.decline_counter" => (NegotiationMove::DeclineCounter, money("fee").or(standing)),
            "deal.revise" => (NegotiationMove::Revise, money("fee")),
            "deal.accept" => (NegotiationMove::Accept, standing),
            "deal.decline" => (NegotiationMove::Decline, standing),
            "deal.expire" => (NegotiationMove::Expire, last_counter.or(standing)),
            _ => continue,
        };
        match step {
            NegotiationMove::Counter => last_counter = fee,
            NegotiationMove::Accept | NegotiationMove::Decline | NegotiationMove::Expire => {}
            _ => {
                standing = fee.or(standing);
                last_counter = None;
            }
        }
        let party = match e.event.actor {
            Actor::Operator(_) => Party::Brand,
            Actor::Creator(_) => Party::Creator,
            Actor::System => Party::System,
        };
        steps.push(NegotiationStep {
            at: e.event.at,
            party,
            actor: e.event.actor,
            step,
            fee,
            note: note.map(str::to_string),
        });
    }
    steps
}
