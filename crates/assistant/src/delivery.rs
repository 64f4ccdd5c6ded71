//! The delivery worker: outbox rows to creators' chats and to operator alert chats.
//!
//! Each round claims due rows under a lease (at most one per recipient: the oldest
//! pending, so every chat gets its messages in order), renders each in the reader's
//! language at send time — the creator's, or the operators' configured language and
//! zone for a brand's alert chat on this platform — waits for the platform's rate
//! limits (one shared limiter for the whole bot, one per chat, one per operators' group)
//! and sends. A sent row is marked sent; a `429` makes it due again after `retry_after`
//! and pauses the worker for as long; a blocked bot marks the chat unreachable (the row
//! waits until the creator writes again); other failures retry with exponential backoff
//! and jitter, until `max_attempts`.
//!
//! **At least once.** A row is marked sent only after the platform accepted the
//! message. If the process dies between the two — a few milliseconds — the lease runs
//! out and another round sends the message again. That window is the only way a message
//! can arrive twice; no message is ever lost, because a row stays pending until marked.

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use jiff::{SignedDuration, Timestamp};
use tokio::sync::Mutex;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use linkstar_app::StoreError;
use linkstar_app::chat_port::{ClaimedMessage, OutboxClaim};
use linkstar_core::alerts::AlertChat;
use linkstar_core::ids::BrandId;
use linkstar_core::message::Recipient;
use linkstar_core::place::{ChatAccount, ChatPlatform};

use crate::engine::Assistant;
use crate::input::Reply;

/// Why a platform did not take a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Too many requests: try again after this long.
    #[error("rate limited; retry after {0:?}")]
    RetryAfter(Duration),
    /// The user blocked the bot or left the chat.
    #[error("the user blocked the bot")]
    Blocked,
    /// Anything else (server error, timeout, network).
    #[error("{0}")]
    Failed(String),
}

/// A chat platform's way of sending a message.
#[async_trait]
pub trait Sender: Send + Sync + 'static {
    /// Sends one message with its buttons to a creator's chat.
    async fn send(&self, chat: &ChatAccount, reply: &Reply) -> Result<(), SendError>;
    /// Sends one message to an operators' group chat (Telegram) or channel (Discord).
    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError>;
}

/// Where a claimed row goes.
enum Target {
    /// A creator, on their chosen chat here.
    Creator(ChatAccount),
    /// A brand's operator alert chat here.
    Operators(AlertChat),
}

impl Target {
    /// The per-chat rate limiter's key.
    fn key(&self) -> String {
        match self {
            Target::Creator(chat) => chat.external_id.clone(),
            Target::Operators(alert) => format!("group:{}", alert.chat_id),
        }
    }
}

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct DeliveryConfig {
    /// This worker's name in leases (unique per process).
    pub owner: String,
    /// The platform it sends on.
    pub platform: ChatPlatform,
    /// Messages per second for the whole bot (Telegram: about 30).
    pub per_second: u32,
    /// Shortest gap between two messages to one chat (Telegram: one second).
    pub per_chat_gap: Duration,
    /// At most this many messages to one operators' group in any `group_window`
    /// (Telegram allows about 20 a minute in a group); 0 for no limit beyond
    /// `per_chat_gap`. A backlog of alerts then waits its turn instead of drawing 429s,
    /// which would pause every creator's messages too.
    pub group_burst: u32,
    /// The window of `group_burst`.
    pub group_window: Duration,
    /// How long a claim holds rows before another worker may take them.
    pub lease: Duration,
    /// How long to wait when nothing is due.
    pub idle_poll: Duration,
    /// First retry delay; doubled per attempt.
    pub backoff_base: Duration,
    /// Longest retry delay.
    pub backoff_max: Duration,
    /// Attempts before a row is given up as failed.
    pub max_attempts: u32,
    /// Sends in flight at once.
    pub concurrency: usize,
    /// The operator alert chats on this platform, by brand. Rows for other brands'
    /// operators are left to the worker of the platform that hosts their chat, or stay
    /// pending (visible in the dashboard) while they have none.
    pub operator_chats: BTreeMap<BrandId, AlertChat>,
}

impl DeliveryConfig {
    /// Telegram's limits: 30 messages a second overall, one a second per chat.
    pub fn telegram(owner: impl Into<String>) -> DeliveryConfig {
        DeliveryConfig {
            owner: owner.into(),
            platform: ChatPlatform::Telegram,
            per_second: 30,
            per_chat_gap: Duration::from_secs(1),
            group_burst: 20,
            group_window: Duration::from_secs(60),
            lease: Duration::from_secs(60),
            idle_poll: Duration::from_millis(200),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(600),
            max_attempts: 20,
            concurrency: 16,
            operator_chats: BTreeMap::new(),
        }
    }
}

