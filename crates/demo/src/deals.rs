//! Casting the demo's deals: which creator gets which offer in which campaign, on what
//! terms, and when each of its steps happens.

use jiff::SignedDuration;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};

use linkstar_core::campaign::{CampaignSpec, ContentFormat, Deliverable};
use linkstar_core::creator::{CreatorProfile, PoolStatus};
use linkstar_core::money::Money;
use linkstar_core::stage::Stage;
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};
use linkstar_core::time::{Timestamp, Window};

use crate::DemoError;
use crate::creators::{price_eur, round2};
use crate::plan::{self, Step};

/// One deal of the demo and its timed steps.
pub(crate) struct DealPlan {
    /// Index of the campaign.
    pub campaign: usize,
    /// Index of the creator in the pool.
    pub creator: usize,
    /// The terms first offered.
    pub terms: Terms,
    /// The steps, each at its instant, in order.
    pub steps: Vec<(Timestamp, Step)>,
}

/// Minutes from `now` to the end of its day in `zone`.
pub(crate) fn minutes_left_today(now: Timestamp, zone: &jiff::tz::TimeZone) -> Result<i64, DemoError> {
    let end =
        now.to_zoned_datetime(zone.clone()).end_of_day().map_err(|_| DemoError::Plan("the end of today"))?.timestamp();
    Ok(end.duration_since(now).as_mins())
}

/// Where the deadline a deal waits on now sits, in minutes after `end` (negative: it
/// has passed), for the stages that wait on one; `k` counts the deals of that stage so
/// each kind of deadline occurs. `today_left` is what is left of the operator's day.
fn deadline_minutes(rng: &mut StdRng, target: Stage, k: usize, today_left: i64) -> Option<i64> {
    let today = |rng: &mut StdRng| (today_left * rng.random_range(20..90) / 100).max(1);
    let days = |rng: &mut StdRng, lo: i64, hi: i64| rng.random_range(lo * 60..hi * 60);
    match target {
        // The respond-by date, which is also when the invite expires.
        Stage::Offered | Stage::Negotiating => {
            Some(if k.is_multiple_of(3) { days(rng, 1, 20) } else { days(rng, 26, 6 * 24) })
        }
        // The draft's due date.
        Stage::Contracted => Some(match k % 3 {
            0 => today(rng),
            1 => -days(rng, 3, 40),
            _ => days(rng, 24, 6 * 24),
        }),
        // The end of the publish window.
        Stage::Approved => Some(if k.is_multiple_of(2) { today(rng) } else { days(rng, 30, 5 * 24) }),
        _ => None,
    }
}

/// Casts every deal of [`plan::TARGETS`] between `first` and `end`, `today_left`
/// minutes before the operator's day ends.
pub(crate) fn cast(
    rng: &mut StdRng,
    specs: &[CampaignSpec],
    pool: &[CreatorProfile],
    first: Timestamp,
    end: Timestamp,
    today_left: i64,
) -> Result<Vec<DealPlan>, DemoError> {
    let mut targets: Vec<Stage> = plan::TARGETS.iter().flat_map(|(stage, n)| std::iter::repeat_n(*stage, *n)).collect();
    targets.shuffle(rng);
    let mut candidates: Vec<Vec<usize>> = specs.iter().map(|spec| fits(spec, pool)).collect();
    candidates.iter_mut().for_each(|c| c.shuffle(rng));
    let span = end.duration_since(first).as_hours();
    let mut plans = Vec::new();
    let mut seen: std::collections::BTreeMap<Stage, usize> = std::collections::BTreeMap::new();
    // Deadlines draw from their own source, so the cast and the terms stay as they were.
    let mut dates = StdRng::seed_from_u64(2027);
    for (i, target) in targets.into_iter().enumerate() {
        let campaign = i % specs.len();
        let (Some(spec), Some(creator)) = (specs.get(campaign), candidates.get_mut(campaign).and_then(Vec::pop)) else {
            return Err(DemoError::Plan("not enough creators fit the campaigns"));
        };
        let profile = pool.get(creator).ok_or(DemoError::Plan("creator index"))?;
        let deposit_pct = *[0u8, 30, 30, 50].choose(rng).unwrap_or(&30);
        let live_days = match target {
            Stage::Completed => *[0, 0, 7].choose(rng).unwrap_or(&0),
            Stage::Verified => *[0, 7, 7, 7].choose(rng).unwrap_or(&7),
            _ => *[0, 7, 30].choose(rng).unwrap_or(&0),
        };
        let commission_only =
            matches!(target, Stage::Offered | Stage::Contracted | Stage::Approved) && rng.random_bool(0.2);
        let deposit = deposit_pct > 0 && !commission_only;
        let offsets = plan::steps(rng, target, deposit, !commission_only, live_days);
        let path = offsets.iter().map(|(h, _)| *h).max().unwrap_or(0);
        let gap = plan::gap_hours(rng, target, path, span);
        let minutes = rng.random_range(0..60);
        let k = seen.entry(target).or_default();
        let due =
            deadline_minutes(&mut dates, target, *k, today_left).map(|m| later(end, SignedDuration::from_mins(m)));
        *k += 1;
        let due = due.transpose()?;
        let mut start = later(
            end.checked_sub(SignedDuration::from_hours(gap + path))
                .map_err(|_| DemoError::Plan("time out of range"))?
                .max(first),
            SignedDuration::from_mins(minutes),
        )?;
        // The dates before the deadline need room: the respond-by date before the draft's
        // due date, the publish window's opening before its end.
        let room = match target {
            Stage::Contracted => Some(plan::respond_days(target) * 24 + 1),
            Stage::Approved => Some(12 * 24 + 1),
            _ => None,
        };
        if let (Some(due), Some(hours)) = (due, room) {
            start = start.min(later(due, SignedDuration::from_hours(-hours))?);
        }
        let mut terms = terms(rng, spec, profile, start, plan::respond_days(target))?;
        if let Some(due) = due {
            deadline(&mut terms, target, due)?;
        }
        terms.deposit_pct = if commission_only { 0 } else { deposit_pct };
        terms.min_live_days = u32::try_from(live_days).unwrap_or(0);
        if commission_only {
            terms.payment_model = PaymentModel::Cps { rate_bp: 1_500, cap: None };
            terms.fee = Money::new(0, terms.fee.currency);
        } else if rng.random_bool(0.2) {
            terms.payment_model = PaymentModel::Hybrid { rate_bp: 800, cap: Some(terms.fee) };
        }
        let mut steps = Vec::new();
        for (hours, step) in offsets {
            let at = hour(start, hours)?;
            if at > end {
                return Err(DemoError::Plan("a deal's steps run past the end of the timeline"));
            }
            steps.push((at, step));
        }
        plans.push(DealPlan { campaign, creator, terms, steps });
    }
    Ok(plans)
}

