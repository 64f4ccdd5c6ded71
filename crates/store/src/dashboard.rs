//! The dashboard's reads ([`DashboardReads`]): aggregate counts, paged lists and the
//! change-feed head, each one indexed query (see the `dashboard` migration).

use async_trait::async_trait;
use sqlx::any::AnyRow;

use linkstar_app::StoreError;
use linkstar_app::dashboard::{
    Attention, CampaignFigures, CreatorVoice, DashboardReads, DealPage, OutboxHealth, PaymentFilter, PaymentLine,
    ReviewItem,
};
use linkstar_app::port::{DealSummary, OutboxMessage, StoreResult};
use linkstar_core::audit::AuditEvent;
use linkstar_core::content::{Decision, Review};
use linkstar_core::ids::*;
use linkstar_core::money::Money;
use linkstar_core::place::{Locale, TimeZoneName};
use linkstar_core::stage::Stage;
use linkstar_core::time::{Timestamp, to_millis};

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, R, get, opt_ts, ts};

const DAY_MS: i64 = 86_400_000;

fn count(row: &AnyRow, col: &str) -> R<u64> {
    Ok(get::<Option<i64>>(row, col)?.unwrap_or(0).max(0) as u64)
}

fn summary(row: &AnyRow) -> R<DealSummary> {
    Ok(DealSummary {
        deal: codec::deal(row)?,
        campaign: get(row, "campaign_name")?,
        creator: get(row, "creator_name")?,
        overdue_since: opt_ts(row, "overdue_at")?,
    })
}

const DEAL_COLUMNS: &str = "SELECT d.*, c.name AS campaign_name, p.name AS creator_name FROM deals d \
     JOIN campaigns c ON c.id = d.campaign_id JOIN creators p ON p.id = d.creator_id";

impl SqlStore {
    async fn rows(&self, sql: &'static str, binds: &[i64]) -> R<Vec<AnyRow>> {
        let mut q = sqlx::query(sql);
        for b in binds {
            q = q.bind(*b);
        }
        q.fetch_all(&self.pool).await.map_err(backend_err)
    }

    async fn rows_text(&self, sql: String, binds: &[i64]) -> R<Vec<AnyRow>> {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in binds {
            q = q.bind(*b);
        }
        q.fetch_all(&self.pool).await.map_err(backend_err)
    }
}

#[async_trait]
impl DashboardReads for SqlStore {
    async fn audit_head(&self) -> StoreResult<EventId> {
        let rows = self.rows("SELECT last_id FROM audit_head WHERE singleton = 1", &[]).await?;
        Ok(EventId(rows.first().map(|r| get::<i64>(r, "last_id")).transpose()?.unwrap_or(0)))
    }

    async fn attention(&self, brand: BrandId, now: Timestamp) -> StoreResult<Attention> {
        let deals = self
            .rows(
                "SELECT CAST(SUM(CASE WHEN d.stage = 'in_review' THEN 1 ELSE 0 END) AS BIGINT) AS waiting, \
                 CAST(SUM(CASE WHEN d.stage = 'in_review' AND d.updated_at + d.review_sla_ms < $2 THEN 1 ELSE 0 END) AS BIGINT) AS late, \
                 CAST(SUM(CASE WHEN d.stage = 'negotiating' THEN 1 ELSE 0 END) AS BIGINT) AS counters, \
                 CAST(SUM(CASE WHEN d.overdue_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS overdue \
                 FROM deals d JOIN campaigns c ON c.id = d.campaign_id \
                 WHERE c.brand_id = $1 AND (d.stage IN ('in_review', 'negotiating') OR d.overdue_at IS NOT NULL)",
                &[brand.0, to_millis(now)],
            )
            .await?;
        let payments = self
            .rows(
                "SELECT COUNT(*) AS n FROM payments p JOIN deals d ON d.id = p.deal_id \
                 JOIN campaigns c ON c.id = d.campaign_id \
                 WHERE c.brand_id = $1 AND p.status IN ('scheduled', 'due') AND p.due_at < $2",
                &[brand.0, to_millis(now)],
            )
            .await?;
        let (mut a, p) = (Attention::default(), payments.first());
        if let Some(row) = deals.first() {
            a.drafts_waiting = count(row, "waiting")?;
            a.reviews_overdue = count(row, "late")?;
            a.counters = count(row, "counters")?;
            a.deals_overdue = count(row, "overdue")?;
        }
        a.payments_overdue = p.map(|r| count(r, "n")).transpose()?.unwrap_or(0);
        Ok(a)
    }

