//! Results: metrics from CSV imports and platform fetchers, the campaign report, and
//! the lists operators export (attribution for the shop, payouts for the bank).

use std::collections::BTreeMap;

use serde_json::json;

use linkstar_core::attribution::{self, DealKey};
use linkstar_core::audit::Actor;
use linkstar_core::brand::{Operator, Permission};
use linkstar_core::campaign::{Campaign, CampaignStatus};
use linkstar_core::fx::{Date, FxTable};
use linkstar_core::ids::{CampaignId, CreatorId, DealId, OperatorId};
use linkstar_core::metrics::{FigureUpdate, MetricsEntry};
use linkstar_core::money::Currency;
use linkstar_core::payment::PaymentStatus;
use linkstar_core::report::{self, CampaignReport, ReportInput};
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;

use super::{App, AppResult, authorize, event};
use crate::error::AppError;
use crate::fetch::MetricsFetcher;
use crate::port::{MetricsSnapshot, PayoutFilter, PayoutRow, Tx};

/// The outcome of a metrics import: good rows are kept, bad ones reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetricsImportReport {
    /// Snapshots recorded.
    pub imported: usize,
    /// Refused rows: line number and reason.
    pub rejected: Vec<(u64, String)>,
}

/// The outcome of fetching a campaign's posts from a platform.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FetchReport {
    /// Deals whose snapshot was recorded.
    pub recorded: Vec<DealId>,
    /// Deals whose post could not be fetched, with the reason.
    pub failed: Vec<(DealId, String)>,
}

/// A deal's attribution, as the shop needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionLine {
    /// The deal.
    pub deal: DealId,
    /// Campaign name.
    pub campaign: String,
    /// The creator.
    pub creator: CreatorId,
    /// Creator name.
    pub creator_name: String,
    /// Where the deal is.
    pub stage: Stage,
    /// The tracking code (`utm_content`).
    pub tracking_code: String,
    /// The full tracking link, if the campaign has a base URL.
    pub tracking_url: Option<String>,
    /// The discount code, if the deal has one.
    pub discount_code: Option<String>,
}

/// Records `update` on top of the deal's newest snapshot.
async fn record(tx: &mut dyn Tx, deal: DealId, update: &FigureUpdate, at: Timestamp, source: &str) -> AppResult<()> {
    let base = tx.latest_metrics(deal).await?.map(|m| m.figures).unwrap_or_default();
    let merged = update.merge(base)?;
    tx.insert_metrics(deal, &MetricsSnapshot { at: Some(at), figures: merged, source: source.into() }).await?;
    Ok(())
}

