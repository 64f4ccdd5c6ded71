//! A fake Telegram Bot API server on 127.0.0.1, so the real teloxide client runs in
//! tests: it serves the methods LinkStar uses (getMe, getUpdates, getWebhookInfo, deleteWebhook,
//! setMyCommands, sendMessage, sendDocument, sendPhoto, answerCallbackQuery,
//! editMessageText, editMessageReplyMarkup, getFile and the file download path),
//! injects updates as a creator would, records every call, checks each call's method
//! and parameters (and each injected update) against the published API description,
//! and injects faults on demand (429 with retry_after, 500, slow answers, timeouts,
//! 403 blocked) or at random ([`FakeTelegram::chaos`]). Besides a creator's private
//! chat it plays groups, supergroups and channels, presses by another user, edited
//! messages and documents whose declared size is missing, wrong or beyond 32 bits
//! (see `inject.rs`).

mod inject;
mod server;
pub mod spec;
mod updates;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::Notify;

/// The bot token the fake accepts.
pub const TOKEN: &str = "123456:LINKSTAR-TEST-TOKEN";

/// A fault the fake answers with instead of doing the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// `429 Too Many Requests` with `retry_after` seconds.
    RetryAfter(u32),
    /// `500 Internal Server Error`.
    ServerError,
    /// Answers normally, after this long.
    Slow(Duration),
    /// Hangs for this long, then answers `504` without doing the call.
    Timeout(Duration),
}

/// One recorded call.
#[derive(Debug, Clone)]
pub struct Call {
    /// Method name.
    pub method: String,
    /// Parameters as sent.
    pub params: Value,
    /// HTTP status answered.
    pub status: u16,
    /// When it arrived.
    pub at: Instant,
}

/// A message the bot sent (a successful sendMessage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The chat.
    pub chat: i64,
    /// Its message id.
    pub message_id: i64,
    /// The text.
    pub text: String,
    /// The inline keyboard: (label, callback data) per button, row after row.
    pub buttons: Vec<(String, String)>,
}

/// A file the fake serves: its download path, its bytes, and the size `getFile` declares.
struct StoredFile {
    path: String,
    bytes: Vec<u8>,
    declared: Option<u64>,
}

/// Random faults: each call of the methods (all when empty) fails with this probability,
/// half of them `429 retry_after` and half `500`.
#[derive(Debug, Clone)]
struct Chaos {
    rate: f64,
    methods: HashSet<String>,
    retry_after: u32,
}

#[derive(Default)]
struct State {
    updates: VecDeque<Value>,
    log: Vec<Value>,
    forced: HashSet<i64>,
    next_update: i64,
    next_message: i64,
    calls: Vec<Call>,
    sent: Vec<(Sent, Instant)>,
    messages: HashMap<i64, Value>,
    files: HashMap<String, StoredFile>,
    downloads: Vec<String>,
    chaos: Option<Chaos>,
    faults: HashMap<String, VecDeque<Fault>>,
    blocked: HashSet<i64>,
    violations: Vec<String>,
}

