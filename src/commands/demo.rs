//! `linkstar demo`: seeds the demo database for today (or reuses today's), then opens the
//! dashboard on it. A demo seeded for an earlier day is offered a fresh seed; a database
//! holding anything but the demo is never seeded into nor wiped.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use linkstar_app::{App, Clock, ManualClock, SystemClock};
use linkstar_demo::DemoState;
use linkstar_i18n::Console;
use linkstar_store::SqlStore;

use super::{Context, print_pipeline};
use crate::config;

/// `linkstar demo`'s options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::Args)]
pub struct DemoArgs {
    /// Only seed; do not open the dashboard afterwards.
    #[arg(long)]
    pub seed_only: bool,
    /// Seed a demo left from an earlier day afresh for today, without asking.
    #[arg(long)]
    pub reseed: bool,
}

/// Seeds the demo database for today unless it already is, then opens the dashboard on
/// it as the configured operator (`--operator`, default the OS user; the demo has
/// `admin`, `mia`, …). Off a terminal it prints the pipeline instead.
pub async fn run_with(ctx: &Context, args: DemoArgs) -> anyhow::Result<ExitCode> {
    let url = if ctx.has_explicit_db() {
        ctx.database_url()?
    } else {
        config::sqlite_url(&config::data_dir()?.join("demo.db"))
    };
    let shown = linkstar_store::redact(&url);
    let zone = ctx.zone()?.zone();
    let (mut store, app) = ctx.open_url(&url).await?;
    let state = linkstar_demo::state(&app).await?;
    let complete = linkstar_demo::is_seeded(&app).await?;
    drop(app);
    match what_to_do(state, complete, jiff::Timestamp::now(), &zone) {
        Action::Refuse => {
            eprintln!("{}", ctx.say(Console::DemoNotDemo { url: &shown }));
            return Ok(ExitCode::FAILURE);
        }
        Action::Seed => seed(ctx, &store, &shown, &zone).await?,
        Action::Reuse => println!("{}", ctx.say(Console::DemoReused { url: &shown })),
        Action::Offer { seeded_for } => {
            let day = seeded_for.to_zoned_datetime(zone.clone()).date().to_string();
            let reseed = args.reseed
                || (interactive() && ask(&ctx.say(Console::DemoReseedAsk { url: &shown, day: &day })).await?);
            if !reseed {
                if !interactive() {
                    eprintln!("{}", ctx.say(Console::DemoStale { url: &shown, day: &day }));
                }
                println!("{}", ctx.say(Console::DemoReused { url: &shown }));
            } else {
                let Some(file) = sqlite_file(&url) else {
                    eprintln!("{}", ctx.say(Console::DemoReseedFileOnly { url: &shown }));
                    return Ok(ExitCode::FAILURE);
                };
                store.close().await;
                drop(store);
                remove_database(&file)?;
                let (fresh, app) = ctx.open_url(&url).await?;
                // Never seed over anything: the file was removed, so this is a new database.
                if linkstar_demo::state(&app).await? != DemoState::Empty {
                    anyhow::bail!("{shown} is not empty after removing it");
                }
                store = fresh;
                seed(ctx, &store, &shown, &zone).await?;
            }
        }
    }
    if args.seed_only {
        return Ok(ExitCode::SUCCESS);
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // Not a terminal (a pipe, a script): print the pipeline instead of drawing.
        print_pipeline(ctx, store.as_ref()).await?;
        return Ok(ExitCode::SUCCESS);
    }
    super::tui::open(ctx, store, Arc::new(SystemClock)).await
}

/// What `demo` does with the database it opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Empty: seed it.
    Seed,
    /// Today's demo: use it.
    Reuse,
    /// A demo from an earlier day, or one whose seeding broke off: offer a fresh seed.
    Offer {
        /// The instant the demo was seeded for.
        seeded_for: jiff::Timestamp,
    },
    /// Not (only) the demo: leave it alone.
    Refuse,
}

