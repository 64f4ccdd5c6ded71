//! Operator alerts (issue 7): the facts a brand's daily digest is composed from, the
//! day its digest was queued, and the brands a creator works with.
//!
//! The digest reads run inside the transaction that queues it, so what it lists is one
//! consistent snapshot; the `operator_digests` row inserted there makes the digest
//! once-a-day per brand across processes and restarts (`ON CONFLICT DO NOTHING`: a second
//! writer waits for the first and then inserts nothing).

use async_trait::async_trait;
use sqlx::AnyConnection;

use linkstar_app::alert_port::AlertStore;
use linkstar_app::port::StoreResult;
use linkstar_core::alerts::{DigestDeal, DigestFacts, DigestPayment};
use linkstar_core::ids::{BrandId, CreatorId};
use linkstar_core::place::ChatPlatform;
use linkstar_core::time::{Timestamp, from_millis, to_millis};

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, get};

/// Stages a deal never leaves.
const FINAL: &str = "('completed', 'removed', 'declined', 'expired', 'cancelled')";

pub(crate) async fn record_digest_day(
    conn: &mut AnyConnection,
    brand: BrandId,
    day: jiff::civil::Date,
    at: Timestamp,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO operator_digests (brand_id, day, queued_at) VALUES ($1, $2, $3) \
         ON CONFLICT (brand_id, day) DO NOTHING",
    )
    .bind(brand.0)
    .bind(day.to_string())
    .bind(to_millis(at))
    .execute(conn)
    .await
    .map_err(backend_err)?;
    Ok(done.rows_affected() > 0)
}

/// Open deals that may need the operators (late reviews, counters, draft and post
/// deadlines, offers answerable until `day_end`), unpaid payments due before `day_end`,
/// and creators with an open deal whom no chat reaches.
pub(crate) async fn digest_facts(
    conn: &mut AnyConnection,
    brand: BrandId,
    now: Timestamp,
    day_end: Timestamp,
) -> StoreResult<DigestFacts> {
    let deals = sqlx::query(
        "SELECT d.*, p.name AS creator_name FROM deals d JOIN campaigns c ON c.id = d.campaign_id \
         JOIN creators p ON p.id = d.creator_id \
         WHERE c.brand_id = $1 AND ((d.stage = 'in_review' AND d.updated_at + d.review_sla_ms < $2) \
           OR d.stage IN ('negotiating', 'approved') OR (d.stage = 'contracted' AND d.draft_due < $3) \
           OR (d.stage = 'offered' AND d.respond_by >= $2 AND d.respond_by < $3)) \
         ORDER BY d.id",
    )
    .bind(brand.0)
    .bind(to_millis(now))
    .bind(to_millis(day_end))
    .fetch_all(&mut *conn)
    .await
    .map_err(backend_err)?;
    let deals = deals
        .iter()
        .map(|r| {
            Ok(DigestDeal {
                deal: codec::deal(r)?,
                creator: get(r, "creator_name")?,
                since: from_millis(get(r, "updated_at")?),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let payments = sqlx::query(
        "SELECT p.*, cr.name AS creator_name FROM payments p JOIN deals d ON d.id = p.deal_id \
         JOIN campaigns c ON c.id = d.campaign_id JOIN creators cr ON cr.id = d.creator_id \
         WHERE c.brand_id = $1 AND p.status IN ('scheduled', 'due') AND p.due_at < $2 ORDER BY p.due_at, p.id",
    )
    .bind(brand.0)
    .bind(to_millis(day_end))
    .fetch_all(&mut *conn)
    .await
    .map_err(backend_err)?;
    let payments = payments
        .iter()
        .map(|r| {
            let p = codec::payment(r)?;
            Ok(DigestPayment { deal: p.deal_id, creator: get(r, "creator_name")?, amount: p.amount, due: p.due_at })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let sql = format!(
        "SELECT cr.name AS creator_name, (SELECT a.platform FROM chat_accounts a WHERE a.creator_id = cr.id \
           ORDER BY a.linked_at DESC, a.platform LIMIT 1) AS platform \
         FROM creators cr WHERE cr.id IN (SELECT creator_id FROM chat_accounts WHERE unreachable = 1) \
           AND NOT EXISTS (SELECT 1 FROM chat_accounts a WHERE a.creator_id = cr.id AND a.unreachable = 0) \
           AND EXISTS (SELECT 1 FROM deals d JOIN campaigns c ON c.id = d.campaign_id \
                       WHERE d.creator_id = cr.id AND c.brand_id = $1 AND d.stage NOT IN {FINAL}) \
         ORDER BY cr.name, cr.id"
    );
    let unreachable =
        sqlx::query(sqlx::AssertSqlSafe(sql)).bind(brand.0).fetch_all(&mut *conn).await.map_err(backend_err)?;
    let unreachable = unreachable
        .iter()
        .map(|r| {
            let platform = ChatPlatform::parse(&get::<String>(r, "platform")?)
                .map_err(|e| linkstar_app::StoreError::Backend(format!("chat_accounts: {e}")))?;
            Ok((get(r, "creator_name")?, platform))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(DigestFacts { deals, payments, unreachable })
}

/// The brands a creator has an open deal with.
pub(crate) async fn creator_brands(conn: &mut AnyConnection, creator: CreatorId) -> StoreResult<Vec<BrandId>> {
    let sql = format!(
        "SELECT DISTINCT c.brand_id FROM deals d JOIN campaigns c ON c.id = d.campaign_id \
         WHERE d.creator_id = $1 AND d.stage NOT IN {FINAL} ORDER BY c.brand_id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creator.0).fetch_all(conn).await.map_err(backend_err)?;
    rows.iter().map(|r| Ok(BrandId(get(r, "brand_id")?))).collect()
}

#[async_trait]
impl AlertStore for SqlStore {
    async fn brands(&self) -> StoreResult<Vec<(BrandId, String)>> {
        let rows =
            sqlx::query("SELECT id, name FROM brands ORDER BY id").fetch_all(&self.pool).await.map_err(backend_err)?;
        rows.iter().map(|r| Ok((BrandId(get(r, "id")?), get(r, "name")?))).collect()
    }
}
