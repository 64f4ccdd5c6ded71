//! The HTTP side of the fake: `/bot<token>/<method>` and `/file/bot<token>/<path>`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State as Axum};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::updates::{bot_message, bot_user};
use super::{Call, Fault, Sent, Shared, TOKEN, spec};

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{bot}/{method}", post(method).get(method))
        .route("/file/{bot}/{*path}", get(file))
        .with_state(shared)
}

fn ok(result: Value) -> Response {
    (StatusCode::OK, axum::Json(json!({ "ok": true, "result": result }))).into_response()
}

fn fail(status: StatusCode, description: &str, retry_after: Option<u32>) -> Response {
    let mut body = json!({ "ok": false, "error_code": status.as_u16(), "description": description });
    if let Some(seconds) = retry_after {
        body["parameters"] = json!({ "retry_after": seconds });
    }
    (status, axum::Json(body)).into_response()
}

async fn method(Axum(shared): Axum<Arc<Shared>>, Path((bot, name)): Path<(String, String)>, body: Bytes) -> Response {
    let params: Value =
        if body.is_empty() { Value::Null } else { serde_json::from_slice(&body).unwrap_or(Value::Null) };
    let arrived = Instant::now();
    let name = spec::canonical_method(&name).map(String::from).unwrap_or(name);
    let (response, status) = answer(&shared, &bot, &name, &params, arrived).await;
    if status != 0 {
        shared.lock().calls.push(Call { method: name, params, status, at: arrived });
    }
    response
}

/// The response and its status; status 0 when the call was recorded already.
async fn answer(shared: &Arc<Shared>, bot: &str, name: &str, params: &Value, arrived: Instant) -> (Response, u16) {
    if bot != format!("bot{TOKEN}") {
        return (fail(StatusCode::UNAUTHORIZED, "Unauthorized", None), 401);
    }
    let problems = spec::check_call(name, params);
    if !problems.is_empty() {
        shared.lock().violations.extend(problems.iter().cloned());
        return (fail(StatusCode::BAD_REQUEST, &format!("Bad Request: {}", problems.join("; ")), None), 400);
    }
    let queued = shared.lock().faults.get_mut(name).and_then(|q| q.pop_front());
    let fault = queued.or_else(|| chaos(shared, name));
    match fault {
        Some(Fault::RetryAfter(n)) => {
            return (fail(StatusCode::TOO_MANY_REQUESTS, &format!("Too Many Requests: retry after {n}"), Some(n)), 429);
        }
        Some(Fault::ServerError) => {
            return (fail(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None), 500);
        }
        Some(Fault::Slow(d)) => tokio::time::sleep(d).await,
        Some(Fault::Timeout(d)) => {
            // Recorded now: the client usually gives up first, which drops this handler.
            let call = Call { method: name.to_string(), params: params.clone(), status: 504, at: arrived };
            shared.lock().calls.push(call);
            tokio::time::sleep(d).await;
            return (fail(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout", None), 0);
        }
        None => {}
    }
    let chat = params.get("chat_id").and_then(Value::as_i64);
    if let Some(c) = chat
        && shared.lock().blocked.contains(&c)
    {
        return (fail(StatusCode::FORBIDDEN, "Forbidden: bot was blocked by the user", None), 403);
    }
    let result = match name {
        "getMe" => bot_user(),
        "getWebhookInfo" => json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 }),
        "getUpdates" => updates(shared, params).await,
        "deleteWebhook" | "setMyCommands" | "answerCallbackQuery" => Value::Bool(true),
        "sendMessage" | "sendDocument" | "sendPhoto" => send(shared, chat.unwrap_or(0), params),
        "editMessageText" | "editMessageReplyMarkup" => edit(shared, params),
        "getFile" => {
            let id = params.get("file_id").and_then(Value::as_str).unwrap_or_default();
            match shared.lock().files.get(id) {
                Some(f) => {
                    let mut file = json!({ "file_id": id, "file_unique_id": format!("u-{id}"), "file_path": f.path });
                    if let Some(size) = f.declared {
                        file["file_size"] = Value::from(size);
                    }
                    file
                }
                None => return (fail(StatusCode::BAD_REQUEST, "Bad Request: invalid file_id", None), 400),
            }
        }
        other => return (fail(StatusCode::NOT_FOUND, &format!("Not Found: the fake has no {other}"), None), 404),
    };
    (ok(result), 200)
}

