//! Reads for reports, payouts and attribution. A campaign report is one row per deal
//! (plus one small row per review): a deal's newest snapshot is one index seek on
//! `(deal_id, at)`, payments and each creator's record are summed in SQL, so the cost
//! grows with the campaign's deals, not with its metrics or payments history. Every
//! ratio is left to `linkstar_core::report`.

use std::collections::HashMap;

use sqlx::AssertSqlSafe;

use crate::codec::corrupt;
use linkstar_app::port::{AttributionFacts, MetricsSnapshot, PayoutFilter, PayoutRow};
use linkstar_core::attribution::DiscountCode;
use linkstar_core::fx::FxRate;
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::Platform;
use linkstar_core::report::{DealFacts, PAYMENT_GRACE_HOURS, PaymentTotals, ReliabilityCounts, SpeedCounts};
use linkstar_core::stage::Stage;
use linkstar_core::terms::PaymentModel;
use linkstar_core::time::{Timestamp, to_millis};

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, R, get, opt_ts, ts};
use crate::money::{fx_row, metrics_row};

fn payment_model(text: &str) -> R<PaymentModel> {
    serde_json::from_str(text).map_err(|e| corrupt("deals", e))
}

const CONTRACTED: &str =
    "('contracted', 'in_review', 'changes_requested', 'approved', 'published', 'verified', 'completed', 'removed')";

impl SqlStore {
    pub(crate) async fn fx_rates_all(&self) -> R<Vec<FxRate>> {
        let rows = sqlx::query("SELECT * FROM fx_rates ORDER BY rate_date, id").fetch_all(&self.pool).await;
        rows.map_err(backend_err)?.iter().map(fx_row).collect()
    }

    pub(crate) async fn report_deals_of(&self, campaign: CampaignId) -> R<Vec<DealFacts>> {
        // Two reads side by side (SQLite readers run on their own connections and
        // threads): one row per deal with its newest snapshot (one index seek) and its
        // payments summed, and each of the campaign's creators' record across campaigns.
        let (deals, records) = futures::future::try_join(self.deal_rows(campaign), self.records(campaign)).await?;
        Ok(deals
            .into_iter()
            .map(|mut d| {
                d.reliability = records.get(&d.creator).copied().unwrap_or_default();
                d
            })
            .collect())
    }

    /// The campaign's deals with everything but the creators' records.
    async fn deal_rows(&self, campaign: CampaignId) -> R<Vec<DealFacts>> {
        let rows = sqlx::query(
            "SELECT d.id, d.creator_id, p.name AS creator_name, d.stage, d.payment_model, d.fee_minor, d.currency, \
             d.draft_due, d.change_requests, \
             (SELECT MIN(submitted_at) FROM drafts WHERE deal_id = d.id) AS first_draft_at, \
             m.at AS m_at, m.views, m.likes, m.comments, m.shares, m.saves, m.clicks, m.conversions, m.revenue_minor, \
             COALESCE(pay.owed, 0) AS owed, COALESCE(pay.paid, 0) AS paid, \
             COALESCE(pay.fee_scheduled, 0) AS fee_scheduled, COALESCE(pay.commissions, 0) AS commissions \
             FROM deals d JOIN creators p ON p.id = d.creator_id \
             LEFT JOIN metrics m ON m.id = \
               (SELECT id FROM metrics WHERE deal_id = d.id ORDER BY at DESC, id DESC LIMIT 1) \
             LEFT JOIN (SELECT deal_id, \
                 CAST(SUM(CASE WHEN status <> 'cancelled' THEN amount_minor ELSE 0 END) AS BIGINT) AS owed, \
                 CAST(SUM(CASE WHEN status = 'paid' THEN amount_minor ELSE 0 END) AS BIGINT) AS paid, \
                 CAST(SUM(CASE WHEN status <> 'cancelled' AND kind IN ('deposit', 'balance') \
                     THEN amount_minor ELSE 0 END) AS BIGINT) AS fee_scheduled, \
                 CAST(SUM(CASE WHEN status <> 'cancelled' AND kind = 'commission' THEN 1 ELSE 0 END) AS BIGINT) \
                     AS commissions \
               FROM payments WHERE deal_id IN (SELECT id FROM deals WHERE campaign_id = $1) GROUP BY deal_id) pay \
               ON pay.deal_id = d.id \
             WHERE d.campaign_id = $1 ORDER BY d.id",
        )
        .bind(campaign.0)
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter()
            .map(|row| {
                let currency = Currency::parse(&get::<String>(row, "currency")?).map_err(|e| corrupt("deals", e))?;
                let latest = match opt_ts(row, "m_at")? {
                    Some(at) => Some((at, crate::money::figures(row)?)),
                    None => None,
                };
                Ok(DealFacts {
                    deal: DealId(get(row, "id")?),
                    creator: CreatorId(get(row, "creator_id")?),
                    creator_name: get(row, "creator_name")?,
                    stage: Stage::parse(&get::<String>(row, "stage")?).map_err(|e| corrupt("deals", e))?,
                    fee: Money::new(get(row, "fee_minor")?, currency),
                    model: payment_model(&get::<String>(row, "payment_model")?)?,
                    draft_due: ts(row, "draft_due")?,
                    first_draft_at: opt_ts(row, "first_draft_at")?,
                    change_requests: get::<i64>(row, "change_requests")?.max(0) as u32,
                    latest,
                    payments: PaymentTotals {
                        owed: get(row, "owed")?,
                        paid: get(row, "paid")?,
                        fee_scheduled: get(row, "fee_scheduled")?,
                        commission_scheduled: get::<i64>(row, "commissions")? > 0,
                    },
                    reliability: ReliabilityCounts::default(),
                })
            })
            .collect()
    }

