//! The outbox lease loop: claim due rows, then mark each sent, due again or failed.
//!
//! A claim sets `lease_owner` and `lease_until` on rows that are pending, due, and not
//! leased by anyone else (or whose lease ran out, because a worker died). PostgreSQL
//! takes the candidate rows `FOR UPDATE SKIP LOCKED`, so concurrent workers on several
//! hosts skip each other's rows instead of waiting; SQLite has one writer at a time, so
//! the same conditional `UPDATE … RETURNING` is already exclusive there.

use linkstar_app::chat_port::{ClaimedMessage, OutboxClaim};
use linkstar_app::port::StoreResult;
use linkstar_core::ids::{BrandId, CreatorId, OutboxId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_core::time::{Timestamp, to_millis};

use crate::backend::{Backend, SqlStore, backend_err};
use crate::codec::get;

/// Candidates: pending rows that are due, unleased, and the oldest pending row of their
/// recipient (so every chat gets its messages in order), for either
/// * a creator whose chosen chat — the reachable chat linked last, so a creator on
///   Telegram and Discord gets each message once, where they linked most recently — is
///   on the platform, or
/// * a brand whose operator alert chat is on the platform (`{operators}`: their ids).
///
/// Rows for brands without an alert chat here are never candidates: they stay pending
/// (and visible in the dashboard) until a worker with their chat runs.
fn candidates(operators: &[BrandId]) -> String {
    let operators = if operators.is_empty() {
        String::new()
    } else {
        let ids: Vec<String> = operators.iter().map(|b| b.0.to_string()).collect();
        format!(" OR (o.recipient_kind = 'operators' AND o.recipient_id IN ({}))", ids.join(", "))
    };
    format!(
        "SELECT o.id FROM outbox o \
         WHERE o.status = 'pending' AND o.next_attempt_at <= $3 \
           AND (o.lease_until IS NULL OR o.lease_until < $3) \
           AND ((o.recipient_kind = 'creator' AND $4 = (SELECT c.platform FROM chat_accounts c \
                 WHERE c.creator_id = o.recipient_id AND c.unreachable = 0 \
                 ORDER BY c.linked_at DESC, c.platform LIMIT 1)){operators}) \
           AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.recipient_kind = o.recipient_kind \
                           AND p.recipient_id = o.recipient_id AND p.status = 'pending' AND p.id < o.id) \
         ORDER BY o.id LIMIT $5"
    )
}

impl SqlStore {
    pub(crate) async fn claim(&self, c: &OutboxClaim<'_>) -> StoreResult<Vec<ClaimedMessage>> {
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE OF o SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET lease_owner = $1, lease_until = $2 WHERE id IN ({}{lock}) \
             RETURNING id, recipient_kind, recipient_id, payload, attempts",
            candidates(c.operators)
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(c.owner)
            .bind(to_millis(c.lease_until))
            .bind(to_millis(c.now))
            .bind(c.platform.as_str())
            .bind(i64::from(c.limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in &rows {
            let id = OutboxId(get(row, "id")?);
            let payload: String = get(row, "payload")?;
            let notice = match Notice::from_json(&payload) {
                Ok(n) => n,
                Err(e) => {
                    // A payload this version cannot read must not block the recipient's queue.
                    self.give_up(id, &format!("unreadable payload: {e}")).await?;
                    continue;
                }
            };
            let attempts = u32::try_from(get::<i64>(row, "attempts")?).unwrap_or(u32::MAX);
            let recipient_id = get(row, "recipient_id")?;
            let recipient = match get::<String>(row, "recipient_kind")?.as_str() {
                "operators" => Recipient::Operators(BrandId(recipient_id)),
                _ => Recipient::Creator(CreatorId(recipient_id)),
            };
            claimed.push(ClaimedMessage { id, recipient, notice, attempts });
        }
        claimed.sort_by_key(|m| m.id);
        Ok(claimed)
    }

    pub(crate) async fn reachable_chat(
        &self,
        creator: CreatorId,
        platform: ChatPlatform,
    ) -> StoreResult<Option<ChatAccount>> {
        let row = sqlx::query(
            "SELECT external_id FROM chat_accounts WHERE creator_id = $1 AND platform = $2 AND unreachable = 0 \
             ORDER BY linked_at DESC LIMIT 1",
        )
        .bind(creator.0)
        .bind(platform.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend_err)?;
        row.map(|r| Ok(ChatAccount { platform, external_id: get(&r, "external_id")? })).transpose()
    }

    pub(crate) async fn mark_sent(&self, id: OutboxId, at: Timestamp) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, lease_owner = NULL, \
             lease_until = NULL, last_error = NULL WHERE id = $1 AND status = 'pending'",
        )
        .bind(id.0)
        .bind(to_millis(at))
        .execute(&self.pool)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    pub(crate) async fn reschedule(
        &self,
        id: OutboxId,
        next: Timestamp,
        attempted: bool,
        error: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET next_attempt_at = $2, attempts = attempts + $3, last_error = $4, lease_owner = NULL, \
             lease_until = NULL WHERE id = $1 AND status = 'pending'",
        )
        .bind(id.0)
        .bind(to_millis(next))
        .bind(i64::from(attempted))
        .bind(error)
        .execute(&self.pool)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    pub(crate) async fn give_up(&self, id: OutboxId, error: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $2, lease_owner = NULL, \
             lease_until = NULL WHERE id = $1 AND status = 'pending'",
        )
        .bind(id.0)
        .bind(error)
        .execute(&self.pool)
        .await
        .map_err(backend_err)?;
        Ok(())
    }
}
