//! Campaign results: spend, reach, engagement, costs, ROI and reliability, computed from
//! the facts the store gathers ([`ReportInput`]) and converted into the brand's
//! reporting currency with dated rates. Pure, so every figure is checked by hand in tests.
//!
//! Definitions (all integer maths, rounded half away from zero):
//! * **committed** — payments not cancelled, plus the part of a contracted fee not yet
//!   scheduled (the balance before verification), plus, while the campaign is open, the
//!   commission the post's current revenue would earn;
//! * **paid** — payments marked paid; **reach** — views;
//! * **engagement rate** = (likes + comments + shares + saves) / views;
//! * **CPM** = committed × 1000 / views, **CPE** = committed / engagements,
//!   **CPC** = committed / clicks, **ROI** = (revenue − committed) / committed;
//! * **on-time drafts** — first drafts in by the draft due date, of deals with a draft;
//!   **revisions per deal** — change requests per contracted deal, in hundredths.
//!
//! Each deal's money is converted on its own, then summed.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::DomainError;
use crate::fx::{Date, FxRate, FxTable};
use crate::ids::{CreatorId, DealId};
use crate::metrics::{Figures, cost_per, cpm, rate_bp, ratio, roi_bp};
use crate::money::{Currency, Money};
use crate::payment::{PaymentKind, PaymentStatus};
use crate::stage::Stage;
use crate::terms::PaymentModel;
use crate::time::Timestamp;

pub use crate::report_speed::{PAYMENT_GRACE_HOURS, Speed, SpeedCounts};

/// A payment as the report sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentFacts {
    /// Why.
    pub kind: PaymentKind,
    /// How much.
    pub amount: Money,
    /// Where it is.
    pub status: PaymentStatus,
    /// When it is due.
    pub due_at: Timestamp,
    /// When it was paid.
    pub paid_at: Option<Timestamp>,
}

/// A deal's payments summed (in its currency's minor units): what the report needs,
/// counted by the store so no payment rows are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaymentTotals {
    /// Payments not cancelled.
    pub owed: i64,
    /// Payments paid.
    pub paid: i64,
    /// Deposit and balance payments not cancelled.
    pub fee_scheduled: i64,
    /// Whether a commission payment (not cancelled) exists.
    pub commission_scheduled: bool,
}

impl PaymentTotals {
    /// The totals of some payments.
    pub fn of(payments: &[PaymentFacts]) -> PaymentTotals {
        let mut t = PaymentTotals::default();
        for p in payments.iter().filter(|p| p.status != PaymentStatus::Cancelled) {
            t.owed += p.amount.minor;
            match p.kind {
                PaymentKind::Deposit | PaymentKind::Balance => t.fee_scheduled += p.amount.minor,
                PaymentKind::Commission => t.commission_scheduled = true,
                PaymentKind::Bonus => {}
            }
            if p.status == PaymentStatus::Paid {
                t.paid += p.amount.minor;
            }
        }
        t
    }
}

/// One deal of the campaign with what the report needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealFacts {
    /// The deal.
    pub deal: DealId,
    /// The creator.
    pub creator: CreatorId,
    /// The creator's name.
    pub creator_name: String,
    /// Where the deal is.
    pub stage: Stage,
    /// The contracted fee (its currency is the deal's).
    pub fee: Money,
    /// How the creator is paid.
    pub model: PaymentModel,
    /// When the first draft was due.
    pub draft_due: Timestamp,
    /// When the first draft came in.
    pub first_draft_at: Option<Timestamp>,
    /// Change requests made.
    pub change_requests: u32,
    /// The newest metrics snapshot and when it was taken.
    pub latest: Option<(Timestamp, Figures)>,
    /// The deal's payments, summed.
    pub payments: PaymentTotals,
    /// The creator's record across every campaign.
    pub reliability: ReliabilityCounts,
}

/// A creator's record across every campaign, counted by the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReliabilityCounts {
    /// Contracted deals.
    pub deals: i64,
    /// Of those, deals with at least one draft.
    pub drafted: i64,
    /// Of those, first drafts in by the due date.
    pub on_time: i64,
    /// Change requests over all deals.
    pub revisions: i64,
    /// Posts that came down too early.
    pub removals: i64,
}

