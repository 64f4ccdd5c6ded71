//! `linkstar fx set|list`: the dated exchange rates reports convert with.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_core::fx::Rate;
use linkstar_core::money::Currency;
use linkstar_i18n::MoneyConsole;

use super::Context;
use super::table::{self, Align};

/// Exchange rate commands.
#[derive(Debug, Subcommand)]
pub enum FxCommand {
    /// Record a rate: one FROM is worth RATE TO on DATE (finance or admin).
    Set {
        /// Currency converted from, e.g. USD.
        #[arg(long)]
        from: String,
        /// Currency converted to, e.g. EUR.
        #[arg(long)]
        to: String,
        /// Units of TO per unit of FROM, e.g. 0.9213.
        #[arg(long)]
        rate: String,
        /// The day the rate is for (YYYY-MM-DD).
        #[arg(long)]
        date: String,
    },
    /// List every rate entered.
    List,
}

/// Runs an fx command.
pub async fn run(ctx: &Context, cmd: FxCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    match cmd {
        FxCommand::Set { from, to, rate, date } => {
            let operator = ctx.operator(store.as_ref()).await?;
            let date = date.parse().with_context(|| format!("{date:?} is not a date (YYYY-MM-DD)"))?;
            let fx = app
                .set_fx_rate(operator.id, Currency::parse(&from)?, Currency::parse(&to)?, Rate::parse(&rate)?, date)
                .await?;
            let (from, to) = (fx.from.to_string(), fx.to.to_string());
            let rate = ctx.localizer.decimal(&fx.rate.to_string(), ctx.language);
            let date = ctx.localizer.day(fx.date, ctx.language);
            println!("{}", ctx.tell(MoneyConsole::FxRateSet { from: &from, rate: &rate, to: &to, date: &date }));
        }
        FxCommand::List => {
            let rows: Vec<Vec<String>> = store
                .fx_rates()
                .await?
                .iter()
                .map(|fx| {
                    vec![
                        ctx.localizer.day(fx.date, ctx.language),
                        format!("1 {} =", fx.from),
                        ctx.localizer.decimal(&fx.rate.to_string(), ctx.language),
                        fx.to.to_string(),
                    ]
                })
                .collect();
            for line in table::render(&rows, &[Align::Left, Align::Left, Align::Right, Align::Left], " ") {
                println!("{line}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
