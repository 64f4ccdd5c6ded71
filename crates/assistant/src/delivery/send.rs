//! One message's way out, in its own task: where it goes, its words, the limits at the
//! moment it leaves, the send, and its outcome recorded as soon as its answer is back.

use std::time::Duration;

use jiff::SignedDuration;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use linkstar_app::StoreError;
use linkstar_app::chat_port::{BudgetGrant, ChatBudget, ClaimedMessage};
use linkstar_core::alerts::AlertChat;
use linkstar_core::message::Recipient;
use linkstar_core::place::ChatAccount;
use linkstar_core::time::Timestamp;

use super::limits::{Permit, Verdict};
use super::{Delivery, SendError, Waiting, backoff};
use crate::input::Reply;

/// Where a claimed row goes.
enum Target {
    /// A creator, on their chosen chat here.
    Creator(ChatAccount),
    /// A brand's operator alert chat here.
    Operators(AlertChat),
}

impl Target {
    /// The chat, for its limits (in memory and in the database).
    fn key(&self) -> String {
        match self {
            Target::Creator(chat) => format!("{}:{}", chat.platform.as_str(), chat.external_id),
            Target::Operators(alert) => format!("{}:{}", alert.platform.as_str(), alert.chat_id),
        }
    }
}

impl Delivery {
    /// Delivers one claimed message: waits for its limits, sends it and records the
    /// outcome. `waiting` is marked over the moment the message leaves.
    pub(super) async fn handle(
        &self,
        message: ClaimedMessage,
        stop: &CancellationToken,
        waiting: &mut Waiting<'_>,
    ) -> Result<(), StoreError> {
        let chats = &self.assistant.inner.chats;
        let target = match message.recipient {
            Recipient::Creator(creator) => {
                chats.creator_chat(creator, self.config.platform).await?.map(Target::Creator)
            }
            Recipient::Operators(brand) => self.config.operator_chats.get(&brand).cloned().map(Target::Operators),
        };
        let Some(target) = target else {
            return self.release(&message).await;
        };
        let Some(reply) = self.render(&message, &target).await? else {
            return chats.outbox_failed(message.id, "the creator no longer exists").await;
        };
        let not_before = self.not_before(message.last_sent_at);
        let key = target.key();
        let (permit, slot) = loop {
            let permit = loop {
                match self.limits.check(&key, not_before) {
                    Verdict::Go(permit) => break permit,
                    Verdict::Wait(until) => {
                        tokio::select! {
                            () = stop.cancelled() => return self.release(&message).await,
                            () = tokio::time::sleep_until(until) => {}
                        }
                    }
                }
            };
            let Target::Operators(alert) = &target else { break (permit, None) };
            if self.config.group_burst == 0 {
                break (permit, None);
            }
            let slot = match self.reserve_group(alert).await {
                Ok(BudgetGrant::Granted(slot)) => slot,
                Ok(BudgetGrant::NotBefore(at)) => {
                    // The group's budget is spent (perhaps by another worker): the row
                    // waits in the database, not in a task.
                    self.limits.cancel(permit);
                    return chats.outbox_retry(message.id, at, false, "").await;
                }
                Err(e) => {
                    self.limits.cancel(permit);
                    self.release(&message).await?;
                    return Err(e);
                }
            };
            // Asking the database took time: a 429 that came back meanwhile holds this
            // send too.
            if self.limits.paused() {
                self.limits.cancel(permit);
                chats.chat_send_cancelled(slot).await?;
                continue;
            }
            break (permit, Some(slot));
        };
        waiting.over();
        let sent = self.dispatch(&target, &reply).await;
        self.finish(message, &target, permit, slot, sent).await
    }

    /// Sends, within `send_timeout`.
    async fn dispatch(&self, target: &Target, reply: &Reply) -> Result<(), SendError> {
        let send = async {
            match target {
                Target::Creator(chat) => self.sender.send(chat, reply).await,
                Target::Operators(alert) => match self.sender.send_to_group(&alert.chat_id, reply).await {
                    // The bot was removed from the alert chat: retried with backoff until
                    // someone adds it back, rather than marking any creator unreachable.
                    Err(SendError::Blocked) => Err(SendError::Failed("the bot cannot post in the alert chat".into())),
                    other => other,
                },
            }
        };
        match tokio::time::timeout(self.config.send_timeout, send).await {
            Ok(sent) => sent,
            Err(_) => Err(SendError::Failed(format!("no answer within {:?}", self.config.send_timeout))),
        }
    }

