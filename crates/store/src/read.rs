//! Reads outside a write transaction: the `Store` port's queries.

use async_trait::async_trait;
use sqlx::AssertSqlSafe;
use sqlx::any::AnyRow;

use linkstar_app::port::{DealSummary, OutboxMessage, StoreResult, Tx};
use linkstar_app::{Store, StoreError};
use linkstar_core::audit::AuditEvent;
use linkstar_core::brand::Operator;
use linkstar_core::campaign::Campaign;
use linkstar_core::content::Draft;
use linkstar_core::creator::{Creator, CreatorQuery};
use linkstar_core::ids::*;
use linkstar_core::payment::Payment;
use linkstar_core::place::{ChatAccount, ChatPlatform, Handle};
use linkstar_core::stage::Stage;

use linkstar_app::port::{AttributionFacts, MetricsSnapshot, PayoutFilter, PayoutRow};
use linkstar_app::schedule_port::UnplannedPage;
use linkstar_core::fx::FxRate;
use linkstar_core::place::Platform;
use linkstar_core::report::{DealFacts, SpeedCounts};
use linkstar_core::time::Timestamp;

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, R, get};

/// A bound value of a dynamically built query.
enum Bind {
    Int(i64),
    Text(String),
}

/// A query under construction: SQL text plus `$n` binds in order.
#[derive(Default)]
struct Sql {
    text: String,
    binds: Vec<Bind>,
}

impl Sql {
    fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Appends `text` with `?` replaced by the next placeholder.
    fn bind(&mut self, text: &str, value: Bind) {
        self.binds.push(value);
        self.text.push_str(&text.replace('?', &format!("${}", self.binds.len())));
    }

    async fn fetch(self, store: &SqlStore) -> R<Vec<AnyRow>> {
        let mut q = sqlx::query(AssertSqlSafe(self.text));
        for b in self.binds {
            q = match b {
                Bind::Int(i) => q.bind(i),
                Bind::Text(s) => q.bind(s),
            };
        }
        q.fetch_all(&store.pool).await.map_err(backend_err)
    }
}

fn like(item: &str) -> Bind {
    Bind::Text(format!("%,{},%", item.trim().replace(['%', '_', ','], "")))
}

/// The SQL of a creator search, shared with the benchmark's raw-SQL comparison.
fn creator_search(q: &CreatorQuery) -> Sql {
    let mut sql = Sql::default();
    sql.push("SELECT * FROM creators WHERE 1 = 1");
    let (followers, er) = match q.platform {
        Some(p) => {
            sql.push(&format!(" AND {}_handle IS NOT NULL", p.as_str()));
            (format!("{}_followers", p.as_str()), format!("{}_er", p.as_str()))
        }
        None => ("top_followers".to_string(), "top_er".to_string()),
    };
    if let Some(c) = q.country {
        sql.bind(" AND country = ?", Bind::Text(c.to_string()));
    }
    if let Some(l) = &q.language {
        sql.bind(" AND languages LIKE ?", like(&l.to_ascii_lowercase()));
    }
    if let Some(c) = &q.category {
        sql.bind(" AND categories LIKE ?", like(&c.to_lowercase()));
    }
    let (lo, hi) = q.follower_range();
    if let Some(lo) = lo {
        sql.bind(&format!(" AND {followers} >= ?"), Bind::Int(lo.min(i64::MAX as u64) as i64));
    }
    if let Some(hi) = hi {
        sql.bind(&format!(" AND {followers} <= ?"), Bind::Int(hi.min(i64::MAX as u64) as i64));
    }
    if let Some(min) = q.min_engagement_bp {
        sql.bind(&format!(" AND {er} >= ?"), Bind::Int(i64::from(min)));
    }
    if let Some(c) = q.audience_country {
        sql.bind(" AND audience_countries LIKE ?", like(c.as_str()));
    }
    if q.exclude_risky {
        sql.push(" AND risky = 0");
    }
    if let Some(r) = q.min_rating {
        sql.bind(" AND rating >= ?", Bind::Int(i64::from(r)));
    }
    if let Some(s) = q.pool_status {
        sql.bind(" AND pool_status = ?", Bind::Text(s.as_str().into()));
    }
    if let Some(t) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pattern = format!("%{}%", t.trim_start_matches('@').to_lowercase().replace(['%', '_'], ""));
        sql.bind(
            " AND (LOWER(name) LIKE ? OR tiktok_handle LIKE $H OR instagram_handle LIKE $H OR youtube_handle LIKE $H)",
            Bind::Text(pattern),
        );
        let n = sql.binds.len();
        sql.text = sql.text.replace("$H", &format!("${n}"));
    }
    sql.push(&format!(" ORDER BY {followers} DESC, id"));
    sql.bind(" LIMIT ?", Bind::Int(i64::from(q.page_size())));
    sql.bind(" OFFSET ?", Bind::Int(q.offset.min(i64::MAX as u64) as i64));
    sql
}

