//! Deadlines that keep themselves: planning reminder rows inside the operations that
//! move a deal, and running a due row (remind, expire, auto-approve) as one operation.

use serde_json::json;

use linkstar_core::audit::Actor;
use linkstar_core::content::{Decision, Review};
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::reminder::{self, Action, DeadlineKind, ReminderRules};
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;

use super::{App, AppResult, event, stage_payload};
use crate::error::AppError;
use crate::port::{StoreError, Tx};
use crate::schedule_port::ClaimedReminder;

/// What running a claimed row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduledOutcome {
    /// A reminder was queued; `collapsed` due rows of the deadline went into it.
    Reminded {
        /// Rows finished by this one send (more than 1 after downtime).
        collapsed: u64,
    },
    /// The offer expired.
    Expired,
    /// The draft was approved automatically.
    AutoApproved,
    /// Nothing to do: another scheduler finished the row, or the deal moved on.
    Skipped,
}

/// Cancels a deal's pending rows and plans the ones its current stage needs, in the
/// caller's transaction. Every operation that moves a deal or changes its terms calls it.
pub(super) async fn replan(tx: &mut dyn Tx, deal: &Deal, now: Timestamp) -> AppResult<()> {
    tx.cancel_reminders(deal.id, now).await?;
    if deal.stage.is_final() {
        return Ok(());
    }
    let creator = tx.creator(deal.creator_id).await?;
    let auto_approve = if deal.stage == Stage::InReview {
        tx.campaign(deal.campaign_id).await?.spec.auto_approve_after_sla
    } else {
        false
    };
    let rows = reminder::plan_deal(&ReminderRules::default(), deal, now, &creator.profile.time_zone, auto_approve);
    tx.insert_reminders(deal.id, deal.creator_id, &rows, now).await?;
    Ok(())
}

impl App {
    /// Runs one claimed scheduled row as the system, in one transaction: the row (and
    /// every other due row of the same deal and action, so stale reminders collapse into
    /// one) is marked done only if `owner` still holds it or nobody does, so two
    /// schedulers never both act on it; then the reminder is queued, the offer expired,
    /// or the draft approved, with its audit event and notices.
    pub async fn run_scheduled(&self, row: &ClaimedReminder, owner: &str) -> AppResult<ScheduledOutcome> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let taken = tx.finish_reminders(row.deal, row.action, owner, now).await?;
        if taken == 0 {
            return Ok(ScheduledOutcome::Skipped);
        }
        let before = match tx.deal(row.deal).await {
            Ok(d) => d,
            Err(StoreError::NotFound(_)) => return Err(AppError::NotFound("deal")),
            Err(e) => return Err(e.into()),
        };
        let outcome = match row.action {
            Action::Remind(kind) => match reminder::open_deadline(&before) {
                // A stale respond-by reminder after downtime would only precede the expiry.
                Some((open, due))
                    if open == kind && due == row.due && (kind != DeadlineKind::RespondBy || due > now) =>
                {
                    let campaign = tx.campaign(before.campaign_id).await?;
                    let notice =
                        Notice::Reminder { deal: before.id, campaign: campaign.spec.name, deadline: kind, due };
                    let payload = json!({ "deadline": kind.as_str(), "due": due, "collapsed": taken });
                    tx.append_event(event(Actor::System, Some(before.id), "reminder.send", payload, now)).await?;
                    tx.enqueue(Recipient::Creator(before.creator_id), &notice, now).await?;
                    ScheduledOutcome::Reminded { collapsed: taken }
                }
                _ => ScheduledOutcome::Skipped,
            },
            Action::Expire if before.stage == Stage::Offered && before.terms.respond_by <= now => {
                let after = before.apply(DealEvent::Expire { at: now }, now)?.deal;
                tx.update_deal(&after, now).await?;
                let payload = stage_payload(&before, &after, json!({}));
                tx.append_event(event(Actor::System, Some(after.id), "deal.expire", payload, now)).await?;
                let campaign = tx.campaign(after.campaign_id).await?;
                let notice = Notice::InviteExpired { deal: after.id, campaign: campaign.spec.name };
                tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
                replan(tx.as_mut(), &after, now).await?;
                ScheduledOutcome::Expired
            }
            Action::AutoApprove if before.stage == Stage::InReview => {
                self.auto_approve(tx.as_mut(), &before, now).await?;
                ScheduledOutcome::AutoApproved
            }
            Action::Expire | Action::AutoApprove => ScheduledOutcome::Skipped,
        };
        tx.commit().await?;
        Ok(outcome)
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
            "draft.approve",
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
