//! A realistic demo database for LinkStar, seeded only through the real
//! [`linkstar_app::App`] operations, so the audit hash chain, the outbox and every
//! check are the real thing.
//!
//! [`seed_in`] creates the brand "Lumen Beauty" with an operator of every role, three
//! campaigns in different markets and currencies, a pool of 320 creators in 12
//! countries, and 59 deals in every stage of the flow. The story ends at the clock's
//! "now": it moves the [`ManualClock`] over the 60 days before it so that every event
//! has a plausible time, and leaves it there. Deadlines sit around that now in the
//! operator's zone: some drafts are due later today and some are late, some invites
//! expire within the day, publish windows close, balances fall due this week, drafts
//! wait past the review time and unpaid deposits are overdue. Everything else comes
//! from a seeded random source, so the story is a pure function of the now and the
//! zone: a stopped clock gives the same database every time.

mod briefs;
mod campaigns;
mod content;
mod creators;
mod deals;
mod names;
mod plan;
mod run;
mod state;

use jiff::SignedDuration;
use rand::SeedableRng;
use rand::rngs::StdRng;

use linkstar_app::{App, AppError, Clock, ManualClock};
use linkstar_core::DomainError;

pub use campaigns::FIRST_CAMPAIGN;
pub use state::{DemoState, is_current, state};

/// A fixed "now" for tests and benchmarks that need the same demo every run (seed on a
/// [`ManualClock`] stopped here).
pub const DEMO_NOW: &str = "2026-11-24T09:00:00Z";

/// Days of history before the demo's now.
pub const HISTORY_DAYS: i64 = 60;

/// What [`seed`] created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    /// Brands created.
    pub brands: usize,
    /// Campaigns created.
    pub campaigns: usize,
    /// Creators in the pool.
    pub creators: u64,
    /// Deals created.
    pub deals: usize,
    /// The admin operator to log in as.
    pub operator_username: String,
}

/// Why seeding failed.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// An operation refused a step or the store failed.
    #[error(transparent)]
    App(#[from] AppError),
    /// The database already holds the demo.
    #[error("the demo data is already there")]
    AlreadySeeded,
    /// The database holds data that is not the demo's; the demo never mixes with it.
    #[error("the database holds data that is not the demo's")]
    OtherData,
    /// The demo's own plan could not be carried out (a bug in this crate).
    #[error("the demo plan failed: {0}")]
    Plan(&'static str),
}

impl From<DomainError> for DemoError {
    fn from(e: DomainError) -> Self {
        DemoError::App(AppError::Domain(e))
    }
}

/// Whether the demo was already seeded: its first campaign exists.
pub async fn is_seeded(app: &App) -> Result<bool, DemoError> {
    let found = app.store().find_campaign(FIRST_CAMPAIGN).await.map_err(AppError::from)?;
    Ok(found.is_some())
}

/// [`seed_in`] for an operator in UTC.
pub async fn seed(app: &App, clock: &ManualClock) -> Result<DemoSummary, DemoError> {
    seed_in(app, clock, &jiff::tz::TimeZone::UTC).await
}

/// Seeds the demo into an empty database through `app`, whose clock must be `clock`.
/// The story ends at the clock's current instant, which is where the clock is left;
/// "today" is the day in `zone`, the operator's.
pub async fn seed_in(app: &App, clock: &ManualClock, zone: &jiff::tz::TimeZone) -> Result<DemoSummary, DemoError> {
    match state(app).await? {
        DemoState::Empty => {}
        DemoState::Demo { .. } => return Err(DemoError::AlreadySeeded),
        DemoState::Other => return Err(DemoError::OtherData),
    }
    let end = clock.now();
    let at = |hours: i64, minutes: i64| {
        end.checked_sub(SignedDuration::from_hours(HISTORY_DAYS * 24 - hours))
            .and_then(|t| t.checked_add(SignedDuration::from_mins(minutes)))
            .map_err(|_| DemoError::Plan("time out of range"))
    };
    let mut rng = StdRng::seed_from_u64(2026);

    clock.set(at(0, 0)?);
    let team = campaigns::team(app).await?;
    let mut campaign_ids = Vec::new();
    for (i, spec) in campaigns::specs(end)?.into_iter().enumerate() {
        clock.set(at(2 + 3 * i64::try_from(i).unwrap_or(0), 15)?);
        let id = app.create_campaign(team.manager, team.brand, spec.clone()).await?;
        campaign_ids.push((id, spec));
    }

    let pool = creators::generate(&mut rng)?;
    let mut creator_ids = Vec::new();
    for (batch, chunk) in pool.chunks(80).enumerate() {
        clock.set(at(26, 5 * i64::try_from(batch).unwrap_or(0))?);
        let first_line = 2 + batch * 80;
        let rows = chunk.iter().enumerate().map(|(i, p)| ((first_line + i) as u64, p.clone())).collect();
        let report = app.import_creators(team.admin, rows).await?;
        if !report.rejected.is_empty() || report.imported.len() != chunk.len() {
            tracing::warn!(rejected = ?report.rejected, "demo creators refused");
            return Err(DemoError::Plan("the creator import refused rows"));
        }
        creator_ids.extend(report.imported.into_iter().zip(chunk.iter().cloned()));
    }

    let specs: Vec<_> = campaign_ids.iter().map(|(_, s)| s.clone()).collect();
    let today_left = deals::minutes_left_today(end, zone)?;
    let plans = deals::cast(&mut rng, &specs, &pool, at(72, 0)?, end, today_left)?;
    let scene = run::Scene { app, clock, team: &team, campaigns: &campaign_ids, creators: &creator_ids };
    run::run(&scene, &mut rng, &plans).await?;
    clock.set(end);

    let summary = DemoSummary {
        brands: 1,
        campaigns: campaign_ids.len(),
        creators: app.store().count_creators().await.map_err(AppError::from)?,
        deals: plans.len(),
        operator_username: "admin".into(),
    };
    tracing::info!(?summary, "demo seeded");
    Ok(summary)
}
