//! YouTube Data API v3 `videos.list` with `part=statistics`: views, likes and comments
//! of a video. Clicks, conversions and revenue come from the shop, not from YouTube.

use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use linkstar_app::{FetchError, MetricsFetcher};
use linkstar_core::checks::parse_post_link;
use linkstar_core::metrics::FigureUpdate;
use linkstar_core::place::Platform;

/// The API's public base URL.
pub const YOUTUBE_API_URL: &str = "https://www.googleapis.com";

/// Reads video statistics with an API key.
pub struct YouTubeFetcher {
    client: reqwest::Client,
    endpoint: url::Url,
    key: String,
}

impl std::fmt::Debug for YouTubeFetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The key is a secret: never shown.
        f.debug_struct("YouTubeFetcher").field("endpoint", &self.endpoint.as_str()).finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct VideoList {
    #[serde(default)]
    items: Vec<Video>,
}

#[derive(Deserialize)]
struct Video {
    statistics: Option<Statistics>,
}

/// Counts come as decimal strings; hidden ones are missing.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Statistics {
    view_count: Option<String>,
    like_count: Option<String>,
    comment_count: Option<String>,
}

#[derive(Deserialize)]
struct ApiError {
    error: ApiErrorBody,
}

#[derive(Deserialize)]
struct ApiErrorBody {
    #[serde(default)]
    message: String,
}

fn count(name: &str, value: Option<String>) -> Result<Option<i64>, FetchError> {
    value.map(|v| v.parse::<i64>().map_err(|_| FetchError::Decode(format!("{name} {v:?} is not a count")))).transpose()
}

impl YouTubeFetcher {
    /// A fetcher for the API at `base_url` (normally [`YOUTUBE_API_URL`]) with `api_key`.
    pub fn new(base_url: &str, api_key: &str) -> Result<Self, FetchError> {
        let base = url::Url::parse(base_url).map_err(|e| FetchError::Refused(format!("base URL {base_url:?}: {e}")))?;
        let endpoint = base.join("youtube/v3/videos").map_err(|e| FetchError::Refused(e.to_string()))?;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|e| FetchError::Network(e.to_string()))?;
        Ok(Self { client, endpoint, key: api_key.to_string() })
    }
}

#[async_trait]
impl MetricsFetcher for YouTubeFetcher {
    fn platform(&self) -> Platform {
        Platform::YouTube
    }

    fn source(&self) -> &'static str {
        "youtube"
    }

    async fn fetch(&self, post_url: &str) -> Result<FigureUpdate, FetchError> {
        let not_ours = || FetchError::NotSupported { platform: "youtube", url: post_url.to_string() };
        let link = parse_post_link(post_url).map_err(|_| not_ours())?;
        if link.platform != Platform::YouTube {
            return Err(not_ours());
        }
        let response = self
            .client
            .get(self.endpoint.clone())
            .query(&[("part", "statistics"), ("id", link.post_id.as_str()), ("key", self.key.as_str())])
            .send()
            .await
            // reqwest's message names the URL, which carries the key: keep only the kind.
            .map_err(|e| {
                FetchError::Network(if e.is_timeout() { "timed out".into() } else { "request failed".into() })
            })?;
        let status = response.status();
        let body = response.bytes().await.map_err(|_| FetchError::Network("reading the answer failed".into()))?;
        if !status.is_success() {
            let message = serde_json::from_slice::<ApiError>(&body).map(|e| e.error.message).unwrap_or_default();
            return Err(FetchError::Refused(format!("HTTP {}: {message}", status.as_u16())));
        }
        let list: VideoList = serde_json::from_slice(&body).map_err(|e| FetchError::Decode(e.to_string()))?;
        let video = list.items.into_iter().next().ok_or(FetchError::NotFound)?;
        let stats = video.statistics.ok_or_else(|| FetchError::Decode("no statistics in the answer".into()))?;
        Ok(FigureUpdate {
            views: count("viewCount", stats.view_count)?,
            likes: count("likeCount", stats.like_count)?,
            comments: count("commentCount", stats.comment_count)?,
            ..FigureUpdate::default()
        })
    }
}
