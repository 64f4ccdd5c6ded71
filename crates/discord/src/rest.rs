//! Discord REST as LinkStar calls it, with a `429`'s wait kept.
//!
//! Talking to Discord itself, serenity's rate limiter keeps to the per-route buckets and
//! waits out every `429` on its own. Redirected (`LINKSTAR_DISCORD_API_URL`, serenity's
//! `HttpBuilder::proxy`), serenity only sends with its limiter off and turns a `429` into
//! an error that keeps the status but neither the headers nor `retry_after` (its error
//! body has no such field). So on that path the same serenity [`Request`] is sent here,
//! through reqwest, and a refusal is read whole: `retry_after` from the JSON body, else
//! `X-RateLimit-Reset-After`, else `Retry-After`.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serenity::all::{
    ApplicationId, ChannelId, CreateInteractionResponse, CreateInteractionResponseFollowup, CreateMessage,
    EditInteractionResponse, Http, HttpError, InteractionId, LightMethod, PrivateChannel, Request, Route, UserId,
};

use linkstar_assistant::Reply;

use crate::mapping::messages;

/// The wait when a `429` names none (it always should).
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(1);
/// The longest wait believed; a larger value is a broken answer, not a plan.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// A REST call that did not succeed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RestError {
    /// `429 Too Many Requests`: try again after this long.
    #[error("rate limited by Discord; retry after {0:?}")]
    RateLimited(Duration),
    /// Discord answered with an error status (its JSON error code, `0` if none).
    #[error("Discord answered {status} (code {code}): {message}")]
    Refused {
        /// The HTTP status.
        status: u16,
        /// Discord's JSON error code (`50007`: DMs closed).
        code: i64,
        /// Discord's message.
        message: String,
    },
    /// Discord could not be reached, or the answer was cut off.
    #[error("Discord could not be reached: {0}")]
    Network(String),
    /// Anything else (a request serenity refused to build, an answer not understood).
    #[error("Discord call failed: {0}")]
    Other(String),
}

impl RestError {
    /// Worth another try: a `429`, a server error, a network failure.
    pub fn is_transient(&self) -> bool {
        match self {
            RestError::RateLimited(_) | RestError::Network(_) => true,
            RestError::Refused { status, .. } => *status >= 500,
            RestError::Other(_) => false,
        }
    }
}

/// An error with its causes, so a log line says why.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

impl From<serenity::Error> for RestError {
    fn from(e: serenity::Error) -> RestError {
        match &e {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 429 => {
                RestError::RateLimited(DEFAULT_RETRY_AFTER)
            }
            serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => RestError::Refused {
                status: r.status_code.as_u16(),
                code: i64::try_from(r.error.code).unwrap_or_default(),
                message: r.error.message.clone(),
            },
            serenity::Error::Http(HttpError::Request(_)) => RestError::Network(chain(&e)),
            _ => RestError::Other(chain(&e)),
        }
    }
}

/// How long a `429` asks to wait: the body's `retry_after` (seconds, fractional), else
/// `X-RateLimit-Reset-After`, else `Retry-After`; one second when none is readable.
pub fn retry_after(headers: &HeaderMap, body: &[u8]) -> Duration {
    let from_body = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("retry_after").and_then(serde_json::Value::as_f64));
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok());
    from_body
        .or_else(|| header("x-ratelimit-reset-after"))
        .or_else(|| header("retry-after"))
        .and_then(|secs: f64| Duration::try_from_secs_f64(secs).ok())
        .map_or(DEFAULT_RETRY_AFTER, |wait| wait.min(MAX_RETRY_AFTER))
}

/// A refused answer as an error: `429` with its wait, others with Discord's code.
fn refusal(status: u16, headers: &HeaderMap, body: &[u8]) -> RestError {
    if status == 429 {
        return RestError::RateLimited(retry_after(headers, body));
    }
    let json = serde_json::from_slice::<serde_json::Value>(body).unwrap_or_default();
    RestError::Refused {
        status,
        code: json.get("code").and_then(serde_json::Value::as_i64).unwrap_or_default(),
        message: json.get("message").and_then(serde_json::Value::as_str).unwrap_or_default().to_string(),
    }
}

/// The REST calls the bot and the delivery worker make. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Rest {
    http: Arc<Http>,
    client: reqwest::Client,
}

impl Rest {
    /// Calls through `http`; `client` sends the redirected requests (share one per process).
    pub fn new(http: Arc<Http>, client: reqwest::Client) -> Rest {
        Rest { http, client }
    }

