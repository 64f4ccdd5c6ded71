//! Updates beyond a creator writing in their private chat: groups, supergroups and
//! channels, presses by someone else, edited messages, and documents whose declared
//! size is missing or wrong.

use serde_json::{Value, json};

use super::updates::{self, chat_object};
use super::{FakeTelegram, StoredFile};

impl FakeTelegram {
    /// A creator sends a document whose bytes are `bytes` but whose `file_size` (in the
    /// message and in `getFile`) is `declared`: missing when `None`, and possibly a lie.
    #[allow(clippy::too_many_arguments)]
    pub fn document_declared(
        &self,
        chat: i64,
        language: Option<&str>,
        name: &str,
        mime: &str,
        bytes: &[u8],
        declared: Option<u64>,
        caption: &str,
    ) -> i64 {
        let file_id = {
            let mut s = self.inner.lock();
            let id = format!("file-{}", s.files.len() + 1);
            s.files.insert(id.clone(), StoredFile { path: format!("{id}.bin"), bytes: bytes.to_vec(), declared });
            id
        };
        let message = self
            .new_message(|id| updates::document_message(id, chat, language, &file_id, name, mime, declared, caption));
        self.inject(json!({ "message": message }))
    }

    /// User `from` writes `text` in the group `chat` (a negative id) of `kind` (`group`
    /// or `supergroup`).
    pub fn group_text(&self, chat: i64, kind: &str, from: i64, language: Option<&str>, text: &str) -> i64 {
        let message = self.new_message(|id| {
            let mut m = updates::text_message(id, from, language, text);
            m["chat"] = chat_object(chat, kind);
            m
        });
        self.inject(json!({ "message": message }))
    }

    /// A post in the channel `chat` (a negative id).
    pub fn channel_post(&self, chat: i64, text: &str) -> i64 {
        let message = self.new_message(
            |id| json!({ "message_id": id, "date": now(), "chat": chat_object(chat, "channel"), "text": text }),
        );
        self.inject(json!({ "channel_post": message }))
    }

    /// User `from` presses a button of a message the bot sent (to whichever chat).
    pub fn press_by(&self, from: i64, language: Option<&str>, message_id: i64, data: &str) -> i64 {
        let message = self.inner.lock().messages.get(&message_id).cloned();
        self.inject(updates::callback(from, language, message, data))
    }

    /// A creator edits their text message `message_id` in their private chat to `text`.
    pub fn edit_text(&self, chat: i64, language: Option<&str>, message_id: i64, text: &str) -> i64 {
        let mut m = updates::text_message(message_id, chat, language, text);
        m["edit_date"] = Value::from(now());
        self.inject(json!({ "edited_message": m }))
    }

    /// The message id of the update `update_id` as injected (its message, edited message
    /// or channel post).
    pub fn message_id(&self, update_id: i64) -> Option<i64> {
        let update = self.injected(update_id)?;
        ["message", "edited_message", "channel_post"].iter().find_map(|k| update[*k]["message_id"].as_i64())
    }
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
