//! Polling that keeps what teloxide cannot parse. Telegram allows files beyond 4 GiB,
//! but teloxide reads `file_size` as `u32`: such a message parses as an empty message
//! (`MessageKind::Empty`), its file lost, and an update of an unknown kind as
//! `UpdateKind::Error`, which the dispatcher drops. [`RawPolling`] asks `getUpdates` for
//! plain JSON, hands teloxide the updates it reads in full, and passes the rest, raw,
//! to [`on_raw`], which reads what it needs and answers like any other message: a file
//! is judged on its declared facts (never downloaded), so the creator hears the limit.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::BoxStream;
use serde::Serialize;
use serde_json::Value;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::requests::{JsonRequest, Payload};
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, MessageKind, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::mpsc::UnboundedSender;

use linkstar_assistant::{Inbound, Input, Upload};
use linkstar_core::checks::FileFacts;
use linkstar_core::content::DraftKind;

use crate::Bridge;
use crate::handlers::{account, handle, own_private_chat, refuse_elsewhere, send_all};
use crate::retry::backoff;

/// `getUpdates`, answered as plain JSON values.
#[derive(Debug, Clone, Serialize)]
struct GetUpdatesRaw {
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u8>,
    timeout: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed_updates: Option<Vec<AllowedUpdate>>,
}

impl Payload for GetUpdatesRaw {
    type Output = Vec<Value>;
    const NAME: &'static str = "GetUpdates";

    fn timeout_hint(&self) -> Option<Duration> {
        Some(Duration::from_secs(self.timeout.into()))
    }
}

/// Long polling through `getUpdates` that sends updates teloxide cannot read in full to
/// `raw` instead of dropping them.
pub(crate) struct RawPolling {
    bot: Bot,
    timeout: Duration,
    allowed: Option<Vec<AllowedUpdate>>,
    offset: Option<i64>,
    confirmed: Option<i64>,
    buffer: VecDeque<Update>,
    failures: u32,
    token: StopToken,
    flag: StopFlag,
    raw: UnboundedSender<Value>,
}

impl RawPolling {
    pub(crate) fn new(bot: Bot, timeout: Duration, raw: UnboundedSender<Value>) -> RawPolling {
        let (token, flag) = mk_stop_token();
        RawPolling {
            bot,
            timeout,
            allowed: None,
            offset: None,
            confirmed: None,
            buffer: VecDeque::new(),
            failures: 0,
            token,
            flag,
            raw,
        }
    }

    /// One long poll; what it brings is buffered or sent on raw.
    async fn fetch(&mut self) -> Result<(), RequestError> {
        let payload = GetUpdatesRaw {
            offset: self.offset,
            limit: None,
            timeout: u32::try_from(self.timeout.as_secs()).unwrap_or(u32::MAX),
            allowed_updates: self.allowed.clone(),
        };
        let values = JsonRequest::new(self.bot.clone(), payload).await?;
        self.confirmed = self.offset;
        for value in values {
            if let Some(id) = value.get("update_id").and_then(Value::as_i64) {
                self.offset = Some(id + 1);
            }
            // From text, as teloxide reads it: some of its types only deserialize from a
            // string (`from_value` refuses callback queries).
            match serde_json::from_str::<Update>(&value.to_string()) {
                Ok(update) if read_in_full(&update) => self.buffer.push_back(update),
                _ => {
                    if self.raw.send(value).is_err() {
                        tracing::error!("an update teloxide cannot read was dropped: nobody handles them");
                    }
                }
            }
        }
        Ok(())
    }

    /// Tells Telegram the updates handed out are done, so they are not sent again.
    async fn confirm(&mut self) {
        if self.offset == self.confirmed {
            return;
        }
        let payload = GetUpdatesRaw { offset: self.offset, limit: Some(1), timeout: 0, allowed_updates: None };
        if let Err(e) = JsonRequest::new(self.bot.clone(), payload).await {
            tracing::warn!(error = %e, "confirming the last updates failed; Telegram will send them again");
        }
        self.confirmed = self.offset;
    }
}

/// Whether teloxide read the update in full: not an unknown kind, and no message that
/// fell back to `Empty` because a field did not fit (a file size beyond 32 bits).
fn read_in_full(update: &Update) -> bool {
    match &update.kind {
        UpdateKind::Error(_) => false,
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) | UpdateKind::ChannelPost(m) => {
            !matches!(m.kind, MessageKind::Empty {})
        }
        _ => true,
    }
}

impl<'a> AsUpdateStream<'a> for RawPolling {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        futures::stream::unfold(self, |this| async move {
            loop {
                if let Some(update) = this.buffer.pop_front() {
                    return Some((Ok(update), this));
                }
                if this.flag.is_stopped() {
                    this.confirm().await;
                    return None;
                }
                // A poll in flight is finished, as teloxide's own polling does: what it
                // brings is handled before the bot stops.
                match this.fetch().await {
                    Ok(()) => this.failures = 0,
                    Err(e) => {
                        // Like teloxide's own polling: report it, wait, poll again.
                        let wait =
                            crate::retry::retry_wait(&e, this.failures).unwrap_or_else(|| backoff(this.failures));
                        this.failures = this.failures.saturating_add(1);
                        let flag = this.flag.clone();
                        tokio::select! {
                            () = tokio::time::sleep(wait) => {}
                            () = flag => {}
                        }
                        return Some((Err(e), this));
                    }
                }
            }
        })
        .boxed()
    }
}

impl UpdateListener for RawPolling {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
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