    /// Records the answer: first the limits (a `429` pauses every send at once), then
    /// the row — marked sent right away, before anything else — then the group's budget.
    async fn finish(
        &self,
        message: ClaimedMessage,
        target: &Target,
        permit: Permit,
        slot: Option<i64>,
        sent: Result<(), SendError>,
    ) -> Result<(), StoreError> {
        let chats = &self.assistant.inner.chats;
        let pause = match &sent {
            Err(SendError::RetryAfter(wait)) => Some(*wait),
            _ => None,
        };
        self.limits.answered(permit, pause);
        let refused = pause.is_some();
        let recorded = match sent {
            Ok(()) => chats.outbox_sent(message.id, self.now()).await,
            Err(SendError::RetryAfter(wait)) => {
                tracing::warn!(?wait, "rate limited by the platform; every send waits");
                chats.outbox_retry(message.id, self.later(wait), false, "429: retry after").await
            }
            Err(SendError::Blocked) => {
                if let Target::Creator(chat) = target
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
        };
        if let Some(slot) = slot {
            // A refused send did not count against the group; any other may have
            // reached it and counts from its answer.
            let noted = if refused {
                chats.chat_send_cancelled(slot).await
            } else {
                chats.chat_send_answered(slot, self.now()).await
            };
            if let Err(e) = noted {
                tracing::warn!(error = %e, "recording a send to an alert group failed");
            }
        }
        recorded
    }

    /// The message's words and buttons; `None` when the creator no longer exists.
    async fn render(&self, message: &ClaimedMessage, target: &Target) -> Result<Option<Reply>, StoreError> {
        match (target, message.recipient) {
            (Target::Creator(chat), Recipient::Creator(id)) => {
                let Some(creator) = self.assistant.inner.chats.find_creator_by_id(id).await? else {
                    return Ok(None);
                };
                Ok(Some(self.assistant.render_notice(&creator, chat, &message.notice).await?))
            }
            (Target::Operators(alert), _) => {
                // Operators read alerts in their configured language and zone, as plain text.
                let words = &self.assistant.inner.words;
                Ok(Some(Reply::text(words.notice_at(&message.notice, self.now(), &alert.locale, &alert.zone))))
            }
            (Target::Creator(_), Recipient::Operators(_)) => Ok(None),
        }
    }

    /// Asks the database for a send to an operators' group within its budget.
    async fn reserve_group(&self, alert: &AlertChat) -> Result<BudgetGrant, StoreError> {
        let span = |d: Duration| SignedDuration::try_from(d).unwrap_or(SignedDuration::MAX);
        let chat = format!("{}:{}", alert.platform.as_str(), alert.chat_id);
        let budget = ChatBudget {
            chat: &chat,
            now: self.now(),
            burst: self.config.group_burst,
            window: span(self.config.group_window),
            gap: span(self.config.per_chat_gap),
        };
        self.assistant.inner.chats.reserve_chat_send(&budget).await
    }

    /// When the chat's gap after its last recorded message (by any worker, before any
    /// restart) has passed, on the worker's monotonic clock.
    fn not_before(&self, last_sent: Option<Timestamp>) -> Instant {
        let now = Instant::now();
        let Some(last) = last_sent else { return now };
        // Timestamps are kept to the millisecond: one more covers the rounding.
        let gap = SignedDuration::try_from(self.config.per_chat_gap).unwrap_or(SignedDuration::ZERO);
        let ready = last.checked_add(gap + SignedDuration::from_millis(1)).unwrap_or(last);
        let wait = ready.duration_since(self.now());
        match Duration::try_from(wait) {
            Ok(wait) if !wait.is_zero() => now + wait.min(self.config.per_chat_gap + Duration::from_millis(1)),
            _ => now,
        }
    }

    /// Gives a claimed row back untouched.
    async fn release(&self, message: &ClaimedMessage) -> Result<(), StoreError> {
        self.assistant.inner.chats.outbox_retry(message.id, self.now(), false, "").await
    }
}
