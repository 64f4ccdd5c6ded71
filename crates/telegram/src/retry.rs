//! Bot API calls that must get through: answering a press, closing its buttons, sending
//! a reply. A `429` waits its `retry_after`; a server error, a timeout or a broken
//! connection backs off and tries again. A refusal that will not change (a bad request,
//! a blocked bot) is not repeated. The tries are bounded in number and in total wait,
//! and giving up is logged with the chat and the cause.

use std::future::Future;
use std::time::{Duration, Instant};

use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};

/// Tries per call: with 30 % of calls failing, all ten fail about 6 times in a million.
const ATTEMPTS: u32 = 10;
/// The longest a call is retried for in all (Telegram's `retry_after` is seconds).
const BUDGET: Duration = Duration::from_secs(90);
/// The first back-off after a server error; it doubles up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// How long to wait before trying again after `e`, or `None` when trying again cannot
/// help.
pub(crate) fn retry_wait(e: &RequestError, attempt: u32) -> Option<Duration> {
    match e {
        RequestError::RetryAfter(wait) => Some(wait.duration()),
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => Some(backoff(attempt)),
        RequestError::Api(ApiError::Unknown(text)) if transient(text) => Some(backoff(attempt)),
        _ => None,
    }
}

/// Whether an error the Bot API describes only in words is a passing one: anything but
/// a refusal of the request itself (a 5xx answer, a gateway timeout).
fn transient(description: &str) -> bool {
    const FINAL: [&str; 5] = ["Bad Request", "Forbidden", "Unauthorized", "Not Found", "Conflict"];
    !FINAL.iter().any(|prefix| description.starts_with(prefix))
}

/// Exponential back-off for the `attempt`-th retry (0-based).
pub(crate) fn backoff(attempt: u32) -> Duration {
    FIRST_BACKOFF.saturating_mul(2u32.saturating_pow(attempt.min(16))).min(MAX_BACKOFF)
}

/// Runs `call` until it succeeds, fails for good, or the tries run out; `what` and
/// `chat` name it in the log.
pub(crate) async fn persist<T, F, Fut>(what: &'static str, chat: ChatId, mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let started = Instant::now();
    let mut attempt = 0;
    loop {
        let e = match call().await {
            Ok(value) => return Ok(value),
            Err(e) => e,
        };
        let wait = retry_wait(&e, attempt).filter(|wait| attempt + 1 < ATTEMPTS && started.elapsed() + *wait <= BUDGET);
        let Some(wait) = wait else {
            tracing::error!(chat = chat.0, call = what, attempts = attempt + 1, error = %e, "a Bot API call failed; giving up");
            return Err(e);
        };
        tracing::warn!(chat = chat.0, call = what, attempt = attempt + 1, error = %e, ?wait, "a Bot API call failed; trying again");
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_passing_failures_are_retried() {
        let server = RequestError::Api(ApiError::Unknown("Internal Server Error".into()));
        assert_eq!(retry_wait(&server, 0), Some(FIRST_BACKOFF));
        let bad = RequestError::Api(ApiError::Unknown("Bad Request: chat not found".into()));
        assert_eq!(retry_wait(&bad, 0), None);
        assert_eq!(retry_wait(&RequestError::Api(ApiError::BotBlocked), 0), None);
        let flood = RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(3));
        assert_eq!(retry_wait(&flood, 5), Some(Duration::from_secs(3)));
        assert_eq!(backoff(30), MAX_BACKOFF);
    }
}