/// The fake server. Dropping it stops it.
pub struct FakeTelegram {
    inner: Arc<Shared>,
    addr: std::net::SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

struct Shared {
    state: Mutex<State>,
    arrived: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl FakeTelegram {
    /// Starts a fake on a free loopback port.
    pub async fn start() -> FakeTelegram {
        let inner = Arc::new(Shared {
            state: Mutex::new(State { next_update: 1, next_message: 1, ..State::default() }),
            arrived: Notify::new(),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local address");
        let app = server::router(inner.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram { inner, addr, task }
    }

    /// The base URL to give the bot (`LINKSTAR_TELEGRAM_API_URL`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues an update (checked against the API description first); returns its id.
    pub fn inject(&self, mut update: Value) -> i64 {
        let mut s = self.inner.lock();
        let id = s.next_update;
        s.next_update += 1;
        update["update_id"] = Value::from(id);
        let problems = spec::check_object("Update", &update);
        s.violations.extend(problems.into_iter().map(|p| format!("injected update: {p}")));
        s.log.push(update.clone());
        s.updates.push_back(update);
        drop(s);
        self.inner.arrived.notify_waiters();
        id
    }

    /// Queues an update that was delivered before again, with the same id, as Telegram
    /// does when the bot did not confirm it.
    pub fn redeliver(&self, update: &Value) {
        let mut s = self.inner.lock();
        s.forced.insert(update["update_id"].as_i64().unwrap_or(0));
        s.updates.push_back(update.clone());
        drop(s);
        self.inner.arrived.notify_waiters();
    }

    /// The update with this id, as injected.
    pub fn injected(&self, update_id: i64) -> Option<Value> {
        self.inner.lock().log.iter().find(|u| u["update_id"] == update_id).cloned()
    }

    /// A creator writes `text` in their private chat.
    pub fn text(&self, chat: i64, language: Option<&str>, text: &str) -> i64 {
        let message = self.new_message(|id| updates::text_message(id, chat, language, text));
        self.inject(serde_json::json!({ "message": message }))
    }

    /// A creator sends a document with a caption; the bytes are served through getFile.
    pub fn document(
        &self,
        chat: i64,
        language: Option<&str>,
        name: &str,
        mime: &str,
        bytes: &[u8],
        caption: &str,
    ) -> i64 {
        self.document_declared(chat, language, name, mime, bytes, Some(bytes.len() as u64), caption)
    }

    /// A creator sends a document the fake claims is `size` bytes (nothing to download).
    pub fn big_document(&self, chat: i64, language: Option<&str>, name: &str, mime: &str, size: u64) -> i64 {
        let message =
            self.new_message(|id| updates::document_message(id, chat, language, "big", name, mime, Some(size), ""));
        self.inject(serde_json::json!({ "message": message }))
    }

    /// A creator presses a button of a message the bot sent.
    pub fn press(&self, chat: i64, language: Option<&str>, message_id: i64, data: &str) -> i64 {
        let message = self.inner.lock().messages.get(&message_id).cloned();
        let update = updates::callback(chat, language, message, data);
        self.inject(update)
    }

    fn new_message(&self, build: impl FnOnce(i64) -> Value) -> Value {
        let mut s = self.inner.lock();
        let id = s.next_message;
        s.next_message += 1;
        build(id)
    }

    /// Forgets every fault still queued, and stops random faults.
    pub fn clear_faults(&self) {
        let mut s = self.inner.lock();
        s.faults.clear();
        s.chaos = None;
    }

    /// From now on each call of `methods` (every method when empty) fails with
    /// probability `rate`: half `429` with `retry_after` seconds, half `500`. Queued
    /// faults ([`fault`](Self::fault)) come first.
    pub fn chaos(&self, rate: f64, retry_after: u32, methods: &[&str]) {
        let methods = methods.iter().map(|m| m.to_string()).collect();
        self.inner.lock().chaos = Some(Chaos { rate, methods, retry_after });
    }

    /// The file paths the bot downloaded, in order.
    pub fn downloads(&self) -> Vec<String> {
        self.inner.lock().downloads.clone()
    }

    /// Answers the next `times` calls of `method` with `fault`.
    pub fn fault(&self, method: &str, fault: Fault, times: usize) {
        let mut s = self.inner.lock();
        let queue = s.faults.entry(method.to_string()).or_default();
        queue.extend(std::iter::repeat_n(fault, times));
    }

    /// The user of `chat` blocks the bot: sends to it get `403`.
    pub fn block(&self, chat: i64) {
        self.inner.lock().blocked.insert(chat);
    }

    /// The user unblocks the bot.
    pub fn unblock(&self, chat: i64) {
        self.inner.lock().blocked.remove(&chat);
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().calls.clone()
    }

    /// Messages the bot sent to `chat`, in order.
    pub fn sent_to(&self, chat: i64) -> Vec<Sent> {
        self.inner.lock().sent.iter().filter(|(m, _)| m.chat == chat).map(|(m, _)| m.clone()).collect()
    }

    /// Every sent message with when it arrived.
    pub fn sent_times(&self) -> Vec<(Sent, Instant)> {
        self.inner.lock().sent.clone()
    }

    /// Calls or injected updates that break the API description.
    pub fn violations(&self) -> Vec<String> {
        self.inner.lock().violations.clone()
    }

    /// Updates not yet fetched by the bot.
    pub fn pending_updates(&self) -> usize {
        self.inner.lock().updates.len()
    }

    /// Waits until `chat` has received `count` messages; panics after `timeout` with
    /// what it did receive.
    pub async fn wait_for_messages(&self, chat: i64, count: usize, timeout: Duration) -> Vec<Sent> {
        let deadline = Instant::now() + timeout;
        loop {
            let sent = self.sent_to(chat);
            if sent.len() >= count {
                return sent;
            }
            assert!(Instant::now() < deadline, "chat {chat} got {} of {count} messages: {sent:#?}", sent.len());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.task.abort();
    }
}
