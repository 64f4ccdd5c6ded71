//! The gateway side of the fake: a WebSocket speaking Discord's gateway protocol (JSON
//! text frames): Hello, Identify → Ready, heartbeat → ack, and dispatches the test
//! injects (INTERACTION_CREATE, MESSAGE_CREATE) with increasing sequence numbers.
//!
//! Dispatches are kept in the session's log, so a client that lost its connection and
//! resumes (op 6 with the session id and the last sequence it saw) gets what it missed
//! replayed, then RESUMED. On demand the gateway asks the client to reconnect (op 7),
//! drops the connection without a close frame, or refuses a resume (op 9, not
//! resumable), after which the client identifies again and a new session starts.

use std::sync::{Arc, Mutex};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::{Notify, broadcast};
use tokio_tungstenite::tungstenite::Message as Frame;

use super::State;
use super::server::bot_user;

/// What the test asks of the connected clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    /// New dispatches are in the log.
    Flush,
    /// Send op 7 Reconnect.
    Reconnect,
    /// Close the TCP connection without a close frame.
    Drop,
}

/// The current session: its id and every dispatch sent or due in it, `s` in order.
#[derive(Default)]
pub(crate) struct Session {
    pub(crate) id: Option<String>,
    pub(crate) log: Vec<Value>,
    /// Sessions started so far (numbers the ids).
    pub(crate) started: u32,
    /// Resumes to refuse (op 9) before accepting one again.
    pub(crate) refuse_resumes: u32,
    /// Resumes accepted so far.
    pub(crate) resumed: u32,
}

impl Session {
    /// Appends a dispatch with the next sequence number.
    pub(crate) fn push(&mut self, mut frame: Value) {
        frame["s"] = json!(self.log.len() + 1);
        self.log.push(frame);
    }
}

pub(crate) async fn serve(
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    signals: broadcast::Sender<Signal>,
) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("ws://{}", listener.local_addr().expect("local address"));
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (state, changed, signals) = (state.clone(), changed.clone(), signals.subscribe());
            tokio::spawn(async move {
                if let Ok(ws) = tokio_tungstenite::accept_async(stream).await {
                    connection(ws, state, changed, signals).await;
                }
            });
        }
    });
    (url, task)
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

/// What a client frame calls for: frames to send, and from which sequence number on
/// this connection now follows the session's log.
fn answer(state: &Mutex<State>, payload: &Value) -> (Vec<Value>, Option<usize>) {
    let d = payload.get("d").cloned().unwrap_or(Value::Null);
    match payload.get("op").and_then(Value::as_u64) {
        Some(1) => (vec![json!({"op": 11, "d": null, "s": null, "t": null})], None),
        Some(2) => {
            let mut s = lock(state);
            s.identified.push(d);
            s.session.started += 1;
            let id = format!("fake-session-{}", s.session.started);
            s.session.id = Some(id.clone());
            s.session.log.clear();
            let ready = json!({"op": 0, "t": "READY", "d": {
                "v": 10, "user": bot_user_full(), "guilds": [], "session_id": id,
                "resume_gateway_url": s.ws_url.clone(), "shard": [0, 1],
                "application": {"id": super::APPLICATION_ID.to_string(), "flags": 0},
                "private_channels": []}});
            s.session.push(ready);
            (Vec::new(), Some(0))
        }
        Some(6) => {
            let mut s = lock(state);
            let asked = d.get("session_id").and_then(Value::as_str);
            let seq = d.get("seq").and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
            let known = asked.is_some() && asked == s.session.id.as_deref() && seq <= s.session.log.len();
            if !known || s.session.refuse_resumes > 0 {
                s.session.refuse_resumes = s.session.refuse_resumes.saturating_sub(1);
                s.session.id = None;
                return (vec![json!({"op": 9, "d": false, "s": null, "t": null})], None);
            }
            s.session.resumed += 1;
            s.session.push(json!({"op": 0, "t": "RESUMED", "d": {}}));
            (Vec::new(), Some(seq))
        }
        _ => (Vec::new(), None),
    }
}

async fn connection(
    ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    mut signals: broadcast::Receiver<Signal>,
) {
    let (mut tx, mut rx) = ws.split();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null});
    if tx.send(Frame::Text(hello.to_string())).await.is_err() {
        return;
    }
    // The session this connection follows and the last sequence number it sent.
    let mut following: Option<(String, usize)> = None;
    loop {
        let mut out = Vec::new();
        tokio::select! {
            frame = rx.next() => {
                let Some(Ok(frame)) = frame else { return };
                let payload: Value = match frame {
                    Frame::Text(t) => serde_json::from_str(&t).unwrap_or(Value::Null),
                    Frame::Close(_) => return,
                    _ => continue,
                };
                let (frames, from) = answer(&state, &payload);
                out.extend(frames);
                if let Some(from) = from {
                    following = lock(&state).session.id.clone().map(|id| (id, from));
                }
                changed.notify_waiters();
            }
            signal = signals.recv() => match signal {
                Ok(Signal::Reconnect) => out.push(json!({"op": 7, "d": null, "s": null, "t": null})),
                Ok(Signal::Drop) => return,
                Ok(Signal::Flush) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return,
            },
        }
        // Whatever of the session's log this connection has not sent yet.
        if let Some((id, sent)) = &mut following {
            let s = lock(&state);
            if s.session.id.as_deref() == Some(id.as_str()) {
                out.extend(s.session.log.iter().skip(*sent).cloned());
                *sent = s.session.log.len();
            }
        }
        for frame in out {
            if tx.send(Frame::Text(frame.to_string())).await.is_err() {
                return;
            }
        }
    }
}

fn bot_user_full() -> Value {
    let mut user = bot_user();
    user["verified"] = json!(true);
    user["mfa_enabled"] = json!(false);
    user
}
