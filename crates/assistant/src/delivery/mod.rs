//! The delivery worker: outbox rows to creators' chats and to operator alert chats.
//!
//! The worker is a continuous pipeline. It claims due rows under a lease (at most one
//! per recipient: the oldest pending, so every chat gets its messages in order) whenever
//! it has room — about a second of sends waiting, and at most `concurrency` messages in
//! hand — and gives each message a task of its own. The task renders the message in the
//! reader's language (the creator's, or the operators' configured language and zone for
//! a brand's alert chat on this platform), then waits until every limit allows it *at
//! that moment* ([`limits`]: the bot's pause after a `429`, the bot's `per_second`, the
//! chat's gap since the answer to its previous message — also as recorded in the
//! database, so it holds across restarts and between workers — and, for an operators'
//! group, the group's budget kept in the database), sends it, and records the outcome
//! as soon as its own answer is back. No task waits for another: a slow or failing send
//! holds up only its own chat.
//!
//! Outcomes: sent → marked sent at once; `429` → every send of the bot pauses for
//! `retry_after` (sends already waiting included) and the row is due again after it; a
//! blocked bot marks the chat unreachable (the row waits until the creator writes
//! again); other failures retry with exponential backoff and jitter, until
//! `max_attempts`.
//!
//! **At least once.** A row is marked sent only after the platform accepted the
//! message, by the message's own task, right after the answer. The worker renews the
//! leases of the rows it holds, so no other worker takes over a row it is still
//! waiting to send or sending. A message can therefore arrive twice only if the worker
//! dies while the message is on the wire — between the request leaving and the
//! `UPDATE` that marks it sent — or if the send outlived `send_timeout` (the platform
//! may still have taken it); the row then goes out again once its lease runs out.
//! Nothing is ever lost: a row stays pending until it is marked.

mod limits;
mod send;

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use jiff::{SignedDuration, Timestamp};
use tokio::sync::Notify;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use linkstar_app::StoreError;
use linkstar_app::chat_port::{ClaimedMessage, OutboxClaim};
use linkstar_core::alerts::AlertChat;
use linkstar_core::ids::{BrandId, OutboxId};
use linkstar_core::place::{ChatAccount, ChatPlatform};

use crate::engine::Assistant;
use crate::input::Reply;
use limits::Limits;

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

/// How the worker behaves.
#[derive(Debug, Clone)]
pub struct DeliveryConfig {
    /// This worker's name in leases (unique per process).
    pub owner: String,
    /// The platform it sends on.
    pub platform: ChatPlatform,
    /// Messages per second for the whole bot (Telegram: about 30), in any second.
    pub per_second: u32,
    /// Shortest gap between the answer to a chat's message and its next message
    /// (Telegram: one second).
    pub per_chat_gap: Duration,
    /// At most this many messages to one operators' group in any `group_window`
    /// (Telegram allows about 20 a minute in a group), counted in the database so the
    /// budget holds across restarts and workers; 0 for no limit beyond `per_chat_gap`.
    /// A backlog of alerts then waits its turn instead of drawing 429s, which would
    /// pause every creator's messages too.
    pub group_burst: u32,
    /// The window of `group_burst`.
    pub group_window: Duration,
    /// How long a claim holds rows before another worker may take them; renewed every
    /// third of it while the worker holds them.
    pub lease: Duration,
    /// How long to wait when nothing is due.
    pub idle_poll: Duration,
    /// First retry delay; doubled per attempt.
    pub backoff_base: Duration,
    /// Longest retry delay.
    pub backoff_max: Duration,
    /// Attempts before a row is given up as failed.
    pub max_attempts: u32,
    /// Messages in hand at once (waiting for a limit or in flight).
    pub concurrency: usize,
    /// A send not answered after this long counts as failed (and is retried); the
    /// platform may still have taken it, so it may arrive twice.
    pub send_timeout: Duration,
    /// The operator alert chats on this platform, by brand. Rows for other brands'
    /// operators are left to the worker of the platform that hosts their chat, or stay
    /// pending (visible in the dashboard) while they have none.
    pub operator_chats: BTreeMap<BrandId, AlertChat>,
}

impl DeliveryConfig {
    /// Telegram's limits: 30 messages a second overall, one a second per chat, 20 a
    /// minute per group.
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
            concurrency: 64,
            send_timeout: Duration::from_secs(90),
            operator_chats: BTreeMap::new(),
        }
    }
}

/// The worker. Run it with [`Delivery::run`] until its token is cancelled.
pub struct Delivery {
    assistant: Assistant,
    sender: Arc<dyn Sender>,
    config: DeliveryConfig,
    limits: Limits,
    /// Rows in hand (claimed and not yet recorded), so a re-claim never sends one twice.
    held: Mutex<HashSet<OutboxId>>,
    /// Messages in hand that have not left yet.
    waiting: AtomicUsize,
    /// Rung when a message leaves or is done, so the pipeline claims more.
    progress: Notify,
}

impl Delivery {
    /// A worker sending through `sender`.
    pub fn new(assistant: Assistant, sender: Arc<dyn Sender>, config: DeliveryConfig) -> Arc<Delivery> {
        let limits = Limits::new(config.per_second, config.per_chat_gap);
        Arc::new(Delivery {
            assistant,
            sender,
            config,
            limits,
            held: Mutex::new(HashSet::new()),
            waiting: AtomicUsize::new(0),
            progress: Notify::new(),
        })
    }