/// A random fault for this call, when [`FakeTelegram::chaos`](super::FakeTelegram::chaos)
/// is on.
fn chaos(shared: &Arc<Shared>, name: &str) -> Option<Fault> {
    let s = shared.lock();
    let chaos = s.chaos.as_ref()?;
    if !chaos.methods.is_empty() && !chaos.methods.contains(name) {
        return None;
    }
    let roll = rand::random::<f64>();
    if roll >= chaos.rate {
        return None;
    }
    Some(if roll < chaos.rate / 2.0 { Fault::RetryAfter(chaos.retry_after) } else { Fault::ServerError })
}

/// Long polling: confirms updates below `offset`, then waits up to `timeout` seconds.
async fn updates(shared: &Arc<Shared>, params: &Value) -> Value {
    let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let timeout = params.get("timeout").and_then(Value::as_u64).unwrap_or(0);
    let limit = params.get("limit").and_then(Value::as_u64).unwrap_or(100) as usize;
    // As Telegram does, updates of kinds the bot did not ask for are dropped unseen.
    let allowed: Vec<String> = params
        .get("allowed_updates")
        .and_then(Value::as_array)
        .map(|kinds| kinds.iter().filter_map(Value::as_str).map(String::from).collect())
        .unwrap_or_default();
    let wanted = |u: &Value| allowed.is_empty() || allowed.iter().any(|kind| u.get(kind).is_some());
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.arrived.notified();
        {
            let mut s = shared.lock();
            // Updates below the offset are confirmed; a forced redelivery comes once more.
            let forced = std::mem::take(&mut s.forced);
            s.updates.retain(|u| {
                let id = u["update_id"].as_i64().unwrap_or(0);
                (id >= offset || forced.contains(&id)) && wanted(u)
            });
            if !s.updates.is_empty() {
                let batch: Vec<Value> = s.updates.iter().take(limit).cloned().collect();
                let mut rest = forced;
                for u in &batch {
                    if let Some(id) = u["update_id"].as_i64()
                        && rest.remove(&id)
                    {
                        // Handed out: drop it from the queue so it is delivered once more only.
                        s.updates.retain(|x| x["update_id"].as_i64() != Some(id) || x != u);
                    }
                }
                s.forced = rest;
                return Value::Array(batch);
            }
            s.forced = forced;
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return Value::Array(Vec::new());
        }
    }
}

fn send(shared: &Arc<Shared>, chat: i64, params: &Value) -> Value {
    let text = params.get("text").or_else(|| params.get("caption")).and_then(Value::as_str).unwrap_or_default();
    let markup = params.get("reply_markup");
    let buttons = markup
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .map(|b| {
                    let label = b.get("text").and_then(Value::as_str).unwrap_or_default().to_string();
                    let data = b.get("callback_data").and_then(Value::as_str).unwrap_or_default().to_string();
                    (label, data)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut s = shared.lock();
    let id = s.next_message;
    s.next_message += 1;
    let message = bot_message(id, chat, text, markup);
    s.messages.insert(id, message.clone());
    s.sent.push((Sent { chat, message_id: id, text: text.to_string(), buttons }, Instant::now()));
    message
}

fn edit(shared: &Arc<Shared>, params: &Value) -> Value {
    let id = params.get("message_id").and_then(Value::as_i64).unwrap_or(0);
    let mut s = shared.lock();
    let Some(message) = s.messages.get_mut(&id) else { return Value::Bool(true) };
    match params.get("reply_markup") {
        Some(markup) => message["reply_markup"] = markup.clone(),
        None => {
            if let Some(o) = message.as_object_mut() {
                o.remove("reply_markup");
            }
        }
    }
    if let Some(text) = params.get("text") {
        message["text"] = text.clone();
    }
    message.clone()
}

async fn file(Axum(shared): Axum<Arc<Shared>>, Path((bot, path)): Path<(String, String)>) -> Response {
    if bot != format!("bot{TOKEN}") {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let bytes = {
        let mut s = shared.lock();
        let bytes = s.files.values().find(|f| f.path == path).map(|f| f.bytes.clone());
        s.downloads.push(path);
        bytes
    };
    match bytes {
        Some(b) => (StatusCode::OK, b).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
