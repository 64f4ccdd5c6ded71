//! Reminder planning: which deadlines a deal is waiting on, when its reminders go out,
//! and the automatic steps (expiry, auto-approval, overdue flags, operator alerts) that
//! fall due with them.
//!
//! Offsets are exact durations (48 h before an instant is 48 h before it, whatever the
//! clocks do); quiet hours are civil times in the creator's IANA zone, computed with
//! jiff, so a DST change moves the end of quiet hours with the local clock. A campaign
//! may override the offsets and the revision turnaround ([`ReminderPolicy`]).

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::deal::Deal;
use crate::ids::PaymentId;
use crate::place::TimeZoneName;
use crate::stage::Stage;
use crate::time::Window;

#[path = "reminder_policy.rs"]
mod policy;
pub use policy::{QuietHours, ReminderPolicy, ReminderRules};

/// A deadline someone is reminded of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Answer the offer (the invite expires at this instant).
    RespondBy,
    /// Upload the draft.
    DraftDue,
    /// Upload a new draft after the brand asked for changes.
    RevisionDue,
    /// The publish window opens: the approved post may go live.
    PublishOpens,
    /// Publish the approved post before the publish window closes.
    PublishBy,
    /// The brand owes a payment (its operators are reminded).
    PaymentDue,
    /// The brand answers the creator's counter-offer (its operators are reminded; the
    /// negotiation expires at this instant).
    CounterAnswer,
}

impl DeadlineKind {
    /// Every kind, in the order a deal meets them.
    pub const ALL: [DeadlineKind; 7] = [
        DeadlineKind::RespondBy,
        DeadlineKind::DraftDue,
        DeadlineKind::RevisionDue,
        DeadlineKind::PublishOpens,
        DeadlineKind::PublishBy,
        DeadlineKind::PaymentDue,
        DeadlineKind::CounterAnswer,
    ];

    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            DeadlineKind::RespondBy => "respond_by",
            DeadlineKind::DraftDue => "draft_due",
            DeadlineKind::RevisionDue => "revision_due",
            DeadlineKind::PublishOpens => "publish_opens",
            DeadlineKind::PublishBy => "publish_by",
            DeadlineKind::PaymentDue => "payment_due",
            DeadlineKind::CounterAnswer => "counter_answer",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| DomainError::invalid("deadline", format!("unknown deadline {text:?}")))
    }

    /// Whether a reminder at the deadline makes sense (an invite or a negotiation
    /// expires at its instant).
    fn reminds_at(&self) -> bool {
        !matches!(self, DeadlineKind::RespondBy | DeadlineKind::CounterAnswer)
    }

    /// Whether reminders after the deadline make sense: an expired invite cannot be
    /// answered, and an open publish window needs no more news.
    fn reminds_after(&self) -> bool {
        !matches!(self, DeadlineKind::RespondBy | DeadlineKind::PublishOpens | DeadlineKind::CounterAnswer)
    }

    /// Whether a reminder run at `now` (late, after downtime) still helps: respond-by
    /// reminders only while the offer stands, publish-opening ones within a day of it.
    pub fn still_useful(&self, due: Timestamp, now: Timestamp) -> bool {
        match self {
            DeadlineKind::RespondBy | DeadlineKind::CounterAnswer => due > now,
            DeadlineKind::PublishOpens => now.duration_since(due) < SignedDuration::from_hours(24),
            _ => true,
        }
    }

    /// Whether missing this deadline flags the deal overdue for the operators.
    pub fn flags_overdue(&self) -> bool {
        matches!(self, DeadlineKind::DraftDue | DeadlineKind::RevisionDue | DeadlineKind::PublishBy)
    }
}

/// What a scheduled row does when it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Remind the creator of a deadline.
    Remind(DeadlineKind),
    /// Remind the brand's operators of a payment they owe.
    RemindPayment(PaymentId),
    /// Remind the brand's operators that a creator's counter-offer waits for their answer.
    RemindCounter,
    /// Expire the unanswered offer.
    Expire,
    /// Approve the draft the brand left unreviewed past its SLA.
    AutoApprove,
    /// Tell the operators a draft waits past the review SLA (no auto-approval).
    ReviewOverdue,
    /// Flag the deal overdue: the creator missed a draft or publish deadline.
    MarkOverdue(DeadlineKind),
}

