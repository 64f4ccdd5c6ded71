//! `linkstar reminders`: plan the rows of deals that have none (deals from before
//! reminders existed; `serve` does the same at start) and list pending rows, with their
//! times in the operator's zone.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::schedule_port::ReminderFilter;
use linkstar_app::{ScheduleStore, Store};
use linkstar_core::ids::DealId;
use linkstar_i18n::ReminderConsole;

use super::Context;
use super::table::{self, Align};

/// Reminder commands.
#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Plan reminders for deals in a non-final stage that have none yet.
    Plan,
    /// List pending reminders, soonest first.
    List {
        /// Only this deal.
        #[arg(long, conflicts_with = "campaign")]
        deal: Option<i64>,
        /// Only this campaign (name or id).
        #[arg(long)]
        campaign: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 200)]
        limit: u32,
    },
}

/// Runs a reminders command.
pub async fn run(ctx: &Context, cmd: RemindersCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let (loc, lang) = (&ctx.localizer, ctx.language);
    match cmd {
        RemindersCommand::Plan => {
            let report = app.plan_missing_reminders().await?;
            println!(
                "{}",
                loc.reminder_console(ReminderConsole::Planned { deals: report.deals, rows: report.rows }, lang)
            );
        }
        RemindersCommand::List { deal, campaign, limit } => {
            let operator = ctx.operator(store.as_ref()).await?;
            let campaign = match campaign {
                Some(c) => Some(store.find_campaign(&c).await?.with_context(|| format!("no campaign {c:?}"))?.id),
                None => None,
            };
            let filter = ReminderFilter { brand: Some(operator.brand_id), deal: deal.map(DealId), campaign, limit };
            let rows = ScheduleStore::list_reminders(store.as_ref(), &filter).await?;
            let zone = ctx.zone()?;
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        loc.reminder_console(ReminderConsole::Deal { deal: r.deal.0 }, lang),
                        loc.date_time(r.planned.send_at, lang, &zone),
                        loc.scheduled_action(r.planned.action, lang),
                        loc.date_time(r.planned.due, lang, &zone),
                    ]
                })
                .collect();
            for line in table::render(&cells, &[Align::Left, Align::Left, Align::Left, Align::Left], "  ") {
                println!("{line}");
            }
            println!("{}", loc.reminder_console(ReminderConsole::Listed { count: rows.len() }, lang));
        }
    }
    Ok(ExitCode::SUCCESS)
}
