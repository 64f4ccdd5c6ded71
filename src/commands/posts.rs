//! `linkstar posts verify|refuse`: the brand's check of a creator's live post, through the
//! same operations as the dashboard.

use std::process::ExitCode;

use clap::Subcommand;

use linkstar_i18n::PipelineConsole;

use super::Context;
use super::deal_actions::{DealArgs, done};
use super::pipeline::{self, EXIT_HELP, brand_deal, refused, say};

/// Post commands.
#[derive(Debug, Subcommand)]
pub enum PostsCommand {
    /// The live post is right: the deal is verified and the balance falls due.
    #[command(after_help = EXIT_HELP)]
    Verify(DealArgs),
    /// The submitted link is wrong: the deal goes back to waiting for a post link, and the
    /// creator is told why and may send a corrected one.
    #[command(after_help = EXIT_HELP)]
    Refuse {
        #[command(flatten)]
        deal: DealArgs,
        /// Why, for the creator (required).
        #[arg(long)]
        reason: String,
    },
}

/// Runs a posts command.
pub async fn run(ctx: &Context, cmd: PostsCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let op = ctx.operator(store.as_ref()).await?;
    let (PostsCommand::Verify(deal) | PostsCommand::Refuse { deal, .. }) = &cmd;
    let (id, format) = (deal.id, deal.format);
    let Some(before) = brand_deal(&store, &op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
    let line = match cmd {
        PostsCommand::Verify(_) => match app.verify_post(op.id, before.deal.id).await {
            Ok(_) => say(ctx, PipelineConsole::PostVerified { deal: id }),
            Err(e) => return refused(ctx, e),
        },
        PostsCommand::Refuse { reason, .. } => match app.refuse_post(op.id, before.deal.id, &reason).await {
            Ok(_) => say(ctx, PipelineConsole::PostRefused { deal: id }),
            Err(e) => return refused(ctx, e),
        },
    };
    done(&store, &op, id, format, &line).await
}
