//! The clock port: operations ask it for "now" so tests can fix or move time.

use std::sync::Mutex;

use linkstar_core::time::Timestamp;

/// Where operations get the current time.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> Timestamp;
}

/// Reads another clock at the storage precision (whole milliseconds,
/// [`linkstar_core::time::at_storage_precision`]). [`App`](crate::App) reads time
/// through it, so every instant an operation writes reads back unchanged and a deadline
/// computed from a stored row equals one computed from the deal.
pub(crate) struct StoragePrecision(pub(crate) std::sync::Arc<dyn Clock>);

impl Clock for StoragePrecision {
    fn now(&self) -> Timestamp {
        linkstar_core::time::at_storage_precision(self.0.now())
    }
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that only moves when told, for tests and demo seeding.
#[derive(Debug)]
pub struct ManualClock(Mutex<Timestamp>);

impl ManualClock {
    /// A clock stopped at `at`.
    pub fn new(at: Timestamp) -> Self {
        Self(Mutex::new(at))
    }

    /// Moves the clock to `at`.
    pub fn set(&self, at: Timestamp) {
        if let Ok(mut now) = self.0.lock() {
            *now = at;
        }
    }

    /// Moves the clock forward by `hours`.
    pub fn advance_hours(&self, hours: i64) {
        if let Ok(mut now) = self.0.lock() {
            *now = now.checked_add(jiff::SignedDuration::from_hours(hours)).unwrap_or(*now);
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        self.0.lock().map(|t| *t).unwrap_or_else(|p| *p.into_inner())
    }
}
