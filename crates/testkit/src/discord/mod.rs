//! A fake Discord on 127.0.0.1, so serenity's real client runs in tests: the REST
//! endpoints LinkStar calls (gateway discovery, the current user, global commands,
//! interaction callbacks, the original response and follow-ups, DM channels and
//! messages, attachment downloads), each request checked against Discord's OpenAPI
//! description ([`spec`]); every call recorded; faults on demand (`429` with
//! `retry_after`, `5xx`, closed DMs answering error 50007). Interactions come from a
//! DM or from a server channel ([`Origin`]); as on Discord, an interaction's first
//! callback must come within 3 seconds and only once, and the fake tells which posted
//! messages other people could read ([`Posted::public`]).

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

/// How long Discord waits for an interaction's first callback before the interaction
/// is unknown (error 10062) and the user sees "the application did not respond".
pub const ACK_WINDOW: Duration = Duration::from_secs(3);

/// Where an interaction happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The user's DM with the bot.
    Dm,
    /// A text channel of the server with this id, where other members read along.
    Server(u64),
}

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
    /// Whether people other than `user` can read it: posted in a server channel and not
    /// ephemeral (flag 64, or the edit of an ephemeral deferral).
    pub public: bool,
}

/// What the fake knows of one interaction.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    /// The user who caused it.
    pub(crate) user: u64,
    /// The server it came from, if any.
    pub(crate) guild: Option<u64>,
    /// When it was dispatched.
    pub(crate) at: Instant,
    /// The first callback's type and whether it was ephemeral, once answered.
    pub(crate) answered: Option<(u64, bool)>,
}