impl Action {
    /// Stored name (`remind:draft_due`, `remind_payment:42`, `remind_counter`, `expire`,
    /// `auto_approve`, `review_overdue`, `overdue:publish_by`).
    pub fn as_str(&self) -> String {
        match self {
            Action::Remind(kind) => format!("remind:{}", kind.as_str()),
            Action::RemindPayment(id) => format!("remind_payment:{}", id.0),
            Action::RemindCounter => "remind_counter".into(),
            Action::Expire => "expire".into(),
            Action::AutoApprove => "auto_approve".into(),
            Action::ReviewOverdue => "review_overdue".into(),
            Action::MarkOverdue(kind) => format!("overdue:{}", kind.as_str()),
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let unknown = || DomainError::invalid("action", format!("unknown action {text:?}"));
        match text {
            "expire" => return Ok(Action::Expire),
            "auto_approve" => return Ok(Action::AutoApprove),
            "review_overdue" => return Ok(Action::ReviewOverdue),
            "remind_counter" => return Ok(Action::RemindCounter),
            _ => {}
        }
        let (head, tail) = text.split_once(':').ok_or_else(unknown)?;
        match head {
            "remind" => Ok(Action::Remind(DeadlineKind::parse(tail)?)),
            "overdue" => Ok(Action::MarkOverdue(DeadlineKind::parse(tail)?)),
            "remind_payment" => tail.parse().map(|id| Action::RemindPayment(PaymentId(id))).map_err(|_| unknown()),
            _ => Err(unknown()),
        }
    }

    /// The deadline this row is about, for listing (none for expiry and approval).
    pub fn deadline(&self) -> Option<DeadlineKind> {
        match self {
            Action::Remind(kind) | Action::MarkOverdue(kind) => Some(*kind),
            Action::RemindPayment(_) => Some(DeadlineKind::PaymentDue),
            Action::RemindCounter => Some(DeadlineKind::CounterAnswer),
            Action::Expire => Some(DeadlineKind::RespondBy),
            Action::AutoApprove | Action::ReviewOverdue => None,
        }
    }
}

/// One scheduled row: what to do, for which deadline instant, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    /// What happens.
    pub action: Action,
    /// The deadline it concerns.
    pub due: Timestamp,
    /// When it goes out.
    pub send_at: Timestamp,
}

/// What a deal in its current stage waits on, from its terms: all that planning reads of
/// the deal itself. The back-fill builds it from a few columns (the terms text is read
/// only for approved deals, for their publish window); operations take it from the deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageDeadlines {
    /// Offered: the creator answers by `respond_by` or the invite expires.
    Offered {
        /// The offer's respond-by.
        respond_by: Timestamp,
    },
    /// Contracted: the first draft is due.
    Contracted {
        /// The terms' draft due date.
        draft_due: Timestamp,
    },
    /// Changes requested: a new draft is due (not before the terms' draft date).
    ChangesRequested {
        /// The terms' draft due date.
        draft_due: Timestamp,
    },
    /// In review: the brand's review SLA runs from the draft's arrival.
    InReview {
        /// Hours the brand has to review.
        review_sla_hours: u32,
    },
    /// Approved: the post goes live in the publish window.
    Approved {
        /// The terms' publish window.
        publish_window: Window,
    },
    /// Negotiating: the brand answers the creator's counter-offer within the campaign's
    /// answer time from when it arrived (the stage clock), or the negotiation expires.
    Negotiating,
    /// Published, verified or closed: nothing of the creator's is due.
    Nothing,
}

impl StageDeadlines {
    /// What `deal` waits on in its stage.
    pub fn of(deal: &Deal) -> Self {
        let t = &deal.terms;
        match deal.stage {
            Stage::Offered => StageDeadlines::Offered { respond_by: t.respond_by },
            Stage::Contracted => StageDeadlines::Contracted { draft_due: t.draft_due },
            Stage::ChangesRequested => StageDeadlines::ChangesRequested { draft_due: t.draft_due },
            Stage::InReview => StageDeadlines::InReview { review_sla_hours: t.review_sla_hours },
            Stage::Approved => StageDeadlines::Approved { publish_window: t.publish_window },
            Stage::Negotiating => StageDeadlines::Negotiating,
            _ => StageDeadlines::Nothing,
        }
    }
}

/// What planning needs to know about a deal.
#[derive(Debug, Clone, Copy)]
pub struct DealFacts<'a> {
    /// What the deal waits on in its stage.
    pub waiting: StageDeadlines,
    /// The creator's time zone (quiet hours).
    pub zone: &'a TimeZoneName,
    /// When the deal entered its current stage (the draft arrived, changes were asked).
    pub stage_at: Timestamp,
    /// Whether the deal is already flagged overdue in this stage.
    pub overdue: bool,
    /// The deal's open payments: id and due instant.
    pub open_payments: &'a [(PaymentId, Timestamp)],
    /// Whether the campaign approves drafts left unreviewed past the SLA.
    pub auto_approve: bool,
}

/// The deadlines a deal in its current stage waits on: the creator's, or while
/// negotiating the brand's answer to the counter-offer.
pub fn open_deadlines(
    rules: &ReminderRules,
    waiting: &StageDeadlines,
    stage_at: Timestamp,
) -> Vec<(DeadlineKind, Timestamp)> {
    match *waiting {
        StageDeadlines::Offered { respond_by } => vec![(DeadlineKind::RespondBy, respond_by)],
        StageDeadlines::Contracted { draft_due } => vec![(DeadlineKind::DraftDue, draft_due)],
        StageDeadlines::ChangesRequested { draft_due } => {
            let turnaround = stage_at.checked_add(rules.revision_turnaround).unwrap_or(stage_at);
            vec![(DeadlineKind::RevisionDue, turnaround.max(draft_due))]
        }
        StageDeadlines::Approved { publish_window } => {
            vec![(DeadlineKind::PublishOpens, publish_window.opens), (DeadlineKind::PublishBy, publish_window.closes)]
        }
        StageDeadlines::Negotiating => vec![(DeadlineKind::CounterAnswer, counter_deadline(rules, stage_at))],
        StageDeadlines::InReview { .. } | StageDeadlines::Nothing => Vec::new(),
    }
}

