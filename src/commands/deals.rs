//! `linkstar deals`: the dashboard's pipeline from the shell. Reads go through the same
//! read model the dashboard uses ([`DashboardReads`]), so a script sees what an operator
//! sees on the screen.

use std::io::Write as _;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Value, json};

use linkstar_app::dashboard::{DashboardReads, DealPage};
use linkstar_app::port::DealSummary;
use linkstar_app::{AppError, Store};
use linkstar_core::ids::{CampaignId, CreatorId, DealId};
use linkstar_core::reminder::DeadlineKind;
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;
use linkstar_i18n::Ui;

use super::Context;
use super::table::{self, Align};

/// Exit code for a usage mistake or something named that does not exist.
pub(crate) const NOT_FOUND: u8 = 2;

/// How a read prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people, headings in the operator's language.
    #[default]
    Table,
    /// One JSON document for scripts (fields in the command's help).
    Json,
    /// CSV with a header row.
    Csv,
}

/// Deal commands.
#[derive(Debug, Subcommand)]
pub enum DealsCommand {
    /// The brand's deals, newest change first.
    #[command(long_about = LIST_HELP, after_help = EXIT_HELP)]
    List(ListArgs),
    /// One deal: terms, stage, deadlines, payments, drafts and pending reminders.
    #[command(long_about = SHOW_HELP, after_help = EXIT_HELP)]
    Show {
        /// The deal's id.
        id: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The brand's moves: accept, counter, decline, cancel.
    #[command(flatten)]
    Act(super::deal_actions::DealAction),
}

const LIST_HELP: &str = "The brand's deals, newest change first, as the dashboard's pipeline shows them.

JSON (--format json) is an array of objects, stable across versions:
  id (integer), campaign_id (integer), campaign (string), creator_id (integer),
  creator (string), stage (string: offered, negotiating, contracted, in_review,
  changes_requested, approved, published, verified, completed, removed, declined,
  expired, cancelled), fee_minor (integer, minor units), currency (ISO 4217 code),
  draft_due (RFC 3339), overdue_since (RFC 3339 or null).
CSV (--format csv) has the same columns with a header row.

--needs-me keeps deals waiting on the brand: a counter-offer to answer (negotiating)
or a draft to review (in_review).";

const SHOW_HELP: &str = "One deal: terms, stage, deadlines, payments, drafts and pending reminders.

JSON (--format json) is one object, stable across versions: the fields of `deals list`
plus deposit_pct, revision_rounds, respond_by, publish_opens, publish_closes (RFC 3339),
draft_versions, change_requests, post_url (string or null),
payments: [{id, kind, amount_minor, currency, due_at, status, paid_at}],
reminders: [{action, due, send_at}].
CSV (--format csv) prints the deal's row as `deals list` does.";

const EXIT_HELP: &str = "Exit codes: 0 success; 1 failure (database, output); 2 unknown deal, campaign, creator or stage (with a suggestion), or a usage mistake.";

/// Filters of `deals list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this campaign (name or id).
    #[arg(long)]
    campaign: Option<String>,
    /// Only this stage.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Stage::ALL.map(|s| s.as_str())))]
    stage: Option<String>,
    /// Only this creator (handle, id or display name).
    #[arg(long)]
    creator: Option<String>,
    /// Only deals waiting on the brand: a counter-offer or a draft to review.
    #[arg(long)]
    needs_me: bool,
    /// Only deals flagged overdue.
    #[arg(long)]
    overdue: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Rows read at once from the read model: the whole list in one sorted pass. Paging
/// with OFFSET sorted every deal again for each page (95 s for 100,000 deals).
const PAGE: u32 = i32::MAX as u32;

/// Runs a deals command.
pub async fn run(ctx: &Context, cmd: DealsCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let reads: &dyn DashboardReads = store.as_ref();
    match cmd {
        DealsCommand::Act(action) => return super::deal_actions::run(ctx, &store, &app, &operator, action).await,
        DealsCommand::List(args) => {
            let campaign = match &args.campaign {
                Some(name) => match ctx.campaign(store.as_ref(), name).await {
                    Ok(c) => Some(c.id),
                    Err(e) => return Ok(not_found(ctx, &e)),
                },
                None => None,
            };
            // A handle or id first; failing that, a creator's display name as the deals show it.
            let creator = match &args.creator {
                Some(handle) => match ctx.creator(store.as_ref(), handle).await {
                    Ok(c) => Some(c.id),
                    Err(e) => {
                        let brand_deals = list(reads, operator.brand_id, None, None).await?;
                        match brand_deals.iter().find(|d| d.creator.to_lowercase() == handle.to_lowercase()) {
                            Some(d) => Some(d.deal.creator_id),
                            None => return Ok(not_found(ctx, &e)),
                        }
                    }
                },
                None => None,
            };
            let stage = match &args.stage {
                Some(name) => match Stage::parse(name) {
                    Ok(s) => Some(s),
                    Err(e) => return Ok(not_found(ctx, &anyhow::Error::new(e))),
                },
                None => None,
            };
            let deals = list(reads, operator.brand_id, campaign, stage).await?;
            let deals: Vec<DealSummary> =
                deals.into_iter().filter(|d| keep(d, creator, args.needs_me, args.overdue)).collect();
            print_list(ctx, &deals, args.format)?;
        }
        DealsCommand::Show { id, format } => {
            let summary = reads.deal_summary(DealId(id)).await?;
            // Another brand's deal is as unknown to this operator as a missing one.
            let brand = match &summary {
                Some(s) => store.find_campaign(&s.deal.campaign_id.0.to_string()).await?.map(|c| c.brand_id),
                None => None,
            };
            let Some(summary) = summary.filter(|_| brand == Some(operator.brand_id)) else {
                return Ok(not_found(ctx, &anyhow::Error::new(AppError::NotFound("deal"))));
            };
            let payments = app.store().payments(summary.deal.id).await?;
            let reminders = reads.deal_reminders(summary.deal.id).await?;
            match format {
                Format::Csv => print_list(ctx, std::slice::from_ref(&summary), Format::Csv)?,
                Format::Json => {
                    let mut doc = row_json(&summary);
                    let d = &summary.deal;
                    let extra = json!({
                        "deposit_pct": d.terms.deposit_pct,
                        "revision_rounds": d.terms.revision_rounds,
                        "respond_by": rfc3339(d.terms.respond_by),
                        "publish_opens": rfc3339(d.terms.publish_window.opens),
                        "publish_closes": rfc3339(d.terms.publish_window.closes),
                        "draft_versions": d.draft_versions,
                        "change_requests": d.change_requests,
                        "post_url": d.post_url,
                        "payments": payments.iter().map(|p| json!({
                            "id": p.id.0,
                            "kind": p.kind.as_str(),
                            "amount_minor": p.amount.minor,
                            "currency": p.amount.currency.code(),
                            "due_at": rfc3339(p.due_at),
                            "status": p.status.as_str(),
                            "paid_at": p.paid_at.map(rfc3339),
                        })).collect::<Vec<_>>(),
                        "reminders": reminders.iter().map(|r| json!({
                            "action": r.planned.action.as_str(),
                            "due": rfc3339(r.planned.due),
                            "send_at": rfc3339(r.planned.send_at),
                        })).collect::<Vec<_>>(),
                    });
                    if let (Value::Object(base), Value::Object(more)) = (&mut doc, extra) {
                        base.extend(more);
                    }
                    writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&doc)?)?;
                }
                Format::Table => {
                    let (loc, lang, zone) = (&ctx.localizer, ctx.language, ctx.zone()?);
                    let d = &summary.deal;
                    let mut rows = vec![
                        vec![loc.ui(Ui::ColCampaign, lang), summary.campaign.clone()],
                        vec![loc.ui(Ui::ColCreator, lang), summary.creator.clone()],
                        vec![loc.ui(Ui::ColStage, lang), loc.stage(d.stage, lang)],
                        vec![loc.ui(Ui::ColFee, lang), loc.money(d.terms.fee, lang)],
                        vec![
                            loc.deadline_name(DeadlineKind::RespondBy, lang),
                            loc.date_time(d.terms.respond_by, lang, &zone),
                        ],
                        vec![
                            loc.deadline_name(DeadlineKind::DraftDue, lang),
                            loc.date_time(d.terms.draft_due, lang, &zone),
                        ],
                        vec![
                            loc.deadline_name(DeadlineKind::PublishOpens, lang),
                            loc.date_time(d.terms.publish_window.opens, lang, &zone),
                        ],
                        vec![
                            loc.deadline_name(DeadlineKind::PublishBy, lang),
                            loc.date_time(d.terms.publish_window.closes, lang, &zone),
                        ],
                        vec![loc.ui(Ui::ColVersion, lang), d.draft_versions.to_string()],
                    ];
                    rows.push(vec![loc.ui(Ui::Reminders, lang), reminders.len().to_string()]);
                    // Pending reminders, soonest first, under the deal's lines.
                    rows.extend(reminders.iter().map(|r| {
                        vec![
                            String::new(),
                            format!(
                                "{}  {}",
                                loc.date_time(r.planned.send_at, lang, &zone),
                                loc.scheduled_action(r.planned.action, lang)
                            ),
                        ]
                    }));
                    for line in table::render(&rows, &[Align::Left, Align::Left], "  ") {
                        writeln!(std::io::stdout(), "{line}")?;
                    }
                    if !payments.is_empty() {
                        let mut lines = vec![vec![
                            loc.ui(Ui::ColAmount, lang),
                            loc.ui(Ui::ColKind, lang),
                            loc.ui(Ui::ColStatus, lang),
                            loc.ui(Ui::ColDue, lang),
                        ]];
                        lines.extend(payments.iter().map(|p| {
                            vec![
                                loc.money(p.amount, lang),
                                loc.payment_kind(p.kind, lang),
                                loc.payment_status(p.status, lang),
                                loc.date_time(p.due_at, lang, &zone),
                            ]
                        }));
                        writeln!(std::io::stdout())?;
                        for line in table::render(&lines, &[Align::Right], "  ") {
                            writeln!(std::io::stdout(), "{line}")?;
                        }
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Tells the "did you mean" error and gives the not-found exit code.
pub(crate) fn not_found(ctx: &Context, e: &anyhow::Error) -> ExitCode {
    eprintln!("{}", ctx.describe(e));
    ExitCode::from(NOT_FOUND)
}

/// Every deal of the brand in `campaign` and `stage`, paging through the read model.
pub(crate) async fn list(
    reads: &dyn DashboardReads,
    brand: linkstar_core::ids::BrandId,
    campaign: Option<CampaignId>,
    stage: Option<Stage>,
) -> anyhow::Result<Vec<DealSummary>> {
    let mut all = Vec::new();
    loop {
        let page = DealPage { brand, campaign, stage, offset: all.len() as u64, limit: PAGE };
        let rows = reads.deals_page(&page).await?;
        let short = rows.len() < PAGE as usize;
        all.extend(rows);
        if short {
            return Ok(all);
        }
    }
}

/// The filters the read model has no parameter for.
fn keep(d: &DealSummary, creator: Option<CreatorId>, needs_me: bool, overdue: bool) -> bool {
    creator.is_none_or(|c| d.deal.creator_id == c)
        && (!needs_me || matches!(d.deal.stage, Stage::Negotiating | Stage::InReview))
        && (!overdue || d.overdue_since.is_some())
}

pub(crate) fn rfc3339(at: Timestamp) -> String {
    at.to_string()
}

pub(crate) fn row_json(d: &DealSummary) -> Value {
    json!({
        "id": d.deal.id.0,
        "campaign_id": d.deal.campaign_id.0,
        "campaign": d.campaign,
        "creator_id": d.deal.creator_id.0,
        "creator": d.creator,
        "stage": d.deal.stage.as_str(),
        "fee_minor": d.deal.terms.fee.minor,
        "currency": d.deal.terms.fee.currency.code(),
        "draft_due": rfc3339(d.deal.terms.draft_due),
        "overdue_since": d.overdue_since.map(rfc3339),
    })
}

fn print_list(ctx: &Context, deals: &[DealSummary], format: Format) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let rows: Vec<Value> = deals.iter().map(row_json).collect();
            writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        Format::Csv => {
            let mut out = csv::Writer::from_writer(std::io::stdout().lock());
            out.write_record([
                "id",
                "campaign_id",
                "campaign",
                "creator_id",
                "creator",
                "stage",
                "fee_minor",
                "currency",
                "draft_due",
                "overdue_since",
            ])?;
            for d in deals {
                out.write_record([
                    d.deal.id.0.to_string(),
                    d.deal.campaign_id.0.to_string(),
                    d.campaign.clone(),
                    d.deal.creator_id.0.to_string(),
                    d.creator.clone(),
                    d.deal.stage.as_str().to_string(),
                    d.deal.terms.fee.minor.to_string(),
                    d.deal.terms.fee.currency.code().to_string(),
                    rfc3339(d.deal.terms.draft_due),
                    d.overdue_since.map(rfc3339).unwrap_or_default(),
                ])?;
            }
            out.flush()?;
        }
        Format::Table => {
            let (loc, lang, zone) = (&ctx.localizer, ctx.language, ctx.zone()?);
            let mut rows = vec![vec![
                "#".to_string(),
                loc.ui(Ui::ColCampaign, lang),
                loc.ui(Ui::ColCreator, lang),
                loc.ui(Ui::ColStage, lang),
                loc.ui(Ui::ColFee, lang),
                loc.ui(Ui::ColDue, lang),
            ]];
            rows.extend(deals.iter().map(|d| {
                vec![
                    d.deal.id.0.to_string(),
                    d.campaign.clone(),
                    d.creator.clone(),
                    loc.stage(d.deal.stage, lang),
                    loc.money(d.deal.terms.fee, lang),
                    loc.date_time(d.deal.terms.draft_due, lang, &zone),
                ]
            }));
            let align = [Align::Right, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left];
            for line in table::render(&rows, &align, "  ") {
                writeln!(std::io::stdout(), "{line}")?;
            }
        }
    }
    Ok(())
}
