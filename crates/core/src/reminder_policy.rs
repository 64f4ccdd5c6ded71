//! A campaign's reminder settings and the rules planning applies: offsets, quiet hours
//! in the creator's zone, the revision turnaround and the brand's time to answer a
//! counter-offer.

use jiff::SignedDuration;
use jiff::Timestamp;
use jiff::civil::Time;
use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::place::TimeZoneName;

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

/// A campaign's reminder settings, `"reminders"` in the campaign JSON. Every field may
/// be left out (campaigns saved before it existed load with the defaults).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReminderPolicy {
    /// Hours before each deadline a reminder goes out: 0 is at the deadline, negative
    /// is after it (overdue).
    pub offsets_hours: Vec<i64>,
    /// Hours a creator has for a new draft after the brand asks for changes (the
    /// revision is due at this or the contract's draft due date, whichever is later).
    pub revision_turnaround_hours: u32,
    /// Hours the brand has to answer a creator's counter-offer (take the fee or revise
    /// the offer) before the negotiation expires; also the creator's time to answer
    /// when the brand takes a fee after the offer's own respond-by has passed.
    pub counter_answer_hours: u32,
}

impl Default for ReminderPolicy {
    /// 48 h and 24 h before, at the deadline, 24 h overdue; 72 h for a revision; 48 h
    /// for the brand's answer to a counter-offer.
    fn default() -> Self {
        Self { offsets_hours: vec![48, 24, 0, -24], revision_turnaround_hours: 72, counter_answer_hours: 48 }
    }
}

impl ReminderPolicy {
    /// The most offsets a campaign may set.
    pub const MAX_OFFSETS: usize = 8;
    /// The farthest an offset may be from its deadline, in hours (30 days).
    pub const MAX_OFFSET_HOURS: i64 = 720;

    /// Checks the settings: 1–8 distinct offsets within 30 days of the deadline, and a
    /// revision turnaround and a counter-offer answer time of 1 hour to 30 days each.
    pub fn validate(&self) -> Result<(), DomainError> {
        let bad = |reason: String| Err(DomainError::invalid("reminders", reason));
        if self.offsets_hours.is_empty() || self.offsets_hours.len() > Self::MAX_OFFSETS {
            return bad(format!("reminders.offsets_hours needs 1 to {} offsets", Self::MAX_OFFSETS));
        }
        if let Some(h) = self.offsets_hours.iter().find(|h| h.abs() > Self::MAX_OFFSET_HOURS) {
            return bad(format!(
                "reminders.offsets_hours: {h} is out of range (-{max} to {max} hours)",
                max = Self::MAX_OFFSET_HOURS
            ));
        }
        let mut sorted = self.offsets_hours.clone();
        sorted.sort_unstable();
        if sorted.windows(2).any(|w| w[0] == w[1]) {
            return bad("reminders.offsets_hours lists an offset twice".into());
        }
        let max = u32::try_from(Self::MAX_OFFSET_HOURS).unwrap_or(u32::MAX);
        if !(1..=max).contains(&self.revision_turnaround_hours) {
            return bad(format!(
                "reminders.revision_turnaround_hours: {} is out of range (1 to {max} hours)",
                self.revision_turnaround_hours
            ));
        }
        if !(1..=max).contains(&self.counter_answer_hours) {
            return bad(format!(
                "reminders.counter_answer_hours: {} is out of range (1 to {max} hours)",
                self.counter_answer_hours
            ));
        }
        Ok(())
    }
}

/// Reminder offsets relative to a deadline, in minutes (positive = before it), the
/// quiet hours and the revision turnaround.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRules {
    /// Minutes before the deadline; 0 is at it, negative is after it.
    pub offsets_minutes: Vec<i64>,
    /// The creator's quiet hours.
    pub quiet: QuietHours,
    /// Time for a new draft after changes are requested.
    pub revision_turnaround: SignedDuration,
    /// Time the brand has to answer a counter-offer.
    pub counter_answer: SignedDuration,
}

impl Default for ReminderRules {
    /// The default [`ReminderPolicy`]; quiet 22:00–08:00.
    fn default() -> Self {
        Self::from_policy(&ReminderPolicy::default())
    }
}

impl ReminderRules {
    /// The rules of a campaign's policy.
    pub fn from_policy(policy: &ReminderPolicy) -> Self {
        Self {
            offsets_minutes: policy.offsets_hours.iter().map(|h| h.saturating_mul(60)).collect(),
            quiet: QuietHours::default(),
            revision_turnaround: SignedDuration::from_hours(i64::from(policy.revision_turnaround_hours)),
            counter_answer: SignedDuration::from_hours(i64::from(policy.counter_answer_hours)),
        }
    }
}