/// When the brand's answer to a counter-offer that arrived at `countered` is due.
pub fn counter_deadline(rules: &ReminderRules, countered: Timestamp) -> Timestamp {
    countered.checked_add(rules.counter_answer).unwrap_or(countered)
}

/// When a review SLA of `sla_hours` for a draft that arrived at `review_started` runs out.
pub fn review_deadline(sla_hours: u32, review_started: Timestamp) -> Timestamp {
    let sla = SignedDuration::from_hours(i64::from(sla_hours));
    review_started.checked_add(sla).unwrap_or(review_started)
}

/// The creator's reminders for one deadline, from `now` on: past offsets are dropped,
/// quiet hours respected, and two offsets that land on one instant are sent once.
pub fn plan_deadline(
    rules: &ReminderRules,
    kind: DeadlineKind,
    due: Timestamp,
    now: Timestamp,
    zone: &TimeZoneName,
) -> Vec<Planned> {
    plan_offsets(rules, Action::Remind(kind), kind, due, now, Some(zone))
}

/// Reminders at the rules' offsets around `due`, quiet hours applied in `zone` (none
/// for the operators, who keep office hours of their own).
fn plan_offsets(
    rules: &ReminderRules,
    action: Action,
    kind: DeadlineKind,
    due: Timestamp,
    now: Timestamp,
    zone: Option<&TimeZoneName>,
) -> Vec<Planned> {
    let mut out: Vec<Planned> = Vec::new();
    let mut offsets = rules.offsets_minutes.clone();
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    for minutes in offsets {
        if (minutes == 0 && !kind.reminds_at()) || (minutes < 0 && !kind.reminds_after()) {
            continue;
        }
        let Ok(at) = due.checked_sub(SignedDuration::from_mins(minutes)) else {
            continue;
        };
        let send_at = match zone {
            Some(zone) => rules.quiet.shift(at, due, zone),
            None => at,
        };
        if send_at < now || out.iter().any(|p| p.send_at == send_at) {
            continue;
        }
        out.push(Planned { action, due, send_at });
    }
    out
}

/// Everything to schedule for a deal as it stands at `now`: the creator's reminders of
/// its open deadlines and the overdue flag at each draft or publish deadline; expiry
/// while offered; while in review, auto-approval at the SLA when the campaign allows
/// it, else an alert to the operators; and the operators' reminders of open payments.
pub fn plan_deal(rules: &ReminderRules, facts: &DealFacts<'_>, now: Timestamp) -> Vec<Planned> {
    let mut out = Vec::new();
    for (kind, due) in open_deadlines(rules, &facts.waiting, facts.stage_at) {
        if kind == DeadlineKind::CounterAnswer {
            // The operators' reminders (their own hours, no quiet ones) and the expiry.
            // An offset at or before the counter's arrival would repeat the news of it.
            let reminders = plan_offsets(rules, Action::RemindCounter, kind, due, now, None);
            out.extend(reminders.into_iter().filter(|p| p.send_at > facts.stage_at));
            out.push(Planned { action: Action::Expire, due, send_at: due });
            continue;
        }
        // Likewise a creator reminder at the instant the deal entered its stage would
        // arrive with the notice that moved it there (an offer answerable 48 h from now).
        let reminders = plan_deadline(rules, kind, due, now, facts.zone);
        out.extend(reminders.into_iter().filter(|p| p.send_at > facts.stage_at));
        if kind.flags_overdue() && !facts.overdue {
            out.push(Planned { action: Action::MarkOverdue(kind), due, send_at: due });
        }
    }
    match facts.waiting {
        StageDeadlines::Offered { respond_by } => {
            out.push(Planned { action: Action::Expire, due: respond_by, send_at: respond_by });
        }
        StageDeadlines::InReview { review_sla_hours } => {
            let due = review_deadline(review_sla_hours, facts.stage_at);
            if facts.auto_approve {
                out.push(Planned { action: Action::AutoApprove, due, send_at: due });
            } else if due >= now {
                out.push(Planned { action: Action::ReviewOverdue, due, send_at: due });
            }
        }
        _ => {}
    }
    for (id, due) in facts.open_payments {
        out.extend(plan_offsets(rules, Action::RemindPayment(*id), DeadlineKind::PaymentDue, *due, now, None));
    }
    out
}

#[cfg(test)]
#[path = "reminder_tests.rs"]
mod tests;
