//! The operator surfaces of issue 15: a deal and its history read outside a transaction
//! (negotiation and cancel previews), and freeing a refused post link. `read.rs` and
//! `tx.rs` delegate here.

use sqlx::AnyConnection;

use linkstar_core::audit::AuditEvent;
use linkstar_core::deal::Deal;
use linkstar_core::ids::DealId;

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, R, get};

impl SqlStore {
    /// One deal, or `None`.
    pub(crate) async fn find_deal_of(&self, id: DealId) -> R<Option<Deal>> {
        let row = sqlx::query("SELECT * FROM deals WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.as_ref().map(codec::deal).transpose()
    }

    /// A deal's audit events, oldest first, through `audit_events_deal (deal_id, id)`.
    pub(crate) async fn deal_history_of(&self, deal: DealId, limit: u32) -> R<Vec<AuditEvent>> {
        sqlx::query("SELECT * FROM audit_events WHERE deal_id = $1 ORDER BY id LIMIT $2")
            .bind(deal.0)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::audit_event)
            .collect()
    }
}

/// Deletes a deal's unverified post row and returns its link. The link is `UNIQUE`, so
/// only deleting the row lets the creator send the same (corrected) post again.
pub(crate) async fn remove_post(conn: &mut AnyConnection, deal: DealId) -> R<Option<String>> {
    let row = sqlx::query("DELETE FROM posts WHERE deal_id = $1 AND verified_at IS NULL RETURNING url")
        .bind(deal.0)
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?;
    row.map(|r| get::<String>(&r, "url")).transpose()
}
