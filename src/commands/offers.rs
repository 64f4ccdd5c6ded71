//! `linkstar offers send`: offers to many creators at once — named by handle, listed in a
//! CSV file, or found by a search of the pool — on the campaign's deliverables and the
//! terms `invite` uses, with a dry run and the same confirmation as the dashboard.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::{App, Store};
use linkstar_core::brand::Operator;
use linkstar_core::campaign::{Campaign, Deliverable};
use linkstar_core::creator::Creator;
use linkstar_core::money::Money;
use linkstar_i18n::{Console, PipelineConsole, Ui};
use linkstar_store::SqlStore;

use super::Context;
use super::deal_actions::Outcome;
use super::invite::{TermsArgs, offer_fee, print_links};
use super::pipeline::{self, NOT_FOUND, REFUSED, print, say};
use super::table::{self, Align};

/// Offer commands.
#[derive(Debug, Subcommand)]
pub enum OffersCommand {
    /// Make offers to several creators for one campaign.
    #[command(long_about = SEND_HELP, after_help = EXIT_HELP)]
    Send(SendArgs),
}

const SEND_HELP: &str = "Make offers to several creators for one campaign, on the campaign's deliverables.

Recipients: --creator @handle (repeatable), --csv FILE (a `handle` column, or one handle per
line), --search \"platform:instagram country:ES min-followers:10000 no-risk …\" (the
dashboard's creator filters: platform, country, language, category, audience, tier,
min-followers, max-followers, min-engagement (percent), status, no-risk, and plain words
for the name or handle). They may be combined; each creator is offered once.

The fee is --fee (\"450\" in the campaign's currency, or \"450 EUR\"), else the creator's
rate for the first deliverable's format when it is in the campaign's currency.

--dry-run prints every offer (fee, currency, deliverables, and warnings: risk flags,
outside the campaign's markets, over the budget left) and changes nothing. Otherwise the
offers go out after a question on a terminal, or with --yes.

JSON (--format json) is an array of objects, stable across versions: creator_id (integer),
handle (string), creator (string), fee_minor (integer, minor units), currency (ISO 4217),
deliverables: [{platform, format, count}], warnings: [strings: risk:<flag>,
outside_markets, over_budget], deal (integer, or null in a dry run or when refused),
token (the invite token, shown once; null likewise), refused (the error code, e.g.
duplicate for an open offer already there, or null).";

const EXIT_HELP: &str = "Exit codes: 0 done (or a dry run); 1 failure (database, output); 2 unknown campaign or creator (with a suggestion), a search term or CSV file that cannot be read, no recipients, a creator without a fee (pass --fee), or --yes missing when not on a terminal (nothing sent); 3 some offers were refused (the others went out; each refusal is printed).";

/// What `offers send` takes.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// Campaign name or id.
    #[arg(long)]
    campaign: String,
    /// A creator's handle (`@name`) or id; repeatable.
    #[arg(long = "creator")]
    creators: Vec<String>,
    /// A CSV file of handles: a `handle` column, or one handle per line.
    #[arg(long)]
    csv: Option<PathBuf>,
    /// A search of the pool, e.g. "platform:tiktok country:ES no-risk".
    #[arg(long)]
    search: Option<String>,
    /// Fee for every offer, e.g. "450" (campaign currency) or "450 EUR"; default each
    /// creator's rate for the first deliverable's format.
    #[arg(long)]
    fee: Option<String>,
    /// The terms, as `invite` takes them.
    #[command(flatten)]
    terms: TermsArgs,
    /// Print what would go out and change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Send without asking (needed when not on a terminal).
    #[arg(long)]
    yes: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Outcome::Table)]
    format: Outcome,
}

/// One offer about to go out.
struct Planned {
    creator: Creator,
    handle: String,
    fee: Money,
    warnings: Vec<Warning>,
}

/// Why an offer deserves a second look.
enum Warning {
    Risk(String),
    Market(String),
    OverBudget(Money),
}

