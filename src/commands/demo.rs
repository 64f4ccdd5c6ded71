//! `linkstar demo`: seeds (or reuses) the demo database.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, ManualClock};

use linkstar_i18n::Console;

use super::{Context, print_pipeline};
use crate::config;

/// Seeds the demo database unless it already is, then opens the dashboard on it as the
/// configured operator (`--operator`, default the OS user; the demo has `admin`, `mia`, …).
pub async fn run(ctx: &Context, seed_only: bool) -> anyhow::Result<ExitCode> {
    let url = if ctx.has_explicit_db() {
        ctx.database_url()?
    } else {
        config::sqlite_url(&config::data_dir()?.join("demo.db"))
    };
    let (store, app) = ctx.open_url(&url).await?;
    if linkstar_demo::is_seeded(&app).await? {
        println!("{}", ctx.say(Console::DemoReused { url: &linkstar_store::redact(&url) }));
    } else {
        // Seeding replays two months of work, so it runs on its own clock.
        let clock = Arc::new(ManualClock::new(jiff::Timestamp::now()));
        let seeding = App::new(store.clone(), clock.clone() as Arc<dyn Clock>);
        let summary = linkstar_demo::seed(&seeding, &clock).await.context("seeding the demo database")?;
        println!(
            "{}",
            ctx.say(Console::DemoSeeded {
                url: &linkstar_store::redact(&url),
                campaigns: summary.campaigns,
                creators: summary.creators,
                deals: summary.deals,
                operator: &summary.operator_username,
            })
        );
    }
    if seed_only {
        return Ok(ExitCode::SUCCESS);
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // Not a terminal (a pipe, a script): print the pipeline instead of drawing.
        print_pipeline(ctx, store.as_ref()).await?;
        return Ok(ExitCode::SUCCESS);
    }
    let clock: Arc<dyn Clock> = Arc::new(DemoClock::new()?);
    super::tui::open(ctx, store, clock).await
}

/// The demo's "now": the seeded story ends at [`linkstar_demo::DEMO_NOW`], so the
/// dashboard's clock starts there (or at the real time, if that is later) and runs on.
struct DemoClock {
    base: jiff::Timestamp,
    started: std::time::Instant,
}

impl DemoClock {
    fn new() -> anyhow::Result<Self> {
        let demo: jiff::Timestamp = linkstar_demo::DEMO_NOW.parse().context("DEMO_NOW")?;
        Ok(Self { base: demo.max(jiff::Timestamp::now()), started: std::time::Instant::now() })
    }
}

impl Clock for DemoClock {
    fn now(&self) -> jiff::Timestamp {
        let elapsed = jiff::SignedDuration::try_from(self.started.elapsed()).unwrap_or_default();
        self.base.checked_add(elapsed).unwrap_or(self.base)
    }
}
