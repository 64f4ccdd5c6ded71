//! The operators' activity timeline: creator messages in, operator actions, deliveries
//! and their failures, reminders — each with its creator and campaign by name — newest
//! first, filtered by campaign, creator and kind. [`crate::App::timeline`] reads it; the
//! store answers one paged query over the audit log and the outbox.

use linkstar_core::audit::{ActivityKind, Actor, AuditKind};
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId, EventId, OutboxId};
use linkstar_core::time::Timestamp;

/// Which entries a timeline lists. Empty `kinds` means every kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    /// Only this campaign's deals.
    pub campaign: Option<CampaignId>,
    /// Only this creator's deals.
    pub creator: Option<CreatorId>,
    /// Only these kinds; empty for all.
    pub kinds: Vec<ActivityKind>,
}

impl TimelineFilter {
    /// Whether entries of `kind` are listed.
    pub fn wants(&self, kind: ActivityKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }
}

/// One page of a timeline, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelinePage {
    /// Entries to skip.
    pub offset: u64,
    /// Page size.
    pub limit: u32,
}

/// What a timeline entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineWhat {
    /// Something recorded in the audit log.
    Event {
        /// The audit event.
        id: EventId,
        /// Its typed kind.
        kind: AuditKind,
        /// Who acted.
        actor: Actor,
    },
    /// A message the outbox delivered, or gave up on.
    Message {
        /// The outbox row.
        id: OutboxId,
        /// The notice's message id (`invite`, `changes-requested`, …).
        notice: String,
        /// Whether it went to the creator (else to the brand's operators).
        to_creator: bool,
        /// Why it failed, for failures.
        error: Option<String>,
    },
}

/// One entry of the timeline, with names rather than ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When it happened (a message: when it was sent, or queued if it failed).
    pub at: Timestamp,
    /// Its kind.
    pub kind: ActivityKind,
    /// What happened.
    pub what: TimelineWhat,
    /// The deal.
    pub deal: DealId,
    /// Campaign name.
    pub campaign: String,
    /// Creator name.
    pub creator: String,
    /// The creator's first handle as stored (`ana.lima`, without the `@`), if any.
    pub handle: Option<String>,
    /// The operator's name, when an operator acted.
    pub operator: Option<String>,
}

/// What the store answers for a timeline page: entries without operator names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    /// When.
    pub at: Timestamp,
    /// What.
    pub what: TimelineWhat,
    /// The deal.
    pub deal: DealId,
    /// Campaign name.
    pub campaign: String,
    /// Creator name.
    pub creator: String,
    /// The creator's first handle.
    pub handle: Option<String>,
}

impl TimelineRow {
    /// The row's kind: an event's from its kind and actor, a message's from its status.
    pub fn kind(&self) -> ActivityKind {
        match &self.what {
            TimelineWhat::Event { kind, actor, .. } => ActivityKind::of(kind, actor),
            TimelineWhat::Message { error: None, .. } => ActivityKind::Delivery,
            TimelineWhat::Message { error: Some(_), .. } => ActivityKind::DeliveryFailure,
        }
    }
}

/// A timeline query for the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineQuery {
    /// The operator's brand.
    pub brand: BrandId,
    /// The filter.
    pub filter: TimelineFilter,
    /// The page.
    pub page: TimelinePage,
}
