//! `linkstar demo` on the real binary: seeded for today on a fresh HOME, reused the same
//! day, a demo left from an earlier day offered a fresh seed (off a terminal: a message
//! naming `--reseed`), and a database with other data never touched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use linkstar_app::port::{NewBrand, Store};
use linkstar_app::{App, ManualClock};
use linkstar_core::ids::EventId;
use linkstar_store::SqlStore;

/// Runs `linkstar` with nothing of the caller's environment but `home`.
fn linkstar(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("LANG", "C")
        .env("LINKSTAR_OPERATOR", "admin")
        .output()
        .expect("run linkstar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// Every file named `name` under `dir`.
fn find(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").map(|e| e.expect("entry")) {
        let path = entry.path();
        if path.is_dir() {
            found.extend(find(&path, name));
        } else if path.file_name().is_some_and(|n| n == name) {
            found.push(path);
        }
    }
    found
}

/// Seeds the demo into `path` as it was seeded `days` ago.
async fn seed_days_ago(path: &Path, days: i64) -> Timestamp {
    let store = Arc::new(SqlStore::connect(&url(path)).await.expect("open"));
    store.migrate().await.expect("migrate");
    let then = Timestamp::now() - SignedDuration::from_hours(24 * days) + SignedDuration::from_micros(417);
    let clock = Arc::new(ManualClock::new(then));
    let app = App::new(store.clone(), clock.clone());
    linkstar_demo::seed(&app, &clock).await.expect("seed");
    store.execute_raw("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
    store.close().await;
    then
}

/// The instant of the first audit event, and the number of events.
async fn history(path: &Path) -> (Timestamp, usize) {
    let store = SqlStore::connect(&url(path)).await.expect("open");
    let events = store.audit_events(EventId(0), 100_000).await.expect("events");
    store.close().await;
    (events.first().expect("an event").event.at, events.len())
}

#[tokio::test]
async fn a_fresh_home_gets_todays_demo_and_an_old_one_is_offered_a_fresh_seed() {
    let home = tempfile::tempdir().expect("home");
    let first = linkstar(home.path(), &["demo", "--seed-only"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("Seeded the demo database"), "{}", text(&first.stdout));

    // The same day, it is today's demo: used as it is, nothing offered.
    let again = linkstar(home.path(), &["demo", "--seed-only"]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("Using the existing demo database"), "{}", text(&again.stdout));
    assert!(!text(&again.stderr).contains("--reseed"), "{}", text(&again.stderr));

    // The demo file, wherever the data directory is, replaced by a demo seeded 3 days ago.
    let files = find(home.path(), "demo.db");
    let [file] = files.as_slice() else { panic!("one demo.db expected under HOME: {files:?}") };
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    seed_days_ago(file, 3).await;
    let before = history(file).await;

    // Off a terminal nothing is asked: a message names the flag, the old demo stays.
    let old = linkstar(home.path(), &["demo"]);
    assert!(old.status.success(), "{}", text(&old.stderr));
    let said = text(&old.stderr);
    assert!(said.contains("was seeded for") && said.contains("linkstar demo --reseed"), "{said}");
    let shown = text(&old.stdout);
    assert!(shown.contains("Using the existing demo database") && shown.contains("Completed:"), "{shown}");
    assert_eq!(history(file).await, before, "the old demo is untouched without --reseed");
}

#[tokio::test]
async fn the_stale_message_speaks_the_operators_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("old.db");
    seed_days_ago(&file, 9).await;
    let out = Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(["--db", &url(&file), "demo", "--seed-only"])
        .env_clear()
        .env("HOME", dir.path())
        .env("LINKSTAR_LANGUAGE", "de-DE")
        .output()
        .expect("run linkstar");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.contains("Fristen") && said.contains("linkstar demo --reseed"), "{said}");
}

#[tokio::test]
async fn a_database_with_other_data_is_neither_seeded_nor_wiped() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("acme.db");
    {
        let store = Arc::new(SqlStore::connect(&url(&file)).await.expect("open"));
        store.migrate().await.expect("migrate");
        let clock = Arc::new(ManualClock::new(Timestamp::now()));
        let app = App::new(store.clone(), clock);
        let brand = NewBrand {
            name: "Acme Cosmetics".into(),
            legal_name: "Acme Cosmetics Ltd".into(),
            default_currency: linkstar_core::money::Currency::parse("EUR").expect("EUR"),
            disclosure_rules: Default::default(),
        };
        app.create_brand(None, brand).await.expect("brand");
        store.close().await;
    }
    let before = history(&file).await;
    let out = linkstar(dir.path(), &["--db", &url(&file), "demo", "--seed-only"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("not the demo's"), "{}", text(&out.stderr));
    assert_eq!(history(&file).await, before, "nothing was added");
}

#[tokio::test]
async fn reseed_seeds_an_old_demo_afresh_for_today_and_refuses_other_data() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("old.db");
    let then = seed_days_ago(&file, 5).await;
    let out = linkstar(dir.path(), &["--db", &url(&file), "demo", "--seed-only", "--reseed"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Seeded the demo database"), "{}", text(&out.stdout));
    let (first, _) = history(&file).await;
    let seeded_for = first + SignedDuration::from_hours(60 * 24);
    assert!(seeded_for > then + SignedDuration::from_hours(24 * 4), "seeded for {seeded_for}, not today");
    assert!(seeded_for <= Timestamp::now());

    // A database with other data is not wiped, flag or not.
    let acme = dir.path().join("acme.db");
    {
        let store = Arc::new(SqlStore::connect(&url(&acme)).await.expect("open"));
        store.migrate().await.expect("migrate");
        let app = App::new(store.clone(), Arc::new(ManualClock::new(Timestamp::now())));
        let brand = NewBrand {
            name: "Acme Cosmetics".into(),
            legal_name: "Acme Cosmetics Ltd".into(),
            default_currency: linkstar_core::money::Currency::parse("EUR").expect("EUR"),
            disclosure_rules: Default::default(),
        };
        app.create_brand(None, brand).await.expect("brand");
        store.close().await;
    }
    let before = history(&acme).await;
    let out = linkstar(dir.path(), &["--db", &url(&acme), "demo", "--seed-only", "--reseed"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert_eq!(history(&acme).await, before);
}
