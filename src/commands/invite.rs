//! `linkstar invite --campaign C --creator P`: makes an offer and prints the token.

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use linkstar_core::campaign::Deliverable;
use linkstar_core::creator::Creator;
use linkstar_core::money::{Currency, Money};
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};
use linkstar_core::time::Window;

use linkstar_i18n::Console;

use super::Context;

/// The offer to make. Dates count from now.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// Campaign name or id.
    #[arg(long)]
    campaign: String,
    /// Creator handle (`@name`) or id.
    #[arg(long)]
    creator: String,
    /// Fee, e.g. "500 EUR"; default the creator's rate for the first deliverable's format.
    #[arg(long)]
    fee: Option<String>,
    /// The offer's terms.
    #[command(flatten)]
    terms: TermsArgs,
}

/// The terms of an offer besides its deliverables and fee, shared by `invite` and
/// `offers send`. Dates count from now.
#[derive(Debug, Clone, Args)]
pub struct TermsArgs {
    /// Deposit paid at contract, in percent of the fee.
    #[arg(long, default_value_t = 30)]
    deposit_pct: u8,
    /// Commission on attributed sales, in percent (makes the offer hybrid, or CPS with a zero fee).
    #[arg(long)]
    commission_pct: Option<u32>,
    /// Days the creator has to answer.
    #[arg(long, default_value_t = 7)]
    respond_days: i64,
    /// Days until the first draft is due.
    #[arg(long, default_value_t = 14)]
    draft_days: i64,
    /// Days the publish window stays open after the draft is due.
    #[arg(long, default_value_t = 14)]
    publish_days: i64,
    /// Revision rounds included.
    #[arg(long, default_value_t = 2)]
    rounds: u32,
    /// Hours the brand has to review each draft.
    #[arg(long, default_value_t = 48)]
    review_hours: u32,
    /// Days of exclusivity.
    #[arg(long, default_value_t = 0)]
    exclusivity_days: u32,
    /// Days of paid-ads usage (0 = organic only).
    #[arg(long, default_value_t = 0)]
    ads_days: u32,
}

impl TermsArgs {
    /// The terms for `deliverables` at `fee`, dated from `now`.
    pub fn terms(&self, deliverables: Vec<Deliverable>, fee: Money, now: jiff::Timestamp) -> anyhow::Result<Terms> {
        let payment_model = match self.commission_pct {
            None => PaymentModel::Fixed,
            Some(pct) if fee.minor == 0 => PaymentModel::Cps { rate_bp: pct * 100, cap: None },
            Some(pct) => PaymentModel::Hybrid { rate_bp: pct * 100, cap: None },
        };
        let draft_due = days(now, self.draft_days)?;
        Ok(Terms {
            deliverables,
            fee,
            payment_model,
            deposit_pct: self.deposit_pct,
            usage_rights: if self.ads_days > 0 {
                UsageRights::PaidAds { days: self.ads_days }
            } else {
                UsageRights::OrganicOnly
            },
            exclusivity_days: self.exclusivity_days,
            respond_by: days(now, self.respond_days)?,
            draft_due,
            publish_window: Window::new(draft_due, days(draft_due, self.publish_days)?)?,
            revision_rounds: self.rounds,
            review_sla_hours: self.review_hours,
            min_live_days: 0,
        })
    }
}

/// The fee of an offer of `deliverables` to `creator`: `--fee` when given (an amount
/// alone is in `currency`), else the creator's rate for the first deliverable's format
/// when it is in `currency`; `None` when neither is known.
pub fn offer_fee(
    fee: Option<&str>,
    creator: &Creator,
    deliverables: &[Deliverable],
    currency: Currency,
) -> anyhow::Result<Option<Money>> {
    if let Some(text) = fee {
        return Ok(Some(parse_fee(text, currency)?));
    }
    let rate = deliverables.first().and_then(|first| creator.profile.rate_card.get(&first.format));
    Ok(rate.filter(|m| m.currency == currency).copied())
}

/// A fee as typed: "450 EUR", or "450" in `currency`.
pub fn parse_fee(text: &str, currency: Currency) -> Result<Money, linkstar_core::DomainError> {
    let text = text.trim();
    if text.contains(char::is_whitespace) { Money::parse(text) } else { Money::from_decimal(text, currency) }
}

/// Prints the invite token and the links that open the chat with it.
pub fn print_links(ctx: &Context, token: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout();
    writeln!(out, "token:    {token}")?;
    match &ctx.settings.telegram_bot_username {
        Some(bot) => writeln!(out, "telegram: https://t.me/{}?start={token}", bot.trim_start_matches('@'))?,
        None => writeln!(out, "telegram: /start {token}   ({})", ctx.say(Console::TelegramLinkHint))?,
    }
    writeln!(out, "discord:  /link token:{token}")
}

fn days(now: jiff::Timestamp, d: i64) -> anyhow::Result<jiff::Timestamp> {
    now.checked_add(jiff::SignedDuration::from_hours(24 * d)).context("date out of range")
}

/// Makes the offer.
pub async fn run(ctx: &Context, a: InviteArgs) -> anyhow::Result<ExitCode> {
    let (store, app) = ctx.open().await?;
    let operator = ctx.operator(store.as_ref()).await?;
    let campaign = ctx.campaign(store.as_ref(), &a.campaign).await?;
    let creator = ctx.creator(store.as_ref(), &a.creator).await?;
    let deliverables = campaign.spec.deliverables.clone();
    let first = deliverables.first().context("the campaign has no deliverables")?;
    let fee = match &a.fee {
        Some(text) => Money::parse(text)?,
        None => *creator
            .profile
            .rate_card
            .get(&first.format)
            .context("the creator has no rate for this format: pass --fee \"AMOUNT CUR\"")?,
    };
    let terms = a.terms.terms(deliverables, fee, jiff::Timestamp::now())?;
    let invitation = app.make_offer(operator.id, campaign.id, creator.id, terms).await?;
    let token = invitation.token.expose();
    let made = Console::OfferMade {
        deal: invitation.deal_id.0,
        creator: &creator.profile.name,
        campaign: &campaign.spec.name,
    };
    println!("{}", ctx.say(made));
    print_links(ctx, token)?;
    Ok(ExitCode::SUCCESS)
}