fn what_to_do(state: DemoState, complete: bool, now: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> Action {
    match state {
        DemoState::Empty => Action::Seed,
        DemoState::Other => Action::Refuse,
        DemoState::Demo { seeded_for } if complete && linkstar_demo::is_current(seeded_for, now, zone) => Action::Reuse,
        DemoState::Demo { seeded_for } => Action::Offer { seeded_for },
    }
}

/// Seeds the demo up to the real now, in the operator's zone, on its own clock: the
/// story replays two months of work.
async fn seed(ctx: &Context, store: &Arc<SqlStore>, shown: &str, zone: &jiff::tz::TimeZone) -> anyhow::Result<()> {
    let clock = Arc::new(ManualClock::new(jiff::Timestamp::now()));
    let seeding = App::new(store.clone(), clock.clone() as Arc<dyn Clock>);
    let summary = linkstar_demo::seed_in(&seeding, &clock, zone).await.context("seeding the demo database")?;
    catch_up(&seeding, store).await?;
    println!(
        "{}",
        ctx.say(Console::DemoSeeded {
            url: shown,
            campaigns: summary.campaigns,
            creators: summary.creators,
            deals: summary.deals,
            operator: &summary.operator_username,
        })
    );
    Ok(())
}

/// Does what `serve`'s scheduler would have done by now: the story's missed deadlines
/// are flagged overdue, its late reviews alerted, its stale reminders queued once, so
/// the dashboard shows the work as it stands rather than after the first `serve`.
async fn catch_up(app: &App, store: &Arc<SqlStore>) -> anyhow::Result<()> {
    use linkstar_app::ScheduleStore;
    let rows: Arc<dyn ScheduleStore> = store.clone();
    let scheduler = linkstar_assistant::scheduler::Scheduler::new(
        app.clone(),
        rows,
        linkstar_assistant::scheduler::SchedulerConfig::new("linkstar-demo"),
    );
    loop {
        let round = scheduler.round().await.context("running the demo's due deadlines")?;
        tracing::debug!(?round, "demo deadlines caught up");
        if round.claimed == 0 {
            return Ok(());
        }
    }
}

/// Whether someone can answer a question: both ends are a terminal.
fn interactive() -> bool {
    std::io::IsTerminal::is_terminal(&std::io::stdin()) && std::io::IsTerminal::is_terminal(&std::io::stdout())
}

/// Asks a yes/no question on the terminal; only `y` or `yes` is a yes.
async fn ask(question: &str) -> anyhow::Result<bool> {
    println!("{question}");
    let line = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    })
    .await
    .context("reading the answer")?
    .context("reading the answer")?;
    Ok(is_yes(&line))
}

fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_lowercase().as_str(), "y" | "yes")
}

/// The file behind a SQLite URL (`sqlite://PATH?…`, `sqlite:PATH`); `None` for other
/// databases and in-memory ones.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:")).then(|| PathBuf::from(path))
}

/// Removes a SQLite database file with its journal files.
fn remove_database(file: &std::path::Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = file.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", PathBuf::from(&name).display())),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_demo_is_ever_offered_a_fresh_seed() {
        let utc = jiff::tz::TimeZone::UTC;
        let now: jiff::Timestamp = "2026-12-04T16:30:20.250001Z".parse().expect("now");
        let today: jiff::Timestamp = "2026-12-04T08:00:00.5Z".parse().expect("today");
        let before: jiff::Timestamp = "2026-11-24T09:00:00Z".parse().expect("before");
        assert_eq!(what_to_do(DemoState::Empty, false, now, &utc), Action::Seed);
        assert_eq!(what_to_do(DemoState::Other, true, now, &utc), Action::Refuse);
        assert_eq!(what_to_do(DemoState::Demo { seeded_for: today }, true, now, &utc), Action::Reuse);
        assert_eq!(
            what_to_do(DemoState::Demo { seeded_for: before }, true, now, &utc),
            Action::Offer { seeded_for: before }
        );
        // A seed that broke off today is offered again too.
        assert_eq!(
            what_to_do(DemoState::Demo { seeded_for: today }, false, now, &utc),
            Action::Offer { seeded_for: today }
        );
    }

    #[test]
    fn only_yes_is_yes() {
        for yes in ["y\n", "Y", " yes \r\n", "YES"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "no", "yess", "ja", "maybe y"] {
            assert!(!is_yes(no), "{no:?}");
        }
    }

    #[test]
    fn only_sqlite_files_can_be_removed() {
        assert_eq!(sqlite_file("sqlite:///tmp/x/demo.db?mode=rwc"), Some(PathBuf::from("/tmp/x/demo.db")));
        assert_eq!(sqlite_file("sqlite:demo.db"), Some(PathBuf::from("demo.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("sqlite://:memory:?cache=shared"), None);
        assert_eq!(sqlite_file("postgres://postgres@127.0.0.1:5432/test"), None);
    }

    #[test]
    fn removing_a_database_takes_its_journals_and_tolerates_missing_ones() {
        let dir = tempfile::tempdir().expect("tmp");
        let db = dir.path().join("demo.db");
        let keep = dir.path().join("demo.db.bak");
        for name in ["demo.db", "demo.db-wal", "demo.db-shm", "demo.db.bak"] {
            std::fs::write(dir.path().join(name), b"x").expect("write");
        }
        remove_database(&db).expect("remove");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("entry").path()).collect();
        assert_eq!(left, vec![keep]);
        remove_database(&db).expect("nothing left to remove");
    }
}
