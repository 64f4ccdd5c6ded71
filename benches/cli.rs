//! The shell's speed on a large SQLite file (run: `cargo bench --bench cli`): the demo
//! grown to 1,000,000 creators and 100,000 deals with testkit's bulk SQL, then, through
//! the real `linkstar` binary:
//! 1. `deals list --format json` over every deal (target < 500 ms);
//! 2. start to the first byte of output of `campaigns list` (target < 50 ms);
//! 3. creator searches whose filters match nobody (target < 50 ms), in the process and
//!    through the binary, beside the query shape searches had before `creator_tags`.
//!
//! `LINKSTAR_BENCH_CREATORS` and `LINKSTAR_BENCH_DEALS` change the sizes.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use linkstar_app::{App, ManualClock, Store};
use linkstar_core::creator::CreatorQuery;
use linkstar_core::place::Country;
use linkstar_store::SqlStore;

fn size(var: &str, default: u64) -> u64 {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn p50(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    ms(samples[samples.len() / 2])
}

/// The binary with a fresh HOME, acting as the demo's admin on `db`.
fn linkstar(home: &Path, db: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_linkstar"));
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("LINKSTAR_CONFIG")
        .env_remove("LINKSTAR_DATABASE_URL")
        .env("LINKSTAR_OPERATOR", "admin")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .arg("--db")
        .arg(db)
        .args(args);
    cmd
}

/// Runs to the end; the time and the bytes written.
fn whole_run(mut cmd: Command) -> (Duration, usize) {
    let t = Instant::now();
    let out = cmd.output().expect("run linkstar");
    assert!(out.status.success(), "linkstar failed");
    (t.elapsed(), out.stdout.len())
}

/// Start to the first byte on standard output.
fn first_output(mut cmd: Command) -> Duration {
    let t = Instant::now();
    let mut child = cmd.stdout(Stdio::piped()).spawn().expect("spawn linkstar");
    let mut first = [0u8; 1];
    child.stdout.as_mut().expect("stdout").read_exact(&mut first).expect("some output");
    let elapsed = t.elapsed();
    let _ = child.wait();
    elapsed
}

fn main() {
    let creators = size("LINKSTAR_BENCH_CREATORS", 1_000_000);
    let deals = size("LINKSTAR_BENCH_DEALS", 100_000);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("tmp");
    let home = dir.path().join("home");
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let store = rt.block_on(async {
        let store = Arc::new(SqlStore::connect(&db).await.expect("connect"));
        store.migrate().await.expect("migrate");
        let now: jiff::Timestamp = linkstar_demo::DEMO_NOW.parse().expect("now");
        let clock = Arc::new(ManualClock::new(now));
        let app = App::new(store.clone(), clock.clone());
        linkstar_demo::seed(&app, &clock).await.expect("seed");
        let t = Instant::now();
        linkstar_testkit::pool::grow_creators(&store, creators).await;
        let grown = t.elapsed();
        let t = Instant::now();
        linkstar_testkit::pool::grow_deals(&store, deals).await;
        store.execute_raw("ANALYZE").await.expect("analyze");
        println!(
            "data: {} creators (+{creators} in {:.1} s), +{deals} deals in {:.1} s",
            store.count_creators().await.expect("count"),
            grown.as_secs_f64(),
            t.elapsed().as_secs_f64()
        );
        store
    });

    // 1. `deals list --format json` over every deal.
    let mut runs = Vec::new();
    let mut bytes = 0;
    for _ in 0..5 {
        let (took, n) = whole_run(linkstar(&home, &db, &["deals", "list", "--format", "json"]));
        runs.push(took);
        bytes = n;
    }
    println!(
        "deals list --format json: p50 {:.0} ms ({:.1} MB of JSON; target < 500 ms)",
        p50(runs),
        bytes as f64 / 1e6
    );

    // 2. Start to first output.
    let runs: Vec<Duration> = (0..15).map(|_| first_output(linkstar(&home, &db, &["campaigns", "list"]))).collect();
    println!("campaigns list, start to first output: p50 {:.1} ms (target < 50 ms)", p50(runs));

    // 3. Searches that match nobody.
    let de = Country::parse("DE").expect("DE");
    let nobody = [
        (
            "DE, knitting, 3% engagement, no risk flags",
            CreatorQuery {
                country: Some(de),
                category: Some("knitting".into()),
                min_engagement_bp: Some(300),
                exclude_risky: true,
                ..Default::default()
            },
            vec!["--country", "DE", "--category", "knitting", "--min-engagement", "3", "--exclude-risky"],
        ),
        (
            "JP, speaks de (a rare pair of common tags)",
            CreatorQuery {
                country: Some(Country::parse("JP").expect("JP")),
                language: Some("de".into()),
                ..Default::default()
            },
            vec!["--country", "JP", "--language", "de"],
        ),
        (
            "DE, over 5,000,000 followers",
            CreatorQuery { country: Some(de), min_followers: Some(5_000_000), ..Default::default() },
            vec!["--country", "DE", "--min-followers", "5000000"],
        ),
    ];
    rt.block_on(async {
        // The shape every search had before: list filters as LIKE on the wide rows.
        let before = "SELECT * FROM creators WHERE country = 'DE' AND categories LIKE '%,knitting,%' \
                      AND top_er >= 300 AND risky = 0 ORDER BY top_followers DESC, id LIMIT 50";
        let runs = futures_runs(|| store.execute_raw(before)).await;
        println!("search, DE + knitting, the query shape before creator_tags: p50 {:.1} ms", p50(runs));
    });
    for (label, query, flags) in &nobody {
        let runs = rt.block_on(async {
            let mut runs = Vec::new();
            for _ in 0..30 {
                let t = Instant::now();
                let found = store.search_creators(query).await.expect("search");
                runs.push(t.elapsed());
                assert!(found.is_empty(), "{label}: nobody should match");
            }
            runs
        });
        let mut args = vec!["creators", "search", "--format", "json"];
        args.extend(flags.iter().copied());
        let shell: Vec<Duration> = (0..10).map(|_| whole_run(linkstar(&home, &db, &args)).0).collect();
        println!(
            "search matching nobody, {label}: p50 {:.1} ms in process, {:.1} ms through the binary (target < 50 ms)",
            p50(runs),
            p50(shell)
        );
    }
}

/// Times 30 runs of `f`.
async fn futures_runs<F, Fut>(f: F) -> Vec<Duration>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<(), linkstar_app::StoreError>>,
{
    let mut runs = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        f().await.expect("query");
        runs.push(t.elapsed());
    }
    runs
}
