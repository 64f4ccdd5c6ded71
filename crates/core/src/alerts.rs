//! Operator alerts: where a brand's alert chat is, and the daily digest it gets.
//!
//! The digest is composed here from facts the store gathers (open deals, unpaid
//! payments, unreachable creators) and stored in the outbox as data, so it is rendered
//! in the operators' language when it is sent. The operators' *day* is their local
//! calendar day in their time zone; "overdue" and "due today" are measured against it.

use jiff::civil::{Date, Time};
use serde::{Deserialize, Serialize};

use crate::deal::Deal;
use crate::error::DomainError;
use crate::ids::DealId;
use crate::money::Money;
use crate::place::{ChatPlatform, Locale, TimeZoneName};
use crate::stage::Stage;
use crate::time::Timestamp;

/// How many items of each digest section are listed (the rest are counted).
pub const DIGEST_TOP: usize = 5;

/// A brand's operator alert chat, as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertChat {
    /// The chat on its platform: a Telegram group's chat id or a Discord channel id.
    pub platform: ChatPlatform,
    /// The platform's id for the group or channel.
    pub chat_id: String,
    /// The operators' language.
    pub locale: Locale,
    /// The operators' time zone: dates in alerts and the digest's day.
    pub zone: TimeZoneName,
    /// Local time of day the daily digest goes out.
    pub digest_at: Time,
}

impl AlertChat {
    /// Checks a chat id for its platform: Telegram chat ids are integers (groups are
    /// negative), Discord channel ids are positive 64-bit snowflakes.
    pub fn parse_chat_id(platform: ChatPlatform, id: &str) -> Result<String, DomainError> {
        let id = id.trim();
        let ok = match platform {
            ChatPlatform::Telegram => id.parse::<i64>().is_ok_and(|n| n != 0),
            ChatPlatform::Discord => id.parse::<u64>().is_ok_and(|n| n != 0),
        };
        if ok {
            Ok(id.to_string())
        } else {
            let what = match platform {
                ChatPlatform::Telegram => "a Telegram chat id is a non-zero integer (groups: -100…)",
                ChatPlatform::Discord => "a Discord channel id is a positive integer",
            };
            Err(DomainError::invalid("alert-chat", format!("{id:?}: {what}")))
        }
    }

    /// Parses the digest's local time, `HH:MM`.
    pub fn parse_digest_at(text: &str) -> Result<Time, DomainError> {
        let bad = || DomainError::invalid("digest-at", format!("{text:?} is not a time of day like 09:00"));
        let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
        let (h, m): (i8, i8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        Time::new(h, m, 0, 0).map_err(|_| bad())
    }
}

/// The operators' calendar day at `now`.
pub fn local_day(now: Timestamp, zone: &TimeZoneName) -> Date {
    now.to_zoned_datetime(zone.zone()).date()
}

/// The first instant of a local day and of the next one (23, 24 or 25 hours apart).
pub fn day_bounds(day: Date, zone: &TimeZoneName) -> (Timestamp, Timestamp) {
    let tz = zone.zone();
    let start = day.to_zoned_datetime(tz.clone()).map(|z| z.timestamp()).unwrap_or_default();
    let next = day.tomorrow().ok().and_then(|d| d.to_zoned_datetime(tz).ok()).map(|z| z.timestamp()).unwrap_or(start);
    (start, next)
}

/// When a day's digest is due: `at` local time on `day` (a time skipped by a DST change
/// moves forward, as the clocks do).
pub fn digest_due(day: Date, at: Time, zone: &TimeZoneName) -> Timestamp {
    day.to_datetime(at).to_zoned_datetime(zone.zone()).map(|z| z.timestamp()).unwrap_or_default()
}

/// A deadline a digest item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DigestDeadline {
    /// The creator's answer to the offer.
    RespondBy,
    /// The first draft.
    Draft,
    /// The live post (the publish window closes).
    Post,
}

/// One line of a digest section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DigestItem {
    /// A draft waiting for review past the SLA.
    Review {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// When the review fell due.
        due: Timestamp,
    },
    /// A counter-offer waiting for the brand's answer.
    Counter {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// The fee proposed, if known.
        fee: Option<Money>,
        /// Waiting since.
        since: Timestamp,
    },
    /// An unpaid payment.
    Payment {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Amount.
        amount: Money,
        /// Due date.
        due: Timestamp,
    },
    /// A creator no chat reaches.
    Unreachable {
        /// Creator name.
        creator: String,
        /// The platform their last chat was on.
        platform: ChatPlatform,
    },
    /// A deal's deadline.
    Deadline {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Which deadline.
        deadline: DigestDeadline,
        /// When.
        due: Timestamp,
    },
}

/// A digest section: how many, and the first [`DIGEST_TOP`] of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestSection {
    /// How many there are.
    pub count: u64,
    /// The most urgent ones, most urgent first.
    pub top: Vec<DigestItem>,
}