    async fn stage_counts(&self, brand: BrandId, campaign: Option<CampaignId>) -> StoreResult<Vec<(Stage, u64)>> {
        let rows = self
            .rows(
                "SELECT d.stage, COUNT(*) AS n FROM deals d JOIN campaigns c ON c.id = d.campaign_id \
                 WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2) GROUP BY d.stage",
                &[brand.0, campaign.map_or(-1, |c| c.0)],
            )
            .await?;
        let mut counts: Vec<(Stage, u64)> = Stage::ALL.iter().map(|s| (*s, 0)).collect();
        for row in rows {
            let stage = Stage::parse(&get::<String>(&row, "stage")?).map_err(|e| StoreError::Backend(e.to_string()))?;
            if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == stage) {
                slot.1 = count(&row, "n")?;
            }
        }
        Ok(counts)
    }

    async fn deals_page(&self, page: &DealPage) -> StoreResult<Vec<DealSummary>> {
        let mut sql = format!("{DEAL_COLUMNS} WHERE c.brand_id = $1");
        let mut binds = vec![page.brand.0];
        if let Some(c) = page.campaign {
            binds.push(c.0);
            sql.push_str(&format!(" AND d.campaign_id = ${}", binds.len()));
        }
        if let Some(s) = page.stage {
            // A stage name is one of a fixed set, never user text.
            sql.push_str(&format!(" AND d.stage = '{}'", s.as_str()));
        }
        binds.push(i64::from(page.limit));
        binds.push(page.offset.min(i64::MAX as u64) as i64);
        sql.push_str(&format!(
            " ORDER BY d.updated_at DESC, d.id DESC LIMIT ${} OFFSET ${}",
            binds.len() - 1,
            binds.len()
        ));
        self.rows_text(sql, &binds).await?.iter().map(summary).collect()
    }

    async fn deal_summary(&self, deal: DealId) -> StoreResult<Option<DealSummary>> {
        let rows = self.rows_text(format!("{DEAL_COLUMNS} WHERE d.id = $1"), &[deal.0]).await?;
        rows.first().map(summary).transpose()
    }

    async fn review_queue(&self, brand: BrandId, offset: u64, limit: u32) -> StoreResult<Vec<ReviewItem>> {
        let sql = format!(
            "{DEAL_COLUMNS} WHERE c.brand_id = $1 AND d.stage = 'in_review' \
             ORDER BY (d.updated_at + d.review_sla_ms), d.id LIMIT $2 OFFSET $3"
        );
        let rows = self.rows_text(sql, &[brand.0, i64::from(limit), offset.min(i64::MAX as u64) as i64]).await?;
        rows.iter()
            .map(|r| {
                let submitted = get::<i64>(r, "updated_at")?;
                let sla = get::<Option<i64>>(r, "review_sla_ms")?.unwrap_or(0);
                Ok(ReviewItem {
                    summary: summary(r)?,
                    submitted_at: linkstar_core::time::from_millis(submitted),
                    due_at: linkstar_core::time::from_millis(submitted.saturating_add(sla)),
                })
            })
            .collect()
    }

    async fn reviews(&self, deal: DealId) -> StoreResult<Vec<Review>> {
        let rows = self.rows("SELECT * FROM reviews WHERE deal_id = $1 ORDER BY id", &[deal.0]).await?;
        rows.iter()
            .map(|r| {
                let decision = match get::<String>(r, "decision")?.as_str() {
                    "approved" => Decision::Approved,
                    _ => Decision::ChangesRequested,
                };
                Ok(Review {
                    draft_id: DraftId(get(r, "draft_id")?),
                    decision,
                    notes: get(r, "notes")?,
                    by: get::<Option<i64>>(r, "operator_id")?.map(OperatorId),
                    at: ts(r, "at")?,
                })
            })
            .collect()
    }

    async fn payments_page(
        &self,
        brand: BrandId,
        filter: PaymentFilter,
        now: Timestamp,
        offset: u64,
        limit: u32,
    ) -> StoreResult<Vec<PaymentLine>> {
        let (condition, order) = match filter {
            PaymentFilter::Due => ("p.status IN ('scheduled', 'due') AND p.due_at >= $2", "p.due_at, p.id"),
            PaymentFilter::Overdue => ("p.status IN ('scheduled', 'due') AND p.due_at < $2", "p.due_at, p.id"),
            PaymentFilter::Paid => ("p.status = 'paid' AND $2 = $2", "p.paid_at DESC, p.id DESC"),
        };
        let sql = format!(
            "SELECT p.*, c.name AS campaign_name, k.name AS creator_name FROM payments p \
             JOIN deals d ON d.id = p.deal_id JOIN campaigns c ON c.id = d.campaign_id \
             JOIN creators k ON k.id = d.creator_id \
             WHERE c.brand_id = $1 AND {condition} ORDER BY {order} LIMIT $3 OFFSET $4"
        );
        let binds = [brand.0, to_millis(now), i64::from(limit), offset.min(i64::MAX as u64) as i64];
        self.rows_text(sql, &binds)
            .await?
            .iter()
            .map(|r| {
                Ok(PaymentLine {
                    payment: codec::payment(r)?,
                    campaign: get(r, "campaign_name")?,
                    creator: get(r, "creator_name")?,
                })
            })
            .collect()
    }

    async fn campaign_figures(&self, brand: BrandId) -> StoreResult<Vec<CampaignFigures>> {
        let campaigns = self
            .rows("SELECT id, brand_id, status, spec FROM campaigns WHERE brand_id = $1 ORDER BY id", &[brand.0])
            .await?;
        // Grouped by (campaign, stage, currency) so the covering index answers it alone;
        // the stage rules are applied below.
        let deals = self
            .rows(
                "SELECT campaign_id, stage, currency, COUNT(*) AS n, CAST(SUM(fee_minor) AS BIGINT) AS fees FROM deals \
                 WHERE campaign_id IN (SELECT id FROM campaigns WHERE brand_id = $1) \
                 GROUP BY campaign_id, stage, currency",
                &[brand.0],
            )
            .await?;
        let paid = self
            .rows(
                "SELECT d.campaign_id, CAST(SUM(p.amount_minor) AS BIGINT) AS paid FROM payments p \
                 JOIN deals d ON d.id = p.deal_id JOIN campaigns c ON c.id = d.campaign_id \
                 WHERE c.brand_id = $1 AND p.status = 'paid' AND p.currency = c.currency GROUP BY d.campaign_id",
                &[brand.0],
            )
            .await?;
        let metrics = self
            .rows(
                "SELECT d.campaign_id, CAST(SUM(m.views) AS BIGINT) AS views, CAST(SUM(m.clicks) AS BIGINT) AS clicks, \
                 CAST(SUM(m.conversions) AS BIGINT) AS conversions, CAST(SUM(m.revenue_minor) AS BIGINT) AS revenue \
                 FROM metrics m JOIN deals d ON d.id = m.deal_id JOIN campaigns c ON c.id = d.campaign_id \
                 WHERE c.brand_id = $1 AND m.at = (SELECT MAX(n.at) FROM metrics n WHERE n.deal_id = m.deal_id) \
                 GROUP BY d.campaign_id",
                &[brand.0],
            )
            .await?;
        let find = |rows: &[AnyRow], id: i64| -> R<Option<usize>> {
            for (i, r) in rows.iter().enumerate() {
                if get::<i64>(r, "campaign_id")? == id {
                    return Ok(Some(i));
                }
            }
            Ok(None)
        };
        let mut out = Vec::with_capacity(campaigns.len());
        for row in &campaigns {
            let campaign = codec::campaign(row)?;
            let currency = campaign.spec.budget.currency;
            let mut f = CampaignFigures {
                committed: Money::new(0, currency),
                paid: Money::new(0, currency),
                contracted: 0,
                delivered: 0,
                deals: 0,
                views: 0,
                clicks: 0,
                conversions: 0,
                revenue_minor: 0,
                campaign,
            };
            let id = f.campaign.id.0;
            for r in &deals {
                if get::<i64>(r, "campaign_id")? != id {
                    continue;
                }
                let stage =
                    Stage::parse(&get::<String>(r, "stage")?).map_err(|e| StoreError::Backend(e.to_string()))?;
                let n = count(r, "n")?;
                f.deals += n;
                if stage.is_contracted() {
                    f.contracted += n;
                    if get::<String>(r, "currency")? == currency.code() {
                        f.committed.minor += get::<Option<i64>>(r, "fees")?.unwrap_or(0);
                    }
                }
                if matches!(stage, Stage::Published | Stage::Verified | Stage::Completed | Stage::Removed) {
                    f.delivered += n;
                }
            }
            if let Some(i) = find(&paid, id)? {
                f.paid = Money::new(get::<Option<i64>>(&paid[i], "paid")?.unwrap_or(0), currency);
            }
            if let Some(i) = find(&metrics, id)? {
                let r = &metrics[i];
                let v = |c: &str| -> R<i64> { Ok(get::<Option<i64>>(r, c)?.unwrap_or(0)) };
                (f.views, f.clicks, f.conversions, f.revenue_minor) =
                    (v("views")?, v("clicks")?, v("conversions")?, v("revenue")?);
            }
            out.push(f);
        }
        Ok(out)
    }

    async fn deal_events(&self, deal: DealId, limit: u32) -> StoreResult<Vec<AuditEvent>> {
        let rows = self
            .rows("SELECT * FROM audit_events WHERE deal_id = $1 ORDER BY id LIMIT $2", &[deal.0, i64::from(limit)])
            .await?;
        rows.iter().map(codec::audit_event).collect()
    }

    async fn creator_messages(
        &self,
        creator: CreatorId,
        limit: u32,
    ) -> StoreResult<(CreatorVoice, Vec<OutboxMessage>)> {
        let who = self.rows("SELECT preferred_locale, time_zone FROM creators WHERE id = $1", &[creator.0]).await?;
        let row = who.first().ok_or(StoreError::NotFound("creator"))?;
        let bad = |e: linkstar_core::DomainError| StoreError::Backend(e.to_string());
        let voice = CreatorVoice {
            locale: get::<Option<String>>(row, "preferred_locale")?
                .map(|l| Locale::parse(&l))
                .transpose()
                .map_err(bad)?,
            time_zone: TimeZoneName::parse(&get::<String>(row, "time_zone")?).map_err(bad)?,
        };
        let rows = self
            .rows(
                "SELECT * FROM outbox WHERE recipient_kind = 'creator' AND recipient_id = $1 ORDER BY id LIMIT $2",
                &[creator.0, i64::from(limit)],
            )
            .await?;
        Ok((voice, rows.iter().map(codec::outbox).collect::<R<_>>()?))
    }

    async fn outbox_health(&self) -> StoreResult<OutboxHealth> {
        let mut h = OutboxHealth::default();
        for row in self.rows("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status", &[]).await? {
            let n = count(&row, "n")?;
            match get::<String>(&row, "status")?.as_str() {
                "pending" => h.pending = n,
                "sent" => h.sent = n,
                "failed" => h.failed = n,
                _ => {}
            }
        }
        let rows = self
            .rows(
                "SELECT (SELECT MAX(sent_at) FROM outbox WHERE status = 'sent') AS last_sent, \
                 (SELECT MIN(created_at) FROM outbox WHERE status = 'pending') AS oldest, \
                 (SELECT COUNT(*) FROM chat_accounts WHERE unreachable = 1) AS unreachable",
                &[],
            )
            .await?;
        if let Some(r) = rows.first() {
            h.last_sent_at = opt_ts(r, "last_sent")?;
            h.oldest_pending_at = opt_ts(r, "oldest")?;
            h.unreachable = count(r, "unreachable")?;
        }
        Ok(h)
    }

    async fn recent_outbox(&self, limit: u32) -> StoreResult<Vec<OutboxMessage>> {
        let rows = self.rows("SELECT * FROM outbox ORDER BY id DESC LIMIT $1", &[i64::from(limit)]).await?;
        rows.iter().map(codec::outbox).collect()
    }

    async fn deal_reminders(&self, deal: DealId) -> StoreResult<Vec<linkstar_app::schedule_port::ScheduledRow>> {
        linkstar_app::ScheduleStore::pending_reminders(self, deal).await
    }

    async fn daily_events(&self, until: Timestamp, days: u32) -> StoreResult<Vec<u64>> {
        let last_day = to_millis(until).div_euclid(DAY_MS);
        let first_day = last_day - i64::from(days.max(1)) + 1;
        let rows = self
            .rows(
                "SELECT at / 86400000 AS day, COUNT(*) AS n FROM audit_events \
                 WHERE at >= $1 AND at < $2 GROUP BY at / 86400000",
                &[first_day * DAY_MS, (last_day + 1) * DAY_MS],
            )
            .await?;
        let mut out = vec![0u64; days.max(1) as usize];
        for row in rows {
            let day = get::<i64>(&row, "day")?;
            if let Some(slot) = usize::try_from(day - first_day).ok().and_then(|i| out.get_mut(i)) {
                *slot = count(&row, "n")?;
            }
        }
        Ok(out)
    }
}
