//! Draft files: what the message carries, fetched through `getFile` into the blob store
//! only when one of the creator's steps awaits a draft ([`Assistant::awaits_file`]) and
//! the declared facts pass the limits. The size Telegram declares is not trusted: a
//! missing one is unknown (teloxide reads it as `u32::MAX`), and the real size is
//! counted while downloading; a file that turns out larger than the limit is thrown
//! away and answered with the limit. A file nobody asked for is never downloaded.
//!
//! [`Assistant::awaits_file`]: linkstar_assistant::Assistant::awaits_file

use futures::StreamExt;
use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::FileMeta;

use linkstar_assistant::{Input, Upload};
use linkstar_core::checks::{FileFacts, check_file};
use linkstar_core::content::DraftKind;

use crate::Bridge;
use crate::handlers::account;
use crate::retry::persist;

/// The size to judge before downloading when Telegram declares none: the smallest that
/// is not empty, so only the type is judged until the real size is counted.
const UNKNOWN_SIZE: u64 = 1;

/// The size teloxide reports for a file whose size Telegram left out.
fn declared_size(meta: &FileMeta) -> Option<u64> {
    (meta.size != u32::MAX).then_some(u64::from(meta.size))
}

/// The draft in a message without text: document, photo or video; anything else
/// (stickers, voice notes) is empty text, which the assistant answers as unexpected.
pub(crate) async fn upload(bot: &Bot, msg: &Message, bridge: &Bridge) -> Input {
    let (kind, meta, name, mime) = if let Some(d) = msg.document() {
        (DraftKind::File, &d.file, d.file_name.clone(), d.mime_type.as_ref().map(|m| m.to_string()))
    } else if let Some(v) = msg.video() {
        (DraftKind::Video, &v.file, v.file_name.clone(), v.mime_type.as_ref().map(|m| m.to_string()))
    } else if let Some(p) = msg.photo().and_then(|sizes| sizes.iter().max_by_key(|s| s.width * s.height)) {
        (DraftKind::Photo, &p.file, Some("photo.jpg".to_string()), Some("image/jpeg".to_string()))
    } else {
        return Input::Text(String::new());
    };
    let mut facts = FileFacts {
        name: name.unwrap_or_else(|| "draft".into()),
        mime: mime.unwrap_or_default(),
        size_bytes: declared_size(meta).unwrap_or(UNKNOWN_SIZE),
        sha256: String::new(),
    };
    let caption = msg.caption().unwrap_or_default().to_string();
    let chat = msg.chat.id;
    let wanted = match bridge.assistant.awaits_file(&account(chat)).await {
        Ok(wanted) => wanted,
        Err(e) => {
            tracing::error!(chat = chat.0, error = %e, "cannot tell whether a draft is awaited");
            return Input::Unreadable;
        }
    };
    let limits = bridge.assistant.file_limits();
    if wanted && check_file(&facts, limits).is_empty() {
        match fetch(bot, chat, meta, bridge, limits.max_bytes).await {
            Ok((sha256, size)) => {
                facts.sha256 = sha256;
                facts.size_bytes = size;
            }
            Err(Fetch::TooLarge(counted)) => {
                tracing::info!(chat = chat.0, declared = ?declared_size(meta), counted, "a draft was larger than declared");
                facts.size_bytes = counted;
            }
            Err(Fetch::Failed(e)) => {
                tracing::warn!(chat = chat.0, error = %e, "fetching a draft file failed");
                return Input::Unreadable;
            }
        }
    }
    Input::File(Upload { kind, facts, caption })
}

/// Why a download did not end in the blob store.
enum Fetch {
    /// More bytes came than the limit allows (the count so far); nothing was kept.
    TooLarge(u64),
    /// The Bot API or the disk failed.
    Failed(String),
}

/// Downloads a file into the blob store, counting its real size against `max`;
/// returns its SHA-256 and size.
async fn fetch(bot: &Bot, chat: ChatId, meta: &FileMeta, bridge: &Bridge, max: u64) -> Result<(String, u64), Fetch> {
    let file = persist("getFile", chat, || bot.get_file(meta.id.clone()).into_future())
        .await
        .map_err(|e| Fetch::Failed(e.to_string()))?;
    let mut writer = bridge.blobs.writer(max).await.map_err(|e| Fetch::Failed(e.to_string()))?;
    let mut stream = bot.download_file_stream(&file.path);
    let mut counted: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let written = match chunk {
            Ok(bytes) => {
                counted += bytes.len() as u64;
                if counted > max {
                    Err(Fetch::TooLarge(counted))
                } else {
                    writer.write(&bytes).await.map_err(|e| Fetch::Failed(e.to_string()))
                }
            }
            Err(e) => Err(Fetch::Failed(e.to_string())),
        };
        if let Err(e) = written {
            writer.abandon().await;
            return Err(e);
        }
    }
    writer.finish(&bridge.blobs).await.map_err(|e| Fetch::Failed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_size_is_unknown_not_four_gigabytes() {
        let meta = |size| FileMeta { id: "f".to_string().into(), unique_id: "u".to_string().into(), size };
        assert_eq!(declared_size(&meta(u32::MAX)), None);
        assert_eq!(declared_size(&meta(1_000)), Some(1_000));
    }
}
