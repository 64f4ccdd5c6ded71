//! Metrics fetchers: adapters of the app's [`MetricsFetcher`] port to platform APIs.
//! The base URL of each API comes from configuration, so tests point the real client at
//! a fake server on 127.0.0.1.
//!
//! [`MetricsFetcher`]: linkstar_app::MetricsFetcher

mod youtube;

pub use youtube::{YOUTUBE_API_URL, YouTubeFetcher};
