//! Scheduled reminders and automatic transitions (issue 7): the rows operations plan,
//! cancel and finish inside their transaction, and the scheduler's lease claim.
//!
//! The claim works like the outbox's: a conditional `UPDATE … RETURNING` over a
//! candidate `SELECT`, with `FOR UPDATE SKIP LOCKED` on PostgreSQL so schedulers on
//! several hosts skip each other's rows; SQLite's single writer makes it exclusive.

use std::collections::HashMap;

use async_trait::async_trait;
use sqlx::AnyConnection;

use linkstar_app::port::StoreResult;
use linkstar_app::schedule_port::{
    ClaimedReminder, DealClock, NewReminder, ReminderClaim, ReminderFilter, ScheduleStore, ScheduledRow, UnplannedDeal,
    UnplannedPage,
};
use linkstar_core::ids::{CampaignId, CreatorId, DealId, EventId, PaymentId};
use linkstar_core::place::TimeZoneName;
use linkstar_core::reminder::{Action, Planned, StageDeadlines};
use linkstar_core::stage::Stage;
use linkstar_core::time::{Timestamp, Window, from_millis, to_millis};

use crate::backend::{Backend, SqlStore, backend_err};
use crate::codec::{self, get, opt_ts, ts};

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

/// Rows per INSERT statement: 6 bind values each stays well under SQLite's 32,766 and
/// PostgreSQL's 65,535 parameters.
const INSERT_CHUNK: usize = 2_000;

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    backend: Backend,
    rows: &[NewReminder],
    at: Timestamp,
) -> StoreResult<()> {
    for chunk in rows.chunks(INSERT_CHUNK) {
        let mut sql = String::with_capacity(96 + chunk.len() * 40);
        sql.push_str("INSERT INTO reminders (deal_id, creator_id, action, due_at, send_at, created_at) VALUES ");
        for r in 0..chunk.len() {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for k in 1..=6 {
                if k > 1 {
                    sql.push_str(", ");
                }
                match backend {
                    Backend::Sqlite => sql.push('?'),
                    Backend::Postgres => sql.push_str(&format!("${}", r * 6 + k)),
                }
            }
            sql.push(')');
        }
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for r in chunk {
            q = q
                .bind(r.deal.0)
                .bind(r.creator.0)
                .bind(r.planned.action.as_str())
                .bind(to_millis(r.planned.due))
                .bind(to_millis(r.planned.send_at))
                .bind(to_millis(at));
        }
        q.execute(&mut *conn).await.map_err(backend_err)?;
    }
    Ok(())
}

pub(crate) async fn deal_clock(conn: &mut AnyConnection, deal: DealId) -> StoreResult<DealClock> {
    let row = sqlx::query("SELECT stage_at, updated_at, overdue_at FROM deals WHERE id = $1")
        .bind(deal.0)
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?
        .ok_or(linkstar_app::StoreError::NotFound("deal"))?;
    clock(&row)
}

fn clock(row: &sqlx::any::AnyRow) -> StoreResult<DealClock> {
    let stage_at = opt_ts(row, "stage_at")?.map_or_else(|| ts(row, "updated_at"), Ok)?;
    Ok(DealClock { stage_at, overdue_at: opt_ts(row, "overdue_at")? })
}

pub(crate) async fn mark_overdue(conn: &mut AnyConnection, deal: DealId, due: Timestamp) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE deals SET overdue_at = $2 WHERE id = $1 AND overdue_at IS NULL")
        .bind(deal.0)
        .bind(to_millis(due))
        .execute(conn)
        .await
        .map_err(backend_err)?;
    Ok(done.rows_affected() > 0)
}

