//! Draft attachments: fetched only when a step waits for a file, streamed into the blob
//! store and cut off at the size limit whatever size Discord declared.

use std::time::Duration;

use serenity::all::Attachment;

use linkstar_assistant::{BlobError, BlobStore, Input, Upload};
use linkstar_core::checks::{FileFacts, check_file};
use linkstar_core::place::ChatAccount;

use crate::handler::Handler;
use crate::mapping::draft_kind;

/// The longest a download may take; a stalled one is given up rather than held.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(300);

/// What a download brought.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Fetched {
    /// Stored under its SHA-256, with its real size.
    Stored {
        /// The content hash.
        sha256: String,
        /// The bytes received.
        size: u64,
    },
    /// Larger than the limit (the declared size lied): nothing was kept.
    TooLarge {
        /// The size known when the download stopped (the announced length, else the
        /// bytes received until then), always over the limit.
        size: u64,
    },
}

impl Handler {
    /// An attachment as the assistant's input. A file that breaks the limits by what
    /// Discord declares, or that no step waits for, is not downloaded: the assistant
    /// answers it from its facts (no hash). A file that turns out larger than declared
    /// is stopped at the limit, thrown away, and answered with the limit.
    pub(crate) async fn file_input(&self, chat: &ChatAccount, attachment: &Attachment, caption: String) -> Input {
        let mut facts = FileFacts {
            name: attachment.filename.clone(),
            mime: attachment.content_type.clone().unwrap_or_default(),
            size_bytes: u64::from(attachment.size),
            sha256: String::new(),
        };
        let kind = draft_kind(attachment.content_type.as_deref());
        let limits = self.bridge.assistant.file_limits();
        let wanted = match self.bridge.assistant.awaits_file(chat).await {
            Ok(wanted) => wanted,
            Err(e) => {
                tracing::warn!(chat = %chat.external_id, error = %e, "could not tell whether a file is awaited");
                return Input::Unreadable;
            }
        };
        if wanted && check_file(&facts, limits).is_empty() {
            match fetch(&self.client, &self.bridge.blobs, &attachment.url, limits.max_bytes).await {
                Ok(Fetched::Stored { sha256, size }) => {
                    facts.sha256 = sha256;
                    facts.size_bytes = size;
                }
                Ok(Fetched::TooLarge { size }) => {
                    tracing::info!(chat = %chat.external_id, declared = attachment.size, size,
                        "an attachment larger than declared was stopped at the limit");
                    facts.size_bytes = size;
                }
                Err(e) => {
                    tracing::warn!(chat = %chat.external_id, error = %e, "fetching a draft attachment failed");
                    return Input::Unreadable;
                }
            }
        }
        Input::File(Upload { kind, facts, caption })
    }
}

/// Why a download failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FetchError {
    /// Discord's CDN could not be reached or broke off.
    #[error("downloading the attachment: {0}")]
    Http(#[from] reqwest::Error),
    /// The CDN refused it.
    #[error("downloading the attachment: the server answered {0}")]
    Status(u16),
    /// The blob store failed.
    #[error(transparent)]
    Blob(#[from] BlobError),
}

/// Streams `url` into `blobs`, at most `max` bytes. An announced length over the limit
/// stops it before a byte is read; otherwise it stops at the first chunk past the
/// limit. A partial blob is removed.
pub(crate) async fn fetch(
    client: &reqwest::Client,
    blobs: &BlobStore,
    url: &str,
    max: u64,
) -> Result<Fetched, FetchError> {
    let mut response = client.get(url).timeout(DOWNLOAD_TIMEOUT).send().await?;
    if !response.status().is_success() {
        return Err(FetchError::Status(response.status().as_u16()));
    }
    let announced = response.content_length().unwrap_or_default();
    if announced > max {
        return Ok(Fetched::TooLarge { size: announced });
    }
    let mut writer = blobs.writer(max).await?;
    let mut received = 0u64;
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => {
                writer.abandon().await;
                return Err(e.into());
            }
        };
        received += chunk.len() as u64;
        match writer.write(&chunk).await {
            Ok(()) => {}
            Err(BlobError::TooLarge { .. }) => {
                writer.abandon().await;
                return Ok(Fetched::TooLarge { size: received.max(announced) });
            }
            Err(e) => {
                writer.abandon().await;
                return Err(e.into());
            }
        }
    }
    let (sha256, size) = writer.finish(blobs).await?;
    Ok(Fetched::Stored { sha256, size })
}
