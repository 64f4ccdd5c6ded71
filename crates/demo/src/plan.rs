//! The story of each demo deal: which stage it should end in, and the steps that take it
//! there, each at an hour offset from its offer.

use rand::Rng;
use rand::rngs::StdRng;

use linkstar_core::stage::Stage;

/// One thing that happens to a deal, by the operator, the creator or the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The manager makes the offer.
    Offer,
    /// The creator opens the invite link in their chat.
    Link,
    /// The creator accepts the current terms.
    Accept,
    /// The creator declines.
    Decline,
    /// The creator proposes a higher fee.
    Counter,
    /// The manager takes the proposed fee.
    AcceptCounter,
    /// The manager sweetens the offer before the creator answers.
    Revise,
    /// The respond-by date passed.
    Expire,
    /// The manager calls the deal off.
    Cancel,
    /// The creator uploads a draft, with or without the disclosure tag.
    Draft {
        /// Whether the caption carries the market's disclosure tag.
        disclosed: bool,
    },
    /// The brand asks for changes.
    Changes,
    /// The brand approves the draft.
    Approve,
    /// The creator submits the live post's link.
    Post,
    /// The brand verifies the post.
    Verify,
    /// The brand records the post's metrics `day` days after it went live.
    Metrics {
        /// Days since the post went live.
        day: u32,
    },
    /// Finance pays the deposit.
    PayDeposit,
    /// Finance pays the balance.
    PayBalance,
    /// The post came down early.
    Removed,
}

/// How many deals end in each stage.
pub(crate) const TARGETS: &[(Stage, usize)] = &[
    (Stage::Completed, 9),
    (Stage::Verified, 5),
    (Stage::Removed, 2),
    (Stage::Published, 4),
    (Stage::Approved, 4),
    (Stage::ChangesRequested, 3),
    (Stage::InReview, 6),
    (Stage::Contracted, 6),
    (Stage::Negotiating, 3),
    (Stage::Offered, 7),
    (Stage::Declined, 4),
    (Stage::Expired, 3),
    (Stage::Cancelled, 3),
];

/// Days an offer may be answered in, or a week for offers still open at the end.
pub(crate) fn respond_days(target: Stage) -> i64 {
    if matches!(target, Stage::Offered | Stage::Negotiating) { 7 } else { 4 }
}

/// Hours between the deal's last step and the end of the demo timeline, so deals that
/// wait for someone have waited a plausible while.
pub(crate) fn gap_hours(rng: &mut StdRng, target: Stage, path_hours: i64, span_hours: i64) -> i64 {
    let (lo, hi) = match target {
        Stage::Offered => (4, 60),
        Stage::Negotiating => (4, 40),
        Stage::Contracted => (20, 190),
        Stage::InReview => (3, 70),
        Stage::ChangesRequested => (8, 60),
        Stage::Approved => (8, 90),
        Stage::Published => (5, 40),
        // Verified within the week, so balances with a live period fall due this week.
        Stage::Verified => (4, 90),
        _ => (24, (span_hours - path_hours - 24).max(25)),
    };
    rng.random_range(lo..hi)
}

/// Steps with hour offsets; the cursor is the time of the main line's last step.
struct Path<'r> {
    rng: &'r mut StdRng,
    cursor: i64,
    steps: Vec<(i64, Step)>,
}

impl Path<'_> {
    /// The next step of the main line, `lo..hi` hours after the previous one.
    fn then(&mut self, lo: i64, hi: i64, step: Step) {
        self.cursor += self.rng.random_range(lo..hi);
        self.steps.push((self.cursor, step));
    }

    /// The next step, no earlier than `earliest` hours after the offer.
    fn not_before(&mut self, earliest: i64, lo: i64, hi: i64, step: Step) {
        self.cursor = self.cursor.max(earliest);
        self.then(lo, hi, step);
    }

    /// A step beside the main line (a payment), `lo..hi` hours after the cursor.
    fn aside(&mut self, lo: i64, hi: i64, step: Step) {
        let at = self.cursor + self.rng.random_range(lo..hi);
        self.steps.push((at, step));
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }
}

/// The steps that take a deal to `target`. `deposit` says whether the terms have one,
/// `has_fee` whether there is a fee to haggle over, `live_days` how long the post must
/// stay up before the balance is due.
pub(crate) fn steps(rng: &mut StdRng, target: Stage, deposit: bool, has_fee: bool, live_days: i64) -> Vec<(i64, Step)> {
    let mut p = Path { rng, cursor: 0, steps: vec![(0, Step::Offer)] };
    match target {
        Stage::Offered => {
            if p.chance(0.6) {
                p.then(1, 30, Step::Link);
            }
            return p.steps;
        }
        Stage::Expired => {
            p.then(respond_days(target) * 24 + 1, respond_days(target) * 24 + 20, Step::Expire);
            return p.steps;
        }
        Stage::Cancelled if p.chance(0.34) => {
            p.then(24, 72, Step::Cancel);
            return p.steps;
        }
        _ => p.then(1, 30, Step::Link),
    }
    match target {
        Stage::Declined => {
            if p.chance(0.5) {
                p.then(2, 24, Step::Counter);
            }
            p.then(2, 36, Step::Decline);
            return p.steps;
        }
        Stage::Negotiating => {
            p.then(2, 36, Step::Counter);
            return p.steps;
        }
        _ => {}
    }
    match p.rng.random_range(0..10) {
        _ if !has_fee => {}
        0..2 => {
            p.then(2, 20, Step::Counter);
            p.then(3, 20, Step::AcceptCounter);
        }
        2 => p.then(3, 20, Step::Revise),
        _ => {}
    }
    p.then(1, 24, Step::Accept);
    let pay_deposit = match target {
        Stage::Contracted => 0.4,
        Stage::Completed | Stage::Removed | Stage::Cancelled => 1.0,
        _ => 0.75,
    };
    if deposit && p.chance(pay_deposit) {
        p.aside(20, 70, Step::PayDeposit);
    }
    match target {
        Stage::Contracted => return p.steps,
        Stage::Cancelled => {
            p.then(72, 120, Step::Cancel);
            return p.steps;
        }
        _ => {}
    }
    let disclosed = p.chance(0.65);
    p.not_before(96, 0, 72, Step::Draft { disclosed });
    // A draft without the tag waits in review now and then; otherwise it goes back.
    let redo = match (disclosed, target) {
        (_, Stage::ChangesRequested) => true,
        (false, Stage::InReview) => p.chance(0.5),
        (false, _) => true,
        _ => p.chance(0.3),
    };
    if redo {
        p.then(6, 40, Step::Changes);
        if target == Stage::ChangesRequested {
            return p.steps;
        }
        p.then(18, 60, Step::Draft { disclosed: true });
    }
    if target == Stage::InReview {
        return p.steps;
    }
    p.then(6, 40, Step::Approve);
    if target == Stage::Approved {
        return p.steps;
    }
    p.not_before(12 * 24, 2, 40, Step::Post);
    if target == Stage::Published {
        return p.steps;
    }
    let posted = p.cursor;
    p.then(6, 30, Step::Verify);
    let days: &[u32] = if target == Stage::Completed { &[1, 3, 7] } else { &[1, 3] };
    for day in days {
        p.steps.push((posted + i64::from(*day) * 24 + 3, Step::Metrics { day: *day }));
    }
    match target {
        Stage::Removed => p.steps.push((posted + 24 * 4 + 10, Step::Removed)),
        Stage::Completed => p.aside(live_days * 24 + 12, live_days * 24 + 72, Step::PayBalance),
        _ => {}
    }
    p.steps
}
