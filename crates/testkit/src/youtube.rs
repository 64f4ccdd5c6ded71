//! A fake YouTube Data API on 127.0.0.1: `GET /youtube/v3/videos?part=statistics&id=…&key=…`
//! answers like the real `videos.list` (counts as strings, unknown ids as an empty list,
//! a wrong key as 400 with an error body), so the real fetcher's HTTP client runs in tests.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};

/// The API key the fake accepts.
pub const FAKE_YOUTUBE_KEY: &str = "test-youtube-key";

/// Statistics of one fake video: views, likes (hidden when `None`), comments.
pub type VideoStats = (u64, Option<u64>, u64);

#[derive(Default)]
struct Videos {
    stats: BTreeMap<String, VideoStats>,
    requests: u64,
}

/// A running fake; it stops with the test's runtime.
#[derive(Clone)]
pub struct FakeYouTube {
    /// The base URL to configure (`http://127.0.0.1:PORT/`).
    pub base_url: String,
    videos: Arc<Mutex<Videos>>,
}

impl FakeYouTube {
    /// Starts the fake on a free loopback port.
    pub async fn start() -> FakeYouTube {
        let videos = Arc::new(Mutex::new(Videos::default()));
        let app = Router::new().route("/youtube/v3/videos", get(videos_list)).with_state(videos.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local address");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeYouTube { base_url: format!("http://{addr}/"), videos }
    }

    /// Sets a video's statistics.
    pub fn set(&self, id: &str, stats: VideoStats) {
        if let Ok(mut v) = self.videos.lock() {
            v.stats.insert(id.to_string(), stats);
        }
    }

    /// Requests answered so far.
    pub fn requests(&self) -> u64 {
        self.videos.lock().map(|v| v.requests).unwrap_or(0)
    }
}

fn error(status: StatusCode, message: &str) -> (StatusCode, Json<Value>) {
    (status, Json(json!({ "error": { "code": status.as_u16(), "message": message, "errors": [] } })))
}

async fn videos_list(
    State(videos): State<Arc<Mutex<Videos>>>,
    Query(q): Query<HashMap<String, String>>,
) -> (StatusCode, Json<Value>) {
    let Ok(mut v) = videos.lock() else { return error(StatusCode::INTERNAL_SERVER_ERROR, "poisoned") };
    v.requests += 1;
    if q.get("key").map(String::as_str) != Some(FAKE_YOUTUBE_KEY) {
        return error(StatusCode::BAD_REQUEST, "API key not valid. Please pass a valid API key.");
    }
    if q.get("part").map(String::as_str) != Some("statistics") {
        return error(StatusCode::BAD_REQUEST, "part must be statistics");
    }
    let items: Vec<Value> = q
        .get("id")
        .into_iter()
        .flat_map(|ids| ids.split(','))
        .filter_map(|id| v.stats.get(id).map(|s| (id, *s)))
        .map(|(id, (views, likes, comments))| {
            let mut stats =
                json!({ "viewCount": views.to_string(), "favoriteCount": "0", "commentCount": comments.to_string() });
            if let (Some(likes), Some(obj)) = (likes, stats.as_object_mut()) {
                obj.insert("likeCount".into(), json!(likes.to_string()));
            }
            json!({ "kind": "youtube#video", "etag": "x", "id": id, "statistics": stats })
        })
        .collect();
    let total = items.len();
    (
        StatusCode::OK,
        Json(json!({ "kind": "youtube#videoListResponse", "etag": "x", "items": items,
                     "pageInfo": { "totalResults": total, "resultsPerPage": total } })),
    )
}
