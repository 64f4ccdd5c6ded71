//! Carrying out the deals' steps through the real operations, in time order across all
//! deals, with the clock set to each step's instant.

use rand::Rng;
use rand::rngs::StdRng;

use linkstar_app::{App, ManualClock};
use linkstar_core::campaign::{CampaignSpec, ContentFormat};
use linkstar_core::checks::{FileLimits, disclosure_tags_for};
use linkstar_core::creator::{CreatorProfile, SocialAccount};
use linkstar_core::ids::{CampaignId, CreatorId, DealId};
use linkstar_core::money::Money;
use linkstar_core::payment::PaymentKind;
use linkstar_core::terms::{Terms, UsageRights};

use crate::DemoError;
use crate::campaigns::Team;
use crate::content;
use crate::deals::DealPlan;
use crate::plan::Step;

/// Everything the steps act on.
pub(crate) struct Scene<'a> {
    pub app: &'a App,
    pub clock: &'a ManualClock,
    pub team: &'a Team,
    pub campaigns: &'a [(CampaignId, CampaignSpec)],
    pub creators: &'a [(CreatorId, CreatorProfile)],
}

/// What a deal has become so far.
struct Live {
    deal: Option<DealId>,
    token: String,
    terms: Terms,
    missing_tag: Option<String>,
}

/// Runs every step of every plan in time order.
pub(crate) async fn run(s: &Scene<'_>, rng: &mut StdRng, plans: &[DealPlan]) -> Result<(), DemoError> {
    let mut order: Vec<(jiff::Timestamp, usize, usize)> = plans
        .iter()
        .enumerate()
        .flat_map(|(d, p)| p.steps.iter().enumerate().map(move |(i, (at, _))| (*at, d, i)))
        .collect();
    order.sort();
    let mut live: Vec<Live> = plans
        .iter()
        .map(|p| Live { deal: None, token: String::new(), terms: p.terms.clone(), missing_tag: None })
        .collect();
    let limits = FileLimits::default();
    for (at, d, i) in order {
        let (Some(plan), Some(state)) = (plans.get(d), live.get_mut(d)) else {
            continue;
        };
        let Some((_, step)) = plan.steps.get(i) else {
            continue;
        };
        s.clock.set(at);
        step_once(s, rng, plan, state, *step, &limits).await?;
    }
    Ok(())
}

