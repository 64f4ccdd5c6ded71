//! The REST side of the fake: one fallback handler routing by method and path.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::Notify;

use super::{ACK_WINDOW, APPLICATION_ID, Fault, Posted, State, spec};

type Shared = (Arc<Mutex<State>>, Arc<Notify>);

pub(crate) async fn serve(state: Arc<Mutex<State>>, changed: Arc<Notify>) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let app = Router::new().fallback(handle).with_state((state, changed));
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, task)
}

/// The bot user, as Discord describes users.
pub(crate) fn bot_user() -> Value {
    json!({"id": APPLICATION_ID.to_string(), "username": "LinkStar", "discriminator": "0", "global_name": null,
        "avatar": null, "bot": true, "public_flags": 0, "flags": 0})
}

fn user(id: u64) -> Value {
    json!({"id": id.to_string(), "username": format!("creator{id}"), "discriminator": "0", "global_name": null,
        "avatar": null, "public_flags": 0, "flags": 0})
}

/// A message as Discord answers it.
fn message(id: u64, channel: u64, body: &Value) -> Value {
    json!({
        "id": id.to_string(), "channel_id": channel.to_string(), "author": bot_user(), "type": 0,
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "components": body.get("components").cloned().unwrap_or(json!([])),
        "timestamp": "2026-11-24T08:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "flags": 0,
    })
}

fn buttons(body: &Value) -> Vec<(String, String)> {
    let rows = body.get("components").and_then(Value::as_array).cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|row| row.get("components").and_then(Value::as_array).cloned().unwrap_or_default())
        .map(|b| {
            let text = |k: &str| b.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            (text("label"), text("custom_id"))
        })
        .collect()
}

fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::RetryAfter(secs) => {
            let body = json!({"message": "You are being rate limited.", "retry_after": secs, "global": false});
            let mut r = (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
            let h = r.headers_mut();
            for (k, v) in [
                ("retry-after", secs.to_string()),
                ("x-ratelimit-limit", "5".into()),
                ("x-ratelimit-remaining", "0".into()),
                ("x-ratelimit-reset-after", secs.to_string()),
                ("x-ratelimit-bucket", "linkstar-fake".into()),
                ("x-ratelimit-scope", "user".into()),
            ] {
                if let Ok(v) = HeaderValue::from_str(&v) {
                    h.insert(k, v);
                }
            }
            r
        }
        Fault::ServerError => (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response(),
        Fault::BadGateway => (StatusCode::BAD_GATEWAY, "bad gateway").into_response(),
    }
}

async fn handle(AxumState((state, changed)): AxumState<Shared>, method: Method, uri: Uri, body: Bytes) -> Response {
    let full = uri.path().to_string();
    if let Some(name) = full.strip_prefix("/attachments/") {
        let (bytes, streamed) = {
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.downloads.push(name.to_string());
            (s.attachments.get(name).cloned(), s.streamed.contains(name))
        };
        changed.notify_waiters();
        return match bytes {
            Some(b) if streamed => {
                // Chunks without a Content-Length: the client learns the size by counting.
                let chunks: Vec<Result<Bytes, std::io::Error>> =
                    b.chunks(64 * 1024).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
                axum::body::Body::from_stream(futures::stream::iter(chunks)).into_response()
            }
            Some(b) => b.into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        };
    }
    let path = full.strip_prefix("/api/v10").unwrap_or(&full).to_string();
    let json_body: Option<Value> = if body.is_empty() { None } else { serde_json::from_slice(&body).ok() };
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    if !full.starts_with("/api/v10/") {
        s.problems.push(format!("{method} {full}: not under /api/v10"));
    }
    if !body.is_empty() && json_body.is_none() {
        s.problems.push(format!("{method} {path}: body is not JSON"));
    }
    let problems = spec::check_request(method.as_str(), &path, json_body.as_ref());
    s.problems.extend(problems);
    let fault = s.faults.iter().position(|(p, _)| path.contains(p.as_str())).and_then(|i| s.faults.remove(i));
    let response = match fault {
        Some((_, fault)) => fault_response(fault),
        None => route(&mut s, &method, &path, json_body.as_ref().unwrap_or(&Value::Null)),
    };
    s.calls.push(super::Call {
        method: method.to_string(),
        path,
        body: json_body,
        status: response.status().as_u16(),
        at: Instant::now(),
    });
    drop(s);
    changed.notify_waiters();
    response
}

fn ok(value: Value) -> Response {
    axum::Json(value).into_response()
}

