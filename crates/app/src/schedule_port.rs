//! The storage port of the reminder scheduler: claiming due scheduled rows under a
//! lease. Planning, cancelling and finishing rows happen inside [`App`](crate::App)
//! operations through the last methods of [`Tx`](crate::Tx).

use async_trait::async_trait;

use linkstar_core::ids::DealId;
use linkstar_core::reminder::{Action, Planned};
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

/// Storage for the scheduler.
#[async_trait]
pub trait ScheduleStore: Send + Sync {
    /// Claims due pending rows, oldest first (`FOR UPDATE SKIP LOCKED` on PostgreSQL).
    async fn claim_reminders(&self, claim: &ReminderClaim<'_>) -> StoreResult<Vec<ClaimedReminder>>;
    /// A deal's pending rows, soonest first.
    async fn pending_reminders(&self, deal: DealId) -> StoreResult<Vec<ScheduledRow>>;
}
