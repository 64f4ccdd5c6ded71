//! `linkstar attribution code|export`: discount codes, and the list the shop attributes
//! sales with.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_core::ids::DealId;
use linkstar_csv::payouts::{AttributionRecord, write_attribution};
use linkstar_i18n::MoneyConsole;

use super::Context;

/// Attribution commands.
#[derive(Debug, Subcommand)]
pub enum AttributionCommand {
    /// Give a deal its shop discount code (sent to the creator with the approval).
    Code {
        /// The deal.
        #[arg(long)]
        deal: i64,
        /// The code, 3–32 letters, digits, '-' or '_'.
        #[arg(long, conflicts_with = "clear")]
        discount: Option<String>,
        /// Remove the deal's code.
        #[arg(long)]
        clear: bool,
    },
    /// Export tracking codes, links and discount codes as CSV for the shop (stable English
    /// column keys, whatever the operator's language).
    Export {
        /// Only this campaign (name or id).
        #[arg(long)]
        campaign: Option<String>,
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// Runs an attribution command.
pub async fn run(ctx: &Context, cmd: AttributionCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    match cmd {
        AttributionCommand::Code { deal, discount, clear } => {
            anyhow::ensure!(clear || discount.is_some(), "pass --discount CODE or --clear");
            match app.set_discount_code(operator.id, DealId(deal), discount.as_deref()).await? {
                Some(code) => println!("{}", ctx.tell(MoneyConsole::DiscountCodeSet { deal, code: &code.to_string() })),
                None => println!("{}", ctx.tell(MoneyConsole::DiscountCodeRemoved { deal })),
            }
        }
        AttributionCommand::Export { campaign, output } => {
            let campaign = match campaign {
                Some(c) => Some(store.find_campaign(&c).await?.with_context(|| format!("no campaign {c:?}"))?.id),
                None => None,
            };
            let lines = app.attribution(operator.id, campaign).await?;
            let records = lines.iter().map(|l| AttributionRecord {
                deal: l.deal,
                campaign: &l.campaign,
                creator: &l.creator_name,
                stage: l.stage,
                tracking_code: &l.tracking_code,
                tracking_url: l.tracking_url.as_deref(),
                discount_code: l.discount_code.as_deref(),
            });
            let out: Box<dyn Write> = match &output {
                Some(path) => Box::new(BufWriter::new(
                    File::create(path).with_context(|| format!("creating {}", path.display()))?,
                )),
                None => Box::new(std::io::stdout().lock()),
            };
            write_attribution(out, records)?.flush()?;
            if let Some(path) = output {
                let path = path.display().to_string();
                println!("{}", ctx.tell(MoneyConsole::AttributionExported { path: &path, count: lines.len() }));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
