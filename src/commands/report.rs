//! `linkstar report --campaign C [--format table|csv|json]`: a campaign's results.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use linkstar_core::metrics::bp_percent;
use linkstar_core::money::{Currency, Money};
use linkstar_core::report::{CampaignReport, Line, Speed};
use linkstar_i18n::{MoneyConsole, ReportLabel};

use super::Context;
use super::table::{self, Align};

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people, in the operator's language.
    Table,
    /// One row per creator plus a total row, with stable English column keys.
    Csv,
    /// Everything, machine-readable (money in minor units, ratios in basis points).
    Json,
}

/// Which campaign and how.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Campaign name or id.
    #[arg(long)]
    campaign: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Report in this currency instead of the brand's.
    #[arg(long)]
    currency: Option<String>,
    /// Use the exchange rates of this day (default: today, UTC).
    #[arg(long)]
    as_of: Option<String>,
}

/// Prints the report.
pub async fn run(ctx: &Context, a: ReportArgs) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let campaign = ctx.campaign(store.as_ref(), &a.campaign).await?;
    let currency = a.currency.as_deref().map(Currency::parse).transpose()?;
    let as_of = a.as_of.as_deref().map(|d| d.parse().with_context(|| format!("{d:?} is not a date"))).transpose()?;
    let report = app.campaign_report(operator.id, campaign.id, currency, as_of).await?;
    let mut out = std::io::stdout().lock();
    match a.format {
        // Machine-readable: stable English keys and plain values, whatever the language.
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Csv => csv(&report, &mut out)?,
        Format::Table => table(ctx, &report, &mut out)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Formats the report's values for people in the operator's language.
struct Show<'a>(&'a Context);

impl Show<'_> {
    fn pct(&self, bp: Option<i64>) -> String {
        bp.map(|b| self.0.localizer.percent_bp(b, self.0.language)).unwrap_or_else(|| "-".into())
    }

    fn money(&self, m: Money) -> String {
        self.0.localizer.money(m, self.0.language)
    }

    fn amount(&self, m: Option<Money>) -> String {
        m.map(|m| self.money(m)).unwrap_or_else(|| "-".into())
    }

    fn number(&self, n: i64) -> String {
        self.0.localizer.number(n, self.0.language)
    }

    /// Hundredths (revisions per deal) with two decimals.
    fn centi(&self, c: Option<i64>) -> String {
        c.map(|c| self.0.localizer.decimal(&bp_percent(c), self.0.language)).unwrap_or_else(|| "-".into())
    }

    fn hours(&self, minutes: Option<i64>) -> String {
        minutes
            .map(|m| {
                let hours = self.0.localizer.decimal(&format!("{:.1}", m as f64 / 60.0), self.0.language);
                self.0.tell(MoneyConsole::Hours { hours: &hours })
            })
            .unwrap_or_else(|| "-".into())
    }

    fn label(&self, label: ReportLabel) -> String {
        self.0.localizer.report_label(label, self.0.language)
    }

    fn rates(&self, r: &CampaignReport) -> String {
        let (loc, lang) = (&self.0.localizer, self.0.language);
        let list: Vec<String> = r
            .rates
            .iter()
            .map(|x| {
                format!("{}→{} {} ({})", x.from, x.to, loc.decimal(&x.rate.to_string(), lang), loc.day(x.date, lang))
            })
            .collect();
        if list.is_empty() {
            self.0.tell(MoneyConsole::ReportNoRates)
        } else {
            self.0.tell(MoneyConsole::ReportRates { rates: &list.join(", ") })
        }
    }
}

/// Rates for the CSV, in the stable, unlocalized form: `USD→EUR 0.9 (2026-11-20)`.
fn plain_rates(r: &CampaignReport) -> String {
    let list: Vec<String> = r.rates.iter().map(|x| format!("{}→{} {} ({})", x.from, x.to, x.rate, x.date)).collect();
    list.join(", ")
}

