//! `linkstar payments list|pay|due|bonus|export`: what creators are owed, and payout files.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

use linkstar_app::Store;
use linkstar_app::port::PayoutRow;
use linkstar_core::ids::{DealId, PaymentId};
use linkstar_core::money::{Currency, Money};
use linkstar_core::payment::PaymentStatus;
use linkstar_csv::payouts::PayoutWriter;
use linkstar_i18n::MoneyConsole;

use super::Context;
use super::table::{self, Align};

/// Payment commands.
#[derive(Debug, Subcommand)]
pub enum PaymentsCommand {
    /// List payments (default: open ones).
    List {
        /// scheduled, due, paid, cancelled, open (scheduled and due) or all.
        #[arg(long, default_value = "open")]
        status: String,
        /// Only this currency.
        #[arg(long)]
        currency: Option<String>,
        /// Only this campaign (name or id).
        #[arg(long)]
        campaign: Option<String>,
    },
    /// Mark a payment paid with its bank or payout reference (finance or admin).
    Pay {
        /// The payment id.
        payment: i64,
        /// The bank or payout reference.
        #[arg(long)]
        reference: String,
    },
    /// Move scheduled payments whose due date has come to due.
    Due,
    /// Add a bonus to a deal, due now.
    Bonus {
        /// The deal.
        #[arg(long)]
        deal: i64,
        /// The amount, e.g. "50 EUR" (the deal's currency).
        #[arg(long)]
        amount: String,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Write payout CSV: one currency to a file or standard output, or with --dir one
    /// file per currency (payouts-EUR.csv, ...). The files keep stable English column
    /// keys and plain amounts, whatever the operator's language.
    Export {
        /// scheduled, due, paid, cancelled, open or all.
        #[arg(long, default_value = "due")]
        status: String,
        /// The currency of a single file.
        #[arg(long, conflicts_with = "dir")]
        currency: Option<String>,
        /// Write one file per currency into this folder.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Write the single file here instead of standard output.
        #[arg(long, short, conflicts_with = "dir")]
        output: Option<PathBuf>,
    },
}

fn statuses(name: &str) -> anyhow::Result<Vec<PaymentStatus>> {
    Ok(match name.trim() {
        "all" => vec![],
        "open" => vec![PaymentStatus::Scheduled, PaymentStatus::Due],
        other => vec![PaymentStatus::parse(other)?],
    })
}

fn write(rows: &[PayoutRow], out: impl Write) -> anyhow::Result<()> {
    let mut w = PayoutWriter::new(out)?;
    for r in rows {
        w.write(&r.payment, &r.campaign, &r.creator_name)?;
    }
    w.finish()?.flush()?;
    Ok(())
}

/// Runs a payments command.
pub async fn run(ctx: &Context, cmd: PaymentsCommand) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    match cmd {
        PaymentsCommand::List { status, currency, campaign } => {
            let campaign = match campaign {
                Some(c) => Some(store.find_campaign(&c).await?.with_context(|| format!("no campaign {c:?}"))?.id),
                None => None,
            };
            let currency = currency.as_deref().map(Currency::parse).transpose()?;
            let rows = app.payouts(operator.id, currency, statuses(&status)?, campaign).await?;
            let (loc, lang) = (&ctx.localizer, ctx.language);
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let p = &r.payment;
                    let due = loc.day(jiff::tz::TimeZone::UTC.to_datetime(p.due_at).date(), lang);
                    vec![
                        p.id.0.to_string(),
                        ctx.tell(MoneyConsole::PaymentDeal { deal: p.deal_id.0 }),
                        loc.payment_kind(p.kind, lang),
                        loc.money(p.amount, lang),
                        ctx.tell(MoneyConsole::PaymentDue { due: &due }),
                        loc.payment_status(p.status, lang),
                        r.creator_name.clone(),
                        p.reference.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            let align = [Align::Right, Align::Left, Align::Left, Align::Right];
            for line in table::render(&cells, &align, "  ") {
                println!("{line}");
            }
            println!("{}", ctx.tell(MoneyConsole::PaymentsListed { count: rows.len() }));
        }
        PaymentsCommand::Pay { payment, reference } => {
            let p = app.mark_paid(operator.id, PaymentId(payment), &reference).await?;
            let amount = ctx.localizer.money(p.amount, ctx.language);
            let line = MoneyConsole::PaymentPaid { payment: p.id.0, amount: &amount, reference: reference.trim() };
            println!("{}", ctx.tell(line));
        }
        PaymentsCommand::Due => {
            let moved = app.advance_payments().await?;
            println!("{}", ctx.tell(MoneyConsole::PaymentsNowDue { count: moved.len() }));
        }
        PaymentsCommand::Bonus { deal, amount, reason } => {
            let id = app.add_bonus(operator.id, DealId(deal), Money::parse(&amount)?, &reason).await?;
            println!("{}", ctx.tell(MoneyConsole::BonusScheduled { payment: id.0, deal }));
        }
        PaymentsCommand::Export { status, currency, dir, output } => {
            let statuses = statuses(&status)?;
            if let Some(dir) = dir {
                std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
                let rows = app.payouts(operator.id, None, statuses, None).await?;
                let mut currencies: Vec<Currency> = rows.iter().map(|r| r.payment.amount.currency).collect();
                currencies.sort_by_key(|c| c.code());
                currencies.dedup();
                let total = rows.len() as u64;
                let mut progress = crate::progress::Progress::start(
                    &ctx.localizer,
                    ctx.language,
                    linkstar_i18n::Job::Payouts,
                    Some(total),
                );
                let mut written = 0u64;
                for cur in currencies {
                    let path = dir.join(format!("payouts-{}.csv", cur.code()));
                    let mine: Vec<PayoutRow> =
                        rows.iter().filter(|r| r.payment.amount.currency == cur).cloned().collect();
                    let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
                    write(&mine, BufWriter::new(file))?;
                    written += mine.len() as u64;
                    progress.set(written);
                    let path = path.display().to_string();
                    println!("{}", ctx.tell(MoneyConsole::PayoutFile { path: &path, count: mine.len() }));
                }
                progress.finish();
            } else {
                let code =
                    currency.context("pass --currency CUR for one file, or --dir DIR for one file per currency")?;
                let rows = app.payouts(operator.id, Some(Currency::parse(&code)?), statuses, None).await?;
                match &output {
                    Some(path) => {
                        let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
                        write(&rows, BufWriter::new(file))?;
                        let path = path.display().to_string();
                        println!("{}", ctx.tell(MoneyConsole::PayoutFile { path: &path, count: rows.len() }));
                    }
                    None => write(&rows, std::io::stdout().lock())?,
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
