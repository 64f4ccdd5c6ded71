//! The worker's own rate limits, checked at the moment a message leaves.
//!
//! One lock holds the bot's pause (after a `429`), the bot's sliding window of recent
//! sends, and the state of every chat, so the check and the reservation are one step
//! and a send that passes it is dispatched without another `.await` in between that
//! could let a pause slip past.
//!
//! Sends are timed conservatively, from what the worker can know of when a message
//! reached the platform: not before it left, and not after its answer came back. A
//! chat's next message leaves only `gap` after the *answer* to its previous one, so the
//! platform sees at least `gap` between them however long the requests travelled. For
//! the bot's `per_second`, a send counts in the window from the moment it left and,
//! once answered, from its answer: `per_second` sends within any one second of each
//! other — counted that way — means no second at the platform holds more. A send still
//! unanswered a second after it left stops counting, so one hanging request never holds
//! the others up.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

/// How long a task waits before looking again at a chat that another message is
/// being sent to right now (two recipients sharing one chat).
const BUSY_RETRY: Duration = Duration::from_millis(20);
/// Unanswered sends older than this are forgotten (their task died).
const FORGET_AFTER: Duration = Duration::from_secs(600);

/// The bot's and the chats' limits in one place.
#[derive(Debug)]
pub(crate) struct Limits {
    per_second: usize,
    spacing: Duration,
    gap: Duration,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    paused_until: Option<Instant>,
    recent: VecDeque<Stamp>,
    last_left: Option<Instant>,
    chats: HashMap<String, Chat>,
    next_id: u64,
}

/// One recent send of the bot.
#[derive(Debug, Clone, Copy)]
struct Stamp {
    id: u64,
    at: Instant,
    answered: bool,
}

#[derive(Debug, Clone, Copy)]
struct Chat {
    busy: bool,
    last: Option<Instant>,
}

/// Leave to send one message now, reserved in the bot's window and on the chat.
#[derive(Debug)]
#[must_use = "a permit must be answered or cancelled"]
pub(crate) struct Permit {
    id: u64,
    key: String,
}

/// What a check says.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Send now.
    Go(Permit),
    /// Look again at this instant.
    Wait(Instant),
}

