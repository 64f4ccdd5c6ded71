//! Seeding the demo on a fresh SQLite database.

use std::collections::BTreeSet;

use linkstar_app::port::Store;
use linkstar_core::creator::CreatorQuery;
use linkstar_core::stage::Stage;
use linkstar_testkit::TestDb;

#[tokio::test]
async fn seeds_every_stage_with_an_intact_audit_chain() {
    let db = TestDb::sqlite().await;
    assert!(!linkstar_demo::is_seeded(&db.app).await.expect("is_seeded"));
    let summary = linkstar_demo::seed(&db.app, &db.clock).await.expect("seed");
    assert!(linkstar_demo::is_seeded(&db.app).await.expect("is_seeded"));
    assert_eq!(summary.operator_username, "admin");
    assert!(summary.campaigns >= 3);
    assert!(summary.creators >= 300, "{summary:?}");

    let pipeline = db.store.pipeline(None).await.expect("pipeline");
    for stage in Stage::ALL {
        let n = pipeline.iter().find(|(s, _)| *s == stage).map_or(0, |(_, n)| *n);
        assert!(n >= 1, "no deal in {stage}: {pipeline:?}");
    }
    let total: u64 = pipeline.iter().map(|(_, n)| n).sum();
    assert_eq!(total, summary.deals as u64);

    let creators =
        db.store.search_creators(&CreatorQuery { limit: 500, ..CreatorQuery::default() }).await.expect("creators");
    let countries: BTreeSet<_> = creators.iter().map(|c| c.profile.country).collect();
    assert!(
        creators.len() >= 300 && countries.len() >= 10,
        "{} creators in {} countries",
        creators.len(),
        countries.len()
    );
    let zones: BTreeSet<_> = creators.iter().map(|c| c.profile.time_zone.as_str().to_string()).collect();
    for zone in ["America/Sao_Paulo", "Asia/Jakarta", "Asia/Tokyo", "Europe/Berlin"] {
        assert!(zones.contains(zone), "nobody in {zone}");
    }

    // Something needs the operator now: an unpaid payment past its due date, and a
    // waiting draft whose caption failed a check.
    let now = db.app.clock().now();
    let (mut overdue, mut flagged) = (0, 0);
    for d in db.store.list_deals(None, 500).await.expect("deals") {
        let payments = db.store.payments(d.deal.id).await.expect("payments");
        overdue += payments.iter().filter(|p| p.status.is_open() && p.due_at < now).count();
        let drafts = db.store.drafts(d.deal.id).await.expect("drafts");
        flagged += drafts.iter().filter(|v| !v.problems.is_empty()).count();
    }
    assert!(overdue >= 1 && flagged >= 1, "{overdue} overdue payments, {flagged} flagged drafts");

    let checked = db.app.verify_audit().await.expect("audit").expect("intact chain");
    assert!(checked > 300, "{checked} events");
    // The seed tells its story up to the clock's now and leaves the clock there.
    assert_eq!(linkstar_app::Clock::now(&*db.clock), linkstar_testkit::db::start_time());
    assert!(db.store.operator_by_username("fay").await.expect("fay").is_some());
    assert!(matches!(linkstar_demo::seed(&db.app, &db.clock).await, Err(linkstar_demo::DemoError::AlreadySeeded)));
}

#[tokio::test]
async fn seeding_is_deterministic() {
    let (a, b) = (TestDb::sqlite().await, TestDb::sqlite().await);
    linkstar_demo::seed(&a.app, &a.clock).await.expect("seed a");
    linkstar_demo::seed(&b.app, &b.clock).await.expect("seed b");
    assert_eq!(a.store.pipeline(None).await.expect("a"), b.store.pipeline(None).await.expect("b"));
    let names = |deals: Vec<linkstar_app::port::DealSummary>| {
        deals.into_iter().map(|d| (d.campaign, d.creator, d.deal.stage, d.deal.terms.fee)).collect::<Vec<_>>()
    };
    assert_eq!(
        names(a.store.list_deals(None, 500).await.expect("a")),
        names(b.store.list_deals(None, 500).await.expect("b"))
    );
}