async fn step_once(
    s: &Scene<'_>,
    rng: &mut StdRng,
    plan: &DealPlan,
    live: &mut Live,
    step: Step,
    limits: &FileLimits,
) -> Result<(), DemoError> {
    let (campaign_id, spec) = s.campaigns.get(plan.campaign).ok_or(DemoError::Plan("campaign index"))?;
    let (creator_id, profile) = s.creators.get(plan.creator).ok_or(DemoError::Plan("creator index"))?;
    let chat = content::chat(*creator_id);
    let team = s.team;
    if step == Step::Offer {
        let inv = s.app.make_offer(team.manager, *campaign_id, *creator_id, live.terms.clone()).await?;
        live.deal = Some(inv.deal_id);
        live.token = inv.token.expose().to_string();
        return Ok(());
    }
    let deal = live.deal.ok_or(DemoError::Plan("a step before the offer"))?;
    let app = s.app;
    match step {
        Step::Offer => {}
        Step::Link => {
            app.link_chat(&chat, &live.token).await?;
        }
        Step::Accept => {
            app.accept_offer(&chat, deal, live.terms.fingerprint()).await?;
        }
        Step::Decline => {
            app.decline_offer(&chat, deal).await?;
        }
        Step::Counter => {
            let fee = live.terms.fee;
            let asked = round_fee(fee.minor + fee.minor * rng.random_range(10..35) / 100, fee);
            app.counter_offer(&chat, deal, asked).await?;
        }
        Step::AcceptCounter => {
            live.terms = app.accept_counter(team.manager, deal).await?.terms;
        }
        Step::Revise => {
            let mut terms = live.terms.clone();
            terms.fee = round_fee(terms.fee.minor + terms.fee.minor / 10, terms.fee);
            terms.usage_rights = UsageRights::PaidAds { days: 30 };
            live.terms = app.revise_offer(team.manager, deal, terms).await?.terms;
        }
        Step::Expire => {
            app.expire_offer(deal).await?;
        }
        Step::Cancel => {
            let reason = if rng.random_bool(0.5) {
                "stock for this market is delayed"
            } else {
                "budget moved to another market"
            };
            app.cancel_deal(team.manager, deal, reason).await?;
        }
        Step::Draft { disclosed } => {
            let language = profile.languages.first().map_or("en", String::as_str);
            let caption = content::caption(language, &spec.product.name, &spec.compliance, profile.country, disclosed);
            live.missing_tag = (!disclosed)
                .then(|| disclosure_tags_for(profile.country, &spec.compliance).into_iter().next())
                .flatten();
            let first = app.store().drafts(deal).await.map_err(linkstar_app::AppError::from)?.is_empty();
            let upload = content::draft(rng, format(&live.terms), first && !disclosed, caption);
            app.submit_draft(&chat, deal, upload, limits).await?;
        }
        Step::Changes => {
            let notes = content::change_notes(rng, live.missing_tag.as_deref());
            app.request_changes(reviewer(s, rng), deal, &notes, false).await?;
        }
        Step::Approve => {
            let notes = ["Approved, thank you!", "Looks great. Go ahead!", "Perfect, approved."];
            let note = notes[rng.random_range(0..notes.len())];
            app.approve_draft(reviewer(s, rng), deal, note).await?;
        }
        Step::Post => {
            let url = content::post_url(rng, account(&live.terms, profile)?, format(&live.terms));
            app.submit_post(&chat, deal, &url).await?;
        }
        Step::Verify => {
            app.verify_post(team.reviewer, deal).await?;
        }
        Step::Metrics { day } => {
            let order_value = match live.terms.fee.currency.code() {
                "JPY" => 3_300,
                "USD" => 2_400,
                _ => 2_990,
            };
            let order_value = Money::new(order_value, live.terms.fee.currency);
            let seed = u64::try_from(deal.0).unwrap_or(0);
            let snapshot = content::metrics(account(&live.terms, profile)?, day, order_value, seed);
            app.record_metrics(team.reviewer, deal, snapshot).await?;
        }
        Step::PayDeposit => pay(s, rng, deal, PaymentKind::Deposit).await?,
        Step::PayBalance => pay(s, rng, deal, PaymentKind::Balance).await?,
        Step::Removed => {
            app.flag_post_removed(team.reviewer, deal).await?;
        }
    }
    Ok(())
}

/// `minor` in the fee's currency, rounded to tens (thousands of yen).
fn round_fee(minor: i64, fee: Money) -> Money {
    let digits = fee.currency.minor_digits();
    let unit = 10_i64.pow(digits) * if digits == 0 { 1_000 } else { 10 };
    Money::new((minor / unit).max(1) * unit, fee.currency)
}

/// The reviewer most of the time, the manager now and then.
fn reviewer(s: &Scene<'_>, rng: &mut StdRng) -> linkstar_core::ids::OperatorId {
    if rng.random_bool(0.7) { s.team.reviewer } else { s.team.manager }
}

/// The format of the deal's first deliverable.
fn format(terms: &Terms) -> ContentFormat {
    terms.deliverables.first().map_or(ContentFormat::Video, |d| d.format)
}

/// The creator's account the first deliverable is published on.
fn account<'p>(terms: &Terms, profile: &'p CreatorProfile) -> Result<&'p SocialAccount, DemoError> {
    terms
        .deliverables
        .first()
        .and_then(|d| profile.account(d.platform))
        .ok_or(DemoError::Plan("a deal on a platform the creator is not on"))
}

/// Finance pays the deal's open payment of `kind` with a payout reference.
async fn pay(s: &Scene<'_>, rng: &mut StdRng, deal: DealId, kind: PaymentKind) -> Result<(), DemoError> {
    let payments = s.app.store().payments(deal).await.map_err(linkstar_app::AppError::from)?;
    let Some(payment) = payments.iter().find(|p| p.kind == kind && p.status.is_open()) else {
        return Err(DemoError::Plan("no open payment to pay"));
    };
    let reference = match payment.amount.currency.code() {
        "EUR" => format!("SEPA-{}-{:06}", 2026, rng.random_range(0..1_000_000)),
        "USD" => format!("WISE-{:09}", rng.random_range(0..1_000_000_000u32)),
        _ => format!("MUFG-{:08}", rng.random_range(0..100_000_000u32)),
    };
    s.app.mark_paid(s.team.finance, payment.id, &reference).await?;
    Ok(())
}
