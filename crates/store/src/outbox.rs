//! The outbox lease loop: claim due rows, then mark each sent, due again or failed.
//!
//! A claim sets `lease_owner` and `lease_until` on rows that are pending, due, and not
//! leased by anyone else (or whose lease ran out, because a worker died). PostgreSQL
//! takes the candidate rows `FOR UPDATE SKIP LOCKED`, so concurrent workers on several
//! hosts skip each other's rows instead of waiting; SQLite has one writer at a time, so
//! the same conditional `UPDATE … RETURNING` is already exclusive there.
//!
//! A worker renews the leases of the rows it holds while it waits to send them or sends
//! them, so a lease only runs out when its worker is gone or has let the row go. Chats with a budget of their
//! own (operators' alert groups) record each send in `chat_sends`, granted one at a time
//! per chat: PostgreSQL takes a transaction-scoped advisory lock on the chat first, so
//! two workers cannot both take the budget's last send; on SQLite the conditional
//! `INSERT … SELECT` is one write and so already exclusive.

use linkstar_app::chat_port::{BudgetGrant, ChatBudget, ClaimedMessage, OutboxClaim};
use linkstar_app::port::StoreResult;
use linkstar_core::ids::{BrandId, CreatorId, OutboxId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_core::time::{Timestamp, from_millis, to_millis};

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
            claimed.push(ClaimedMessage { id, recipient, notice, attempts, last_sent_at: None });
        }
        claimed.sort_by_key(|m| m.id);
        self.last_sent(&mut claimed).await?;
        Ok(claimed)
    }

    /// Fills in when each claimed row's recipient last had a message marked sent.
    async fn last_sent(&self, claimed: &mut [ClaimedMessage]) -> StoreResult<()> {
        if claimed.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = claimed.iter().map(|m| m.id.0.to_string()).collect();
        let sql = format!(
            "SELECT o.id, (SELECT MAX(s.sent_at) FROM outbox s WHERE s.recipient_kind = o.recipient_kind \
             AND s.recipient_id = o.recipient_id AND s.status = 'sent') AS last_sent \
             FROM outbox o WHERE o.id IN ({})",
            ids.join(", ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&self.pool).await.map_err(backend_err)?;
        for row in &rows {
            let id = OutboxId(get(row, "id")?);
            let last: Option<i64> = get(row, "last_sent")?;
            if let Some(m) = claimed.iter_mut().find(|m| m.id == id) {
                m.last_sent_at = last.map(from_millis);
            }
        }
        Ok(())
    }

    pub(crate) async fn renew(&self, owner: &str, ids: &[OutboxId], lease_until: Timestamp) -> StoreResult<u64> {
        if ids.is_empty() {
            return Ok(0);
        }
        let ids: Vec<String> = ids.iter().map(|id| id.0.to_string()).collect();
        let sql = format!(
            "UPDATE outbox SET lease_until = $2 WHERE lease_owner = $1 AND status = 'pending' \
             AND lease_until IS NOT NULL AND id IN ({})",
            ids.join(", ")
        );
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(owner)
            .bind(to_millis(lease_until))
            .execute(&self.pool)
            .await
            .map_err(backend_err)?;
        Ok(done.rows_affected())
    }

    pub(crate) async fn reserve_send(&self, b: &ChatBudget<'_>) -> StoreResult<BudgetGrant> {
        let now = to_millis(b.now);
        let window_start = now.saturating_sub(b.window.as_millis().try_into().unwrap_or(i64::MAX));
        let gap_start = now.saturating_sub(b.gap.as_millis().try_into().unwrap_or(i64::MAX));
        let mut tx = self.pool.begin().await.map_err(backend_err)?;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT COUNT(*) AS n FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS locked")
                .bind(b.chat)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend_err)?;
        }
        // Sends older than the window no longer count; the newest `burst` are all a
        // later answer needs.
        sqlx::query("DELETE FROM chat_sends WHERE chat = $1 AND at <= $2")
            .bind(b.chat)
            .bind(window_start)
            .execute(&mut *tx)
            .await
            .map_err(backend_err)?;
        let granted = sqlx::query(
            "INSERT INTO chat_sends (chat, at) SELECT $1, $2 \
             WHERE (SELECT COUNT(*) FROM chat_sends WHERE chat = $1 AND at > $3) < $4 \
               AND NOT EXISTS (SELECT 1 FROM chat_sends WHERE chat = $1 AND at > $5) \
             RETURNING id",
        )
        .bind(b.chat)
        .bind(now)
        .bind(window_start)
        .bind(i64::from(b.burst))
        .bind(gap_start)
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend_err)?;
        let answer = match granted {
            Some(row) => BudgetGrant::Granted(get(&row, "id")?),
            None => {
                let rows =
                    sqlx::query("SELECT at FROM chat_sends WHERE chat = $1 AND at > $2 ORDER BY at DESC LIMIT $3")
                        .bind(b.chat)
                        .bind(window_start)
                        .bind(i64::from(b.burst.max(1)))
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(backend_err)?;
                let times = rows.iter().map(|r| get::<i64>(r, "at")).collect::<StoreResult<Vec<i64>>>()?;
                BudgetGrant::NotBefore(from_millis(next_free(&times, b, now)))
            }
        };
        tx.commit().await.map_err(backend_err)?;
        Ok(answer)
    }

    pub(crate) async fn send_answered(&self, id: i64, at: Timestamp) -> StoreResult<()> {
        sqlx::query("UPDATE chat_sends SET at = $2 WHERE id = $1")
            .bind(id)
            .bind(to_millis(at))
            .execute(&self.pool)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    pub(crate) async fn send_cancelled(&self, id: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM chat_sends WHERE id = $1").bind(id).execute(&self.pool).await.map_err(backend_err)?;
        Ok(())
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

/// The first millisecond a refused send may go: one past the window of the `burst`-th
/// newest send when the budget is spent, and one past the gap after the newest.
/// `newest_first` holds the sends within the window, newest first.
fn next_free(newest_first: &[i64], b: &ChatBudget<'_>, now: i64) -> i64 {
    let ms = |d: jiff::SignedDuration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    let mut at = now;
    if let Some(newest) = newest_first.first() {
        at = at.max(newest.saturating_add(ms(b.gap)).saturating_add(1));
    }
    if b.burst > 0
        && let Some(oldest_counted) = newest_first.get(b.burst as usize - 1)
    {
        at = at.max(oldest_counted.saturating_add(ms(b.window)).saturating_add(1));
    }
    at
}