/// Creators a campaign may invite: in its markets, not blocked, not a mega star, and
/// on a platform the campaign publishes on.
fn fits(spec: &CampaignSpec, pool: &[CreatorProfile]) -> Vec<usize> {
    (0..pool.len())
        .filter(|i| {
            pool.get(*i).is_some_and(|c| {
                spec.markets.contains(&c.country)
                    && c.pool_status != PoolStatus::Blocked
                    && c.accounts.iter().all(|a| a.followers < 1_500_000)
                    && !deliverables(spec, c).is_empty()
            })
        })
        .collect()
}

/// The campaign's deliverables on the creator's platforms.
pub(crate) fn deliverables(spec: &CampaignSpec, creator: &CreatorProfile) -> Vec<Deliverable> {
    spec.deliverables.iter().filter(|d| creator.account(d.platform).is_some()).cloned().collect()
}

fn later(at: Timestamp, by: SignedDuration) -> Result<Timestamp, DemoError> {
    at.checked_add(by).map_err(|_| DemoError::Plan("time out of range"))
}

/// Puts the deadline the deal waits on at `due` and the later dates after it.
fn deadline(terms: &mut Terms, target: Stage, due: Timestamp) -> Result<(), DemoError> {
    let days = |n: i64| SignedDuration::from_hours(24 * n);
    match target {
        Stage::Offered | Stage::Negotiating => {
            terms.respond_by = due;
            terms.draft_due = later(due, days(5))?;
            terms.publish_window = Window::new(later(terms.draft_due, days(2))?, later(terms.draft_due, days(16))?)?;
        }
        Stage::Contracted => {
            terms.draft_due = due;
            terms.publish_window = Window::new(later(due, days(2))?, later(due, days(16))?)?;
        }
        Stage::Approved => terms.publish_window = Window::new(terms.publish_window.opens, due)?,
        _ => {}
    }
    Ok(())
}

fn hour(start: Timestamp, hours: i64) -> Result<Timestamp, DemoError> {
    start.checked_add(SignedDuration::from_hours(hours)).map_err(|_| DemoError::Plan("time out of range"))
}

/// The offer: the creator's deliverables, a fee by audience size in the campaign's
/// currency, and dates counted from the offer.
fn terms(
    rng: &mut StdRng,
    spec: &CampaignSpec,
    creator: &CreatorProfile,
    start: Timestamp,
    respond_days: i64,
) -> Result<Terms, DemoError> {
    let deliverables: Vec<Deliverable> = deliverables(spec, creator).into_iter().take(2).collect();
    let mut eur = 0.0;
    for d in &deliverables {
        let followers = creator.account(d.platform).map_or(1_000, |a| a.followers);
        let factor = match d.format {
            ContentFormat::Story => 0.35,
            ContentFormat::Image => 0.7,
            _ => 1.0,
        };
        eur += price_eur(followers) * factor;
    }
    let currency = spec.budget.currency;
    let per_eur = match currency.code() {
        "USD" => 1.08,
        "JPY" => 162.0,
        _ => 1.0,
    };
    let major = round2(eur * rng.random_range(0.85..1.2) * per_eur);
    let fee = Money::new(major * 10_i64.pow(currency.minor_digits()), currency);
    let usage = [
        UsageRights::OrganicOnly,
        UsageRights::PaidAds { days: 30 },
        UsageRights::PaidAds { days: 90 },
        UsageRights::Perpetual,
    ];
    Ok(Terms {
        deliverables,
        fee,
        payment_model: PaymentModel::Fixed,
        deposit_pct: 30,
        usage_rights: *usage.choose(rng).unwrap_or(&UsageRights::OrganicOnly),
        exclusivity_days: *[0, 14, 30].choose(rng).unwrap_or(&0),
        respond_by: hour(start, respond_days * 24)?,
        draft_due: hour(start, 10 * 24)?,
        publish_window: Window::new(hour(start, 12 * 24)?, hour(start, 26 * 24)?)?,
        revision_rounds: *[1, 2, 2, 3].choose(rng).unwrap_or(&2),
        review_sla_hours: if spec.auto_approve_after_sla { 24 } else { 48 },
        min_live_days: 0,
    })
}
