//! `linkstar deals accept|counter|decline|cancel`: the brand's answers in a negotiation
//! and calling a deal off, each one `App` operation, as the dashboard does them.

use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};

use linkstar_app::App;
use linkstar_app::port::DealSummary;
use linkstar_core::brand::Operator;
use linkstar_core::money::Money;
use linkstar_core::payment::CancelEffect;
use linkstar_i18n::{PaymentFate, PipelineConsole};
use linkstar_store::SqlStore;

use super::Context;
use super::invite::parse_fee;
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
    /// Answer the creator's counter-offer with the brand's own fee; they must accept again.
    #[command(after_help = EXIT_HELP)]
    Counter {
        #[command(flatten)]
        deal: DealArgs,
        /// The brand's fee: "450" (the deal's currency) or "450 EUR".
        #[arg(long)]
        fee: String,
        /// A note for the creator, sent with the revised offer.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Decline the creator's counter-offer: the brand's offer stands as it was.
    #[command(after_help = EXIT_HELP)]
    Decline {
        #[command(flatten)]
        deal: DealArgs,
        /// A note for the creator.
        #[arg(long, default_value = "")]
        note: String,
    },
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
    let d = match &action {
        DealAction::Accept(d)
        | DealAction::Counter { deal: d, .. }
        | DealAction::Decline { deal: d, .. }
        | DealAction::Cancel { deal: d, .. } => d,
    };
    let (id, format) = (d.id, d.format);
    let Some(before) = brand_deal(store, op, id).await? else { return Ok(pipeline::unknown_deal(ctx)) };
    let deal_id = before.deal.id;
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
        DealAction::Counter { fee, note, .. } => {
            let fee: Money = match parse_fee(&fee, before.deal.terms.fee.currency) {
                Ok(fee) => fee,
                Err(e) => return refused(ctx, e.into()),
            };
            match app.counter_back(op.id, deal_id, fee, &note).await {
                Ok(after) => {
                    let zone = ctx.zone()?;
                    say(
                        ctx,
                        PipelineConsole::CounteredBack {
                            deal: id,
                            creator: &before.creator,
                            fee: &ctx.localizer.money(after.terms.fee, ctx.language),
                            due: &ctx.localizer.date_time(after.terms.respond_by, ctx.language, &zone),
                        },
                    )
                }
                Err(e) => return refused(ctx, e),
            }
        }
        DealAction::Decline { note, .. } => match app.decline_counter(op.id, deal_id, &note).await {
            Ok(after) => say(
                ctx,
                PipelineConsole::CounterDeclined { deal: id, fee: &ctx.localizer.money(after.terms.fee, ctx.language) },
            ),
            Err(e) => return refused(ctx, e),
        },
        DealAction::Cancel { reason, yes, .. } => {
            // What cancelling would do, from the same rule the cancel applies; a deal that
            // cannot be cancelled is refused here, before any question.
            let preview = match app.cancel_preview(op.id, deal_id).await {
                Ok(p) => p,
                Err(e) => return refused(ctx, e),
            };
            let heading =
                PipelineConsole::CancelHeading { deal: id, creator: &preview.creator, campaign: &preview.campaign };
            let mut lines = vec![say(ctx, heading)];
            lines.extend(preview.payments.iter().map(|l| {
                let fate = match l.effect {
                    CancelEffect::StaysPaid => PaymentFate::StaysPaid,
                    CancelEffect::Voided => PaymentFate::Voided,
                    CancelEffect::AlreadyCancelled => PaymentFate::AlreadyCancelled,
                };
                let line = PipelineConsole::CancelPayment {
                    kind: &ctx.localizer.payment_kind(l.payment.kind, ctx.language),
                    amount: &ctx.localizer.money(l.payment.amount, ctx.language),
                    fate,
                };
                format!("  {}", say(ctx, line))
            }));
            if preview.payments.is_empty() {
                lines.push(format!("  {}", say(ctx, PipelineConsole::CancelNoPayments)));
            }
            for line in &lines {
                // JSON output stays one document on stdout; the preview goes beside it.
                match format {
                    Outcome::Table => print(line)?,
                    Outcome::Json => eprintln!("{line}"),
                }
            }
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