impl App {
    /// Imports metrics rows (from `linkstar metrics import`), each naming its deal by
    /// post URL, tracking code or discount code. Rows whose deal is unknown, belongs to
    /// another brand or has no live post are refused with their line; the rest are kept.
    /// Figures a row leaves empty carry over from the deal's newest snapshot.
    pub async fn import_metrics(
        &self,
        by: OperatorId,
        rows: Vec<(u64, MetricsEntry)>,
    ) -> AppResult<MetricsImportReport> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        let mut report = MetricsImportReport::default();
        let mut brands: BTreeMap<CampaignId, bool> = BTreeMap::new();
        let mut recorded = Vec::new();
        for (line, entry) in rows {
            let found = match &entry.key {
                DealKey::PostUrl(url) => tx.deal_by_post_url(url).await?,
                DealKey::Discount(code) => tx.deal_by_discount_code(code).await?,
                DealKey::Tracking(_, deal) => Some(*deal),
            };
            let deal = match found {
                Some(id) => match tx.deal(id).await {
                    Ok(d) => Some(d),
                    Err(crate::StoreError::NotFound(_)) => None,
                    Err(e) => return Err(e.into()),
                },
                None => None,
            };
            let deal = match (deal, &entry.key) {
                (Some(d), DealKey::Tracking(creator, _)) if d.creator_id != *creator => None,
                (d, _) => d,
            };
            let Some(deal) = deal else {
                report.rejected.push((line, format!("no deal has the {}", entry.key)));
                continue;
            };
            let ours = match brands.get(&deal.campaign_id) {
                Some(ours) => *ours,
                None => {
                    let ours = tx.campaign(deal.campaign_id).await?.brand_id == op.brand_id;
                    brands.insert(deal.campaign_id, ours);
                    ours
                }
            };
            if !ours {
                report.rejected.push((line, format!("no deal has the {}", entry.key)));
                continue;
            }
            if deal.post_url.is_none() {
                report.rejected.push((line, format!("deal {} has no live post yet", deal.id)));
                continue;
            }
            let update = match entry.resolve(deal.terms.fee.currency) {
                Ok(u) => u,
                Err(e) => {
                    report.rejected.push((line, e.to_string()));
                    continue;
                }
            };
            match record(tx.as_mut(), deal.id, &update, entry.at.unwrap_or(now), "csv").await {
                Ok(()) => {
                    report.imported += 1;
                    recorded.push(json!([line, deal.id]));
                }
                Err(AppError::Domain(e)) => report.rejected.push((line, e.to_string())),
                Err(e) => return Err(e),
            }
        }
        if report.imported > 0 {
            let payload = json!({ "source": "csv", "rows": recorded });
            tx.append_event(event(Actor::Operator(op.id), None, "metrics.import", payload, now)).await?;
            tx.commit().await?;
        }
        Ok(report)
    }

    /// Fetches the statistics of a campaign's live posts on the fetcher's platform and
    /// records them (figures the platform does not report carry over). The network calls
    /// happen before the transaction, so a slow API never holds the write lock.
    pub async fn fetch_metrics(
        &self,
        by: OperatorId,
        campaign: CampaignId,
        fetcher: &dyn MetricsFetcher,
    ) -> AppResult<FetchReport> {
        let (op, _) = self.reader(by, campaign).await?;
        if !op.role.allows(Permission::VerifyPosts) {
            return Err(AppError::Forbidden { role: op.role.as_str(), action: "verify posts" });
        }
        let mut report = FetchReport::default();
        let mut fetched = Vec::new();
        for (deal, url) in self.store.campaign_posts(campaign, fetcher.platform()).await? {
            match fetcher.fetch(&url).await {
                Ok(update) => fetched.push((deal, update)),
                Err(e) => report.failed.push((deal, e.to_string())),
            }
        }
        if fetched.is_empty() {
            return Ok(report);
        }
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        for (deal, update) in &fetched {
            record(tx.as_mut(), *deal, update, now, fetcher.source()).await?;
            report.recorded.push(*deal);
        }
        let payload = json!({ "source": fetcher.source(), "campaign": campaign, "deals": report.recorded });
        tx.append_event(event(Actor::Operator(op.id), None, "metrics.fetch", payload, now)).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// The campaign's report in `currency` (default: the brand's own) with the rates of
    /// `as_of` (default: today, UTC). Every operator of the brand may read it.
    pub async fn campaign_report(
        &self,
        by: OperatorId,
        campaign: CampaignId,
        currency: Option<Currency>,
        as_of: Option<Date>,
    ) -> AppResult<CampaignReport> {
        let (op, c) = self.reader(by, campaign).await?;
        let now = self.clock.now();
        let currency = match currency {
            Some(c) => c,
            None => self.store.brand_by_id(op.brand_id).await?.ok_or(AppError::NotFound("brand"))?.default_currency,
        };
        let as_of = as_of.unwrap_or_else(|| jiff::tz::TimeZone::UTC.to_datetime(now).date());
        // The reads are independent: run them side by side (SQLite's readers run on their
        // own connections and threads, so the report costs its slowest query, not the sum).
        let (deals, campaign_speed, brand_speed, rates) = futures::future::try_join4(
            self.store.report_deals(campaign),
            self.store.speed(op.brand_id, Some(campaign), now),
            self.store.speed(op.brand_id, None, now),
            self.store.fx_rates(),
        )
        .await?;
        let input = ReportInput {
            campaign: c.spec.name.clone(),
            closed: c.status == CampaignStatus::Closed,
            deals,
            campaign_speed,
            brand_speed,
        };
        let fx = FxTable::new(rates);
        Ok(report::build(&input, currency, &fx, as_of)?)
    }

    /// Tracking codes, links and discount codes of the brand's deals (one campaign or
    /// all), for the shop to attribute sales.
    pub async fn attribution(&self, by: OperatorId, campaign: Option<CampaignId>) -> AppResult<Vec<AttributionLine>> {
        let op = self.operator_reading(by).await?;
        let campaigns: BTreeMap<CampaignId, Campaign> =
            self.store.list_campaigns().await?.into_iter().map(|c| (c.id, c)).collect();
        let rows = self.store.attribution(op.brand_id, campaign).await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let c = campaigns.get(&r.campaign);
                let name = c.map(|c| c.spec.name.clone()).unwrap_or_default();
                let base = c.and_then(|c| c.spec.tracking_link_base.as_deref());
                AttributionLine {
                    deal: r.deal,
                    tracking_code: attribution::tracking_code(r.creator, r.deal),
                    tracking_url: attribution::tracking_link(base, &name, r.creator, r.deal),
                    campaign: name,
                    creator: r.creator,
                    creator_name: r.creator_name,
                    stage: r.stage,
                    discount_code: r.discount_code.map(|c| c.to_string()),
                }
            })
            .collect())
    }

    /// The brand's payments for a payout file: one currency (or all), some statuses
    /// (or all), one campaign (or all), oldest due first.
    pub async fn payouts(
        &self,
        by: OperatorId,
        currency: Option<Currency>,
        statuses: Vec<PaymentStatus>,
        campaign: Option<CampaignId>,
    ) -> AppResult<Vec<PayoutRow>> {
        let op = self.operator_reading(by).await?;
        Ok(self.store.payouts(&PayoutFilter { brand: op.brand_id, currency, statuses, campaign }).await?)
    }

    /// The operator, for reads (every role may read its own brand's data).
    pub(super) async fn operator_reading(&self, by: OperatorId) -> AppResult<Operator> {
        self.store.operator_by_id(by).await?.ok_or(AppError::NotFound("operator"))
    }

    /// The operator and one of their brand's campaigns, for reads.
    async fn reader(&self, by: OperatorId, campaign: CampaignId) -> AppResult<(Operator, Campaign)> {
        let op = self.operator_reading(by).await?;
        let c = self.store.find_campaign(&campaign.to_string()).await?.ok_or(AppError::NotFound("campaign"))?;
        if c.id != campaign || c.brand_id != op.brand_id {
            return Err(AppError::NotFound("campaign"));
        }
        Ok((op, c))
    }
}
