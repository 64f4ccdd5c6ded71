//! Updates teloxide cannot parse. Telegram allows files beyond 4 GiB, but teloxide reads
//! `file_size` as `u32`, so such a message arrives as `UpdateKind::Error(raw JSON)`,
//! which the dispatcher drops. [`Sieve`] takes those out of the update stream; [`on_raw`]
//! reads what it needs from the JSON and answers like any other message: a file is
//! judged on its declared facts (never downloaded), so the creator hears the size limit.

use std::sync::Arc;

use futures::StreamExt;
use futures::stream::BoxStream;
use serde_json::Value;
use teloxide::prelude::*;
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::mpsc::UnboundedSender;

use linkstar_assistant::{Inbound, Input, Upload};
use linkstar_core::checks::FileFacts;
use linkstar_core::content::DraftKind;

use crate::Bridge;
use crate::handlers::{account, handle, own_private_chat, refuse_elsewhere, send_all};

/// An update listener that passes on what teloxide parsed and hands the rest, as raw
/// JSON, to a channel.
pub(crate) struct Sieve<L> {
    inner: L,
    raw: UnboundedSender<Value>,
}

impl<L> Sieve<L> {
    pub(crate) fn new(inner: L, raw: UnboundedSender<Value>) -> Sieve<L> {
        Sieve { inner, raw }
    }
}

impl<'a, L> AsUpdateStream<'a> for Sieve<L>
where
    L: UpdateListener,
    L::Err: Send + 'static,
{
    type StreamErr = L::Err;
    type Stream = BoxStream<'a, Result<Update, L::Err>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let raw = self.raw.clone();
        self.inner
            .as_stream()
            .filter_map(move |update| {
                let kept = match update {
                    Ok(Update { kind: UpdateKind::Error(json), .. }) => {
                        if raw.send(json).is_err() {
                            tracing::error!("an update teloxide cannot read was dropped: nobody handles them");
                        }
                        None
                    }
                    other => Some(other),
                };
                futures::future::ready(kept)
            })
            .boxed()
    }
}

impl<L> UpdateListener for Sieve<L>
where
    L: UpdateListener,
    L::Err: Send + 'static,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint);
    }
}

/// Answers an update teloxide could not parse: a message in a private chat is handed
/// to the assistant (a file on its declared facts), one elsewhere gets the private-chat
/// line, anything else is logged.
pub(crate) async fn on_raw(bot: Bot, bridge: Arc<Bridge>, update: Value) {
    let update_id = update.get("update_id").and_then(Value::as_i64);
    let Some(message) = ["message", "edited_message", "channel_post"].iter().find_map(|k| update.get(*k)) else {
        tracing::warn!(?update_id, update = %update, "an update teloxide cannot read, of a kind the bot does not handle");
        return;
    };
    let Some(chat) = message.pointer("/chat/id").and_then(Value::as_i64).map(ChatId) else {
        tracing::warn!(?update_id, "an unreadable update without a chat");
        return;
    };
    let private = message.pointer("/chat/type").and_then(Value::as_str) == Some("private");
    let from = message.pointer("/from/id").and_then(Value::as_u64).map(UserId);
    let code = message.pointer("/from/language_code").and_then(Value::as_str).map(String::from);
    tracing::info!(chat = chat.0, ?update_id, "an update teloxide cannot read is answered from its raw form");
    if !own_private_chat(private, chat, from) {
        refuse_elsewhere(&bot, &bridge, chat, code.as_deref()).await;
        return;
    }
    let input = match message.get("text").and_then(Value::as_str) {
        Some(text) => Input::from_text(text),
        None => upload(message).map_or(Input::Text(String::new()), Input::File),
    };
    let inbound =
        Inbound { chat: account(chat), update_id: update_id.map(|id| id.to_string()), language_code: code, input };
    if let Some(outcome) = handle(&bridge, inbound).await {
        send_all(&bot, chat, &outcome).await;
    }
}

/// The file a raw message carries, on its declared facts (no hash: not downloaded).
fn upload(message: &Value) -> Option<Upload> {
    let str_of = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(String::from);
    let (kind, file, name, mime) = if let Some(d) = message.get("document") {
        (DraftKind::File, d, str_of(d, "file_name"), str_of(d, "mime_type"))
    } else if let Some(v) = message.get("video") {
        (DraftKind::Video, v, str_of(v, "file_name"), str_of(v, "mime_type"))
    } else {
        let sizes = message.get("photo").and_then(Value::as_array)?;
        let largest = sizes.iter().max_by_key(|p| p.get("file_size").and_then(Value::as_u64).unwrap_or(0))?;
        (DraftKind::Photo, largest, Some("photo.jpg".into()), Some("image/jpeg".into()))
    };
    let facts = FileFacts {
        name: name.unwrap_or_else(|| "draft".into()),
        mime: mime.unwrap_or_default(),
        size_bytes: file.get("file_size").and_then(Value::as_u64).unwrap_or(0),
        sha256: String::new(),
    };
    let caption = str_of(message, "caption").unwrap_or_default();
    Some(Upload { kind, facts, caption })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_beyond_32_bits_keeps_its_declared_size() {
        let message = serde_json::json!({
            "message_id": 1, "chat": {"id": 5, "type": "private"},
            "document": {"file_id": "f", "file_unique_id": "u", "file_name": "cut.mp4",
                         "mime_type": "video/mp4", "file_size": 4_294_967_296u64},
            "caption": "final cut"
        });
        let upload = upload(&message).expect("a file");
        assert_eq!(upload.facts.size_bytes, 1 << 32);
        assert_eq!(upload.facts.name, "cut.mp4");
        assert!(upload.facts.sha256.is_empty());
        assert_eq!(upload.caption, "final cut");
    }
}
