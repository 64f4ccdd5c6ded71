//! The storage port of operator alerts outside transactions: what `linkstar serve`
//! needs to resolve the configured alert chats. The digest's own reads and its
//! once-a-day record happen inside [`App::queue_digest`](crate::App::queue_digest)
//! through the last methods of [`Tx`](crate::Tx).

use async_trait::async_trait;

use linkstar_core::ids::BrandId;

use crate::port::StoreResult;

/// Reads for operator alerts.
#[async_trait]
pub trait AlertStore: Send + Sync {
    /// Every brand: id and name, oldest first.
    async fn brands(&self) -> StoreResult<Vec<(BrandId, String)>>;
}
