//! Telling a demo database from any other, and whether its story is still today's.

use jiff::{SignedDuration, Timestamp};

use linkstar_app::{App, AppError};
use linkstar_core::ids::EventId;

use crate::{DemoError, HISTORY_DAYS, campaigns};

/// What a database holds, as far as the demo is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoState {
    /// Nothing yet: no event was ever recorded.
    Empty,
    /// The demo and nothing else; its story ended ("now") at `seeded_for`.
    Demo {
        /// The instant the demo was seeded for.
        seeded_for: Timestamp,
    },
    /// Data that is not (only) the demo's: never seed into it, never wipe it.
    Other,
}

/// Reads what the database behind `app` holds. A demo database starts with the creation
/// of the demo brand (its first audit event, [`HISTORY_DAYS`] before the demo's now) and
/// has no campaign but the demo's own.
pub async fn state(app: &App) -> Result<DemoState, DemoError> {
    let store = app.store();
    let first = store.audit_events(EventId(0), 1).await.map_err(AppError::from)?;
    let Some(first) = first.first() else {
        return Ok(DemoState::Empty);
    };
    let payload: serde_json::Value = serde_json::from_str(&first.event.payload).unwrap_or_default();
    let demo_brand = first.event.kind == "brand.create" && payload["name"] == campaigns::BRAND;
    let names = campaigns::NAMES;
    let campaigns = store.list_campaigns().await.map_err(AppError::from)?;
    if !demo_brand || !campaigns.iter().all(|c| names.contains(&c.spec.name.as_str())) {
        return Ok(DemoState::Other);
    }
    let seeded_for = first
        .event
        .at
        .checked_add(SignedDuration::from_hours(HISTORY_DAYS * 24))
        .map_err(|_| DemoError::Plan("time out of range"))?;
    Ok(DemoState::Demo { seeded_for })
}

/// Whether a demo seeded for `seeded_for` still tells today's story: it was seeded for
/// the same day as `now` in `zone` (the operator's), or later.
pub fn is_current(seeded_for: Timestamp, now: Timestamp, zone: &jiff::tz::TimeZone) -> bool {
    let day = |at: Timestamp| at.to_zoned_datetime(zone.clone()).date();
    day(seeded_for) >= day(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_demo_is_current_until_the_day_ends_where_the_operator_lives() {
        let seeded: Timestamp = "2026-12-04T09:00:00.123456Z".parse().expect("instant");
        let tokyo = jiff::tz::TimeZone::get("Asia/Tokyo").expect("zone");
        let la = jiff::tz::TimeZone::get("America/Los_Angeles").expect("zone");
        // 18:00 in Tokyo is the same day as the seed; 15:00 UTC is 00:00 the next day.
        assert!(is_current(seeded, "2026-12-04T09:00:00Z".parse().expect("i"), &tokyo));
        assert!(!is_current(seeded, "2026-12-04T15:00:00.5Z".parse().expect("i"), &tokyo));
        // In Los Angeles the seed was on the 4th at 01:00; the 5th starts at 08:00 UTC.
        assert!(is_current(seeded, "2026-12-05T07:59:59Z".parse().expect("i"), &la));
        assert!(!is_current(seeded, "2026-12-05T08:00:00Z".parse().expect("i"), &la));
    }
}