impl DigestSection {
    fn of(mut items: Vec<(Timestamp, DigestItem)>) -> DigestSection {
        items.sort_by_key(|(at, _)| *at);
        DigestSection {
            count: items.len() as u64,
            top: items.into_iter().take(DIGEST_TOP).map(|(_, item)| item).collect(),
        }
    }
}

/// The operators' daily digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// The operators' local day it is for.
    pub day: Date,
    /// Drafts waiting past their review SLA.
    pub reviews_late: DigestSection,
    /// Counter-offers waiting for an answer.
    pub counters: DigestSection,
    /// Payments due and unpaid past their due day.
    pub payments_overdue: DigestSection,
    /// Creators no chat reaches.
    pub unreachable: DigestSection,
    /// Deals whose draft or post deadline passed.
    pub deadlines_overdue: DigestSection,
    /// Deadlines and payments falling due later today.
    pub due_today: DigestSection,
}

impl Digest {
    /// Whether nothing needs the operators' attention.
    pub fn is_quiet(&self) -> bool {
        [
            &self.reviews_late,
            &self.counters,
            &self.payments_overdue,
            &self.unreachable,
            &self.deadlines_overdue,
            &self.due_today,
        ]
        .iter()
        .all(|s| s.count == 0)
    }
}

/// An open deal as the digest reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestDeal {
    /// The deal.
    pub deal: Deal,
    /// Creator name.
    pub creator: String,
    /// When the deal last moved (a draft under review arrived then).
    pub since: Timestamp,
}

/// An unpaid payment as the digest reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestPayment {
    /// The deal.
    pub deal: DealId,
    /// Creator name.
    pub creator: String,
    /// Amount.
    pub amount: Money,
    /// Due at.
    pub due: Timestamp,
}

/// What the store gathers for one brand's digest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DigestFacts {
    /// Open deals that may need attention (the store may include more; they are sorted out here).
    pub deals: Vec<DigestDeal>,
    /// Unpaid payments due before the day ends.
    pub payments: Vec<DigestPayment>,
    /// Creators with an open deal whose every chat is unreachable: name and platform.
    pub unreachable: Vec<(String, ChatPlatform)>,
}

/// Composes the digest for the operators' `day` as of `now`.
pub fn compose_digest(facts: &DigestFacts, day: Date, now: Timestamp, zone: &TimeZoneName) -> Digest {
    let (start, end) = day_bounds(day, zone);
    let (mut reviews, mut counters, mut overdue, mut today) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for d in &facts.deals {
        let (deal, creator) = (d.deal.id, d.creator.clone());
        let deadline = |deadline, due| DigestItem::Deadline { deal, creator: creator.clone(), deadline, due };
        match d.deal.stage {
            Stage::InReview => {
                let sla = jiff::SignedDuration::from_hours(i64::from(d.deal.terms.review_sla_hours));
                let due = d.since.checked_add(sla).unwrap_or(d.since);
                if due < now {
                    reviews.push((due, DigestItem::Review { deal, creator, due }));
                }
            }
            Stage::Negotiating => {
                let fee = d.deal.counter_fee;
                counters.push((d.since, DigestItem::Counter { deal, creator, fee, since: d.since }));
            }
            Stage::Offered => {
                let due = d.deal.terms.respond_by;
                if (now..end).contains(&due) {
                    today.push((due, deadline(DigestDeadline::RespondBy, due)));
                }
            }
            Stage::Contracted | Stage::Approved => {
                let (kind, due) = if d.deal.stage == Stage::Contracted {
                    (DigestDeadline::Draft, d.deal.terms.draft_due)
                } else {
                    (DigestDeadline::Post, d.deal.terms.publish_window.closes)
                };
                if due < now {
                    overdue.push((due, deadline(kind, due)));
                } else if due < end {
                    today.push((due, deadline(kind, due)));
                }
            }
            _ => {}
        }
    }
    let mut late_payments = Vec::new();
    for p in &facts.payments {
        let item = DigestItem::Payment { deal: p.deal, creator: p.creator.clone(), amount: p.amount, due: p.due };
        if p.due < start {
            late_payments.push((p.due, item));
        } else if p.due < end {
            today.push((p.due, item));
        }
    }
    let mut unreachable: Vec<_> = facts
        .unreachable
        .iter()
        .map(|(creator, platform)| {
            (Timestamp::UNIX_EPOCH, DigestItem::Unreachable { creator: creator.clone(), platform: *platform })
        })
        .collect();
    unreachable.sort_by(|a, b| item_name(&a.1).cmp(item_name(&b.1)));
    Digest {
        day,
        reviews_late: DigestSection::of(reviews),
        counters: DigestSection::of(counters),
        payments_overdue: DigestSection::of(late_payments),
        unreachable: DigestSection::of(unreachable),
        deadlines_overdue: DigestSection::of(overdue),
        due_today: DigestSection::of(today),
    }
}

fn item_name(item: &DigestItem) -> &str {
    match item {
        DigestItem::Review { creator, .. }
        | DigestItem::Counter { creator, .. }
        | DigestItem::Payment { creator, .. }
        | DigestItem::Unreachable { creator, .. }
        | DigestItem::Deadline { creator, .. } => creator,
    }
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;