impl Limits {
    /// At most `per_second` sends in any second, evenly spaced, and `gap` between a
    /// chat's answer and its next message.
    pub(crate) fn new(per_second: u32, gap: Duration) -> Limits {
        let per_second = per_second.max(1);
        Limits {
            per_second: per_second as usize,
            spacing: Duration::from_secs(1) / per_second,
            gap,
            state: Mutex::new(State::default()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Checks every limit for a message to `chat` at this instant and, if all allow
    /// it, reserves it. `not_before` is the chat's own earliest time from elsewhere (its
    /// last message as recorded in the database).
    pub(crate) fn check(&self, chat: &str, not_before: Instant) -> Verdict {
        let now = Instant::now();
        let mut s = self.lock();
        if let Some(until) = s.paused_until
            && until > now
        {
            return Verdict::Wait(until);
        }
        let mut wait = not_before;
        match s.chats.get(chat) {
            Some(c) if c.busy => wait = wait.max(now + BUSY_RETRY),
            Some(Chat { last: Some(last), .. }) => wait = wait.max(*last + self.gap),
            _ => {}
        }
        if let Some(last) = s.last_left {
            wait = wait.max(last + self.spacing);
        }
        // An unanswered send is kept after it stops counting: its answer may still move it.
        s.recent.retain(|st| st.at + ONE_SECOND > now || (!st.answered && now.duration_since(st.at) < FORGET_AFTER));
        let mut counted: Vec<Instant> = s.recent.iter().filter(|st| st.at + ONE_SECOND > now).map(|st| st.at).collect();
        if counted.len() >= self.per_second {
            counted.sort_unstable();
            wait = wait.max(counted[counted.len() - self.per_second] + ONE_SECOND);
        }
        if wait > now {
            return Verdict::Wait(wait);
        }
        let id = s.next_id;
        s.next_id += 1;
        s.recent.push_back(Stamp { id, at: now, answered: false });
        s.last_left = Some(now);
        let entry = s.chats.entry(chat.to_string()).or_insert(Chat { busy: false, last: None });
        entry.busy = true;
        Verdict::Go(Permit { id, key: chat.to_string() })
    }

    /// Whether a `429` pauses every send right now.
    pub(crate) fn paused(&self) -> bool {
        self.lock().paused_until.is_some_and(|until| until > Instant::now())
    }

    /// The send's answer came back now; `pause` is the platform's `retry_after`, which
    /// holds every send of the bot (Telegram's limits are per bot) until it has passed.
    pub(crate) fn answered(&self, permit: Permit, pause: Option<Duration>) {
        let now = Instant::now();
        let mut s = self.lock();
        if let Some(wait) = pause {
            let until = now + wait;
            s.paused_until = Some(s.paused_until.map_or(until, |p| p.max(until)));
        }
        if let Some(st) = s.recent.iter_mut().find(|st| st.id == permit.id) {
            st.at = now;
            st.answered = true;
        }
        if let Some(c) = s.chats.get_mut(&permit.key) {
            c.busy = false;
            c.last = Some(now);
        }
    }

    /// Gives back a permit whose message did not leave.
    pub(crate) fn cancel(&self, permit: Permit) {
        let mut s = self.lock();
        s.recent.retain(|st| st.id != permit.id);
        if let Some(c) = s.chats.get_mut(&permit.key) {
            c.busy = false;
        }
    }

    /// Forgets chats whose gap has passed, so the map holds only recent chats.
    pub(crate) fn forget_idle(&self) {
        let now = Instant::now();
        let gap = self.gap;
        self.lock().chats.retain(|_, c| c.busy || c.last.is_some_and(|last| last + gap > now));
    }
}

const ONE_SECOND: Duration = Duration::from_secs(1);

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn waits(v: Verdict) -> Instant {
        match v {
            Verdict::Go(p) => panic!("expected to wait, got {p:?}"),
            Verdict::Wait(at) => at,
        }
    }

    /// Waits for leave as the worker does.
    async fn go(limits: &Limits, chat: &str) -> Permit {
        loop {
            match limits.check(chat, Instant::now()) {
                Verdict::Go(p) => return p,
                Verdict::Wait(at) => tokio::time::sleep_until(at).await,
            }
        }
    }

    /// `answered` at an instant between the two returned.
    fn answer(limits: &Limits, p: Permit, pause: Option<Duration>) -> (Instant, Instant) {
        let before = Instant::now();
        limits.answered(p, pause);
        (before, Instant::now())
    }

    #[tokio::test]
    async fn a_chat_waits_its_gap_from_the_answer_not_from_the_send() {
        let gap = 200 * MS;
        let limits = Limits::new(30, gap);
        let p = go(&limits, "a").await;
        let busy = waits(limits.check("a", Instant::now()));
        assert!(busy > Instant::now(), "busy while in flight");
        tokio::time::sleep(100 * MS).await;
        let (before, after) = answer(&limits, p, None);
        let at = waits(limits.check("a", Instant::now()));
        assert!(at >= before + gap && at <= after + gap, "{:?} after the answer", at - before);
        let other = go(&limits, "b").await;
        limits.cancel(other);
        tokio::time::sleep_until(at).await;
        assert!(matches!(limits.check("a", Instant::now()), Verdict::Go(_)));
        // The chat's gap as recorded elsewhere (the database) holds too.
        let later = Instant::now() + 50 * MS;
        assert_eq!(waits(limits.check("c", later)), later);
    }

    #[tokio::test]
    async fn the_window_counts_answered_sends_from_their_answer() {
        let limits = Limits::new(3, MS);
        let start = Instant::now();
        let mut permits = Vec::new();
        for chat in ["a", "b", "c"] {
            permits.push(go(&limits, chat).await);
        }
        // Unanswered, the three count from when they left: the fourth may leave about a
        // second after the first.
        let unanswered = waits(limits.check("d", Instant::now()));
        assert!(unanswered <= start + Duration::from_secs(1) + 20 * MS, "{:?}", unanswered - start);
        // Their answers come back late: they count from then.
        tokio::time::sleep(300 * MS).await;
        let mut answers = Vec::new();
        for p in permits {
            answers.push(answer(&limits, p, None));
        }
        let at = waits(limits.check("d", Instant::now()));
        assert!(at >= answers[0].0 + Duration::from_secs(1), "{:?}", at - answers[0].0);
        assert!(at <= answers[0].1 + Duration::from_secs(1));
        let d = go(&limits, "d").await;
        assert!(Instant::now() >= at);
        // A send never answered stops counting a second after it left.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let e = go(&limits, "e").await;
        limits.cancel(e);
        limits.cancel(d);
    }

    #[tokio::test]
    async fn a_pause_holds_every_chat_until_it_has_passed() {
        let limits = Limits::new(30, MS);
        let p = go(&limits, "a").await;
        let (before, after) = answer(&limits, p, Some(300 * MS));
        let at = waits(limits.check("b", Instant::now()));
        assert!(at >= before + 300 * MS && at <= after + 300 * MS);
        assert!(limits.paused());
        let b = go(&limits, "b").await;
        assert!(Instant::now() >= before + 300 * MS);
        assert!(!limits.paused());
        limits.cancel(b);
    }
}