impl SqlStore {
    /// Runs a creator search's SQL and returns only the row count: the benchmark's
    /// "raw SQL" baseline for [`Store::search_creators`].
    pub async fn raw_creator_search_count(&self, q: &CreatorQuery) -> Result<usize, StoreError> {
        Ok(creator_search(q).fetch(self).await?.len())
    }

    async fn with_chats(&self, rows: Vec<AnyRow>) -> R<Vec<Creator>> {
        let ids: Vec<i64> = rows.iter().map(|r| get::<i64>(r, "id")).collect::<Result<_, _>>()?;
        let mut chats: std::collections::HashMap<i64, Vec<ChatAccount>> = Default::default();
        if !ids.is_empty() {
            let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT creator_id, platform, external_id FROM chat_accounts WHERE creator_id IN ({}) ORDER BY linked_at",
                marks.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for id in &ids {
                q = q.bind(*id);
            }
            for row in q.fetch_all(&self.pool).await.map_err(backend_err)? {
                let id: i64 = get(&row, "creator_id")?;
                chats.entry(id).or_default().extend(chat_accounts(std::slice::from_ref(&row))?);
            }
        }
        rows.iter().zip(ids).map(|(row, id)| codec::creator(row, chats.remove(&id).unwrap_or_default())).collect()
    }
}

/// Chat accounts from `platform, external_id` rows.
pub(crate) fn chat_accounts(rows: &[AnyRow]) -> R<Vec<ChatAccount>> {
    rows.iter()
        .map(|r| {
            let platform =
                ChatPlatform::parse(&get::<String>(r, "platform")?).map_err(|e| StoreError::Backend(e.to_string()))?;
            Ok(ChatAccount { platform, external_id: get(r, "external_id")? })
        })
        .collect()
}

#[async_trait]
impl Store for SqlStore {
    async fn begin(&self) -> StoreResult<Box<dyn Tx>> {
        Ok(Box::new(self.begin_write().await?))
    }

    async fn search_creators(&self, q: &CreatorQuery) -> StoreResult<Vec<Creator>> {
        let rows = creator_search(q).fetch(self).await?;
        self.with_chats(rows).await
    }

    async fn creators_after(&self, after: CreatorId, limit: u32) -> StoreResult<Vec<Creator>> {
        let rows = sqlx::query("SELECT * FROM creators WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after.0)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        self.with_chats(rows).await
    }

    async fn count_creators(&self) -> StoreResult<u64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM creators").fetch_one(&self.pool).await.map_err(backend_err)?;
        Ok(get::<i64>(&row, "n")?.max(0) as u64)
    }

    async fn list_campaigns(&self) -> StoreResult<Vec<Campaign>> {
        sqlx::query("SELECT id, brand_id, status, spec FROM campaigns ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::campaign)
            .collect()
    }

    async fn find_campaign(&self, name_or_id: &str) -> StoreResult<Option<Campaign>> {
        let id: i64 = name_or_id.trim().parse().unwrap_or(-1);
        let row = sqlx::query(
            "SELECT id, brand_id, status, spec FROM campaigns WHERE id = $1 OR LOWER(name) = $2 ORDER BY id LIMIT 1",
        )
        .bind(id)
        .bind(name_or_id.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend_err)?;
        row.map(|r| codec::campaign(&r)).transpose()
    }

    async fn find_creator(&self, handle_or_id: &str) -> StoreResult<Option<Creator>> {
        let rows = if let Ok(id) = handle_or_id.trim().parse::<i64>() {
            sqlx::query("SELECT * FROM creators WHERE id = $1").bind(id).fetch_all(&self.pool).await
        } else {
            let Ok(handle) = Handle::parse(handle_or_id) else { return Ok(None) };
            sqlx::query("SELECT * FROM creators WHERE tiktok_handle = $1 OR instagram_handle = $1 OR youtube_handle = $1 ORDER BY id LIMIT 1")
                .bind(handle.as_str().to_string())
                .fetch_all(&self.pool)
                .await
        }
        .map_err(backend_err)?;
        Ok(self.with_chats(rows).await?.into_iter().next())
    }

    async fn pipeline(&self, campaign: Option<CampaignId>) -> StoreResult<Vec<(Stage, u64)>> {
        let rows =
            sqlx::query("SELECT stage, COUNT(*) AS n FROM deals WHERE ($1 < 0 OR campaign_id = $1) GROUP BY stage")
                .bind(campaign.map_or(-1, |c| c.0))
                .fetch_all(&self.pool)
                .await
                .map_err(backend_err)?;
        let mut counts: Vec<(Stage, u64)> = Stage::ALL.iter().map(|s| (*s, 0)).collect();
        for row in rows {
            let stage = Stage::parse(&get::<String>(&row, "stage")?).map_err(|e| StoreError::Backend(e.to_string()))?;
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == stage) {
                slot.1 = get::<i64>(&row, "n")?.max(0) as u64;
            }
        }
        Ok(counts)
    }

