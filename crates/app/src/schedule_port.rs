//! The storage port of the reminder scheduler: claiming due scheduled rows under a
//! lease. Planning, cancelling and finishing rows happen inside [`App`](crate::App)
//! operations through the last methods of [`Tx`](crate::Tx).

use async_trait::async_trait;

use linkstar_core::campaign::Campaign;
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId, EventId, PaymentId};
use linkstar_core::place::TimeZoneName;
use linkstar_core::reminder::{Action, Planned, StageDeadlines};
use linkstar_core::time::Timestamp;

use crate::port::StoreResult;

/// A scheduled row claimed by one scheduler under a lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimedReminder {
    /// Row id.
    pub id: i64,
    /// The deal.
    pub deal: DealId,
    /// What to do.
    pub action: Action,
    /// The deadline it concerns.
    pub due: Timestamp,
    /// When it was planned to go out.
    pub send_at: Timestamp,
}

/// A claim of due scheduled rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderClaim<'a> {
    /// Who claims (unique per scheduler process).
    pub owner: &'a str,
    /// Now: rows planned at or before it, with no live lease.
    pub now: Timestamp,
    /// The lease ends here; an unfinished row is claimable again afterwards.
    pub lease_until: Timestamp,
    /// At most this many rows.
    pub limit: u32,
}

/// A pending scheduled row, as the dashboard lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduledRow {
    /// The deal.
    pub deal: DealId,
    /// What is planned.
    pub planned: Planned,
}

/// A scheduled row to insert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewReminder {
    /// The deal.
    pub deal: DealId,
    /// The deal's creator.
    pub creator: CreatorId,
    /// What, when.
    pub planned: Planned,
}

/// When a deal entered its current stage, and since when it is flagged overdue (both
/// kept by the store: a stage change resets them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DealClock {
    /// When the deal entered its stage.
    pub stage_at: Timestamp,
    /// The missed deadline, while the deal is flagged overdue in this stage.
    pub overdue_at: Option<Timestamp>,
}

/// What planning needs of a deal in a non-final stage: the back-fill reads it from a few
/// columns for deals with no scheduled rows at all, operations gather it when they
/// re-plan a deal they moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnplannedDeal {
    /// The deal.
    pub id: DealId,
    /// Its campaign (reminder policy, auto-approval).
    pub campaign: CampaignId,
    /// Its creator.
    pub creator: CreatorId,
    /// What it waits on in its stage.
    pub waiting: StageDeadlines,
    /// The creator's time zone.
    pub zone: TimeZoneName,
    /// Its stage clock.
    pub clock: DealClock,
    /// Open payments: id and due instant.
    pub open_payments: Vec<(PaymentId, Timestamp)>,
}

/// A page of deals with no scheduled rows, read for the back-fill, with the campaigns
/// their reminder policies come from.
#[derive(Debug, Clone, PartialEq)]
pub struct UnplannedPage {
    /// The audit chain's head, read before anything else: whatever changed after it has
    /// a later event, so a page whose head is still current holds.
    pub head: EventId,
    /// The deals, in id order.
    pub deals: Vec<UnplannedDeal>,
    /// Every campaign one of the deals belongs to.
    pub campaigns: Vec<Campaign>,
}

/// Which pending rows a listing shows (all of them when every filter is `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderFilter {
    /// Only this brand's deals.
    pub brand: Option<BrandId>,
    /// Only this deal.
    pub deal: Option<DealId>,
    /// Only this campaign's deals.
    pub campaign: Option<CampaignId>,
    /// At most this many rows, soonest first.
    pub limit: u32,
}

/// Storage for the scheduler.
#[async_trait]
pub trait ScheduleStore: Send + Sync {
    /// Claims due pending rows, oldest first (`FOR UPDATE SKIP LOCKED` on PostgreSQL).
    async fn claim_reminders(&self, claim: &ReminderClaim<'_>) -> StoreResult<Vec<ClaimedReminder>>;
    /// A deal's pending rows, soonest first.
    async fn pending_reminders(&self, deal: DealId) -> StoreResult<Vec<ScheduledRow>>;
    /// Pending rows of a deal, a campaign or everything, soonest first.
    async fn list_reminders(&self, filter: &ReminderFilter) -> StoreResult<Vec<ScheduledRow>>;
}