/// Deals in a non-final stage with no rows at all, after `after` in id order, with their
/// campaigns. The audit head is read first: outside a transaction each statement sees
/// its own snapshot, and a change committed after the head read has a later event, so
/// comparing heads can only find a page stale that was not, never the reverse.
pub(crate) async fn unplanned_page(
    conn: &mut AnyConnection,
    backend: Backend,
    after: DealId,
    limit: u32,
) -> StoreResult<UnplannedPage> {
    let head = audit_head(conn).await?;
    let deals = unplanned_deals(conn, backend, after, limit).await?;
    let mut ids: Vec<i64> = deals.iter().map(|d| d.campaign.0).collect();
    ids.sort_unstable();
    ids.dedup();
    let campaigns = if ids.is_empty() {
        Vec::new()
    } else {
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        let sql = format!("SELECT id, brand_id, status, spec FROM campaigns WHERE id IN ({})", list.join(", "));
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *conn).await.map_err(backend_err)?;
        rows.iter().map(codec::campaign).collect::<StoreResult<Vec<_>>>()?
    };
    Ok(UnplannedPage { head, deals, campaigns })
}

/// The audit chain's head (0 before the first event).
pub(crate) async fn audit_head(conn: &mut AnyConnection) -> StoreResult<EventId> {
    let row =
        sqlx::query("SELECT last_id FROM audit_head WHERE singleton = 1").fetch_one(conn).await.map_err(backend_err)?;
    Ok(EventId(get(&row, "last_id")?))
}

/// One deal of a page, as the back-fill query writes it (a JSON array, in this order).
#[derive(serde::Deserialize)]
struct PageDeal {
    id: i64,
    campaign: i64,
    creator: i64,
    stage: String,
    /// Respond-by when offered, else the draft date.
    deadline: Option<i64>,
    stage_at: i64,
    overdue_at: Option<i64>,
    zone: String,
    /// In review only.
    review_sla_ms: Option<i64>,
    /// Approved only.
    publish_window: Option<Window>,
}

fn unreadable(what: String) -> linkstar_app::StoreError {
    linkstar_app::StoreError::Backend(format!("reminders: {what}"))
}

/// What a deal waits on in its stage.
fn waiting(d: &PageDeal) -> StoreResult<StageDeadlines> {
    let stage = Stage::parse(&d.stage).map_err(corrupt)?;
    let deadline = || d.deadline.map(from_millis).ok_or_else(|| unreadable(format!("deal {} has no deadline", d.id)));
    Ok(match stage {
        Stage::Offered => StageDeadlines::Offered { respond_by: deadline()? },
        Stage::Contracted => StageDeadlines::Contracted { draft_due: deadline()? },
        Stage::ChangesRequested => StageDeadlines::ChangesRequested { draft_due: deadline()? },
        Stage::InReview => {
            let ms = d.review_sla_ms.unwrap_or(0);
            StageDeadlines::InReview { review_sla_hours: u32::try_from(ms / 3_600_000).unwrap_or(0) }
        }
        Stage::Approved => {
            let window = d.publish_window.ok_or_else(|| unreadable(format!("deal {} has no publish window", d.id)))?;
            StageDeadlines::Approved { publish_window: window }
        }
        Stage::Negotiating => StageDeadlines::Negotiating,
        _ => StageDeadlines::Nothing,
    })
}

