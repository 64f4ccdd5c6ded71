//! Reminder benchmarks on a SQLite file (run: `cargo bench --bench reminders`):
//! 1. planning reminders for 100,000 deals that have none (the back-fill `linkstar
//!    serve` runs at start), target < 2 s;
//! 2. with 1,000,000 scheduled rows (10% due), the scheduler's claim of a batch of
//!    200 due rows under a lease, 100 rounds each finishing what it claimed (as
//!    `serve` does), target < 50 ms.
//!
//! Set `LINKSTAR_BENCH_DEALS` / `LINKSTAR_BENCH_REMINDERS` to change the sizes.

use std::time::{Duration, Instant};

use linkstar_app::Clock;
use linkstar_app::schedule_port::{ReminderClaim, ScheduleStore};
use linkstar_core::place::Platform;
use linkstar_core::time::to_millis;
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn size(var: &str, default: u64) -> u64 {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let deals = size("LINKSTAR_BENCH_DEALS", 100_000);
    let reminders = size("LINKSTAR_BENCH_REMINDERS", 1_000_000);
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let template = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");

    // 1. Deals from before reminders existed: copies of one offer, a third each offered,
    // contracted and approved, with no rows.
    let t = Instant::now();
    db.store
        .execute_raw(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {deals}) \
             INSERT INTO deals (campaign_id, creator_id, stage, terms, terms_hash, draft_versions, change_requests, \
               extra_rounds, fee_minor, currency, respond_by, draft_due, created_at, updated_at, stage_at) \
             SELECT d.campaign_id, d.creator_id, \
               CASE n.i % 3 WHEN 0 THEN 'offered' WHEN 1 THEN 'contracted' ELSE 'approved' END, \
               d.terms, d.terms_hash, 0, 0, 0, d.fee_minor, d.currency, d.respond_by, d.draft_due, \
               d.created_at, d.updated_at, d.stage_at FROM n, deals d WHERE d.id = {}",
            template.deal_id
        ))
        .await
        .expect("deals");
    db.store.execute_raw("DELETE FROM reminders").await.expect("clear");
    println!("setup: {deals} deals without reminders in {:.2?}", t.elapsed());
    let mut samples = Vec::new();
    let mut planned = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let report = db.app.plan_missing_reminders().await.expect("backfill");
        samples.push(t.elapsed());
        planned = report.rows;
        assert_eq!(report.deals, deals + 1);
        db.store.execute_raw("DELETE FROM reminders").await.expect("clear");
    }
    println!(
        "back-fill: planning {} deals ({planned} rows): p50 {:.2?}, p95 {:.2?} (target < 2 s)",
        deals + 1,
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95)
    );

    // 2. A million pending rows over the next year, one in ten already due.
    let now = db.clock.now();
    let (now_ms, hour) = (to_millis(now), 3_600_000_i64);
    let t = Instant::now();
    db.store
        .execute_raw(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {reminders}) \
             INSERT INTO reminders (deal_id, creator_id, action, due_at, send_at, created_at) \
             SELECT 1 + n.i % {deals}, {ana}, 'remind:draft_due', \
               CASE WHEN n.i % 10 = 0 THEN {now_ms} - (n.i % 1000) * {hour} ELSE {now_ms} + (n.i % 8760) * {hour} END, \
               CASE WHEN n.i % 10 = 0 THEN {now_ms} - (n.i % 1000) * {hour} ELSE {now_ms} + (n.i % 8760) * {hour} END, \
               {now_ms} FROM n",
            ana = w.ana.0
        ))
        .await
        .expect("reminders");
    db.store.execute_raw("ANALYZE").await.expect("analyze");
    println!("setup: {reminders} scheduled rows in {:.2?}", t.elapsed());
    let store: &dyn ScheduleStore = db.store.as_ref();
    let lease_until = now.checked_add(jiff::SignedDuration::from_secs(60)).expect("lease");
    let mut samples = Vec::new();
    for round in 0..100 {
        let owner = format!("bench-{round}");
        let claim = ReminderClaim { owner: &owner, now, lease_until, limit: 200 };
        let t = Instant::now();
        let rows = store.claim_reminders(&claim).await.expect("claim");
        samples.push(t.elapsed());
        assert_eq!(rows.len(), 200);
        // The scheduler finishes what it claimed in the same round (untimed here).
        db.store
            .execute_raw(&format!("UPDATE reminders SET status = 'done' WHERE lease_owner = '{owner}'"))
            .await
            .expect("finish");
    }
    println!(
        "claim: 200 due rows of {reminders}: p50 {:.2?}, p95 {:.2?} (target < 50 ms)",
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95)
    );
}
