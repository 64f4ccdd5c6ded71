//! The gateway side of the fake: a WebSocket speaking Discord's gateway protocol (JSON
//! text frames): Hello, Identify → Ready, heartbeat → ack, and dispatches the test
//! injects (INTERACTION_CREATE, MESSAGE_CREATE) with increasing sequence numbers.

use std::sync::{Arc, Mutex};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::{Notify, broadcast};
use tokio_tungstenite::tungstenite::Message as Frame;

use super::State;
use super::server::bot_user;

pub(crate) async fn serve(
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    events: broadcast::Sender<Value>,
) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("ws://{}", listener.local_addr().expect("local address"));
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (state, changed, events) = (state.clone(), changed.clone(), events.subscribe());
            tokio::spawn(async move {
                if let Ok(ws) = tokio_tungstenite::accept_async(stream).await {
                    session(ws, state, changed, events).await;
                }
            });
        }
    });
    (url, task)
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

async fn session(
    ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    mut events: broadcast::Receiver<Value>,
) {
    let (mut tx, mut rx) = ws.split();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null});
    if tx.send(Frame::Text(hello.to_string())).await.is_err() {
        return;
    }
    let mut seq = 0u64;
    let mut ready = false;
    loop {
        tokio::select! {
            frame = rx.next() => {
                let Some(Ok(frame)) = frame else { return };
                let payload: Value = match frame {
                    Frame::Text(t) => serde_json::from_str(&t).unwrap_or(Value::Null),
                    Frame::Close(_) => return,
                    _ => continue,
                };
                let reply = match payload.get("op").and_then(Value::as_u64) {
                    Some(1) => json!({"op": 11, "d": null, "s": null, "t": null}),
                    Some(2) => {
                        let mut s = lock(&state);
                        s.identified.push(payload.get("d").cloned().unwrap_or(Value::Null));
                        drop(s);
                        seq += 1;
                        ready = true;
                        json!({"op": 0, "t": "READY", "s": seq, "d": {
                            "v": 10, "user": bot_user_full(), "guilds": [], "session_id": "fake-session",
                            "resume_gateway_url": lock(&state).ws_url.clone(), "shard": [0, 1],
                            "application": {"id": super::APPLICATION_ID.to_string(), "flags": 0},
                            "private_channels": []}})
                    }
                    _ => continue,
                };
                if tx.send(Frame::Text(reply.to_string())).await.is_err() {
                    return;
                }
                changed.notify_waiters();
            }
            event = events.recv(), if ready => {
                let Ok(event) = event else { continue };
                seq += 1;
                let mut frame = event;
                frame["s"] = json!(seq);
                if tx.send(Frame::Text(frame.to_string())).await.is_err() {
                    return;
                }
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
