//! Campaign report benchmark on a SQLite file (run: `cargo bench --bench report`):
//! one campaign with 10,000 deals and 1,000,000 metric snapshots (100 per deal), in two
//! currencies, with drafts, reviews, posts and payments; then the time of one full
//! campaign report through `App::campaign_report` (target: under 200 ms), and of each
//! store query it makes.
//!
//! The rows are written with bulk SQL (this measures reading, and 80,000 operations
//! would only measure writing); creators, the brand and the rate go through the app.
//! `LINKSTAR_BENCH_DEALS` and `LINKSTAR_BENCH_SNAPSHOTS` change the sizes.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use linkstar_app::Store;
use linkstar_core::fx::Rate;
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::Platform;
use linkstar_core::terms::PaymentModel;
use linkstar_testkit::world::{creator, terms};
use linkstar_testkit::{TestDb, World};

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

const DAY: i64 = 86_400_000;

/// Runs `statements` in one transaction.
async fn bulk(db: &TestDb, statements: &str) {
    db.store.execute_raw(&format!("BEGIN; {statements} COMMIT;")).await.expect("bulk insert");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let deals = env("LINKSTAR_BENCH_DEALS", 10_000) as i64;
    let per_deal = (env("LINKSTAR_BENCH_SNAPSHOTS", 1_000_000) as i64 / deals).max(1);
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let t = Instant::now();

    // Creators through the app, 5,000 per transaction.
    let mut ids = Vec::new();
    for chunk in (0..deals).collect::<Vec<_>>().chunks(5_000) {
        let rows = chunk
            .iter()
            .map(|i| {
                (
                    *i as u64 + 2,
                    creator(
                        &format!("Creator {i}"),
                        Platform::TikTok,
                        &format!("@tt.b{i}"),
                        "ES",
                        "es",
                        "Europe/Madrid",
                    ),
                )
            })
            .collect();
        ids.extend(db.app.import_creators(w.admin, rows).await.expect("creators").imported);
    }
    let usd = Currency::parse("USD").expect("USD");
    let eur = Currency::parse("EUR").expect("EUR");
    db.app
        .set_fx_rate(w.finance, usd, eur, Rate::parse("0.92").expect("rate"), "2026-11-20".parse().expect("date"))
        .await
        .expect("rate");

    // Deals, drafts, reviews, posts, payments: ids chosen so that deal n has draft n.
    let start = linkstar_testkit::db::start_time().as_millisecond();
    let (c, reviewer) = (w.campaign.0, w.reviewer.0);
    let mut base = terms(Platform::TikTok);
    let fixed = base.canonical().replace('\'', "''");
    base.payment_model = PaymentModel::Hybrid { rate_bp: 800, cap: None };
    base.fee = Money::new(40_000, usd);
    let hybrid = base.canonical().replace('\'', "''");
    let stages = [
        "verified",
        "verified",
        "verified",
        "verified",
        "verified",
        "verified",
        "completed",
        "published",
        "in_review",
        "removed",
    ];
    for chunk in ids.chunks(1_000) {
        let mut sql = String::new();
        let (mut d, mut dr, mut rv, mut po, mut pa) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for creator in chunk {
            let n = creator.0;
            let (terms, fee, cur) = if n % 4 == 0 { (&hybrid, 40_000, "USD") } else { (&fixed, 50_000, "EUR") };
            let stage = stages[(n % 10) as usize];
            let drafted = start + DAY * (10 + n % 7);
            d.push(format!(
                "({n}, {c}, {n}, '{stage}', '{terms}', 'h', 'h', {start}, 'bench', NULL, 1, {}, 0, 1, {}, {fee}, '{cur}', {}, {}, {start}, {start})",
                n % 3,
                if stage == "in_review" { "NULL".into() } else { format!("'https://www.tiktok.com/@tt.b{n}/video/{n}'") },
                start + 7 * DAY,
                start + 14 * DAY,
            ));
            dr.push(format!("({n}, {n}, 1, 'video', '#publi', NULL, '[]', {drafted})"));
            rv.push(format!("({n}, {n}, 'approved', '', {reviewer}, {})", drafted + 3_600_000 * (n % 96)));
            if stage != "in_review" {
                po.push(format!(
                    "({n}, 'https://www.tiktok.com/@tt.b{n}/video/{n}', 'tiktok', {}, {})",
                    drafted + DAY,
                    drafted + 2 * DAY
                ));
            }
            let paid = if n % 2 == 0 {
                format!("'paid', 'SEPA-{n}', {}, {}", w.finance.0, start + DAY * (n % 5))
            } else {
                "'due', NULL, NULL, NULL".into()
            };
            pa.push(format!("({n}, 'deposit', {}, '{cur}', {start}, {paid}, {start})", fee * 3 / 10));
            pa.push(format!(
                "({n}, 'balance', {}, '{cur}', {}, 'scheduled', NULL, NULL, NULL, {start})",
                fee - fee * 3 / 10,
                start + 30 * DAY
            ));
        }
        let _ = write!(
            sql,
            "INSERT INTO deals (id, campaign_id, creator_id, stage, terms, terms_hash, accepted_hash, accepted_at, accepted_via, \
             counter_fee_minor, draft_versions, change_requests, extra_rounds, approved_version, post_url, fee_minor, currency, \
             respond_by, draft_due, created_at, updated_at) VALUES {};\
             INSERT INTO drafts (id, deal_id, version, kind, caption, file, problems, submitted_at) VALUES {};\
             INSERT INTO reviews (deal_id, draft_id, decision, notes, operator_id, at) VALUES {};\
             INSERT INTO payments (deal_id, kind, amount_minor, currency, due_at, status, reference, paid_by, paid_at, created_at) VALUES {};",
            d.join(","),
            dr.join(","),
            rv.join(","),
            pa.join(",")
        );
        if !po.is_empty() {
            let _ = write!(
                sql,
                "INSERT INTO posts (deal_id, url, platform, submitted_at, verified_at) VALUES {};",
                po.join(",")
            );
        }
        bulk(&db, &sql).await;
    }
    println!("built {deals} deals in {:.2?}", t.elapsed());

    // Snapshots: `per_deal` per deal, growing totals, 20,000 rows per transaction.
    let t = Instant::now();
    let mut rows = Vec::with_capacity(1_000);
    let mut sql = String::new();
    let mut written = 0u64;
    for k in 0..per_deal {
        for creator in &ids {
            let n = creator.0;
            let v = (k + 1) * (100 + n % 900);
            rows.push(format!(
                "({n}, {}, {v}, {}, {}, {}, {}, {}, {}, {}, 'csv')",
                start + DAY * 20 + k * 3_600_000,
                v / 25,
                v / 200,
                v / 400,
                v / 300,
                v / 50,
                v / 2_000,
                v / 2_000 * 3_990
            ));
            if rows.len() == 1_000 {
                let _ = write!(
                    sql,
                    "INSERT INTO metrics (deal_id, at, views, likes, comments, shares, saves, clicks, conversions, revenue_minor, source) VALUES {};",
                    rows.join(",")
                );
                rows.clear();
                written += 1_000;
                if written.is_multiple_of(20_000) {
                    bulk(&db, &std::mem::take(&mut sql)).await;
                }
            }
        }
    }
    if !rows.is_empty() {
        let _ = write!(
            sql,
            "INSERT INTO metrics (deal_id, at, views, likes, comments, shares, saves, clicks, conversions, revenue_minor, source) VALUES {};",
            rows.join(",")
        );
        written += rows.len() as u64;
    }
    if !sql.is_empty() {
        bulk(&db, &sql).await;
    }
    db.store.execute_raw("ANALYZE").await.expect("analyze");
    if let Ok(path) = std::env::var("LINKSTAR_BENCH_KEEP") {
        // A copy to inspect query plans with the sqlite3 shell.
        db.store.execute_raw(&format!("VACUUM INTO '{}'", path.replace('\'', ""))).await.expect("vacuum into");
    }
    println!("wrote {written} metric snapshots in {:.2?}", t.elapsed());

    // The report, cold once and then warm.
    let as_of = Some("2026-12-31".parse().expect("date"));
    let mut samples = Vec::new();
    let mut last = None;
    for _ in 0..11 {
        let t = Instant::now();
        last = Some(db.app.campaign_report(w.viewer, w.campaign, None, as_of).await.expect("report"));
        samples.push(t.elapsed());
    }
    let cold = samples[0];
    let mut warm = samples[1..].to_vec();
    let r = last.expect("a report");
    println!(
        "report: {} creator lines, committed {}, reach {}, ROI {:?} bp",
        r.creators.len(),
        r.total.committed,
        r.total.reach,
        r.total.roi_bp
    );
    println!(
        "report: first run {cold:.2?}; then p50 {:.2?}, max {:.2?} over {} runs (target < 200 ms)",
        percentile(&mut warm, 0.5),
        percentile(&mut warm, 1.0),
        warm.len()
    );

    // Where the time goes.
    let s = &db.store;
    let time = |label: &'static str, d: Duration| println!("  {label:<22} {d:.2?}");
    let t = Instant::now();
    s.report_deals(w.campaign).await.expect("deals");
    time("deals (all facts)", t.elapsed());
    let t = Instant::now();
    s.speed(w.brand, Some(w.campaign), linkstar_testkit::db::start_time()).await.expect("speed");
    time("campaign speed", t.elapsed());
    let t = Instant::now();
    s.speed(w.brand, None, linkstar_testkit::db::start_time()).await.expect("speed");
    time("brand speed", t.elapsed());
}
