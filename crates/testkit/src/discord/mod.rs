//! A fake Discord on 127.0.0.1, so serenity's real client runs in tests: the REST
//! endpoints LinkStar calls (gateway discovery, the current user, global commands,
//! interaction callbacks, the original response and follow-ups, DM channels and
//! messages, attachment downloads), each request checked against Discord's OpenAPI
//! description ([`spec`]); every call recorded; faults on demand (`429` with
//! `retry_after`, `5xx`, closed DMs answering error 50007).

mod gateway;
mod server;
pub mod spec;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::Notify;

/// The bot token the fake accepts.
pub const TOKEN: &str = "MTA0NTY3ODkwMTIzNDU2Nzg5.GxYz12.linkstar-test-token-linkstar-test";
/// The bot's application (and user) id.
pub const APPLICATION_ID: u64 = 1_045_678_901_234_567_890;

/// A fault the fake answers with instead of doing the call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// `429 Too Many Requests`, retry after this many seconds.
    RetryAfter(f64),
    /// `500 Internal Server Error`.
    ServerError,
    /// `502 Bad Gateway`.
    BadGateway,
}

/// One recorded REST call.
#[derive(Debug, Clone)]
pub struct Call {
    /// HTTP method.
    pub method: String,
    /// Path without the `/api/v10` prefix.
    pub path: String,
    /// The JSON body, if any.
    pub body: Option<Value>,
    /// HTTP status answered.
    pub status: u16,
    /// When it arrived.
    pub at: Instant,
}

/// A message the bot posted: a DM, an interaction response or a follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    /// The user it went to (by DM channel or interaction).
    pub user: u64,
    /// Its message id.
    pub id: u64,
    /// The text.
    pub content: String,
    /// Buttons: (label, custom id), row after row.
    pub buttons: Vec<(String, String)>,
    /// Where: `dm`, `response` (the deferred original, edited) or `followup`.
    pub via: &'static str,
}

#[derive(Default)]
pub(crate) struct State {
    pub(crate) calls: Vec<Call>,
    pub(crate) problems: Vec<String>,
    pub(crate) posted: Vec<Posted>,
    /// (path substring, fault) applied once each, in order.
    pub(crate) faults: VecDeque<(String, Fault)>,
    pub(crate) dms_closed: HashSet<u64>,
    /// Interaction token → the user who caused it.
    pub(crate) interactions: HashMap<String, u64>,
    /// Interaction callbacks answered: (interaction token, callback type, body).
    pub(crate) callbacks: Vec<(String, u64, Value)>,
    pub(crate) attachments: HashMap<String, Vec<u8>>,
    pub(crate) next_id: u64,
    pub(crate) ws_url: String,
    /// Identify payloads received on the gateway.
    pub(crate) identified: Vec<Value>,
    /// The gateway session and its log of dispatches.
    pub(crate) session: gateway::Session,
}

/// The fake. Dropping it stops the server.
pub struct FakeDiscord {
    pub(crate) state: Arc<Mutex<State>>,
    pub(crate) changed: Arc<Notify>,
    url: String,
    task: tokio::task::JoinHandle<()>,
    gateway: tokio::task::JoinHandle<()>,
    signals: tokio::sync::broadcast::Sender<gateway::Signal>,
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        self.task.abort();
        self.gateway.abort();
    }
}

impl FakeDiscord {
    /// Starts the fake on a free port of 127.0.0.1.
    pub async fn start() -> FakeDiscord {
        let state = Arc::new(Mutex::new(State { next_id: 1_200_000_000_000_000_000, ..State::default() }));
        let changed = Arc::new(Notify::new());
        let (url, task) = server::serve(state.clone(), changed.clone()).await;
        let (signals, _) = tokio::sync::broadcast::channel(256);
        let (ws_url, gateway) = gateway::serve(state.clone(), changed.clone(), signals.clone()).await;
        state.lock().unwrap_or_else(|e| e.into_inner()).ws_url = ws_url;
        FakeDiscord { state, changed, url, task, gateway, signals }
    }

    /// The base URL to give as `LINKSTAR_DISCORD_API_URL` (replaces `https://discord.com`).
    pub fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Identify payloads the gateway received (one per connection that identified).
    pub fn identified(&self) -> Vec<Value> {
        self.lock().identified.clone()
    }

