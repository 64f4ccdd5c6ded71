//! JSON builders for the updates and messages the fake hands to the bot.

use serde_json::{Value, json};

/// The fake bot's own user id.
pub(crate) const BOT_ID: i64 = 123_456;

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// A creator's user object.
pub(crate) fn user(chat: i64, language: Option<&str>) -> Value {
    let mut u = json!({ "id": chat, "is_bot": false, "first_name": "Creator" });
    if let Some(l) = language {
        u["language_code"] = Value::from(l);
    }
    u
}

/// The bot's own user object (getMe and message senders).
pub(crate) fn bot_user() -> Value {
    json!({
        "id": BOT_ID, "is_bot": true, "first_name": "LinkStar", "username": "LinkStarTestBot",
        "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
        "can_connect_to_business": false, "has_main_web_app": false
    })
}

/// A chat object: a private chat for positive ids, else a group of `kind` (`group`,
/// `supergroup`, `channel`).
pub(crate) fn chat_object(chat: i64, kind: &str) -> Value {
    match kind {
        "private" => json!({ "id": chat, "type": "private", "first_name": "Creator" }),
        other => json!({ "id": chat, "type": other, "title": "Creators' lounge" }),
    }
}

fn private_chat(chat: i64) -> Value {
    chat_object(chat, "private")
}

/// A text message from a creator; a leading `/command` gets its entity.
pub(crate) fn text_message(id: i64, chat: i64, language: Option<&str>, text: &str) -> Value {
    let mut m = json!({
        "message_id": id, "date": now(), "chat": private_chat(chat), "from": user(chat, language), "text": text
    });
    if text.starts_with('/') {
        let len = text.split_whitespace().next().map(|c| c.encode_utf16().count()).unwrap_or(0);
        m["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
    }
    m
}

/// A document message from a creator.
#[allow(clippy::too_many_arguments)]
pub(crate) fn document_message(
    id: i64,
    chat: i64,
    language: Option<&str>,
    file_id: &str,
    name: &str,
    mime: &str,
    size: Option<u64>,
    caption: &str,
) -> Value {
    let mut m = json!({
        "message_id": id, "date": now(), "chat": private_chat(chat), "from": user(chat, language),
        "document": { "file_id": file_id, "file_unique_id": format!("u-{file_id}"), "file_name": name,
                      "mime_type": mime }
    });
    if let Some(size) = size {
        m["document"]["file_size"] = Value::from(size);
    }
    if !caption.is_empty() {
        m["caption"] = Value::from(caption);
    }
    m
}

/// A button press by user `from` on a message the bot sent (or on an unknown message).
pub(crate) fn callback(from: i64, language: Option<&str>, message: Option<Value>, data: &str) -> Value {
    let mut q = json!({
        "id": format!("cq-{from}-{}", rand::random::<u32>()), "from": user(from, language),
        "chat_instance": format!("ci-{from}"), "data": data
    });
    if let Some(m) = message {
        q["message"] = m;
    }
    json!({ "callback_query": q })
}

/// A message the bot sent, as the Bot API returns it.
pub(crate) fn bot_message(id: i64, chat: i64, text: &str, markup: Option<&Value>) -> Value {
    let mut m =
        json!({ "message_id": id, "date": now(), "chat": private_chat(chat), "from": bot_user(), "text": text });
    if let Some(markup) = markup {
        m["reply_markup"] = markup.clone();
    }
    m
}
