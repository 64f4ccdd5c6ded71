//! `linkstar campaign close C`: ends a campaign and schedules its commissions.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_i18n::MoneyConsole;

use super::Context;

/// Campaign commands.
#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Close the campaign: commission from attributed revenue for each verified CPS or
    /// hybrid deal; deals with nothing left to pay complete.
    Close {
        /// Campaign name or id.
        campaign: String,
    },
}

/// Runs a campaign command.
pub async fn run(ctx: &Context, cmd: CampaignCommand) -> anyhow::Result<ExitCode> {
    let CampaignCommand::Close { campaign } = cmd;
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let c = store.find_campaign(&campaign).await?.with_context(|| format!("no campaign {campaign:?}"))?;
    let report = app.close_campaign(operator.id, c.id).await?;
    for (deal, amount) in &report.commissions {
        let amount = ctx.localizer.money(*amount, ctx.language);
        println!("{}", ctx.tell(MoneyConsole::CommissionScheduled { deal: deal.0, amount: &amount }));
    }
    let (commissions, completed) = (report.commissions.len(), report.settled.len());
    println!("{}", ctx.tell(MoneyConsole::CampaignClosed { campaign: &c.spec.name, commissions, completed }));
    Ok(ExitCode::SUCCESS)
}
