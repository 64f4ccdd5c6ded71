//! Dashboard benchmark on a SQLite file (run: `cargo bench --bench dashboard`): the demo
//! seed grown to 1,000,000 creators and 100,000 deals (cloned rows, bulk SQL), then
//! 1. start to first frame with data (160×48);
//! 2. drawing a frame of each view;
//! 3. a key press to the next frame, including the query it makes;
//! 4. resident memory at the end.
//!
//! `LINKSTAR_BENCH_CREATORS` and `LINKSTAR_BENCH_DEALS` change the sizes.

use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::KeyCode;
use linkstar_app::dashboard::DashboardReads;
use linkstar_app::{App, Clock, ManualClock, Store};
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer};
use linkstar_store::SqlStore;
use linkstar_tui::{Dashboard, Harness, Keymap, Theme, Worker};

fn size(var: &str, default: u64) -> u64 {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

async fn grow(store: &SqlStore, creators: u64, deals: u64) {
    // A recursive counter, then one INSERT … SELECT per table: rows cloned from the demo's
    // first creator and deal with unique handles and varied followers, stages and times.
    let seq = |n: u64| format!("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {n})");
    store
        .execute_raw(&format!(
            "{} INSERT INTO creators (name, country, languages, preferred_locale, time_zone, categories, \
             audience_countries, rate_card, risk_flags, risky, rating, pool_status, tiktok_handle, tiktok_followers, \
             tiktok_er, top_followers, top_er) \
             SELECT 'Bench Creator ' || n, CASE n % 4 WHEN 0 THEN 'BR' WHEN 1 THEN 'DE' WHEN 2 THEN 'JP' ELSE 'US' END, \
             languages, NULL, time_zone, categories, audience_countries, rate_card, '', 0, 4, 'normal', \
             'bench' || n, (n * 7919) % 3000000, 100 + n % 800, (n * 7919) % 3000000, 100 + n % 800 \
             FROM seq, (SELECT * FROM creators WHERE id = 1) t",
            seq(creators)
        ))
        .await
        .expect("creators");
    let stages = "CASE n % 13 WHEN 0 THEN 'offered' WHEN 1 THEN 'negotiating' WHEN 2 THEN 'contracted' \
                  WHEN 3 THEN 'in_review' WHEN 4 THEN 'changes_requested' WHEN 5 THEN 'approved' WHEN 6 THEN 'published' \
                  WHEN 7 THEN 'verified' WHEN 8 THEN 'completed' WHEN 9 THEN 'removed' WHEN 10 THEN 'declined' \
                  WHEN 11 THEN 'expired' ELSE 'cancelled' END";
    store
        .execute_raw(&format!(
            "{} INSERT INTO deals (campaign_id, creator_id, stage, terms, terms_hash, draft_versions, change_requests, \
             extra_rounds, fee_minor, currency, respond_by, draft_due, created_at, updated_at) \
             SELECT 1 + n % 3, 400 + n, {stages}, d.terms, d.terms_hash, 1, 0, 0, d.fee_minor, d.currency, \
             d.respond_by, d.draft_due, d.created_at, d.updated_at - n * 1000 FROM seq, (SELECT * FROM deals WHERE id = 1) d",
            seq(deals)
        ))
        .await
        .expect("deals");
    store
        .execute_raw(&format!(
            "{} INSERT INTO payments (deal_id, kind, amount_minor, currency, due_at, status, created_at) \
             SELECT d.id, 'deposit', d.fee_minor / 3, d.currency, d.updated_at + 86400000, \
             CASE d.id % 3 WHEN 0 THEN 'paid' ELSE 'due' END, d.updated_at FROM deals d \
             WHERE d.id > 100 AND d.id % 4 = 0",
            seq(1)
        ))
        .await
        .expect("payments");
    store.execute_raw("ANALYZE").await.expect("analyze");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let creators = size("LINKSTAR_BENCH_CREATORS", 1_000_000);
    let deals = size("LINKSTAR_BENCH_DEALS", 100_000);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let dir = tempfile::tempdir().expect("tmp");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
        let store = Arc::new(SqlStore::connect(&url).await.expect("connect"));
        store.migrate().await.expect("migrate");
        let now: jiff::Timestamp = linkstar_demo::DEMO_NOW.parse().expect("now");
        let clock = Arc::new(ManualClock::new(now));
        let app = App::new(store.clone(), clock.clone());
        linkstar_demo::seed(&app, &clock).await.expect("seed");
        let t = Instant::now();
        grow(&store, creators, deals).await;
        let counts = store.count_creators().await.expect("count");
        println!("data: {counts} creators, {deals}+59 deals, built in {:.1} s", t.elapsed().as_secs_f64());
        let rss_before = rss_mb();

        // 1. Start to the first frame with data.
        let start = Instant::now();
        let loc = Rc::new(Localizer::new().expect("messages"));
        let operator = app.store().operator_by_username("admin").await.expect("read").expect("admin");
        let zone = TimeZoneName::parse("UTC").expect("UTC");
        let clock: Arc<dyn Clock> = clock;
        let dash =
            Dashboard::new(loc, Language::EnUs, Keymap::default(), Theme::new(true), clock, operator.clone(), zone);
        let reads: Arc<dyn DashboardReads> = store.clone();
        let mut h = Harness::start(dash, Worker::new(app.clone(), reads, operator), 160, 48).await;
        h.render();
        println!("start to first frame (pipeline, with data): {:.1} ms", ms(start.elapsed()));

        // 2. Drawing a frame, per view (the diff against the previous frame included).
        for (key, name) in [
            ('1', "pipeline"),
            ('2', "campaigns"),
            ('3', "creators"),
            ('4', "review"),
            ('5', "payments"),
            ('6', "reports"),
            ('7', "activity"),
        ] {
            h.char(key).await;
            let runs = 200;
            let t = Instant::now();
            for _ in 0..runs {
                let d = &h.dash;
                let _ = h.terminal.draw(|f| d.draw(f));
            }
            println!("draw a frame, {name}: {:.3} ms", ms(t.elapsed()) / f64::from(runs));
        }

        // 3. A key press to the next frame, including its query.
        let mut key_ms = Vec::new();
        for (label, keys) in [
            ("1 pipeline (counts + 13 stage pages)", vec![KeyCode::Char('1')]),
            ("3 creators (1M pool, first page)", vec![KeyCode::Char('3')]),
            ("j in creators (no query)", vec![KeyCode::Char('j')]),
            ("PgDn x11 in creators (next page)", vec![KeyCode::PageDown; 11]),
            ("4 review queue by SLA", vec![KeyCode::Char('4')]),
            ("j in review (detail query)", vec![KeyCode::Char('j')]),
            ("5 payments overdue", vec![KeyCode::Char('5')]),
            ("l payments due", vec![KeyCode::Char('l')]),
            ("2 campaigns (money aggregates)", vec![KeyCode::Char('2')]),
            ("6 reports", vec![KeyCode::Char('6')]),
            ("7 activity", vec![KeyCode::Char('7')]),
            ("c in pipeline (campaign filter)", vec![KeyCode::Char('1'), KeyCode::Char('c')]),
        ] {
            let (last, before) = keys.split_last().expect("a key");
            for k in before {
                h.code(*k).await;
            }
            let t = Instant::now();
            h.code(*last).await;
            let d = &h.dash;
            let _ = h.terminal.draw(|f| d.draw(f));
            let took = ms(t.elapsed());
            key_ms.push(took);
            println!("key to frame, {label}: {took:.1} ms");
        }
        let worst = key_ms.iter().copied().fold(0.0, f64::max);
        println!("key to frame, worst: {worst:.1} ms");
        println!("resident memory: {:.0} MB (after seeding and growing the data: {rss_before:.0} MB)", rss_mb());
    });
}