    /// Delivers until `stop` is cancelled, then gives back the rows not yet sent,
    /// finishes the sends in flight and returns.
    pub async fn run(self: Arc<Self>, stop: CancellationToken) {
        let renewing = CancellationToken::new();
        let renewer = tokio::spawn(self.clone().renew_leases(renewing.clone()));
        let mut tasks = JoinSet::new();
        while !stop.is_cancelled() {
            while tasks.try_join_next().is_some() {}
            let progressed = self.progress.notified();
            let room = self.room(tasks.len());
            if room == 0 {
                tokio::select! {
                    () = stop.cancelled() => {}
                    () = progressed => {}
                    () = tokio::time::sleep(self.config.idle_poll) => {}
                }
                continue;
            }
            let claimed = match self.claim(room).await {
                Ok(claimed) => claimed,
                Err(e) => {
                    tracing::error!(error = %e, "claiming outbox rows failed");
                    Vec::new()
                }
            };
            if claimed.is_empty() {
                tokio::select! {
                    () = stop.cancelled() => {}
                    () = tokio::time::sleep(self.config.idle_poll) => {}
                }
                self.limits.forget_idle();
                continue;
            }
            for message in claimed {
                self.spawn(&mut tasks, message, &stop);
            }
        }
        while tasks.join_next().await.is_some() {}
        renewing.cancel();
        let _ = renewer.await;
        tracing::info!(owner = %self.config.owner, "delivery worker stopped");
    }

    /// One claim, then waits until each claimed message is sent or given back. Returns
    /// how many rows it claimed. [`Delivery::run`] does not wait like this; this is for
    /// tests and tools that want one step at a time.
    pub async fn round(self: Arc<Self>, stop: &CancellationToken) -> Result<usize, StoreError> {
        let mut tasks = JoinSet::new();
        let claimed = self.claim(self.room(0)).await?;
        let count = claimed.len();
        for message in claimed {
            self.spawn(&mut tasks, message, stop);
        }
        while tasks.join_next().await.is_some() {}
        Ok(count)
    }

    /// How many more rows to claim with `in_hand` messages in hand: up to a second's
    /// worth waiting to leave, and never more than `concurrency` in hand.
    fn room(&self, in_hand: usize) -> usize {
        let per_second = self.config.per_second.max(1) as usize;
        let waiting = self.waiting.load(Ordering::Acquire);
        per_second.saturating_sub(waiting).min(self.config.concurrency.max(1).saturating_sub(in_hand))
    }

    async fn claim(&self, limit: usize) -> Result<Vec<ClaimedMessage>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let now = self.now();
        let operators: Vec<BrandId> = self.config.operator_chats.keys().copied().collect();
        let claim = OutboxClaim {
            owner: &self.config.owner,
            platform: self.config.platform,
            operators: &operators,
            now,
            lease_until: self.lease_from(now),
            limit: u32::try_from(limit).unwrap_or(u32::MAX),
        };
        let claimed = self.assistant.inner.chats.claim_outbox(&claim).await?;
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        // A row still in hand whose lease ran out (the process stalled) and that this
        // claim took again is already being sent: never start it twice.
        Ok(claimed.into_iter().filter(|m| held.insert(m.id)).collect())
    }

    fn spawn(self: &Arc<Self>, tasks: &mut JoinSet<()>, message: ClaimedMessage, stop: &CancellationToken) {
        self.waiting.fetch_add(1, Ordering::AcqRel);
        let (me, stop) = (self.clone(), stop.clone());
        tasks.spawn(async move {
            let id = message.id;
            let mut waiting = Waiting { delivery: &me, done: false };
            if let Err(e) = me.handle(message, &stop, &mut waiting).await {
                tracing::error!(error = %e, %id, "recording a delivery failed");
            }
            drop(waiting);
            me.held.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
            me.progress.notify_waiters();
        });
    }

    /// Extends the leases of the rows in hand every third of a lease, until `done`.
    async fn renew_leases(self: Arc<Self>, done: CancellationToken) {
        let every = (self.config.lease / 3).max(Duration::from_millis(100));
        loop {
            tokio::select! {
                () = done.cancelled() => return,
                () = tokio::time::sleep(every) => {}
            }
            // Only rows a task still works on: a row whose task ended without recording
            // it (a database error) is left to run out and be retried.
            let held: Vec<OutboxId> = self.held.lock().unwrap_or_else(|p| p.into_inner()).iter().copied().collect();
            let until = self.lease_from(self.now());
            if let Err(e) = self.assistant.inner.chats.outbox_renew(&self.config.owner, &held, until).await {
                tracing::warn!(error = %e, "renewing delivery leases failed");
            }
        }
    }

    fn lease_from(&self, now: Timestamp) -> Timestamp {
        let lease = SignedDuration::try_from(self.config.lease).unwrap_or(SignedDuration::from_secs(60));
        now.checked_add(lease).unwrap_or(now)
    }

    fn now(&self) -> Timestamp {
        self.assistant.app().clock().now()
    }

    fn later(&self, wait: Duration) -> Timestamp {
        let now = self.now();
        now.checked_add(SignedDuration::try_from(wait).unwrap_or(SignedDuration::ZERO)).unwrap_or(now)
    }
}

/// A message in hand that has not left yet: counted in [`Delivery::room`] until it leaves
/// or is given back.
struct Waiting<'a> {
    delivery: &'a Delivery,
    done: bool,
}

impl Waiting<'_> {
    /// The message left (or will not): it no longer counts as waiting.
    fn over(&mut self) {
        if !self.done {
            self.done = true;
            self.delivery.waiting.fetch_sub(1, Ordering::AcqRel);
            self.delivery.progress.notify_waiters();
        }
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.over();
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
