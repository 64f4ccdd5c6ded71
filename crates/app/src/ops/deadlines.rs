//! Deadlines that keep themselves: planning reminder rows inside the operations that
//! move a deal or its payments, running a due row (remind, expire, auto-approve, flag
//! overdue, alert the operators) as one operation, and planning deals that have no rows
//! yet (the back-fill run by `linkstar serve` and `linkstar reminders plan`).

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::campaign::Campaign;
use linkstar_core::content::{Decision, Review};
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::PaymentId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::reminder::{self, Action, DeadlineKind, DealFacts, ReminderRules, StageDeadlines};
use linkstar_core::stage::Stage;
use linkstar_core::time::{Timestamp, same_instant};

use super::{App, AppResult, event, stage_payload};
use crate::error::AppError;
use crate::port::{StoreError, Tx};
use crate::schedule_port::DealClock;
use crate::schedule_port::{ClaimedReminder, NewReminder, UnplannedDeal};

/// What running a claimed row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduledOutcome {
    /// A reminder was queued; `collapsed` due rows of the deadline went into it.
    Reminded {
        /// Rows finished by this one send (more than 1 after downtime).
        collapsed: u64,
    },
    /// The offer (or the negotiation nobody answered) expired.
    Expired,
    /// The draft was approved automatically.
    AutoApproved,
    /// The deal was flagged overdue and the operators told.
    Flagged,
    /// The operators were told a draft waits past the review SLA.
    Alerted,
    /// Nothing to do: another scheduler finished the row, or the deal moved on.
    Skipped,
}

/// A deal's open payments, for planning their reminders.
fn open_payments(payments: &[linkstar_core::payment::Payment]) -> Vec<(PaymentId, Timestamp)> {
    payments.iter().filter(|p| p.status.is_open()).map(|p| (p.id, p.due_at)).collect()
}

/// Cancels a deal's pending rows and plans the ones its current stage and open payments
/// need, in the caller's transaction. Every operation that moves a deal, changes its
/// terms, or schedules, pays or cancels a payment calls it (after writing the change).
pub(super) async fn replan(tx: &mut dyn Tx, deal: &Deal, now: Timestamp) -> AppResult<()> {
    tx.cancel_reminders(deal.id, now).await?;
    if deal.stage.is_final() {
        return Ok(());
    }
    let campaign = tx.campaign(deal.campaign_id).await?;
    let facts = UnplannedDeal {
        id: deal.id,
        campaign: deal.campaign_id,
        creator: deal.creator_id,
        waiting: StageDeadlines::of(deal),
        zone: tx.creator(deal.creator_id).await?.profile.time_zone,
        clock: tx.deal_clock(deal.id).await?,
        open_payments: open_payments(&tx.deal_payments(deal.id).await?),
    };
    tx.insert_reminders(&deal_rows(&campaign, &facts, now), now).await?;
    Ok(())
}

/// The rows a deal needs under its campaign's reminder policy (operations re-plan a
/// deal they moved, the back-fill plans deals that have none).
pub(super) fn deal_rows(campaign: &Campaign, deal: &UnplannedDeal, now: Timestamp) -> Vec<NewReminder> {
    let facts = DealFacts {
        waiting: deal.waiting,
        zone: &deal.zone,
        stage_at: deal.clock.stage_at,
        overdue: deal.clock.overdue_at.is_some(),
        open_payments: &deal.open_payments,
        auto_approve: campaign.spec.auto_approve_after_sla,
    };
    let rules = ReminderRules::from_policy(&campaign.spec.reminders);
    let planned = reminder::plan_deal(&rules, &facts, now);
    planned.into_iter().map(|planned| NewReminder { deal: deal.id, creator: deal.creator, planned }).collect()
}

/// Expires an offer nobody answered by its respond-by, or a negotiation the brand did
/// not answer by `due`, in the caller's transaction: the creator is told in their
/// language, and for a negotiation the operators too.
pub(super) async fn expire(
    tx: &mut dyn Tx,
    before: &Deal,
    campaign: &Campaign,
    due: Timestamp,
    now: Timestamp,
) -> AppResult<Deal> {
    let after = before.apply(DealEvent::Expire { at: now }, now)?.deal;
    tx.update_deal(&after, now).await?;
    let counter = before.counter_fee.filter(|_| before.stage == Stage::Negotiating);
    let extra = json!({ "counter_fee": counter.map(|f| f.to_string()), "due": due });
    let payload = stage_payload(before, &after, extra);
    tx.append_event(event(Actor::System, Some(after.id), AuditKind::DealExpire, payload, now)).await?;
    let name = campaign.spec.name.clone();
    match counter {
        // Nobody answered the creator's fee: both sides hear of it.
        Some(fee) => {
            let told = Notice::NegotiationExpired { deal: after.id, campaign: name, fee };
            tx.enqueue(Recipient::Creator(after.creator_id), &told, now).await?;
            let creator = tx.creator(after.creator_id).await?.profile.name;
            let alert = Notice::CounterExpired { deal: after.id, creator, fee };
            tx.enqueue(Recipient::Operators(campaign.brand_id), &alert, now).await?;
        }
        None => {
            let notice = Notice::InviteExpired { deal: after.id, campaign: name };
            tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        }
    }
    replan(tx, &after, now).await?;
    Ok(after)
}