/// The report for people: every word and value in the operator's language, columns
/// aligned by display width.
fn table(ctx: &Context, r: &CampaignReport, out: &mut impl Write) -> anyhow::Result<()> {
    use ReportLabel as L;
    let show = Show(ctx);
    let (currency, as_of) = (r.currency.to_string(), ctx.localizer.day(r.as_of, ctx.language));
    let heading =
        MoneyConsole::ReportHeading { campaign: &r.campaign, closed: r.closed, currency: &currency, as_of: &as_of };
    writeln!(out, "{}", ctx.tell(heading))?;
    writeln!(out, "{}", show.rates(r))?;
    let t = &r.total;
    writeln!(out)?;
    writeln!(out, "{}", show.label(L::Campaign))?;
    let (deals, committed, paid) = (show.number(t.deals), show.money(t.committed), show.money(t.paid));
    writeln!(out, "  {}", ctx.tell(MoneyConsole::ReportTotals { deals: &deals, committed: &committed, paid: &paid }))?;
    let (reach, engagements, rate) = (show.number(t.reach), show.number(t.engagements), show.pct(t.engagement_rate_bp));
    let (cpm, cpe, cpc) = (show.amount(t.cpm), show.amount(t.cpe), show.amount(t.cpc));
    let line = MoneyConsole::ReportReach {
        reach: &reach,
        engagements: &engagements,
        engagement_rate: &rate,
        cpm: &cpm,
        cpe: &cpe,
        cpc: &cpc,
    };
    writeln!(out, "  {}", ctx.tell(line))?;
    let (clicks, conversions, revenue, roi) =
        (show.number(t.clicks), show.number(t.conversions), show.money(t.revenue), show.pct(t.roi_bp));
    let line = MoneyConsole::ReportSales { clicks: &clicks, conversions: &conversions, revenue: &revenue, roi: &roi };
    writeln!(out, "  {}", ctx.tell(line))?;
    let (on_time, revisions) = (show.pct(t.on_time_drafts_bp), show.centi(t.revisions_per_deal_centi));
    writeln!(out, "  {}", ctx.tell(MoneyConsole::ReportDelivery { on_time: &on_time, revisions: &revisions }))?;
    writeln!(out)?;

    let header = [
        L::Deal,
        L::Creator,
        L::Stage,
        L::Committed,
        L::Paid,
        L::Reach,
        L::EngagementRate,
        L::Cpm,
        L::Cpc,
        L::Revenue,
        L::Roi,
        L::OnTime,
    ];
    let mut header: Vec<String> = header.into_iter().map(|l| show.label(l)).collect();
    header.push("|".into());
    header.extend([L::Deals, L::OnTime, L::Revisions, L::Removals].map(|l| show.label(l)));
    let mut rows = vec![header];
    for c in &r.creators {
        let (l, rel) = (&c.line, &c.reliability);
        rows.push(vec![
            c.deal.0.to_string(),
            c.name.chars().take(22).collect(),
            ctx.localizer.stage(c.stage, ctx.language),
            show.money(l.committed),
            show.money(l.paid),
            show.number(l.reach),
            show.pct(l.engagement_rate_bp),
            show.amount(l.cpm),
            show.amount(l.cpc),
            show.money(l.revenue),
            show.pct(l.roi_bp),
            show.pct(l.on_time_drafts_bp),
            "|".into(),
            show.number(rel.deals),
            show.pct(rel.on_time_drafts_bp),
            show.centi(rel.revisions_per_deal_centi),
            show.number(rel.removals),
        ]);
    }
    let mut align = vec![Align::Left, Align::Left, Align::Left];
    align.extend([Align::Right; 14]);
    for line in table::render(&rows, &align, " ") {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", ctx.tell(MoneyConsole::ReportCreatorsNote))?;
    writeln!(out)?;

    let (s, b): (&Speed, &Speed) = (&r.campaign_speed, &r.brand_speed);
    let speed = |label: ReportLabel, x: String, y: String| vec![format!("  {}", show.label(label)), x, y];
    let rows = vec![
        vec![show.label(L::BrandSpeed), show.label(L::ThisCampaign), show.label(L::AllCampaigns)],
        speed(L::Reviews, show.number(s.reviews), show.number(b.reviews)),
        speed(L::AverageReview, show.hours(s.avg_review_minutes), show.hours(b.avg_review_minutes)),
        speed(L::WithinReviewSla, show.pct(s.within_sla_bp), show.pct(b.within_sla_bp)),
        speed(L::PaymentsMade, show.number(s.payments_paid), show.number(b.payments_paid)),
        speed(L::AverageDelay, show.hours(s.avg_payment_delay_minutes), show.hours(b.avg_payment_delay_minutes)),
        speed(L::PaidOnTime, show.pct(s.paid_on_time_bp), show.pct(b.paid_on_time_bp)),
        speed(L::OverdueNow, show.number(s.overdue_open), show.number(b.overdue_open)),
    ];
    for line in table::render(&rows, &[Align::Left, Align::Right, Align::Right], "   ") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The CSV's column keys: stable English identifiers for spreadsheets and scripts, never
/// translated (like the JSON field names). Values are plain too: `1234.50`, `12.34`.
const CSV_HEADER: [&str; 24] = [
    "scope",
    "deal",
    "creator",
    "stage",
    "currency",
    "committed",
    "paid",
    "reach",
    "engagements",
    "engagement_rate_pct",
    "cpm",
    "cpe",
    "cpc",
    "clicks",
    "conversions",
    "revenue",
    "roi_pct",
    "on_time_drafts_pct",
    "revisions_per_deal",
    "creator_deals",
    "creator_on_time_pct",
    "creator_revisions_per_deal",
    "creator_removals",
    "rates",
];

fn line_fields(l: &Line) -> Vec<String> {
    let plain = |bp: Option<i64>| bp.map(bp_percent).unwrap_or_default();
    let money = |m: Option<Money>| m.map(|m| m.decimal()).unwrap_or_default();
    vec![
        l.committed.decimal(),
        l.paid.decimal(),
        l.reach.to_string(),
        l.engagements.to_string(),
        plain(l.engagement_rate_bp),
        money(l.cpm),
        money(l.cpe),
        money(l.cpc),
        l.clicks.to_string(),
        l.conversions.to_string(),
        l.revenue.decimal(),
        plain(l.roi_bp),
        plain(l.on_time_drafts_bp),
        plain(l.revisions_per_deal_centi),
    ]
}

fn csv(r: &CampaignReport, out: &mut impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    let plain = |bp: Option<i64>| bp.map(bp_percent).unwrap_or_default();
    let mut total = vec!["campaign".into(), String::new(), r.campaign.clone(), String::new(), r.currency.to_string()];
    total.extend(line_fields(&r.total));
    total.extend([String::new(), String::new(), String::new(), String::new(), plain_rates(r)]);
    w.write_record(&total)?;
    for c in &r.creators {
        let mut row = vec![
            "creator".into(),
            c.deal.to_string(),
            c.name.clone(),
            c.stage.as_str().to_string(),
            r.currency.to_string(),
        ];
        row.extend(line_fields(&c.line));
        row.extend([
            c.reliability.deals.to_string(),
            plain(c.reliability.on_time_drafts_bp),
            plain(c.reliability.revisions_per_deal_centi),
            c.reliability.removals.to_string(),
            String::new(),
        ]);
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}