#[derive(Default)]
pub(crate) struct State {
    pub(crate) calls: Vec<Call>,
    pub(crate) problems: Vec<String>,
    pub(crate) posted: Vec<Posted>,
    /// (path substring, fault) applied once each, in order.
    pub(crate) faults: VecDeque<(String, Fault)>,
    pub(crate) dms_closed: HashSet<u64>,
    /// Interaction token → who caused it, where, and how it was answered.
    pub(crate) interactions: HashMap<String, Pending>,
    /// Edits of the message a button was under: (interaction token, body).
    pub(crate) edits: Vec<(String, Value)>,
    /// Attachment names downloaded, in order.
    pub(crate) downloads: Vec<String>,
    /// Attachment names served as a chunked stream without a length.
    pub(crate) streamed: HashSet<String>,
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
        self.slash_command_in(Origin::Dm, user, locale, name, options, resolved)
    }

    /// A slash command from `origin`. Returns the interaction token.
    pub fn slash_command_in(
        &self,
        origin: Origin,
        user: u64,
        locale: &str,
        name: &str,
        options: Value,
        resolved: Value,
    ) -> String {
        let data = serde_json::json!({"id": self.next_id().to_string(), "name": name, "type": 1,
            "options": options, "resolved": resolved});
        self.interaction(origin, user, locale, 2, data, None)
    }

    /// A creator's button press on a message the bot sent to their DM. Returns the
    /// interaction token.
    pub fn button(&self, user: u64, locale: &str, custom_id: &str) -> String {
        self.button_in(Origin::Dm, user, locale, custom_id, None)
    }

    /// A press by `user` in `origin` on a message that answered `answered`'s slash
    /// command (`None`: a message the bot posted on its own). Returns the token.
    pub fn button_in(&self, origin: Origin, user: u64, locale: &str, custom_id: &str, answered: Option<u64>) -> String {
        let data = serde_json::json!({"custom_id": custom_id, "component_type": 2});
        let channel = match origin {
            Origin::Dm => user + 1,
            Origin::Server(guild) => guild + 1,
        };
        let mut message = serde_json::json!({"id": self.next_id().to_string(), "channel_id": channel.to_string(),
            "author": server::bot_user(), "type": 0, "content": "", "components": [],
            "timestamp": "2026-11-24T08:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": false, "flags": 0});
        if let Some(owner) = answered {
            let owners = match origin {
                Origin::Dm => serde_json::json!({"1": owner.to_string()}),
                Origin::Server(guild) => serde_json::json!({"0": guild.to_string()}),
            };
            message["interaction_metadata"] = serde_json::json!({"id": self.next_id().to_string(), "type": 2,
                "user": user_json(owner), "authorizing_integration_owners": owners});
        }
        self.interaction(origin, user, locale, 3, data, Some(message))
    }

    /// A creator's DM to the bot (MESSAGE_CREATE), text only. Returns the message id.
    pub fn dm(&self, user: u64, text: &str) -> u64 {
        self.dm_with(user, text, &[])
    }

    /// A DM with attachments (each as Discord describes one: id, filename, size, url,
    /// proxy_url, content_type). Returns the message id.
    pub fn dm_with(&self, user: u64, text: &str, attachments: &[Value]) -> u64 {
        let id = self.next_id();
        let mut d = dm_message(id, user, text, attachments);
        d["edited_timestamp"] = Value::Null;
        self.dispatch("MESSAGE_CREATE", d);
        id
    }

    /// The creator edits their DM `message` to `text` (MESSAGE_UPDATE with an
    /// `edited_timestamp`, as Discord sends an edit).
    pub fn edit_dm(&self, user: u64, message: u64, text: &str) {
        let mut d = dm_message(message, user, text, &[]);
        d["edited_timestamp"] = serde_json::json!("2026-11-24T08:05:00.000000+00:00");
        self.dispatch("MESSAGE_UPDATE", d);
    }

    /// Discord adds a link preview to the DM `message` (MESSAGE_UPDATE without an
    /// `edited_timestamp`: nobody edited anything).
    pub fn unfurl_dm(&self, user: u64, message: u64) {
        let d = serde_json::json!({"id": message.to_string(), "channel_id": (user + 1).to_string(),
            "embeds": [{"type": "link", "url": "https://www.tiktok.com/", "title": "TikTok"}]});
        self.dispatch("MESSAGE_UPDATE", d);
    }

    /// A creator's modal submit with one text field. Returns the interaction token.
    pub fn modal(&self, user: u64, locale: &str, custom_id: &str, value: &str) -> String {
        let data = serde_json::json!({"custom_id": custom_id, "components": [{"type": 1, "components": [
            {"type": 4, "custom_id": "amount", "value": value}]}]});
        self.interaction(Origin::Dm, user, locale, 5, data, None)
    }

    fn interaction(
        &self,
        origin: Origin,
        user: u64,
        locale: &str,
        kind: u64,
        data: Value,
        message: Option<Value>,
    ) -> String {
        let id = self.next_id();
        let token = format!("itoken-{id}");
        let guild = match origin {
            Origin::Dm => None,
            Origin::Server(guild) => Some(guild),
        };
        let pending = Pending { user, guild, at: Instant::now(), answered: None };
        self.lock().interactions.insert(token.clone(), pending);
        let mut d = serde_json::json!({
            "id": id.to_string(), "application_id": APPLICATION_ID.to_string(), "type": kind, "data": data,
            "token": token, "version": 1, "locale": locale, "app_permissions": "0", "entitlements": [],
            "attachment_size_limit": 26214400});
        match origin {
            Origin::Dm => {
                d["channel_id"] = serde_json::json!((user + 1).to_string());
                d["channel"] = serde_json::json!({"id": (user + 1).to_string(), "type": 1, "flags": 0,
                    "last_message_id": null});
                d["user"] = user_json(user);
                d["authorizing_integration_owners"] = serde_json::json!({"0": "0"});
                d["context"] = serde_json::json!(1);
            }
            Origin::Server(guild) => {
                d["guild_id"] = serde_json::json!(guild.to_string());
                d["guild_locale"] = serde_json::json!("en-US");
                d["channel_id"] = serde_json::json!((guild + 1).to_string());
                d["channel"] = serde_json::json!({"id": (guild + 1).to_string(), "type": 0, "flags": 0,
                    "guild_id": guild.to_string(), "name": "general", "position": 0, "nsfw": false,
                    "permission_overwrites": [], "parent_id": null, "last_message_id": null,
                    "rate_limit_per_user": 0, "topic": null});
                d["member"] = serde_json::json!({"user": user_json(user), "nick": null, "avatar": null,
                    "roles": [], "joined_at": "2026-01-01T00:00:00.000000+00:00", "premium_since": null,
                    "deaf": false, "mute": false, "flags": 0, "pending": false, "permissions": "0"});
                d["authorizing_integration_owners"] = serde_json::json!({"0": guild.to_string()});
                d["context"] = serde_json::json!(0);
            }
        }
        if let Some(m) = message {
            d["message"] = m;
        }
        self.dispatch("INTERACTION_CREATE", d);
        token
    }

    /// Edits of the messages buttons were under, so far: (interaction token, body).
    pub fn edits(&self) -> Vec<(String, Value)> {
        self.lock().edits.clone()
    }

    /// Attachments downloaded so far, by name.
    pub fn downloads(&self) -> Vec<String> {
        self.lock().downloads.clone()
    }

    /// Every message posted so far that people other than its user could read.
    pub fn public_posts(&self) -> Vec<Posted> {
        self.lock().posted.iter().filter(|p| p.public).cloned().collect()
    }

    /// When the interaction `token` was dispatched and when its first callback came.
    pub fn acknowledged(&self, token: &str) -> Option<Duration> {
        let s = self.lock();
        let pending = s.interactions.get(token)?;
        pending.answered?;
        let at = s.calls.iter().find(|c| c.path.contains(&format!("/{token}/callback")) && c.status < 300)?.at;
        Some(at.duration_since(pending.at))
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

    /// Serves `bytes` at a URL an attachment can point to (with its length).
    pub fn attachment(&self, name: &str, bytes: Vec<u8>) -> String {
        self.lock().attachments.insert(name.to_string(), bytes);
        format!("{}/attachments/{name}", self.url)
    }

    /// Serves `bytes` at a URL as a chunked stream without a length, so only counting
    /// what arrives tells the size.
    pub fn attachment_streamed(&self, name: &str, bytes: Vec<u8>) -> String {
        self.lock().streamed.insert(name.to_string());
        self.attachment(name, bytes)
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

/// A user as Discord describes one.
fn user_json(id: u64) -> Value {
    serde_json::json!({"id": id.to_string(), "username": format!("creator{id}"), "discriminator": "0",
        "global_name": null, "avatar": null, "public_flags": 0})
}

/// A DM from `user` to the bot.
fn dm_message(id: u64, user: u64, text: &str, attachments: &[Value]) -> Value {
    serde_json::json!({"id": id.to_string(), "channel_id": (user + 1).to_string(), "author": user_json(user),
        "type": 0, "content": text, "components": [],
        "timestamp": "2026-11-24T08:00:00.000000+00:00", "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": attachments, "embeds": [],
        "pinned": false, "flags": 0})
}
