//! `linkstar demo`: seeds (or reuses) the demo database.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, ManualClock};

use linkstar_i18n::Console;

use super::{Context, print_pipeline};
use crate::config;

/// Seeds the demo database unless it already is, then shows its pipeline.
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
    if !seed_only {
        print_pipeline(ctx, store.as_ref()).await?;
    }
    Ok(ExitCode::SUCCESS)
}