/// Deals in a non-final stage with no rows at all, after `after` in id order. Reads only
/// what planning needs, and the whole page as one JSON document built by the database:
/// handing 2,000 rows one by one from SQLite's worker thread cost several times what
/// running the query does.
async fn unplanned_deals(
    conn: &mut AnyConnection,
    backend: Backend,
    after: DealId,
    limit: u32,
) -> StoreResult<Vec<UnplannedDeal>> {
    let finals: Vec<String> = Stage::ALL.iter().filter(|s| s.is_final()).map(|s| format!("'{}'", s.as_str())).collect();
    let (array, window, all) = match backend {
        Backend::Sqlite => ("json_array", "d.terms -> '$.publish_window'", "json_group_array"),
        Backend::Postgres => ("json_build_array", "d.terms::jsonb -> 'publish_window'", "json_agg"),
    };
    let sql = format!(
        "SELECT CAST(COALESCE({all}({array}(d.id, d.campaign_id, d.creator_id, d.stage, \
           CASE WHEN d.stage = 'offered' THEN d.respond_by ELSE d.draft_due END, \
           COALESCE(d.stage_at, d.updated_at), d.overdue_at, p.time_zone, \
           CASE WHEN d.stage = 'in_review' THEN d.review_sla_ms END, \
           CASE WHEN d.stage = 'approved' THEN {window} END)), '[]') AS TEXT) AS page \
         FROM (SELECT * FROM deals d WHERE d.id > $1 AND d.stage NOT IN ({}) \
           AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.deal_id = d.id) \
           ORDER BY d.id LIMIT $2) d JOIN creators p ON p.id = d.creator_id",
        finals.join(", ")
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(after.0)
        .bind(i64::from(limit))
        .fetch_one(&mut *conn)
        .await
        .map_err(backend_err)?;
    let text: String = get(&row, "page")?;
    let mut page: Vec<PageDeal> =
        serde_json::from_str(&text).map_err(|e| unreadable(format!("unreadable page of deals: {e}")))?;
    // An aggregate's input order is not promised; pages and payments go by id.
    page.sort_unstable_by_key(|d| d.id);
    let mut out = Vec::with_capacity(page.len());
    // Creators share a handful of zones; each is looked up in the tz database once.
    let mut zones: HashMap<&str, TimeZoneName> = HashMap::new();
    for d in &page {
        let zone = match zones.get(d.zone.as_str()) {
            Some(zone) => zone.clone(),
            None => {
                let zone = TimeZoneName::parse(&d.zone).map_err(corrupt)?;
                zones.insert(&d.zone, zone.clone());
                zone
            }
        };
        out.push(UnplannedDeal {
            id: DealId(d.id),
            campaign: CampaignId(d.campaign),
            creator: CreatorId(d.creator),
            waiting: waiting(d)?,
            zone,
            clock: DealClock { stage_at: from_millis(d.stage_at), overdue_at: d.overdue_at.map(from_millis) },
            open_payments: Vec::new(),
        });
    }
    let (Some(first), Some(last)) = (out.first(), out.last()) else {
        return Ok(out);
    };
    let payments = sqlx::query(
        "SELECT id, deal_id, due_at FROM payments WHERE deal_id >= $1 AND deal_id <= $2 \
         AND status IN ('scheduled', 'due') ORDER BY deal_id, due_at, id",
    )
    .bind(first.id.0)
    .bind(last.id.0)
    .fetch_all(&mut *conn)
    .await
    .map_err(backend_err)?;
    for p in &payments {
        let deal = DealId(get(p, "deal_id")?);
        if let Ok(i) = out.binary_search_by_key(&deal, |u| u.id) {
            out[i].open_payments.push((PaymentId(get(p, "id")?), ts(p, "due_at")?));
        }
    }
    Ok(out)
}

/// Finishes every due pending row of a deal's action, leased or not. The lease only
/// spreads work between schedulers; exactly-once comes from this update: it runs in the
/// transaction that queues the effect, behind the write lock (SQLite) or the row locks
/// and the audit-chain lock (PostgreSQL), so a second scheduler finds the rows done. Were
/// rows leased to another scheduler left out, two schedulers that each claimed one of a
/// deadline's stale rows would both send it.
pub(crate) async fn finish(conn: &mut AnyConnection, deal: DealId, action: Action, now: Timestamp) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE reminders SET status = 'done', done_at = $3, lease_owner = NULL, lease_until = NULL \
         WHERE deal_id = $1 AND action = $2 AND status = 'pending' AND send_at <= $3",
    )
    .bind(deal.0)
    .bind(action.as_str())
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

    async fn list_reminders(&self, f: &ReminderFilter) -> StoreResult<Vec<ScheduledRow>> {
        let rows = sqlx::query(
            "SELECT r.deal_id, r.action, r.due_at, r.send_at FROM reminders r JOIN deals d ON d.id = r.deal_id \
             JOIN campaigns c ON c.id = d.campaign_id \
             WHERE r.status = 'pending' AND ($1 < 0 OR r.deal_id = $1) AND ($2 < 0 OR d.campaign_id = $2) \
               AND ($4 < 0 OR c.brand_id = $4) \
             ORDER BY r.send_at, r.id LIMIT $3",
        )
        .bind(f.deal.map_or(-1, |d| d.0))
        .bind(f.campaign.map_or(-1, |c| c.0))
        .bind(i64::from(f.limit))
        .bind(f.brand.map_or(-1, |b| b.0))
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter().map(|r| Ok(ScheduledRow { deal: DealId(get(r, "deal_id")?), planned: planned(r)? })).collect()
    }
}