    /// The record across every campaign of each creator with a deal in `campaign`:
    /// contracted deals, drafted ones, first drafts on time, change requests, removals.
    async fn records(&self, campaign: CampaignId) -> R<HashMap<CreatorId, ReliabilityCounts>> {
        let sql = format!(
            "SELECT x.creator_id, COUNT(*) AS deals, \
             CAST(SUM(CASE WHEN x.first_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS drafted, \
             CAST(SUM(CASE WHEN x.first_at <= x.draft_due THEN 1 ELSE 0 END) AS BIGINT) AS on_time, \
             CAST(SUM(x.change_requests) AS BIGINT) AS revisions, \
             CAST(SUM(CASE WHEN x.stage = 'removed' THEN 1 ELSE 0 END) AS BIGINT) AS removals \
             FROM (SELECT e.creator_id, e.draft_due, e.change_requests, e.stage, \
                   (SELECT MIN(submitted_at) FROM drafts WHERE deal_id = e.id) AS first_at \
                   FROM deals e WHERE e.stage IN {CONTRACTED} \
                   AND e.creator_id IN (SELECT creator_id FROM deals WHERE campaign_id = $1)) x \
             GROUP BY x.creator_id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql)).bind(campaign.0).fetch_all(&self.pool).await.map_err(backend_err)?;
        rows.iter()
            .map(|row| {
                let counts = ReliabilityCounts {
                    deals: get(row, "deals")?,
                    drafted: get(row, "drafted")?,
                    on_time: get(row, "on_time")?,
                    revisions: get(row, "revisions")?,
                    removals: get(row, "removals")?,
                };
                Ok((CreatorId(get(row, "creator_id")?), counts))
            })
            .collect()
    }

    pub(crate) async fn speed_of(
        &self,
        brand: BrandId,
        campaign: Option<CampaignId>,
        now: Timestamp,
    ) -> R<SpeedCounts> {
        // Three single-row aggregates in one statement: operator decisions on drafts
        // (time from upload to decision, and whether it was within the deal's review SLA),
        // payments made (delay past the due date), and open payments past due.
        let scope = "JOIN deals d ON d.id = p.deal_id JOIN campaigns c ON c.id = d.campaign_id \
                     WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2)";
        let sql = format!(
            "SELECT rv.n AS reviews, rv.ms AS review_ms, rv.with_sla, rv.within_sla, \
             pd.n AS paid, pd.delay, pd.on_time, od.n AS overdue FROM \
             (SELECT COUNT(*) AS n, \
                CAST(COALESCE(SUM(CASE WHEN r.at > dr.submitted_at THEN r.at - dr.submitted_at ELSE 0 END), 0) \
                    AS BIGINT) AS ms, \
                CAST(COALESCE(SUM(CASE WHEN d.review_sla_ms IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS with_sla, \
                CAST(COALESCE(SUM(CASE WHEN r.at - dr.submitted_at <= d.review_sla_ms THEN 1 ELSE 0 END), 0) \
                    AS BIGINT) AS within_sla \
              FROM reviews r JOIN drafts dr ON dr.id = r.draft_id JOIN deals d ON d.id = r.deal_id \
              JOIN campaigns c ON c.id = d.campaign_id \
              WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2) AND r.operator_id IS NOT NULL) rv, \
             (SELECT COUNT(*) AS n, \
                CAST(COALESCE(SUM(CASE WHEN p.paid_at > p.due_at THEN p.paid_at - p.due_at ELSE 0 END), 0) AS BIGINT) \
                    AS delay, \
                CAST(COALESCE(SUM(CASE WHEN p.paid_at <= p.due_at + $3 THEN 1 ELSE 0 END), 0) AS BIGINT) AS on_time \
              FROM payments p {scope} AND p.status = 'paid' AND p.paid_at IS NOT NULL) pd, \
             (SELECT COUNT(*) AS n FROM payments p {scope} AND p.status IN ('scheduled', 'due') AND p.due_at < $4) od"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(brand.0)
            .bind(campaign.map_or(-1, |c| c.0))
            .bind(PAYMENT_GRACE_HOURS * 3_600_000)
            .bind(to_millis(now))
            .fetch_one(&self.pool)
            .await
            .map_err(backend_err)?;
        Ok(SpeedCounts {
            reviews: get(&row, "reviews")?,
            review_ms: get(&row, "review_ms")?,
            reviews_with_sla: get(&row, "with_sla")?,
            within_sla: get(&row, "within_sla")?,
            paid: get(&row, "paid")?,
            delay_ms: get(&row, "delay")?,
            paid_on_time: get(&row, "on_time")?,
            overdue_open: get(&row, "overdue")?,
        })
    }

    pub(crate) async fn attribution_of(
        &self,
        brand: BrandId,
        campaign: Option<CampaignId>,
    ) -> R<Vec<AttributionFacts>> {
        let rows = sqlx::query(
            "SELECT d.id, d.campaign_id, d.creator_id, p.name AS creator_name, d.stage, dc.code FROM deals d \
             JOIN campaigns c ON c.id = d.campaign_id JOIN creators p ON p.id = d.creator_id \
             LEFT JOIN discount_codes dc ON dc.deal_id = d.id \
             WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2) ORDER BY d.id",
        )
        .bind(brand.0)
        .bind(campaign.map_or(-1, |c| c.0))
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter()
            .map(|r| {
                Ok(AttributionFacts {
                    deal: DealId(get(r, "id")?),
                    campaign: CampaignId(get(r, "campaign_id")?),
                    creator: CreatorId(get(r, "creator_id")?),
                    creator_name: get(r, "creator_name")?,
                    stage: Stage::parse(&get::<String>(r, "stage")?).map_err(|e| corrupt("deals", e))?,
                    discount_code: get::<Option<String>>(r, "code")?
                        .map(|c| DiscountCode::parse(&c).map_err(|e| corrupt("discount_codes", e)))
                        .transpose()?,
                })
            })
            .collect()
    }

    pub(crate) async fn payouts_of(&self, f: &PayoutFilter) -> R<Vec<PayoutRow>> {
        // Statuses come from the enum's own names, never from input, so they are inlined.
        let statuses = if f.statuses.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = f.statuses.iter().map(|s| format!("'{}'", s.as_str())).collect();
            format!(" AND p.status IN ({})", names.join(", "))
        };
        let sql = format!(
            "SELECT p.*, c.name AS campaign_name, d.creator_id, cr.name AS creator_name FROM payments p \
             JOIN deals d ON d.id = p.deal_id JOIN campaigns c ON c.id = d.campaign_id \
             JOIN creators cr ON cr.id = d.creator_id \
             WHERE c.brand_id = $1 AND ($2 = '' OR p.currency = $2) AND ($3 < 0 OR d.campaign_id = $3){statuses} \
             ORDER BY p.due_at, p.id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(f.brand.0)
            .bind(f.currency.map_or("", |c| c.code()))
            .bind(f.campaign.map_or(-1, |c| c.0))
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        rows.iter()
            .map(|r| {
                Ok(PayoutRow {
                    payment: codec::payment(r)?,
                    campaign: get(r, "campaign_name")?,
                    creator: CreatorId(get(r, "creator_id")?),
                    creator_name: get(r, "creator_name")?,
                })
            })
            .collect()
    }

    pub(crate) async fn metrics_history_of(&self, deal: DealId) -> R<Vec<MetricsSnapshot>> {
        let rows =
            sqlx::query("SELECT * FROM metrics WHERE deal_id = $1 ORDER BY at, id").bind(deal.0).fetch_all(&self.pool);
        rows.await.map_err(backend_err)?.iter().map(metrics_row).collect()
    }

    pub(crate) async fn campaign_posts_of(&self, campaign: CampaignId, platform: Platform) -> R<Vec<(DealId, String)>> {
        let rows = sqlx::query(
            "SELECT p.deal_id, p.url FROM posts p JOIN deals d ON d.id = p.deal_id WHERE d.campaign_id = $1 \
             AND p.platform = $2 AND d.stage IN ('published', 'verified', 'completed') ORDER BY p.deal_id",
        )
        .bind(campaign.0)
        .bind(platform.as_str())
        .fetch_all(&self.pool)
        .await
        .map_err(backend_err)?;
        rows.iter().map(|r| Ok((DealId(get(r, "deal_id")?), get(r, "url")?))).collect()
    }
}
