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
pub fn to_millis(at: Timestamp) -> i64 {
    at.as_millisecond()
}

/// The inverse of [`to_millis`]; out-of-range values clamp to the representable range.
pub fn from_millis(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(if ms < 0 { Timestamp::MIN } else { Timestamp::MAX })
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