    /// Sends a request: through serenity's rate limiter when it has one, else here, so
    /// a refusal keeps its `retry_after`.
    async fn call(&self, request: Request<'_>) -> Result<Vec<u8>, RestError> {
        if self.http.ratelimiter.is_some() {
            let response = self.http.request(request).await?;
            return response.bytes().await.map(|b| b.to_vec()).map_err(|e| RestError::Network(chain(&e)));
        }
        let built = request.build(&self.client, self.http.token(), self.http.proxy.as_deref())?;
        let built = built.build().map_err(|e| RestError::Other(chain(&e)))?;
        let response = self.client.execute(built).await.map_err(|e| RestError::Network(chain(&e)))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| RestError::Network(chain(&e)))?;
        if (200..300).contains(&status) { Ok(body.to_vec()) } else { Err(refusal(status, &headers, &body)) }
    }

    /// A request with a JSON body.
    async fn send(
        &self,
        route: Route<'_>,
        method: LightMethod,
        body: &impl serde::Serialize,
    ) -> Result<Vec<u8>, RestError> {
        let body = serde_json::to_vec(body).map_err(|e| RestError::Other(e.to_string()))?;
        self.call(Request::new(route, method).body(Some(body))).await
    }

    fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, RestError> {
        serde_json::from_slice(bytes).map_err(|e| RestError::Other(format!("answer not understood: {e}")))
    }

    /// Sends a reply as DMs to a user: opens (or reuses) the DM channel, then sends each
    /// piece of the reply in order.
    pub async fn dm(&self, user: UserId, reply: &Reply) -> Result<(), RestError> {
        let open = serde_json::json!({"recipient_id": user});
        let channel: PrivateChannel =
            Self::decode(&self.send(Route::UserMeDmChannels, LightMethod::Post, &open).await?)?;
        self.post(channel.id, reply).await
    }

    /// Posts a reply in a channel (an operators' alert channel, or a DM channel), piece
    /// by piece in order.
    pub async fn post(&self, channel: ChannelId, reply: &Reply) -> Result<(), RestError> {
        for (text, rows) in messages(reply) {
            let message = CreateMessage::new().content(text).components(rows);
            self.send(Route::ChannelMessages { channel_id: channel }, LightMethod::Post, &message).await?;
        }
        Ok(())
    }

    /// Answers an interaction (defer, acknowledge, update the message, open a modal).
    pub async fn respond(
        &self,
        interaction: InteractionId,
        token: &str,
        response: &CreateInteractionResponse,
    ) -> Result<(), RestError> {
        let route = Route::InteractionResponse { interaction_id: interaction, token };
        self.send(route, LightMethod::Post, response).await.map(drop)
    }

    /// Replaces a deferred interaction's "thinking…" response.
    pub async fn edit_original(
        &self,
        application: ApplicationId,
        token: &str,
        edit: &EditInteractionResponse,
    ) -> Result<(), RestError> {
        let route = Route::WebhookOriginalInteractionResponse { application_id: application, token };
        self.send(route, LightMethod::Patch, edit).await.map(drop)
    }

    /// Removes a deferred interaction's response (nothing to say).
    pub async fn delete_original(&self, application: ApplicationId, token: &str) -> Result<(), RestError> {
        let route = Route::WebhookOriginalInteractionResponse { application_id: application, token };
        self.call(Request::new(route, LightMethod::Delete)).await.map(drop)
    }

    /// A further message under an interaction.
    pub async fn followup(
        &self,
        application: ApplicationId,
        token: &str,
        message: &CreateInteractionResponseFollowup,
    ) -> Result<(), RestError> {
        let route = Route::WebhookFollowupMessages { application_id: application, token };
        self.send(route, LightMethod::Post, message).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).expect("header"));
        }
        h
    }

    #[test]
    fn the_wait_comes_from_the_body_then_the_headers() {
        let body = br#"{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}"#;
        assert_eq!(retry_after(&headers(&[("retry-after", "3")]), body), Duration::from_millis(2500));
        let h = headers(&[("retry-after", "3"), ("x-ratelimit-reset-after", "1.75")]);
        assert_eq!(retry_after(&h, b""), Duration::from_millis(1750));
        assert_eq!(retry_after(&headers(&[("retry-after", "3")]), b"not json"), Duration::from_secs(3));
        assert_eq!(retry_after(&HeaderMap::new(), b"{}"), DEFAULT_RETRY_AFTER);
        assert_eq!(retry_after(&headers(&[("retry-after", "-4")]), b""), DEFAULT_RETRY_AFTER);
        assert_eq!(retry_after(&headers(&[("retry-after", "1e9")]), b""), MAX_RETRY_AFTER);
    }

    #[test]
    fn refusals_keep_discords_code_and_429s_their_wait() {
        let closed =
            refusal(403, &HeaderMap::new(), br#"{"message": "Cannot send messages to this user", "code": 50007}"#);
        assert_eq!(
            closed,
            RestError::Refused { status: 403, code: 50007, message: "Cannot send messages to this user".into() }
        );
        assert!(!closed.is_transient());
        let limited = refusal(429, &HeaderMap::new(), br#"{"retry_after": 0.25}"#);
        assert_eq!(limited, RestError::RateLimited(Duration::from_millis(250)));
        assert!(limited.is_transient());
        let down = refusal(502, &HeaderMap::new(), b"bad gateway");
        assert_eq!(down, RestError::Refused { status: 502, code: 0, message: String::new() });
        assert!(down.is_transient());
    }
}
