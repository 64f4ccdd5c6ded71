//! Instants and spans of time. Everything is stored in UTC; each creator has an IANA
//! time zone used only when showing times.

use serde::{Deserialize, Serialize};

use crate::DomainError;

pub use jiff::Timestamp;

/// A span between two instants, such as the publish window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Window {
    /// First instant inside the window.
    pub opens: Timestamp,
    /// Instant the window closes.
    pub closes: Timestamp,
}

impl Window {
    /// Builds a window, refusing one that closes before it opens.
    pub fn new(opens: Timestamp, closes: Timestamp) -> Result<Self, DomainError> {
        if closes <= opens {
            return Err(DomainError::invalid("window", "the window closes before it opens"));
        }
        Ok(Self { opens, closes })
    }

    /// Whether an instant falls inside the window.
    pub fn contains(&self, at: Timestamp) -> bool {
        self.opens <= at && at < self.closes
    }
}

/// Milliseconds since the Unix epoch, the form instants take in storage.
///
/// The millisecond is LinkStar's one precision for instants: the app's clock is read at
/// it ([`at_storage_precision`]) and terms are kept at it, so an instant written and
/// read back is the same instant, and a deadline computed from stored values equals
/// one computed from the deal (see [`same_instant`] for values stored before that).
pub fn to_millis(at: Timestamp) -> i64 {
    at.as_millisecond()
}

/// The inverse of [`to_millis`]; out-of-range values clamp to the representable range.
pub fn from_millis(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(if ms < 0 { Timestamp::MIN } else { Timestamp::MAX })
}

/// `at` cut to the storage precision (whole milliseconds, the rest dropped): what
/// [`from_millis`]`(`[`to_millis`]`(at))` gives back.
pub fn at_storage_precision(at: Timestamp) -> Timestamp {
    from_millis(to_millis(at))
}

/// Whether two instants are the same at the storage precision. Deadlines compare this
/// way, so a deadline from terms saved with sub-millisecond digits (before terms were
/// kept to the millisecond) still matches the scheduled row that names it.
pub fn same_instant(a: Timestamp, b: Timestamp) -> bool {
    to_millis(a) == to_millis(b)
}

/// Parses an RFC 3339 instant (`2026-12-01T09:00:00Z`) or a plain date (`2026-12-01`,
/// meaning midnight UTC).
pub fn parse_instant(text: &str) -> Result<Timestamp, DomainError> {
    let text = text.trim();
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Ok(ts);
    }
    text.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
        .map(|z| z.timestamp())
        .ok_or_else(|| DomainError::invalid("time", format!("{text:?} is not a date or RFC 3339 time")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_precision_is_the_whole_millisecond() {
        let at: Timestamp = "2026-12-04T10:15:30.123456789Z".parse().expect("instant");
        let cut = at_storage_precision(at);
        assert_eq!(cut, "2026-12-04T10:15:30.123Z".parse::<Timestamp>().expect("instant"));
        assert_eq!(from_millis(to_millis(at)), cut, "a stored instant reads back as the cut one");
        assert_eq!(at_storage_precision(cut), cut);
        assert!(same_instant(at, cut));
        assert!(!same_instant(at, cut.checked_add(jiff::SignedDuration::from_millis(1)).expect("later")));
    }
}