/// Runs an offers command.
pub async fn run(ctx: &Context, cmd: OffersCommand) -> anyhow::Result<ExitCode> {
    let OffersCommand::Send(args) = cmd;
    let (store, app) = ctx.open().await?;
    let op = ctx.operator(store.as_ref()).await?;
    let campaign = match ctx.campaign(store.as_ref(), &args.campaign).await {
        Ok(c) if c.brand_id == op.brand_id => c,
        Ok(_) => {
            return Ok(super::deals::not_found(ctx, &anyhow::Error::new(linkstar_app::AppError::NotFound("campaign"))));
        }
        Err(e) => return Ok(super::deals::not_found(ctx, &e)),
    };
    let creators = match recipients(ctx, &store, &args).await? {
        Ok(list) => list,
        Err(code) => return Ok(code),
    };
    if creators.is_empty() {
        eprintln!("{}", say(ctx, PipelineConsole::NoRecipients));
        return Ok(ExitCode::from(NOT_FOUND));
    }
    let deliverables = campaign.spec.deliverables.clone();
    let plan = match plan(ctx, &store, &op, &campaign, creators, args.fee.as_deref()).await? {
        Ok(plan) => plan,
        Err(code) => return Ok(code),
    };
    let total = plan
        .iter()
        .fold(Money::new(0, plan[0].fee.currency), |sum, p| Money::new(sum.minor + p.fee.minor, sum.currency));
    let total_text = ctx.localizer.money(total, ctx.language);
    let count = plan.len() as u64;
    if args.dry_run {
        match args.format {
            Outcome::Json => print(&serde_json::to_string_pretty(
                &plan.iter().map(|p| offer_json(p, &deliverables, None)).collect::<Vec<_>>(),
            )?)?,
            Outcome::Table => {
                print_plan(ctx, &plan, &deliverables)?;
                print(&say(ctx, PipelineConsole::DryRun { count, total: &total_text }))?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let question =
        say(ctx, PipelineConsole::ConfirmOffers { count, campaign: &campaign.spec.name, total: &total_text });
    if let Err(code) = pipeline::confirm(ctx, &question, args.yes)? {
        return Ok(code);
    }
    send(ctx, &app, &op, &campaign, &plan, &args).await
}

/// The creators named by `--creator`, `--csv` and `--search`, each once, in that order.
/// An unknown handle or an unreadable search or file ends the command (exit code 2).
async fn recipients(
    ctx: &Context,
    store: &SqlStore,
    args: &SendArgs,
) -> anyhow::Result<Result<Vec<Creator>, ExitCode>> {
    let mut handles: Vec<String> = args.creators.clone();
    if let Some(path) = &args.csv {
        match csv_handles(path) {
            Ok(more) => handles.extend(more),
            Err(e) => {
                eprintln!("{}", ctx.describe(&e));
                return Ok(Err(ExitCode::from(NOT_FOUND)));
            }
        }
    }
    let mut found: Vec<Creator> = Vec::new();
    for handle in &handles {
        match ctx.creator(store, handle).await {
            Ok(c) => found.push(c),
            Err(e) => return Ok(Err(super::deals::not_found(ctx, &e))),
        }
    }
    if let Some(text) = &args.search {
        let query = match super::offer_search::parse(text) {
            Ok(q) => q,
            Err(term) => {
                eprintln!("{}", say(ctx, PipelineConsole::BadSearch { term: &term }));
                return Ok(Err(ExitCode::from(NOT_FOUND)));
            }
        };
        found.extend(store.search_creators(&query).await?);
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|c| seen.insert(c.id));
    Ok(Ok(found))
}

/// The handles of a CSV file: its `handle` column, or else its first column.
fn csv_handles(path: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("reading {}", path.display()))?;
    let mut rows = reader.records();
    let Some(first) = rows.next().transpose().with_context(|| format!("reading {}", path.display()))? else {
        return Ok(Vec::new());
    };
    let column = first.iter().position(|h| h.trim().eq_ignore_ascii_case("handle"));
    let mut handles = Vec::new();
    if column.is_none() {
        handles.extend(first.get(0).map(str::to_string));
    }
    for row in rows {
        let row = row.with_context(|| format!("reading {}", path.display()))?;
        handles.extend(row.get(column.unwrap_or(0)).map(str::to_string));
    }
    Ok(handles.into_iter().map(|h| h.trim().to_string()).filter(|h| !h.is_empty()).collect())
}

/// Each creator's fee and warnings. Creators without a fee end the command with their
/// names (exit code 2), before anything is sent.
async fn plan(
    ctx: &Context,
    store: &SqlStore,
    op: &Operator,
    campaign: &Campaign,
    creators: Vec<Creator>,
    fee: Option<&str>,
) -> anyhow::Result<Result<Vec<Planned>, ExitCode>> {
    let deliverables = &campaign.spec.deliverables;
    let budget = campaign.spec.budget;
    let figures = DashboardReads::campaign_figures(store, op.brand_id).await?;
    let committed = figures.iter().find(|f| f.campaign.id == campaign.id).map_or(0, |f| f.committed.minor);
    let mut left = budget.minor - committed;
    let platform = deliverables.first().map(|d| d.platform);
    let mut plan = Vec::new();
    let mut missing = Vec::new();
    for creator in creators {
        let fee = match offer_fee(fee, &creator, deliverables, budget.currency) {
            Ok(Some(fee)) => fee,
            Ok(None) => {
                missing.push(creator);
                continue;
            }
            Err(e) => {
                eprintln!("{}", ctx.describe(&e));
                return Ok(Err(ExitCode::from(NOT_FOUND)));
            }
        };
        let p = &creator.profile;
        let mut warnings = Vec::new();
        if !p.risk_flags.is_empty() {
            warnings.push(Warning::Risk(p.risk_flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")));
        }
        if !campaign.spec.markets.is_empty() && !campaign.spec.markets.contains(&p.country) {
            warnings.push(Warning::Market(p.country.as_str().to_string()));
        }
        if fee.currency == budget.currency {
            left -= fee.minor;
            if left < 0 {
                warnings.push(Warning::OverBudget(Money::new(left + fee.minor, budget.currency)));
            }
        }
        let account = p.accounts.iter().find(|a| Some(a.platform) == platform).or(p.accounts.first());
        let handle = account.map(|a| format!("@{}", a.handle.as_str())).unwrap_or_default();
        plan.push(Planned { creator, handle, fee, warnings });
    }
    if !missing.is_empty() {
        let format = deliverables.first().map(format_name).unwrap_or_default();
        for c in &missing {
            eprintln!("{}", say(ctx, PipelineConsole::NoRate { creator: &c.profile.name, format: &format }));
        }
        return Ok(Err(ExitCode::from(NOT_FOUND)));
    }
    Ok(Ok(plan))
}

/// A deliverable's format as stored (`video`).
fn format_name(d: &Deliverable) -> String {
    serde_json::to_value(d.format).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

/// `2× instagram video`.
fn deliverables_text(deliverables: &[Deliverable]) -> String {
    deliverables
        .iter()
        .map(|d| format!("{}× {} {}", d.count, d.platform.as_str(), format_name(d)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn warning_text(ctx: &Context, w: &Warning) -> String {
    match w {
        Warning::Risk(flags) => say(ctx, PipelineConsole::WarnRisk { flags }),
        Warning::Market(country) => say(ctx, PipelineConsole::WarnMarket { country }),
        Warning::OverBudget(left) => {
            say(ctx, PipelineConsole::WarnBudget { left: &ctx.localizer.money(*left, ctx.language) })
        }
    }
}

fn warning_code(w: &Warning) -> String {
    match w {
        Warning::Risk(flags) => flags.split(", ").map(|f| format!("risk:{f}")).collect::<Vec<_>>().join(" "),
        Warning::Market(_) => "outside_markets".into(),
        Warning::OverBudget(_) => "over_budget".into(),
    }
}

/// One offer as JSON; `sent` is the deal and token, or the refusal.
fn offer_json(p: &Planned, deliverables: &[Deliverable], sent: Option<Result<(i64, String), String>>) -> Value {
    let warnings: Vec<String> =
        p.warnings.iter().flat_map(|w| warning_code(w).split(' ').map(String::from).collect::<Vec<_>>()).collect();
    let (deal, token, refused) = match sent {
        Some(Ok((deal, token))) => (Some(deal), Some(token), None),
        Some(Err(reason)) => (None, None, Some(reason)),
        None => (None, None, None),
    };
    json!({
        "creator_id": p.creator.id.0,
        "handle": p.handle,
        "creator": p.creator.profile.name,
        "fee_minor": p.fee.minor,
        "currency": p.fee.currency.code(),
        "deliverables": deliverables.iter().map(|d| json!({
            "platform": d.platform.as_str(),
            "format": format_name(d),
            "count": d.count,
        })).collect::<Vec<_>>(),
        "warnings": warnings,
        "deal": deal,
        "token": token,
        "refused": refused,
    })
}

/// The dry run's table: who, fee, deliverables and warnings.
fn print_plan(ctx: &Context, plan: &[Planned], deliverables: &[Deliverable]) -> anyhow::Result<()> {
    let (loc, lang) = (&ctx.localizer, ctx.language);
    let what = deliverables_text(deliverables);
    let mut rows = vec![vec![
        loc.ui(Ui::ColHandle, lang),
        loc.ui(Ui::ColCreator, lang),
        loc.ui(Ui::ColFee, lang),
        say(ctx, PipelineConsole::ColDeliverables),
        say(ctx, PipelineConsole::ColWarnings),
    ]];
    rows.extend(plan.iter().map(|p| {
        vec![
            p.handle.clone(),
            p.creator.profile.name.clone(),
            loc.money(p.fee, lang),
            what.clone(),
            p.warnings.iter().map(|w| warning_text(ctx, w)).collect::<Vec<_>>().join("; "),
        ]
    }));
    for line in table::render(&rows, &[Align::Left, Align::Left, Align::Right], "  ") {
        print(&line)?;
    }
    Ok(())
}

/// Makes each offer, one operation each; a refusal is told and the rest go on.
async fn send(
    ctx: &Context,
    app: &App,
    op: &Operator,
    campaign: &Campaign,
    plan: &[Planned],
    args: &SendArgs,
) -> anyhow::Result<ExitCode> {
    let deliverables = &campaign.spec.deliverables;
    let (mut sent, mut refused, mut docs) = (0_u64, 0_u64, Vec::new());
    for p in plan {
        let terms = args.terms.terms(deliverables.clone(), p.fee, jiff::Timestamp::now())?;
        match app.make_offer(op.id, campaign.id, p.creator.id, terms).await {
            Ok(invitation) => {
                sent += 1;
                let token = invitation.token.expose().to_string();
                match args.format {
                    Outcome::Json => docs.push(offer_json(p, deliverables, Some(Ok((invitation.deal_id.0, token))))),
                    Outcome::Table => {
                        let made = Console::OfferMade {
                            deal: invitation.deal_id.0,
                            creator: &p.creator.profile.name,
                            campaign: &campaign.spec.name,
                        };
                        print(&ctx.say(made))?;
                        print_links(ctx, &token)?;
                    }
                }
            }
            Err(linkstar_app::AppError::Store(e)) => return Err(e.into()),
            Err(e) => {
                refused += 1;
                let reason = ctx.localizer.error(e.code(), ctx.language);
                let line = PipelineConsole::OfferRefused { creator: &p.creator.profile.name, reason: &reason };
                eprintln!("{}", say(ctx, line));
                docs.push(offer_json(p, deliverables, Some(Err(e.code().to_string()))));
            }
        }
    }
    match args.format {
        Outcome::Json => print(&serde_json::to_string_pretty(&docs)?)?,
        Outcome::Table => print(&say(ctx, PipelineConsole::OffersSent { sent, refused }))?,
    }
    Ok(if refused == 0 { ExitCode::SUCCESS } else { ExitCode::from(REFUSED) })
}