    /// Waits until a client identified on the gateway (and got Ready), or `timeout`.
    pub async fn wait_ready(&self, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            if !self.identified().is_empty() {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }

    /// Dispatches a gateway event (`INTERACTION_CREATE`, `MESSAGE_CREATE`) in the current
    /// session: sent to the connected client at once, or replayed when a disconnected
    /// one resumes.
    pub fn dispatch(&self, name: &str, data: Value) {
        self.lock().session.push(serde_json::json!({"op": 0, "t": name, "s": null, "d": data}));
        let _ = self.signals.send(gateway::Signal::Flush);
    }

    /// Asks connected clients to reconnect (op 7); they close and resume.
    pub fn ask_reconnect(&self) {
        let _ = self.signals.send(gateway::Signal::Reconnect);
    }

    /// Drops every gateway connection without a close frame, as a network failure would.
    pub fn drop_connections(&self) {
        let _ = self.signals.send(gateway::Signal::Drop);
    }

    /// The next resume is answered with Invalid Session (op 9, not resumable): the
    /// session ends and the client must identify again.
    pub fn refuse_next_resume(&self) {
        self.lock().session.refuse_resumes += 1;
    }

    /// Resumes the gateway accepted so far.
    pub fn resumed(&self) -> u32 {
        self.lock().session.resumed
    }

    /// Waits until `check` holds for the fake's state, or `timeout`; returns whether it did.
    pub async fn wait_until(&self, timeout: Duration, check: impl Fn(&FakeDiscord) -> bool) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            if check(self) {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }

    /// A creator's slash command, as Discord dispatches it from a DM: `options` as
    /// Discord sends them, `resolved` for attachments. Returns the interaction token.
    pub fn slash_command(&self, user: u64, locale: &str, name: &str, options: Value, resolved: Value) -> String {
        let data = serde_json::json!({"id": self.next_id().to_string(), "name": name, "type": 1,
            "options": options, "resolved": resolved});
        self.interaction(user, locale, 2, data, None)
    }

    /// A creator's button press on a message the bot sent. Returns the interaction token.
    pub fn button(&self, user: u64, locale: &str, custom_id: &str) -> String {
        let data = serde_json::json!({"custom_id": custom_id, "component_type": 2});
        let message = serde_json::json!({"id": self.next_id().to_string(), "channel_id": (user + 1).to_string(),
            "author": server::bot_user(), "type": 0, "content": "", "components": [],
            "timestamp": "2026-11-24T08:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false, "flags": 0});
        self.interaction(user, locale, 3, data, Some(message))
    }

    /// A creator's DM to the bot (MESSAGE_CREATE), text only.
    pub fn dm(&self, user: u64, text: &str) {
        let d = serde_json::json!({"id": self.next_id().to_string(), "channel_id": (user + 1).to_string(),
            "author": {"id": user.to_string(), "username": format!("creator{user}"), "discriminator": "0",
                "global_name": null, "avatar": null, "public_flags": 0},
            "type": 0, "content": text, "components": [],
            "timestamp": "2026-11-24T08:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false, "flags": 0});
        self.dispatch("MESSAGE_CREATE", d);
    }

    /// A creator's modal submit with one text field. Returns the interaction token.
    pub fn modal(&self, user: u64, locale: &str, custom_id: &str, value: &str) -> String {
        let data = serde_json::json!({"custom_id": custom_id, "components": [{"type": 1, "components": [
            {"type": 4, "custom_id": "amount", "value": value}]}]});
        self.interaction(user, locale, 5, data, None)
    }

    fn interaction(&self, user: u64, locale: &str, kind: u64, data: Value, message: Option<Value>) -> String {
        let id = self.next_id();
        let token = format!("itoken-{id}");
        self.lock().interactions.insert(token.clone(), user);
        let mut d = serde_json::json!({
            "id": id.to_string(), "application_id": APPLICATION_ID.to_string(), "type": kind, "data": data,
            "channel_id": (user + 1).to_string(),
            "channel": {"id": (user + 1).to_string(), "type": 1, "flags": 0, "last_message_id": null},
            "user": {"id": user.to_string(), "username": format!("creator{user}"), "discriminator": "0",
                "global_name": null, "avatar": null, "public_flags": 0},
            "token": token, "version": 1, "locale": locale, "app_permissions": "0", "entitlements": [],
            "authorizing_integration_owners": {"1": user.to_string()}, "context": 1, "attachment_size_limit": 26214400});
        if let Some(m) = message {
            d["message"] = m;
        }
        self.dispatch("INTERACTION_CREATE", d);
        token
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Requests that broke the API description (should stay empty).
    pub fn problems(&self) -> Vec<String> {
        self.lock().problems.clone()
    }

    /// Messages posted to a user so far, in order.
    pub fn posted_to(&self, user: u64) -> Vec<Posted> {
        self.lock().posted.iter().filter(|p| p.user == user).cloned().collect()
    }

    /// Interaction callbacks answered so far: (token, callback type, body).
    pub fn callbacks(&self) -> Vec<(String, u64, Value)> {
        self.lock().callbacks.clone()
    }

    /// The next call whose path contains `path` gets `fault`.
    pub fn fail_next(&self, path: &str, fault: Fault) {
        self.lock().faults.push_back((path.to_string(), fault));
    }

    /// DMs to `user` are refused with error 50007 (or accepted again).
    pub fn close_dms(&self, user: u64, closed: bool) {
        let mut s = self.lock();
        if closed {
            s.dms_closed.insert(user);
        } else {
            s.dms_closed.remove(&user);
        }
    }

    /// Serves `bytes` at a URL an attachment can point to.
    pub fn attachment(&self, name: &str, bytes: Vec<u8>) -> String {
        self.lock().attachments.insert(name.to_string(), bytes);
        format!("{}/attachments/{name}", self.url)
    }

    /// A fresh snowflake.
    pub fn next_id(&self) -> u64 {
        let mut s = self.lock();
        s.next_id += 1;
        s.next_id
    }

    /// Waits until `user` has at least `n` posted messages, or `timeout` passes;
    /// returns them.
    pub async fn wait_posted(&self, user: u64, n: usize, timeout: Duration) -> Vec<Posted> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            let posted = self.posted_to(user);
            if posted.len() >= n || tokio::time::Instant::now() >= deadline {
                return posted;
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }
}