/// The worker. Run it with [`Delivery::run`] until its token is cancelled.
pub struct Delivery {
    assistant: Assistant,
    sender: Arc<dyn Sender>,
    config: DeliveryConfig,
    global: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<String>,
    per_group: Option<DefaultKeyedRateLimiter<String>>,
    paused_until: Mutex<Option<tokio::time::Instant>>,
}

impl Delivery {
    /// A worker sending through `sender`.
    pub fn new(assistant: Assistant, sender: Arc<dyn Sender>, config: DeliveryConfig) -> Arc<Delivery> {
        let one = NonZeroU32::MIN;
        let every = Duration::from_secs(1) / config.per_second.max(1);
        let global = RateLimiter::direct(Quota::with_period(every).unwrap_or(Quota::per_second(one)).allow_burst(one));
        let per_chat = RateLimiter::keyed(
            Quota::with_period(config.per_chat_gap).unwrap_or(Quota::per_second(one)).allow_burst(one),
        );
        let per_group = NonZeroU32::new(config.group_burst).and_then(|burst| {
            let quota = Quota::with_period(config.group_window / burst.get())?.allow_burst(burst);
            Some(RateLimiter::keyed(quota))
        });
        Arc::new(Delivery { assistant, sender, config, global, per_chat, per_group, paused_until: Mutex::new(None) })
    }

    /// Delivers until `stop` is cancelled, then finishes the sends in flight and returns.
    pub async fn run(self: Arc<Self>, stop: CancellationToken) {
        while !stop.is_cancelled() {
            let idle = match self.clone().round(&stop).await {
                Ok(0) => true,
                Ok(_) => false,
                Err(e) => {
                    tracing::error!(error = %e, "delivery round failed");
                    true
                }
            };
            if idle {
                tokio::select! {
                    () = stop.cancelled() => {}
                    () = tokio::time::sleep(self.config.idle_poll) => {}
                }
            }
            self.per_chat.retain_recent();
            if let Some(per_group) = &self.per_group {
                per_group.retain_recent();
            }
        }
        tracing::info!(owner = %self.config.owner, "delivery worker stopped");
    }

    /// One round: claims due rows and sends them. Returns how many rows it claimed.
    pub async fn round(self: Arc<Self>, stop: &CancellationToken) -> Result<usize, StoreError> {
        let chats = &self.assistant.inner.chats;
        let now = self.now();
        let lease = SignedDuration::try_from(self.config.lease).unwrap_or(SignedDuration::from_secs(60));
        let operators: Vec<BrandId> = self.config.operator_chats.keys().copied().collect();
        let claim = OutboxClaim {
            owner: &self.config.owner,
            platform: self.config.platform,
            operators: &operators,
            now,
            lease_until: now.checked_add(lease).unwrap_or(now),
            limit: self.config.per_second.max(1),
        };
        let claimed = chats.claim_outbox(&claim).await?;
        let count = claimed.len();
        let mut sends = JoinSet::new();
        let slots = Arc::new(tokio::sync::Semaphore::new(self.config.concurrency.max(1)));
        for message in claimed {
            if stop.is_cancelled() {
                self.release(message).await?;
                continue;
            }
            let target = match message.recipient {
                Recipient::Creator(creator) => {
                    chats.creator_chat(creator, self.config.platform).await?.map(Target::Creator)
                }
                Recipient::Operators(brand) => self.config.operator_chats.get(&brand).cloned().map(Target::Operators),
            };
            let Some(target) = target else {
                self.release(message).await?;
                continue;
            };
            if let Some(wait) = self.not_yet(&target) {
                chats.outbox_retry(message.id, self.later(wait), false, "").await?;
                continue;
            }
            self.wait_for_pause().await;
            tokio::select! {
                () = stop.cancelled() => { self.release(message).await?; continue; }
                _ = self.global.until_ready() => {}
            }
            let Ok(slot) = slots.clone().acquire_owned().await else { break };
            let me = self.clone();
            sends.spawn(async move {
                if let Err(e) = me.deliver(message, target).await {
                    tracing::error!(error = %e, "recording a delivery failed");
                }
                drop(slot);
            });
        }
        while sends.join_next().await.is_some() {}
        Ok(count)
    }

