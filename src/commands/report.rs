//! `linkstar report --campaign C [--format table|csv|json]`: a campaign's results.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use linkstar_app::Store;
use linkstar_core::metrics::bp_percent;
use linkstar_core::money::{Currency, Money};
use linkstar_core::report::{CampaignReport, Line, Speed};

use super::Context;

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people.
    Table,
    /// One row per creator plus a total row.
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
    let campaign = store.find_campaign(&a.campaign).await?.with_context(|| format!("no campaign {:?}", a.campaign))?;
    let currency = a.currency.as_deref().map(Currency::parse).transpose()?;
    let as_of = a.as_of.as_deref().map(|d| d.parse().with_context(|| format!("{d:?} is not a date"))).transpose()?;
    let report = app.campaign_report(operator.id, campaign.id, currency, as_of).await?;
    let mut out = std::io::stdout().lock();
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Csv => csv(&report, &mut out)?,
        Format::Table => table(&report, &mut out)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn pct(bp: Option<i64>) -> String {
    bp.map(|b| format!("{}%", bp_percent(b))).unwrap_or_else(|| "-".into())
}

fn amount(m: Option<Money>) -> String {
    m.map(|m| m.decimal()).unwrap_or_else(|| "-".into())
}

fn centi(c: Option<i64>) -> String {
    c.map(bp_percent).unwrap_or_else(|| "-".into())
}

fn minutes_as_hours(m: Option<i64>) -> String {
    m.map(|m| format!("{:.1} h", m as f64 / 60.0)).unwrap_or_else(|| "-".into())
}

fn rates(r: &CampaignReport) -> String {
    let list: Vec<String> = r.rates.iter().map(|x| format!("{}→{} {} ({})", x.from, x.to, x.rate, x.date)).collect();
    if list.is_empty() { "none needed".into() } else { list.join(", ") }
}

fn table(r: &CampaignReport, out: &mut impl Write) -> anyhow::Result<()> {
    let status = if r.closed { "closed" } else { "open" };
    writeln!(out, "{} ({status}) — amounts in {} as of {}", r.campaign, r.currency, r.as_of)?;
    writeln!(out, "Exchange rates: {}", rates(r))?;
    let t = &r.total;
    writeln!(out)?;
    writeln!(out, "Campaign")?;
    writeln!(out, "  deals {} · committed {} · paid {}", t.deals, t.committed.decimal(), t.paid.decimal())?;
    writeln!(
        out,
        "  reach {} · engagements {} · engagement rate {} · CPM {} · CPE {} · CPC {}",
        t.reach,
        t.engagements,
        pct(t.engagement_rate_bp),
        amount(t.cpm),
        amount(t.cpe),
        amount(t.cpc)
    )?;
    writeln!(
        out,
        "  clicks {} · conversions {} · revenue {} · ROI {}",
        t.clicks,
        t.conversions,
        t.revenue.decimal(),
        pct(t.roi_bp)
    )?;
    writeln!(
        out,
        "  on-time drafts {} · revisions per deal {}",
        pct(t.on_time_drafts_bp),
        centi(t.revisions_per_deal_centi)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<6} {:<22} {:<11} {:>10} {:>10} {:>9} {:>7} {:>7} {:>7} {:>10} {:>8} {:>8} | {:>5} {:>8} {:>5} {:>4}",
        "deal",
        "creator",
        "stage",
        "committed",
        "paid",
        "reach",
        "ER",
        "CPM",
        "CPC",
        "revenue",
        "ROI",
        "on-time",
        "deals",
        "on-time",
        "revs",
        "rmvd"
    )?;
    for c in &r.creators {
        let (l, rel) = (&c.line, &c.reliability);
        let name: String = c.name.chars().take(22).collect();
        writeln!(
            out,
            "{:<6} {:<22} {:<11} {:>10} {:>10} {:>9} {:>7} {:>7} {:>7} {:>10} {:>8} {:>8} | {:>5} {:>8} {:>5} {:>4}",
            c.deal.0,
            name,
            c.stage.as_str(),
            l.committed.decimal(),
            l.paid.decimal(),
            l.reach,
            pct(l.engagement_rate_bp),
            amount(l.cpm),
            amount(l.cpc),
            l.revenue.decimal(),
            pct(l.roi_bp),
            pct(l.on_time_drafts_bp),
            rel.deals,
            pct(rel.on_time_drafts_bp),
            centi(rel.revisions_per_deal_centi),
            rel.removals
        )?;
    }
    writeln!(
        out,
        "(right of | : each creator across all campaigns — deals, on-time drafts, revisions per deal, removals)"
    )?;
    writeln!(out)?;
    writeln!(out, "Brand speed            {:>16} {:>16}", "this campaign", "all campaigns")?;
    let (s, b): (&Speed, &Speed) = (&r.campaign_speed, &r.brand_speed);
    let row = |out: &mut dyn Write, label: &str, x: String, y: String| writeln!(out, "  {label:<20} {x:>16} {y:>16}");
    row(out, "reviews", s.reviews.to_string(), b.reviews.to_string())?;
    row(out, "average review", minutes_as_hours(s.avg_review_minutes), minutes_as_hours(b.avg_review_minutes))?;
    row(out, "within review SLA", pct(s.within_sla_bp), pct(b.within_sla_bp))?;
    row(out, "payments made", s.payments_paid.to_string(), b.payments_paid.to_string())?;
    row(
        out,
        "average delay",
        minutes_as_hours(s.avg_payment_delay_minutes),
        minutes_as_hours(b.avg_payment_delay_minutes),
    )?;
    row(out, "paid on time (72 h)", pct(s.paid_on_time_bp), pct(b.paid_on_time_bp))?;
    row(out, "overdue now", s.overdue_open.to_string(), b.overdue_open.to_string())?;
    Ok(())
}

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
    total.extend([String::new(), String::new(), String::new(), String::new(), rates(r)]);
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
