//! A realistic demo database for LinkStar, seeded only through the real
//! [`linkstar_app::App`] operations, so the audit hash chain, the outbox and every
//! check are the real thing.
//!
//! [`seed`] creates the brand "Lumen Beauty" with an operator of every role, three
//! campaigns in different markets and currencies, a pool of 320 creators in 12
//! countries, and 59 deals in every stage of the flow. It moves the [`ManualClock`]
//! over the 60 days before 2026-11-24 09:00 UTC so that every event has a plausible
//! time, and leaves it at that instant: some drafts wait for review, some
//! counter-offers for an answer, some payments are due or overdue. Everything comes
//! from a seeded random source, so two seeded databases hold the same story.

mod briefs;
mod campaigns;
mod content;
mod creators;
mod deals;
mod names;
mod plan;
mod run;

use jiff::{SignedDuration, Timestamp};
use rand::SeedableRng;
use rand::rngs::StdRng;

use linkstar_app::{App, AppError, ManualClock};
use linkstar_core::DomainError;

pub use campaigns::FIRST_CAMPAIGN;

/// The instant the demo's story ends: "now" in the seeded database.
pub const DEMO_NOW: &str = "2026-11-24T09:00:00Z";

/// Days of history before [`DEMO_NOW`].
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

/// Seeds the demo into an empty database through `app`, whose clock must be `clock`.
/// The clock ends at [`DEMO_NOW`].
pub async fn seed(app: &App, clock: &ManualClock) -> Result<DemoSummary, DemoError> {
    if is_seeded(app).await? {
        return Err(DemoError::AlreadySeeded);
    }
    let end: Timestamp = DEMO_NOW.parse().map_err(|_| DemoError::Plan("DEMO_NOW"))?;
    let at = |hours: i64, minutes: i64| {
        end.checked_sub(SignedDuration::from_hours(HISTORY_DAYS * 24 - hours))
            .and_then(|t| t.checked_add(SignedDuration::from_mins(minutes)))
            .map_err(|_| DemoError::Plan("time out of range"))
    };
    let mut rng = StdRng::seed_from_u64(2026);

    clock.set(at(0, 0)?);
    let team = campaigns::team(app).await?;
    let mut campaign_ids = Vec::new();
    for (i, spec) in campaigns::specs()?.into_iter().enumerate() {
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
    let plans = deals::cast(&mut rng, &specs, &pool, at(72, 0)?, end)?;
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