fn route(s: &mut State, method: &Method, path: &str, body: &Value) -> Response {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let mut fresh = || {
        s.next_id += 1;
        s.next_id
    };
    match (method.as_str(), parts.as_slice()) {
        ("GET", ["gateway", "bot"]) => ok(json!({"url": s.ws_url, "shards": 1, "session_start_limit":
            {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})),
        ("GET", ["gateway"]) => ok(json!({"url": s.ws_url})),
        ("GET", ["users", "@me"]) => ok(bot_user()),
        ("GET", ["oauth2", "applications", "@me"]) => ok(json!({"id": APPLICATION_ID.to_string(), "name": "LinkStar",
            "icon": null, "description": "", "bot_public": true, "bot_require_code_grant": false,
            "verify_key": "00", "flags": 0, "owner": user(1)})),
        ("PUT", ["applications", _, "commands"]) => {
            let commands = body.as_array().cloned().unwrap_or_default();
            let answered: Vec<Value> = commands
                .into_iter()
                .map(|mut c| {
                    if let Value::Object(o) = &mut c {
                        o.insert("id".into(), json!(fresh().to_string()));
                        o.insert("application_id".into(), json!(APPLICATION_ID.to_string()));
                        o.insert("version".into(), json!("1"));
                        o.entry("type").or_insert(json!(1));
                        o.entry("default_member_permissions").or_insert(Value::Null);
                    }
                    c
                })
                .collect();
            ok(Value::Array(answered))
        }
        ("POST", ["interactions", _, token, "callback"]) => {
            let kind = body.get("type").and_then(Value::as_u64).unwrap_or_default();
            let ephemeral = flags(body.get("data").unwrap_or(&Value::Null)) & EPHEMERAL != 0;
            let now = Instant::now();
            let Some(pending) = s.interactions.get_mut(*token) else {
                return not_found(10062, "Unknown interaction");
            };
            // As on Discord: one callback per interaction, within 3 seconds.
            if pending.answered.is_some() {
                return bad_request(40060, "Interaction has already been acknowledged.");
            }
            if now.duration_since(pending.at) > ACK_WINDOW {
                return not_found(10062, "Unknown interaction");
            }
            pending.answered = Some((kind, ephemeral));
            let (user, guild) = (pending.user, pending.guild);
            s.callbacks.push((token.to_string(), kind, body.clone()));
            // Type 7 (update message) with content posts nothing new; responses with
            // data (type 4) are messages the user sees.
            if kind == 4 {
                let data = body.get("data").cloned().unwrap_or(Value::Null);
                let id = fresh();
                let public = guild.is_some() && !ephemeral;
                s.posted.push(Posted {
                    user,
                    id,
                    content: text(&data),
                    buttons: buttons(&data),
                    via: "response",
                    public,
                });
            }
            StatusCode::NO_CONTENT.into_response()
        }
        ("PATCH", ["webhooks", _, token, "messages", "@original"]) => {
            let id = fresh();
            let Some(pending) = s.interactions.get(*token).cloned() else {
                return not_found(10015, "Unknown Webhook");
            };
            match pending.answered {
                // After a deferred update (6) or an update (7) the original is the
                // message the button was under: this edits it.
                Some((6 | 7, _)) => s.edits.push((token.to_string(), body.clone())),
                Some((_, ephemeral)) => {
                    let public = pending.guild.is_some() && !ephemeral;
                    let (content, buttons) = (text(body), buttons(body));
                    s.posted.push(Posted { user: pending.user, id, content, buttons, via: "response", public });
                }
                None => return not_found(10008, "Unknown Message"),
            }
            ok(message(id, 1, body))
        }
        ("DELETE", ["webhooks", _, _, "messages", "@original"]) => StatusCode::NO_CONTENT.into_response(),
        ("POST", ["webhooks", _, token]) => {
            let id = fresh();
            let Some(pending) = s.interactions.get(*token).cloned() else {
                return not_found(10015, "Unknown Webhook");
            };
            if pending.answered.is_none() {
                return bad_request(40060, "The interaction has not been acknowledged.");
            }
            let public = pending.guild.is_some() && flags(body) & EPHEMERAL == 0;
            let (content, buttons) = (text(body), buttons(body));
            s.posted.push(Posted { user: pending.user, id, content, buttons, via: "followup", public });
            ok(message(id, 1, body))
        }
        ("POST", ["users", "@me", "channels"]) => {
            let recipient = body.get("recipient_id").and_then(Value::as_str).and_then(|r| r.parse::<u64>().ok());
            match recipient {
                // A DM channel's id is the user's id + 1, so messages find their user.
                Some(r) => ok(json!({"id": (r + 1).to_string(), "type": 1, "last_message_id": null,
                    "recipients": [user(r)], "flags": 0})),
                None => bad_request(50035, "Invalid Form Body"),
            }
        }
        ("POST", ["channels", channel, "messages"]) => {
            let Some(user) = channel.parse::<u64>().ok().map(|c| c - 1) else {
                return bad_request(10003, "Unknown Channel");
            };
            if s.dms_closed.contains(&user) {
                return (
                    StatusCode::FORBIDDEN,
                    axum::Json(json!({"message": "Cannot send messages to this user", "code": 50007})),
                )
                    .into_response();
            }
            let id = fresh();
            s.posted.push(Posted { user, id, content: text(body), buttons: buttons(body), via: "dm", public: false });
            ok(message(id, user + 1, body))
        }
        _ => (StatusCode::NOT_FOUND, axum::Json(json!({"message": "404: Not Found", "code": 0}))).into_response(),
    }
}

fn text(body: &Value) -> String {
    body.get("content").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn bad_request(code: u32, message: &str) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(json!({"message": message, "code": code}))).into_response()
}

fn not_found(code: u32, message: &str) -> Response {
    (StatusCode::NOT_FOUND, axum::Json(json!({"message": message, "code": code}))).into_response()
}

/// Discord's message flag for "only the user who caused the interaction sees this".
const EPHEMERAL: u64 = 64;

/// A message body's flags.
fn flags(body: &Value) -> u64 {
    body.get("flags").and_then(Value::as_u64).unwrap_or_default()
}