/// Everything one campaign report is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    /// Campaign name.
    pub campaign: String,
    /// Whether the campaign is closed (commissions are scheduled, not accrued).
    pub closed: bool,
    /// Every deal of the campaign.
    pub deals: Vec<DealFacts>,
    /// The brand's review and payment record in this campaign.
    pub campaign_speed: SpeedCounts,
    /// The brand's review and payment record across all campaigns.
    pub brand_speed: SpeedCounts,
}

/// Figures for the whole campaign or one creator, in the reporting currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// Contracted deals.
    pub deals: i64,
    /// Spend committed.
    pub committed: Money,
    /// Spend paid.
    pub paid: Money,
    /// Views.
    pub reach: i64,
    /// Likes, comments, shares and saves.
    pub engagements: i64,
    /// Engagements per view, basis points.
    pub engagement_rate_bp: Option<i64>,
    /// Cost per thousand views.
    pub cpm: Option<Money>,
    /// Cost per engagement.
    pub cpe: Option<Money>,
    /// Cost per click.
    pub cpc: Option<Money>,
    /// Tracking-link clicks.
    pub clicks: i64,
    /// Attributed orders.
    pub conversions: i64,
    /// Attributed revenue.
    pub revenue: Money,
    /// Return on spend committed, basis points.
    pub roi_bp: Option<i64>,
    /// First drafts on time, basis points.
    pub on_time_drafts_bp: Option<i64>,
    /// Change requests per contracted deal, hundredths.
    pub revisions_per_deal_centi: Option<i64>,
}

/// A creator's reliability across campaigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reliability {
    /// Contracted deals in every campaign.
    pub deals: i64,
    /// First drafts on time, basis points.
    pub on_time_drafts_bp: Option<i64>,
    /// Change requests per deal, hundredths.
    pub revisions_per_deal_centi: Option<i64>,
    /// Posts removed too early.
    pub removals: i64,
}

/// One creator's deal in the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreatorLine {
    /// The deal.
    pub deal: DealId,
    /// The creator.
    pub creator: CreatorId,
    /// The creator's name.
    pub name: String,
    /// Where the deal is.
    pub stage: Stage,
    /// The deal's own currency.
    pub deal_currency: Currency,
    /// When the newest metrics were taken.
    pub measured_at: Option<Timestamp>,
    /// The figures, in the reporting currency.
    pub line: Line,
    /// Across all campaigns.
    pub reliability: Reliability,
}

/// A campaign's results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CampaignReport {
    /// Campaign name.
    pub campaign: String,
    /// Whether the campaign is closed.
    pub closed: bool,
    /// The currency every amount is shown in.
    pub currency: Currency,
    /// The day rates were taken for.
    pub as_of: Date,
    /// The rates used, with their dates.
    pub rates: Vec<FxRate>,
    /// The campaign as a whole.
    pub total: Line,
    /// Each contracted deal.
    pub creators: Vec<CreatorLine>,
    /// The brand's speed on this campaign.
    pub campaign_speed: Speed,
    /// The brand's speed across all its campaigns.
    pub brand_speed: Speed,
}

/// Sums in the reporting currency's minor units.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    deals: i64,
    committed: i64,
    paid: i64,
    figures: Figures,
    drafted: i64,
    on_time: i64,
    revisions: i64,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.deals += o.deals;
        self.committed += o.committed;
        self.paid += o.paid;
        let (f, g) = (&mut self.figures, &o.figures);
        f.views += g.views;
        f.likes += g.likes;
        f.comments += g.comments;
        f.shares += g.shares;
        f.saves += g.saves;
        f.clicks += g.clicks;
        f.conversions += g.conversions;
        f.revenue_minor += g.revenue_minor;
        self.drafted += o.drafted;
        self.on_time += o.on_time;
        self.revisions += o.revisions;
    }

    fn line(&self, currency: Currency) -> Line {
        let m = |minor| Money::new(minor, currency);
        let f = &self.figures;
        let spend = m(self.committed);
        Line {
            deals: self.deals,
            committed: spend,
            paid: m(self.paid),
            reach: f.views,
            engagements: f.engagements(),
            engagement_rate_bp: rate_bp(f.engagements(), f.views),
            cpm: cpm(spend, f.views),
            cpe: cost_per(spend, f.engagements()),
            cpc: cost_per(spend, f.clicks),
            clicks: f.clicks,
            conversions: f.conversions,
            revenue: m(f.revenue_minor),
            roi_bp: roi_bp(m(f.revenue_minor), spend),
            on_time_drafts_bp: rate_bp(self.on_time, self.drafted),
            revisions_per_deal_centi: ratio(i128::from(self.revisions) * 100, i128::from(self.deals)),
        }
    }
}