    /// How long the chat's limits (and a group's own) make this message wait, if at all.
    fn not_yet(&self, target: &Target) -> Option<Duration> {
        let key = target.key();
        let now = DefaultClock::default().now();
        if let (Target::Operators(_), Some(per_group)) = (target, &self.per_group)
            && let Err(not_yet) = per_group.check_key(&key)
        {
            return Some(not_yet.wait_time_from(now));
        }
        self.per_chat.check_key(&key).err().map(|not_yet| not_yet.wait_time_from(now))
    }

    /// Renders and sends one message, then records the result.
    async fn deliver(&self, message: ClaimedMessage, target: Target) -> Result<(), StoreError> {
        let chats = &self.assistant.inner.chats;
        let sent = match (&target, message.recipient) {
            (Target::Creator(chat), Recipient::Creator(id)) => {
                let Some(creator) = chats.find_creator_by_id(id).await? else {
                    return chats.outbox_failed(message.id, "the creator no longer exists").await;
                };
                let reply = self.assistant.render_notice(&creator, chat, &message.notice).await?;
                self.sender.send(chat, &reply).await
            }
            (Target::Operators(alert), _) => {
                // Operators read alerts in their configured language and zone, as plain text.
                let words = &self.assistant.inner.words;
                let text = words.notice_at(&message.notice, self.now(), &alert.locale, &alert.zone);
                match self.sender.send_to_group(&alert.chat_id, &Reply::text(text)).await {
                    // The bot was removed from the alert chat: retried with backoff until
                    // someone adds it back, rather than marking any creator unreachable.
                    Err(SendError::Blocked) => Err(SendError::Failed("the bot cannot post in the alert chat".into())),
                    other => other,
                }
            }
            (Target::Creator(_), Recipient::Operators(_)) => Err(SendError::Failed("no chat for this row".into())),
        };
        match sent {
            Ok(()) => chats.outbox_sent(message.id, self.now()).await,
            Err(SendError::RetryAfter(wait)) => {
                tracing::warn!(?wait, "rate limited by the platform");
                *self.paused_until.lock().await = Some(tokio::time::Instant::now() + wait);
                chats.outbox_retry(message.id, self.later(wait), false, "429: retry after").await
            }
            Err(SendError::Blocked) => {
                if let Target::Creator(chat) = &target
                    && let Err(e) = self.assistant.app().set_chat_reachable(chat, false).await
                {
                    tracing::warn!(error = %e, "could not mark the chat unreachable");
                }
                chats.outbox_retry(message.id, self.now(), false, "blocked by the user").await
            }
            Err(SendError::Failed(why)) if message.attempts + 1 >= self.config.max_attempts => {
                tracing::error!(id = %message.id, %why, "giving up on a message");
                chats.outbox_failed(message.id, &why).await
            }
            Err(SendError::Failed(why)) => {
                let wait = backoff(&self.config, message.attempts);
                tracing::warn!(id = %message.id, %why, ?wait, "send failed; will retry");
                chats.outbox_retry(message.id, self.later(wait), true, &why).await
            }
        }
    }

    /// Gives a claimed row back untouched.
    async fn release(&self, message: ClaimedMessage) -> Result<(), StoreError> {
        self.assistant.inner.chats.outbox_retry(message.id, self.now(), false, "").await
    }

    async fn wait_for_pause(&self) {
        let until = *self.paused_until.lock().await;
        if let Some(until) = until {
            tokio::time::sleep_until(until).await;
        }
    }

    fn now(&self) -> Timestamp {
        self.assistant.app().clock().now()
    }

    fn later(&self, wait: Duration) -> Timestamp {
        let now = self.now();
        now.checked_add(SignedDuration::try_from(wait).unwrap_or(SignedDuration::ZERO)).unwrap_or(now)
    }
}

/// `base × 2^attempts`, at most `max`, with ±20 % jitter so failed rows spread out.
pub fn backoff(config: &DeliveryConfig, attempts: u32) -> Duration {
    let factor = 2u32.saturating_pow(attempts.min(20));
    let plain = config.backoff_base.saturating_mul(factor).min(config.backoff_max);
    let jitter = rand::random_range(0.8..1.2);
    plain.mul_f64(jitter).min(config.backoff_max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_ceiling() {
        let c = DeliveryConfig::telegram("t");
        let secs = |a| backoff(&c, a).as_secs_f64();
        assert!((1.6..=2.4).contains(&secs(0)));
        assert!((3.2..=4.8).contains(&secs(1)));
        assert!((6.4..=9.6).contains(&secs(2)));
        assert!(secs(30) <= 600.0);
    }

    #[test]
    fn the_worker_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Delivery>();
        shared::<Assistant>();
    }
}