    async fn list_deals(&self, campaign: Option<CampaignId>, limit: u32) -> StoreResult<Vec<DealSummary>> {
        let rows = sqlx::query(
            "SELECT d.*, c.name AS campaign_name, p.name AS creator_name FROM deals d \
             JOIN campaigns c ON c.id = d.campaign_id JOIN creators p ON p.id = d.creator_id \
             WHERE ($1 < 0 OR d.campaign_id = $1) ORDER BY d.updated_at DESC, d.id DESC LIMIT $2",
        )
        .bind(campaign.map_or(-1, |c| c.0))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter()
            .map(|r| {
                Ok(DealSummary {
                    deal: codec::deal(r)?,
                    campaign: get(r, "campaign_name")?,
                    creator: get(r, "creator_name")?,
                    overdue_since: codec::opt_ts(r, "overdue_at")?,
                })
            })
            .collect()
    }

    async fn audit_events(&self, after: EventId, limit: u32) -> StoreResult<Vec<AuditEvent>> {
        sqlx::query("SELECT * FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(after.0)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::audit_event)
            .collect()
    }

    async fn outbox(&self, pending_only: bool, limit: u32) -> StoreResult<Vec<OutboxMessage>> {
        sqlx::query("SELECT * FROM outbox WHERE ($1 = 0 OR status = 'pending') ORDER BY id LIMIT $2")
            .bind(i64::from(pending_only))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::outbox)
            .collect()
    }

    async fn payments(&self, deal: DealId) -> StoreResult<Vec<Payment>> {
        sqlx::query("SELECT * FROM payments WHERE deal_id = $1 ORDER BY id")
            .bind(deal.0)
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::payment)
            .collect()
    }

    async fn drafts(&self, deal: DealId) -> StoreResult<Vec<Draft>> {
        sqlx::query("SELECT * FROM drafts WHERE deal_id = $1 ORDER BY version")
            .bind(deal.0)
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::draft)
            .collect()
    }

    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<Operator>> {
        let row = sqlx::query("SELECT * FROM operators WHERE username = $1")
            .bind(username.trim())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.map(|r| crate::tx::operator_row(&r)).transpose()
    }

    // Money and results (issue 8): the SQL is in report.rs.
    async fn operator_by_id(&self, id: OperatorId) -> StoreResult<Option<Operator>> {
        let row = sqlx::query("SELECT * FROM operators WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.map(|r| crate::tx::operator_row(&r)).transpose()
    }

    async fn brand_by_id(&self, id: BrandId) -> StoreResult<Option<linkstar_core::brand::Brand>> {
        let row = sqlx::query("SELECT * FROM brands WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.map(|r| crate::money::brand_row(&r)).transpose()
    }

    async fn fx_rates(&self) -> StoreResult<Vec<FxRate>> {
        self.fx_rates_all().await
    }

    async fn report_deals(&self, campaign: CampaignId) -> StoreResult<Vec<DealFacts>> {
        self.report_deals_of(campaign).await
    }

    async fn speed(&self, brand: BrandId, campaign: Option<CampaignId>, now: Timestamp) -> StoreResult<SpeedCounts> {
        self.speed_of(brand, campaign, now).await
    }

    async fn attribution(&self, brand: BrandId, campaign: Option<CampaignId>) -> StoreResult<Vec<AttributionFacts>> {
        self.attribution_of(brand, campaign).await
    }

    async fn payouts(&self, filter: &PayoutFilter) -> StoreResult<Vec<PayoutRow>> {
        self.payouts_of(filter).await
    }

    async fn metrics_history(&self, deal: DealId) -> StoreResult<Vec<MetricsSnapshot>> {
        self.metrics_history_of(deal).await
    }

    async fn campaign_posts(&self, campaign: CampaignId, platform: Platform) -> StoreResult<Vec<(DealId, String)>> {
        self.campaign_posts_of(campaign, platform).await
    }

    async fn unplanned_page(&self, after: DealId, limit: u32) -> StoreResult<UnplannedPage> {
        let mut conn = self.pool.acquire().await.map_err(backend_err)?;
        crate::reminders::unplanned_page(&mut conn, self.backend, after, limit).await
    }

    async fn deal_clock(&self, deal: DealId) -> StoreResult<linkstar_app::schedule_port::DealClock> {
        let mut conn = self.pool.acquire().await.map_err(backend_err)?;
        crate::reminders::deal_clock(&mut conn, deal).await
    }

    async fn find_deal(&self, id: DealId) -> StoreResult<Option<linkstar_core::deal::Deal>> {
        self.find_deal_of(id).await
    }

    async fn deal_history(&self, deal: DealId, limit: u32) -> StoreResult<Vec<AuditEvent>> {
        self.deal_history_of(deal, limit).await
    }
}
