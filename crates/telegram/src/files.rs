//! Draft files: what the message carries, fetched through `getFile` into the blob store
//! when it is within the limits (a file that breaks them is never downloaded: the
//! assistant answers with the check result).

use futures::StreamExt;
use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::FileMeta;

use linkstar_assistant::{Input, Upload};
use linkstar_core::checks::{FileFacts, check_file};
use linkstar_core::content::DraftKind;

use crate::Bridge;

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
        size_bytes: u64::from(meta.size),
        sha256: String::new(),
    };
    let caption = msg.caption().unwrap_or_default().to_string();
    let limits = bridge.assistant.file_limits();
    if check_file(&facts, limits).is_empty() {
        match fetch(bot, meta, bridge, limits.max_bytes).await {
            Ok((sha256, size)) => {
                facts.sha256 = sha256;
                facts.size_bytes = size;
            }
            Err(e) => {
                tracing::warn!(error = %e, "fetching a draft file failed");
                return Input::Unreadable;
            }
        }
    }
    Input::File(Upload { kind, facts, caption })
}

/// Downloads a file into the blob store; returns its SHA-256 and size.
async fn fetch(bot: &Bot, meta: &FileMeta, bridge: &Bridge, max: u64) -> Result<(String, u64), String> {
    let file = bot.get_file(meta.id.clone()).await.map_err(|e| e.to_string())?;
    let mut writer = bridge.blobs.writer(max).await.map_err(|e| e.to_string())?;
    let mut stream = bot.download_file_stream(&file.path);
    while let Some(chunk) = stream.next().await {
        let written = match chunk {
            Ok(bytes) => writer.write(&bytes).await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = written {
            writer.abandon().await;
            return Err(e);
        }
    }
    writer.finish(&bridge.blobs).await.map_err(|e| e.to_string())
}
