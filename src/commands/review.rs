//! `linkstar review approve|changes`: the brand's decision on the draft under review,
//! through the same operations as the dashboard's review queue.

use std::process::ExitCode;

use clap::Subcommand;

use linkstar_i18n::PipelineConsole;

use super::Context;
use super::deal_actions::{DealArgs, done};
use super::pipeline::{self, EXIT_HELP, brand_deal, refused, say};

/// Review commands.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Approve the draft under review; the creator gets the publish window and tracking link.
    #[command(after_help = EXIT_HELP)]
    Approve {
        #[command(flatten)]
        deal: DealArgs,
        /// A note for the creator.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Ask for changes to the draft under review. Lines starting with a time in the video
    /// (`0:12 show the label`, `1:02:03 …`) reach the creator as a list of timestamped notes.
    #[command(after_help = EXIT_HELP)]
    Changes {
        #[command(flatten)]
        deal: DealArgs,
        /// What should change (required; one note per line).
        #[arg(long)]
        note: String,
        /// Ask even though the included revision rounds are used up.
        #[arg(long)]
        override_rounds: bool,
    },
}

/// Runs a review command.
pub async fn run(ctx: &Context, cmd: ReviewCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let op = ctx.operator(store.as_ref()).await?;
    let (ReviewCommand::Approve { deal, .. } | ReviewCommand::Changes { deal, .. }) = &cmd;
    let (id, format) = (deal.id, deal.format);
    let Some(before) = brand_deal(&store, &op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
    let version = before.deal.draft_versions;
    let line = match cmd {
        ReviewCommand::Approve { note, .. } => match app.approve_draft(op.id, before.deal.id, &note).await {
            Ok(_) => say(ctx, PipelineConsole::Approved { deal: id, version }),
            Err(e) => return refused(ctx, e),
        },
        ReviewCommand::Changes { note, override_rounds, .. } => {
            match app.request_changes(op.id, before.deal.id, &note, override_rounds).await {
                Ok(after) => say(
                    ctx,
                    PipelineConsole::ChangesRequested {
                        deal: id,
                        version,
                        round: after.change_requests,
                        rounds: after.rounds_allowed(),
                    },
                ),
                Err(e) => return refused(ctx, e),
            }
        }
    };
    done(&store, &op, id, format, &line).await
}
