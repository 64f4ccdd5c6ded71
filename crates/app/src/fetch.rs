//! The metrics fetcher port: pulls a post's statistics from a platform's API. Adapters
//! (YouTube Data API in `linkstar-fetch`) implement it; [`crate::App::fetch_metrics`]
//! uses it, so operations never see HTTP.

use async_trait::async_trait;

use linkstar_core::metrics::FigureUpdate;
use linkstar_core::place::Platform;

/// Why a post's statistics could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The link is not a post this fetcher understands.
    #[error("not a {platform} post link: {url}")]
    NotSupported {
        /// The fetcher's platform.
        platform: &'static str,
        /// The link.
        url: String,
    },
    /// The platform does not know the post (deleted or private).
    #[error("the platform does not know this post")]
    NotFound,
    /// The platform refused the request (bad key, quota).
    #[error("the platform refused the request: {0}")]
    Refused(String),
    /// The platform could not be reached.
    #[error("network: {0}")]
    Network(String),
    /// The answer was not what the API describes.
    #[error("unexpected answer: {0}")]
    Decode(String),
}

impl FetchError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            FetchError::NotSupported { .. } => "fetch-not-supported",
            FetchError::NotFound => "fetch-not-found",
            FetchError::Refused(_) => "fetch-refused",
            FetchError::Network(_) => "fetch-network",
            FetchError::Decode(_) => "fetch-decode",
        }
    }
}

/// Fetches the statistics of live posts on one platform.
#[async_trait]
pub trait MetricsFetcher: Send + Sync {
    /// The platform whose posts this fetcher reads.
    fn platform(&self) -> Platform;
    /// The snapshot source name (`youtube`).
    fn source(&self) -> &'static str;
    /// The post's current figures; figures the platform does not report stay `None`.
    async fn fetch(&self, post_url: &str) -> Result<FigureUpdate, FetchError>;
}
