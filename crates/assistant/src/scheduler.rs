//! The reminder scheduler of `linkstar serve`: claims due scheduled rows under a lease
//! and runs each (deal, action) once through [`App::run_scheduled`], which queues the
//! reminder in the outbox (rendered in the creator's language and zone when sent),
//! reminds the operators of a payment, expires the offer, approves the draft past its
//! SLA (or tells the operators it waits), or flags a missed deadline overdue.
//!
//! Rows are finished in the same transaction as their effect, so a crash before commit
//! leaves them pending (the lease runs out and another round runs them) and a crash
//! after leaves them done: a creator never gets one reminder twice. After downtime every
//! overdue row of one deadline is finished by one send, so catching up never floods.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use linkstar_app::ops::ScheduledOutcome;
use linkstar_app::schedule_port::{ReminderClaim, ScheduleStore};
use linkstar_app::{App, AppError};
use linkstar_core::time::Timestamp;

/// How the scheduler works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchedulerConfig {
    /// Lease owner name, unique per process.
    pub owner: String,
    /// How long a claim holds its rows.
    pub lease: Duration,
    /// Rows per claim.
    pub batch: u32,
    /// Wait between rounds when nothing was due.
    pub idle_poll: Duration,
}

impl SchedulerConfig {
    /// Defaults: 60 s lease, 200 rows a round, 5 s idle poll.
    pub fn new(owner: impl Into<String>) -> Self {
        Self { owner: owner.into(), lease: Duration::from_secs(60), batch: 200, idle_poll: Duration::from_secs(5) }
    }
}

/// What one round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoundReport {
    /// Rows claimed.
    pub claimed: usize,
    /// Reminders queued.
    pub reminded: usize,
    /// Offers expired.
    pub expired: usize,
    /// Drafts auto-approved.
    pub approved: usize,
    /// Deals flagged overdue.
    pub flagged: usize,
    /// Drafts past the review SLA the operators were told of.
    pub alerted: usize,
}

/// The scheduler.
pub struct Scheduler {
    app: App,
    store: Arc<dyn ScheduleStore>,
    config: SchedulerConfig,
}

impl Scheduler {
    /// A scheduler acting through `app` and claiming from `store`.
    pub fn new(app: App, store: Arc<dyn ScheduleStore>, config: SchedulerConfig) -> Self {
        Self { app, store, config }
    }

    /// Runs rounds until `stop` is cancelled.
    pub async fn run(&self, stop: CancellationToken) {
        while !stop.is_cancelled() {
            let idle = match self.round().await {
                Ok(r) => r.claimed == 0,
                Err(e) => {
                    tracing::error!(error = %e, "scheduler round failed");
                    true
                }
            };
            if idle {
                tokio::select! {
                    () = stop.cancelled() => {}
                    () = tokio::time::sleep(self.config.idle_poll) => {}
                }
            }
        }
        tracing::info!(owner = %self.config.owner, "scheduler stopped");
    }

    /// One round: claim due rows, run each deal's action once.
    pub async fn round(&self) -> Result<RoundReport, AppError> {
        let now = self.app.clock().now();
        let lease = jiff::SignedDuration::try_from(self.config.lease).unwrap_or(jiff::SignedDuration::from_secs(60));
        let lease_until: Timestamp = now.checked_add(lease).unwrap_or(now);
        let claim = ReminderClaim { owner: &self.config.owner, now, lease_until, limit: self.config.batch };
        let rows = self.store.claim_reminders(&claim).await?;
        let mut report = RoundReport { claimed: rows.len(), ..RoundReport::default() };
        let mut seen = HashSet::new();
        for row in &rows {
            if !seen.insert((row.deal, row.action)) {
                continue; // finished with the first row of the same deal and action
            }
            match self.app.run_scheduled(row).await {
                Ok(ScheduledOutcome::Reminded { .. }) => report.reminded += 1,
                Ok(ScheduledOutcome::Expired) => report.expired += 1,
                Ok(ScheduledOutcome::AutoApproved) => report.approved += 1,
                Ok(ScheduledOutcome::Flagged) => report.flagged += 1,
                Ok(ScheduledOutcome::Alerted) => report.alerted += 1,
                Ok(ScheduledOutcome::Skipped) => {}
                Err(e) => {
                    tracing::warn!(deal = %row.deal, action = %row.action.as_str(), error = %e, "scheduled row failed")
                }
            }
        }
        Ok(report)
    }
}
