//! A content-addressed local blob store for uploaded drafts: each file is kept once,
//! under its SHA-256, in `<dir>/<first two hex digits>/<hash>`.

use std::path::PathBuf;

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

/// Why a blob could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    /// The content went past the size limit while it was written.
    #[error("the file is larger than {max} bytes")]
    TooLarge {
        /// The limit.
        max: u64,
    },
    /// The disk failed.
    #[error("blob store: {0}")]
    Io(#[from] std::io::Error),
}

/// The blob directory.
#[derive(Debug, Clone)]
pub struct BlobStore {
    dir: PathBuf,
}

/// A blob being written: hashed and counted as it arrives, moved into place when done.
pub struct BlobWriter {
    file: tokio::fs::File,
    temp: PathBuf,
    hasher: Sha256,
    size: u64,
    max: u64,
}

impl BlobStore {
    /// A store in `dir` (created when missing).
    pub fn new(dir: impl Into<PathBuf>) -> Result<BlobStore, BlobError> {
        let dir = dir.into();
        std::fs::create_dir_all(dir.join("tmp"))?;
        Ok(BlobStore { dir })
    }

    /// Where a blob with this hash lives.
    pub fn path(&self, sha256: &str) -> PathBuf {
        let prefix = sha256.get(..2).unwrap_or("00");
        self.dir.join(prefix).join(sha256)
    }

    /// Starts writing a blob of at most `max` bytes.
    pub async fn writer(&self, max: u64) -> Result<BlobWriter, BlobError> {
        let temp = self.dir.join("tmp").join(format!("{:032x}", rand::random::<u128>()));
        let file = tokio::fs::File::create(&temp).await?;
        Ok(BlobWriter { file, temp, hasher: Sha256::new(), size: 0, max })
    }

    /// Stores bytes at once; returns the hash and size.
    pub async fn put(&self, bytes: &[u8]) -> Result<(String, u64), BlobError> {
        let mut w = self.writer(u64::MAX).await?;
        w.write(bytes).await?;
        w.finish(self).await
    }
}

impl BlobWriter {
    /// Appends a chunk, refusing to go past the limit.
    pub async fn write(&mut self, chunk: &[u8]) -> Result<(), BlobError> {
        self.size += chunk.len() as u64;
        if self.size > self.max {
            return Err(BlobError::TooLarge { max: self.max });
        }
        self.hasher.update(chunk);
        self.file.write_all(chunk).await?;
        Ok(())
    }

    /// Flushes and moves the blob under its hash; returns the hash and size. A blob that
    /// is already there is kept as it is.
    pub async fn finish(mut self, store: &BlobStore) -> Result<(String, u64), BlobError> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        let hash = hex::encode(self.hasher.finalize_reset());
        let target = store.path(&hash);
        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        if tokio::fs::try_exists(&target).await? {
            tokio::fs::remove_file(&self.temp).await?;
        } else {
            tokio::fs::rename(&self.temp, &target).await?;
        }
        Ok((hash, self.size))
    }

    /// Throws a partial blob away.
    pub async fn abandon(self) {
        let _ = tokio::fs::remove_file(&self.temp).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn blobs_are_stored_once_under_their_hash() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = BlobStore::new(dir.path()).expect("store");
        let (hash, size) = store.put(b"draft").await.expect("put");
        assert_eq!(size, 5);
        assert_eq!(hash, hex::encode(Sha256::digest(b"draft")));
        assert_eq!(std::fs::read(store.path(&hash)).expect("stored"), b"draft");
        let again = store.put(b"draft").await.expect("put again");
        assert_eq!(again.0, hash);
        let mut w = store.writer(3).await.expect("writer");
        assert!(matches!(w.write(b"four").await, Err(BlobError::TooLarge { max: 3 })));
        w.abandon().await;
    }
}
