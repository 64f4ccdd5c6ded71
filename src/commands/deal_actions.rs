//! `linkstar deals accept|counter|decline|cancel`: the brand's answers in a negotiation
//! and calling a deal off, each one `App` operation, as the dashboard does them.

use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};

use linkstar_app::App;
use linkstar_app::port::DealSummary;
use linkstar_core::brand::Operator;
use linkstar_i18n::PipelineConsole;
use linkstar_store::SqlStore;

use super::Context;
use super::pipeline::{self, EXIT_HELP, brand_deal, print, refused, say};

/// How a write command prints what it did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Outcome {
    /// A sentence in the operator's language.
    #[default]
    Table,
    /// The deal afterwards as `deals list --format json` prints one (a single object).
    Json,
}

/// The brand's moves on one deal.
#[derive(Debug, Subcommand)]
pub enum DealAction {
    /// Take the creator's counter-offer: the offer is revised to their fee and they
    /// confirm it in their chat.
    #[command(after_help = EXIT_HELP)]
    Accept(DealArgs),
    /// Call the deal off: prints what happens to each payment, asks (unless --yes), then
    /// cancels and tells the creator.
    #[command(after_help = EXIT_HELP)]
    Cancel {
        #[command(flatten)]
        deal: DealArgs,
        /// Why, for the audit log.
        #[arg(long)]
        reason: String,
        /// Cancel without asking (needed when not on a terminal).
        #[arg(long)]
        yes: bool,
    },
}

/// The deal acted on and how to print the result.
#[derive(Debug, Args)]
pub struct DealArgs {
    /// The deal's id.
    pub id: i64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Outcome::Table)]
    pub format: Outcome,
}

/// Runs a deal action.
pub async fn run(
    ctx: &Context,
    store: &SqlStore,
    app: &App,
    op: &Operator,
    action: DealAction,
) -> anyhow::Result<ExitCode> {
    let id = match &action {
        DealAction::Accept(d) | DealAction::Cancel { deal: d, .. } => d.id,
    };
    let Some(before) = brand_deal(store, op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
    let deal_id = before.deal.id;
    let format = match &action {
        DealAction::Accept(d) | DealAction::Cancel { deal: d, .. } => d.format,
    };
    let line = match action {
        DealAction::Accept(_) => match app.accept_counter(op.id, deal_id).await {
            Ok(after) => say(
                ctx,
                PipelineConsole::CounterAccepted {
                    deal: id,
                    creator: &before.creator,
                    fee: &ctx.localizer.money(after.terms.fee, ctx.language),
                },
            ),
            Err(e) => return refused(ctx, e),
        },
        DealAction::Cancel { reason, yes, .. } => {
            let heading =
                PipelineConsole::CancelHeading { deal: id, creator: &before.creator, campaign: &before.campaign };
            eprintln!("{}", say(ctx, heading));
            if let Err(code) = pipeline::confirm(ctx, &say(ctx, PipelineConsole::ConfirmCancel { deal: id }), yes)? {
                return Ok(code);
            }
            match app.cancel_deal(op.id, deal_id, &reason).await {
                Ok(_) => say(ctx, PipelineConsole::Cancelled { deal: id }),
                Err(e) => return refused(ctx, e),
            }
        }
    };
    done(store, op, id, format, &line).await
}

/// Prints what an action did: the sentence, or the deal afterwards as JSON.
pub(crate) async fn done(
    store: &SqlStore,
    op: &Operator,
    id: i64,
    format: Outcome,
    line: &str,
) -> anyhow::Result<ExitCode> {
    match format {
        Outcome::Table => print(line)?,
        Outcome::Json => {
            let after: Option<DealSummary> = brand_deal(store, op, id).await?;
            let doc = after.as_ref().map(super::deals::row_json);
            print(&serde_json::to_string_pretty(&doc)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