impl App {
    /// Runs one claimed scheduled row as the system, in one transaction: the row and
    /// every other due row of the same deal and action (so stale reminders collapse into
    /// one, even when another scheduler claimed some of them) are marked done — if none is
    /// left, another scheduler acted and this one skips; then the reminder is queued, the
    /// offer expired, or the draft approved, with its audit event and notices.
    pub async fn run_scheduled(&self, row: &ClaimedReminder) -> AppResult<ScheduledOutcome> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let taken = tx.finish_reminders(row.deal, row.action, now).await?;
        if taken == 0 {
            return Ok(ScheduledOutcome::Skipped);
        }
        let before = match tx.deal(row.deal).await {
            Ok(d) => d,
            Err(StoreError::NotFound(_)) => return Err(AppError::NotFound("deal")),
            Err(e) => return Err(e.into()),
        };
        let campaign = tx.campaign(before.campaign_id).await?;
        let clock = tx.deal_clock(before.id).await?;
        let rules = ReminderRules::from_policy(&campaign.spec.reminders);
        let open = reminder::open_deadlines(&rules, &StageDeadlines::of(&before), clock.stage_at);
        // Compared at the storage precision: rows hold milliseconds, and terms saved
        // before they were kept to the millisecond may carry finer digits.
        let still_open = |kind: DeadlineKind| open.iter().any(|(k, due)| *k == kind && same_instant(*due, row.due));
        let expires = match before.stage {
            Stage::Offered => before.terms.respond_by <= now,
            Stage::Negotiating => still_open(DeadlineKind::CounterAnswer) && row.due <= now,
            _ => false,
        };
        let outcome = match row.action {
            // A stale respond-by reminder after downtime would only precede the expiry.
            Action::Remind(kind) if still_open(kind) && kind.still_useful(row.due, now) => {
                let notice =
                    Notice::Reminder { deal: before.id, campaign: campaign.spec.name, deadline: kind, due: row.due };
                let payload = json!({ "deadline": kind.as_str(), "due": row.due, "collapsed": taken });
                tx.append_event(event(Actor::System, Some(before.id), AuditKind::ReminderSend, payload, now)).await?;
                tx.enqueue(Recipient::Creator(before.creator_id), &notice, now).await?;
                ScheduledOutcome::Reminded { collapsed: taken }
            }
            Action::RemindPayment(id) => {
                let payment = tx.payment(id).await?;
                if payment.deal_id == before.id && payment.status.is_open() && same_instant(payment.due_at, row.due) {
                    let creator = tx.creator(before.creator_id).await?.profile.name;
                    let notice = Notice::PaymentDue { deal: before.id, creator, amount: payment.amount, due: row.due };
                    let payload = json!({ "payment": id, "due": row.due, "collapsed": taken });
                    tx.append_event(event(Actor::System, Some(before.id), AuditKind::PaymentReminder, payload, now))
                        .await?;
                    tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
                    ScheduledOutcome::Reminded { collapsed: taken }
                } else {
                    ScheduledOutcome::Skipped
                }
            }
            Action::RemindCounter if still_open(DeadlineKind::CounterAnswer) && row.due > now => {
                let creator = tx.creator(before.creator_id).await?.profile.name;
                let fee = before.counter_fee.unwrap_or(before.terms.fee);
                let payload = json!({ "due": row.due, "fee": fee.to_string(), "collapsed": taken });
                tx.append_event(event(Actor::System, Some(before.id), AuditKind::CounterReminder, payload, now))
                    .await?;
                let notice = Notice::CounterPending { deal: before.id, creator, fee, due: row.due };
                tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
                ScheduledOutcome::Reminded { collapsed: taken }
            }
            Action::Expire if expires => {
                expire(tx.as_mut(), &before, &campaign, row.due, now).await?;
                ScheduledOutcome::Expired
            }
            Action::AutoApprove if before.stage == Stage::InReview => {
                self.auto_approve(tx.as_mut(), &before, now).await?;
                ScheduledOutcome::AutoApproved
            }
            Action::ReviewOverdue
                if before.stage == Stage::InReview
                    && same_instant(
                        reminder::review_deadline(before.terms.review_sla_hours, clock.stage_at),
                        row.due,
                    ) =>
            {
                let creator = tx.creator(before.creator_id).await?.profile.name;
                let hours = before.terms.review_sla_hours;
                let payload = json!({ "due": row.due, "sla_hours": hours });
                tx.append_event(event(Actor::System, Some(before.id), AuditKind::ReviewOverdue, payload, now)).await?;
                let notice = Notice::ReviewOverdue { deal: before.id, creator, hours };
                tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
                ScheduledOutcome::Alerted
            }
            Action::MarkOverdue(kind) if still_open(kind) && tx.mark_overdue(before.id, row.due).await? => {
                let creator = tx.creator(before.creator_id).await?.profile.name;
                let payload = json!({ "deadline": kind.as_str(), "due": row.due, "stage": before.stage.as_str() });
                tx.append_event(event(Actor::System, Some(before.id), AuditKind::DealOverdue, payload, now)).await?;
                let notice = match kind {
                    DeadlineKind::PublishBy => Notice::PostOverdue { deal: before.id, creator, due: row.due },
                    _ => Notice::DraftOverdue { deal: before.id, creator, due: row.due },
                };
                tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
                ScheduledOutcome::Flagged
            }
            Action::Remind(_)
            | Action::RemindCounter
            | Action::Expire
            | Action::AutoApprove
            | Action::ReviewOverdue
            | Action::MarkOverdue(_) => ScheduledOutcome::Skipped,
        };
        tx.commit().await?;
        Ok(outcome)
    }
    /// The deadline `deal` waits on now, as `/status` shows it: the offer's respond-by,
    /// the brand's answer to a counter-offer, the draft or revision due (after the
    /// campaign's turnaround), the publish window's close; `None` in review and after.
    pub async fn next_deadline(&self, deal: &Deal) -> Result<Option<(DeadlineKind, Timestamp)>, StoreError> {
        let waiting = StageDeadlines::of(deal);
        if matches!(waiting, StageDeadlines::Nothing | StageDeadlines::InReview { .. }) {
            return Ok(None);
        }
        let clock = match self.store.deal_clock(deal.id).await {
            Ok(clock) => clock,
            // A deal not stored yet has just entered its stage.
            Err(StoreError::NotFound(_)) => DealClock { stage_at: self.clock.now(), overdue_at: None },
            Err(e) => return Err(e),
        };
        let campaign = self.store.find_campaign(&deal.campaign_id.0.to_string()).await?;
        let policy = campaign.filter(|c| c.id == deal.campaign_id).map(|c| c.spec.reminders).unwrap_or_default();
        let open = reminder::open_deadlines(&ReminderRules::from_policy(&policy), &waiting, clock.stage_at);
        Ok(open.last().copied())
    }

    /// Approves a draft the brand left unreviewed past its SLA, when the campaign allows
    /// it: the system is the reviewer; the creator gets the approval, the operators are told.
    async fn auto_approve(&self, tx: &mut dyn Tx, before: &Deal, now: Timestamp) -> AppResult<()> {
        let campaign = tx.campaign(before.campaign_id).await?;
        if !campaign.spec.auto_approve_after_sla {
            return Ok(());
        }
        let after = before.apply(DealEvent::Approve, now)?.deal;
        let draft = tx.latest_draft(before.id).await?.ok_or(AppError::NotFound("draft"))?;
        let hours = before.terms.review_sla_hours;
        let notes = format!("approved automatically after the {hours}-hour review time");
        let review = Review { draft_id: draft.id, decision: Decision::Approved, notes, by: None, at: now };
        tx.insert_review(before.id, &review).await?;
        tx.update_deal(&after, now).await?;
        let extra = json!({ "version": draft.version, "auto": true, "sla_hours": hours });
        tx.append_event(event(
            Actor::System,
            Some(after.id),
            AuditKind::DraftApprove,
            stage_payload(before, &after, extra),
            now,
        ))
        .await?;
        let approved = super::content::approval_notice(tx, &campaign, &after).await?;
        tx.enqueue(Recipient::Creator(after.creator_id), &approved, now).await?;
        let name = tx.creator(after.creator_id).await?.profile.name;
        let told = Notice::DraftAutoApproved { deal: after.id, creator: name, hours };
        tx.enqueue(Recipient::Operators(campaign.brand_id), &told, now).await?;
        replan(tx, &after, now).await?;
        Ok(())
    }
}
