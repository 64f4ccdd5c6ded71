//! Reminder planning: which deadline a deal is waiting on, when its reminders go out,
//! and the automatic transitions (expiry, auto-approval) that fall due with them.
//!
//! Offsets are exact durations (48 h before an instant is 48 h before it, whatever the
//! clocks do); quiet hours are civil times in the creator's IANA zone, computed with
//! jiff, so a DST change moves the end of quiet hours with the local clock.

use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::deal::Deal;
use crate::place::TimeZoneName;
use crate::stage::Stage;

/// A deadline a creator is reminded of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Answer the offer (the invite expires at this instant).
    RespondBy,
    /// Upload the draft.
    DraftDue,
    /// Publish the approved post before the publish window closes.
    PublishBy,
}

impl DeadlineKind {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            DeadlineKind::RespondBy => "respond_by",
            DeadlineKind::DraftDue => "draft_due",
            DeadlineKind::PublishBy => "publish_by",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text {
            "respond_by" => Ok(DeadlineKind::RespondBy),
            "draft_due" => Ok(DeadlineKind::DraftDue),
            "publish_by" => Ok(DeadlineKind::PublishBy),
            other => Err(DomainError::invalid("deadline", format!("unknown deadline {other:?}"))),
        }
    }

    /// Whether reminders after the deadline make sense (an expired invite cannot be
    /// answered, so respond-by gets none at or after its instant).
    fn reminds_after(&self) -> bool {
        !matches!(self, DeadlineKind::RespondBy)
    }
}

/// What a scheduled row does when it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Remind the creator of a deadline.
    Remind(DeadlineKind),
    /// Expire the unanswered offer.
    Expire,
    /// Approve the draft the brand left unreviewed past its SLA.
    AutoApprove,
}

impl Action {
    /// Stored name (`remind:draft_due`, `expire`, `auto_approve`).
    pub fn as_str(&self) -> String {
        match self {
            Action::Remind(kind) => format!("remind:{}", kind.as_str()),
            Action::Expire => "expire".into(),
            Action::AutoApprove => "auto_approve".into(),
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        match text {
            "expire" => Ok(Action::Expire),
            "auto_approve" => Ok(Action::AutoApprove),
            other => match other.strip_prefix("remind:") {
                Some(kind) => Ok(Action::Remind(DeadlineKind::parse(kind)?)),
                None => Err(DomainError::invalid("action", format!("unknown action {other:?}"))),
            },
        }
    }
}

/// The local hours in which a creator is not disturbed, `start` to `end` (wrapping over
/// midnight when `start > end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    /// Local time quiet hours begin.
    pub start: Time,
    /// Local time quiet hours end.
    pub end: Time,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self { start: Time::constant(22, 0, 0, 0), end: Time::constant(8, 0, 0, 0) }
    }
}

impl QuietHours {
    fn contains(&self, t: Time) -> bool {
        if self.start <= self.end { self.start <= t && t < self.end } else { t >= self.start || t < self.end }
    }

    /// Moves `at` to the end of quiet hours in `zone` if it falls inside them, unless
    /// `deadline` would pass first (then the reminder keeps its time: the deadline
    /// matters more than the quiet).
    pub fn shift(&self, at: Timestamp, deadline: Timestamp, zone: &TimeZoneName) -> Timestamp {
        let tz = zone.zone();
        let local = at.to_zoned_datetime(tz.clone());
        if !self.contains(local.time()) {
            return at;
        }
        let mut day = local.date();
        if local.time() >= self.end {
            day = day.tomorrow().unwrap_or(day);
        }
        // `to_zoned_datetime` resolves a time skipped by DST to the later instant.
        let Ok(end) = day.to_datetime(self.end).to_zoned_datetime(tz) else {
            return at;
        };
        let end = end.timestamp();
        if at < deadline && end > deadline { at } else { end }
    }
}

/// Reminder offsets relative to a deadline, in minutes (positive = before it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRules {
    /// Minutes before the deadline; 0 is at it, negative is after it.
    pub offsets_minutes: Vec<i64>,
    /// The creator's quiet hours.
    pub quiet: QuietHours,
}

impl Default for ReminderRules {
    /// 48 h and 24 h before, at the deadline, and 24 h overdue; quiet 22:00–08:00.
    fn default() -> Self {
        Self { offsets_minutes: vec![48 * 60, 24 * 60, 0, -24 * 60], quiet: QuietHours::default() }
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

/// The deadline a deal in its current stage is waiting on the creator for.
pub fn open_deadline(deal: &Deal) -> Option<(DeadlineKind, Timestamp)> {
    match deal.stage {
        Stage::Offered => Some((DeadlineKind::RespondBy, deal.terms.respond_by)),
        Stage::Contracted => Some((DeadlineKind::DraftDue, deal.terms.draft_due)),
        Stage::Approved => Some((DeadlineKind::PublishBy, deal.terms.publish_window.closes)),
        _ => None,
    }
}

/// The reminders for one deadline, from `now` on: past offsets are dropped, quiet
/// hours respected, and two offsets that land on one instant are sent once.
pub fn plan_deadline(
    rules: &ReminderRules,
    kind: DeadlineKind,
    due: Timestamp,
    now: Timestamp,
    zone: &TimeZoneName,
) -> Vec<Planned> {
    let mut out: Vec<Planned> = Vec::new();
    let mut offsets = rules.offsets_minutes.clone();
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    for minutes in offsets {
        if minutes <= 0 && !kind.reminds_after() {
            continue;
        }
        let Ok(at) = due.checked_sub(SignedDuration::from_mins(minutes)) else {
            continue;
        };
        let send_at = rules.quiet.shift(at, due, zone);
        if send_at < now || out.iter().any(|p| p.send_at == send_at) {
            continue;
        }
        out.push(Planned { action: Action::Remind(kind), due, send_at });
    }
    out
}

/// Everything to schedule for a deal as it stands at `now`: the reminders of its open
/// deadline, its expiry while offered, and its auto-approval while in review when the
/// campaign allows it (`review_started` is when the draft arrived).
pub fn plan_deal(
    rules: &ReminderRules,
    deal: &Deal,
    now: Timestamp,
    zone: &TimeZoneName,
    auto_approve: bool,
) -> Vec<Planned> {
    let mut out = Vec::new();
    if let Some((kind, due)) = open_deadline(deal) {
        out.extend(plan_deadline(rules, kind, due, now, zone));
    }
    match deal.stage {
        Stage::Offered => {
            let due = deal.terms.respond_by;
            out.push(Planned { action: Action::Expire, due, send_at: due });
        }
        Stage::InReview if auto_approve => {
            let sla = SignedDuration::from_hours(i64::from(deal.terms.review_sla_hours));
            if let Ok(due) = now.checked_add(sla) {
                out.push(Planned { action: Action::AutoApprove, due, send_at: due });
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
#[path = "reminder_tests.rs"]
mod tests;
