//! Scheduled reminders and automatic transitions (issue 7): the rows operations plan,
//! cancel and finish inside their transaction, and the scheduler's lease claim.
//!
//! The claim works like the outbox's: a conditional `UPDATE … RETURNING` over a
//! candidate `SELECT`, with `FOR UPDATE SKIP LOCKED` on PostgreSQL so schedulers on
//! several hosts skip each other's rows; SQLite's single writer makes it exclusive.

use async_trait::async_trait;
use sqlx::AnyConnection;

use linkstar_app::port::StoreResult;
use linkstar_app::schedule_port::{ClaimedReminder, ReminderClaim, ScheduleStore, ScheduledRow};
use linkstar_core::ids::{CreatorId, DealId};
use linkstar_core::reminder::{Action, Planned};
use linkstar_core::time::{Timestamp, from_millis, to_millis};

use crate::backend::{Backend, SqlStore, backend_err};
use crate::codec::get;

const CANDIDATES: &str = "SELECT r.id FROM reminders r \
    WHERE r.status = 'pending' AND r.send_at <= $3 AND (r.lease_until IS NULL OR r.lease_until < $3) \
    ORDER BY r.send_at LIMIT $4";

fn corrupt(e: linkstar_core::DomainError) -> linkstar_app::StoreError {
    linkstar_app::StoreError::Backend(format!("reminders: {e}"))
}

pub(crate) async fn cancel(conn: &mut AnyConnection, deal: DealId, at: Timestamp) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'cancelled', done_at = $2, lease_owner = NULL, lease_until = NULL \
         WHERE deal_id = $1 AND status = 'pending'",
    )
    .bind(deal.0)
    .bind(to_millis(at))
    .execute(conn)
    .await
    .map_err(backend_err)?;
    Ok(done.rows_affected())
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    backend: Backend,
    deal: DealId,
    creator: CreatorId,
    rows: &[Planned],
    at: Timestamp,
) -> StoreResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mark = |i: usize| match backend {
        Backend::Sqlite => "?".to_string(),
        Backend::Postgres => format!("${i}"),
    };
    let mut sql =
        String::from("INSERT INTO reminders (deal_id, creator_id, action, due_at, send_at, created_at) VALUES ");
    for (r, _) in rows.iter().enumerate() {
        let base = r * 6;
        let marks: Vec<String> = (1..=6).map(|k| mark(base + k)).collect();
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        sql.push_str(&marks.join(", "));
        sql.push(')');
    }
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for p in rows {
        q = q
            .bind(deal.0)
            .bind(creator.0)
            .bind(p.action.as_str())
            .bind(to_millis(p.due))
            .bind(to_millis(p.send_at))
            .bind(to_millis(at));
    }
    q.execute(conn).await.map_err(backend_err)?;
    Ok(())
}

pub(crate) async fn finish(
    conn: &mut AnyConnection,
    deal: DealId,
    action: Action,
    owner: &str,
    now: Timestamp,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'done', done_at = $4, lease_owner = NULL, lease_until = NULL \
         WHERE deal_id = $1 AND action = $2 AND status = 'pending' AND send_at <= $4 \
           AND (lease_owner = $3 OR lease_until IS NULL OR lease_until < $4)",
    )
    .bind(deal.0)
    .bind(action.as_str())
    .bind(owner)
    .bind(to_millis(now))
    .execute(conn)
    .await
    .map_err(backend_err)?;
    Ok(done.rows_affected())
}

fn planned(row: &sqlx::any::AnyRow) -> StoreResult<Planned> {
    Ok(Planned {
        action: Action::parse(&get::<String>(row, "action")?).map_err(corrupt)?,
        due: from_millis(get(row, "due_at")?),
        send_at: from_millis(get(row, "send_at")?),
    })
}

#[async_trait]
impl ScheduleStore for SqlStore {
    async fn claim_reminders(&self, c: &ReminderClaim<'_>) -> StoreResult<Vec<ClaimedReminder>> {
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE OF r SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE reminders SET lease_owner = $1, lease_until = $2 WHERE id IN ({CANDIDATES}{lock}) \
             RETURNING id, deal_id, action, due_at, send_at"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(c.owner)
            .bind(to_millis(c.lease_until))
            .bind(to_millis(c.now))
            .bind(i64::from(c.limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let p = planned(row)?;
            out.push(ClaimedReminder {
                id: get(row, "id")?,
                deal: DealId(get(row, "deal_id")?),
                action: p.action,
                due: p.due,
                send_at: p.send_at,
            });
        }
        out.sort_by_key(|r| (r.send_at, r.id));
        Ok(out)
    }

    async fn pending_reminders(&self, deal: DealId) -> StoreResult<Vec<ScheduledRow>> {
        let rows = sqlx::query(
            "SELECT action, due_at, send_at FROM reminders WHERE deal_id = $1 AND status = 'pending' \
             ORDER BY send_at, id",
        )
        .bind(deal.0)
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter().map(|r| Ok(ScheduledRow { deal, planned: planned(r)? })).collect()
    }
}