/// What a deal has committed, in its own currency (see the module docs).
pub fn committed(d: &DealFacts, closed: bool) -> Result<Money, DomainError> {
    let mut total = Money::new(d.payments.owed, d.fee.currency);
    let (fee_scheduled, commission_scheduled) = (d.payments.fee_scheduled, d.payments.commission_scheduled);
    let live = d.stage.is_contracted() && d.stage != Stage::Removed;
    if live && !matches!(d.model, PaymentModel::Cps { .. }) {
        total = total.checked_add(Money::new((d.fee.minor - fee_scheduled).max(0), d.fee.currency))?;
    }
    if live && !closed && !commission_scheduled && d.model.commission_rate_bp().is_some() {
        let revenue = d.latest.map_or(0, |(_, f)| f.revenue_minor);
        total = total.checked_add(d.model.commission(Money::new(revenue, d.fee.currency))?)?;
    }
    Ok(total)
}

/// Builds the report in `currency` with the rates of `as_of`.
pub fn build(
    input: &ReportInput,
    currency: Currency,
    fx: &FxTable,
    as_of: Date,
) -> Result<CampaignReport, DomainError> {
    let mut used: BTreeMap<(String, String), FxRate> = BTreeMap::new();
    let mut convert = |money: Money| -> Result<i64, DomainError> {
        let (m, rate) = fx.convert(money, currency, as_of)?;
        if let Some(r) = rate {
            used.insert((r.from.code().into(), r.to.code().into()), r);
        }
        Ok(m.minor)
    };
    let mut total = Tally::default();
    let mut creators = Vec::new();
    for d in &input.deals {
        if !d.stage.is_contracted() && d.payments.owed == 0 {
            continue;
        }
        let cur = d.fee.currency;
        let paid = d.payments.paid;
        let mut figures = d.latest.map(|(_, f)| f).unwrap_or_default();
        figures.revenue_minor = convert(Money::new(figures.revenue_minor, cur))?;
        let contracted = d.stage.is_contracted();
        let tally = Tally {
            deals: i64::from(contracted),
            committed: convert(committed(d, input.closed)?)?,
            paid: convert(Money::new(paid, cur))?,
            figures,
            drafted: i64::from(d.first_draft_at.is_some()),
            on_time: i64::from(d.first_draft_at.is_some_and(|at| at <= d.draft_due)),
            revisions: if contracted { i64::from(d.change_requests) } else { 0 },
        };
        total.add(&tally);
        let counts = d.reliability;
        creators.push(CreatorLine {
            deal: d.deal,
            creator: d.creator,
            name: d.creator_name.clone(),
            stage: d.stage,
            deal_currency: cur,
            measured_at: d.latest.map(|(at, _)| at),
            line: tally.line(currency),
            reliability: Reliability {
                deals: counts.deals,
                on_time_drafts_bp: rate_bp(counts.on_time, counts.drafted),
                revisions_per_deal_centi: ratio(i128::from(counts.revisions) * 100, i128::from(counts.deals)),
                removals: counts.removals,
            },
        });
    }
    Ok(CampaignReport {
        campaign: input.campaign.clone(),
        closed: input.closed,
        currency,
        as_of,
        rates: used.into_values().collect(),
        total: total.line(currency),
        creators,
        campaign_speed: input.campaign_speed.speed(),
        brand_speed: input.brand_speed.speed(),
    })
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
