//! The demo lives in the present: seeded at any "now" in any zone, its deadlines sit
//! around that now in the operator's day.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use linkstar_app::dashboard::DashboardReads;
use linkstar_app::port::{DealSummary, Store};
use linkstar_core::ids::EventId;
use linkstar_core::stage::Stage;
use linkstar_testkit::TestDb;

/// What a seed at one now holds around that now.
#[derive(Debug, Default)]
struct AroundNow {
    drafts_due_later_today: usize,
    drafts_late: usize,
    invites_expiring_within_a_day: usize,
    windows_closing_later_today: usize,
    payments_due_this_week: usize,
    payments_overdue: usize,
    reviews_overdue: u64,
    deals_with_metrics_history: usize,
}

async fn around(db: &TestDb, now: Timestamp, zone: &TimeZone) -> AroundNow {
    let today = now.to_zoned_datetime(zone.clone()).date();
    let later_today = |at: Timestamp| at > now && at.to_zoned_datetime(zone.clone()).date() == today;
    let within = |at: Timestamp, hours: i64| at > now && at <= now + SignedDuration::from_hours(hours);
    let deals: Vec<DealSummary> = db.store.list_deals(None, 500).await.expect("deals");
    let mut seen = AroundNow::default();
    for d in &deals {
        let t = &d.deal.terms;
        match d.deal.stage {
            Stage::Contracted if later_today(t.draft_due) => seen.drafts_due_later_today += 1,
            Stage::Contracted if t.draft_due < now => seen.drafts_late += 1,
            Stage::Offered if within(t.respond_by, 24) => seen.invites_expiring_within_a_day += 1,
            Stage::Approved if later_today(t.publish_window.closes) => seen.windows_closing_later_today += 1,
            _ => {}
        }
        for p in db.store.payments(d.deal.id).await.expect("payments").iter().filter(|p| p.status.is_open()) {
            if within(p.due_at, 7 * 24) {
                seen.payments_due_this_week += 1;
            } else if p.due_at < now {
                seen.payments_overdue += 1;
            }
        }
        if db.store.metrics_history(d.deal.id).await.expect("metrics").len() >= 3 {
            seen.deals_with_metrics_history += 1;
        }
    }
    let brand = db.store.operator_by_username("admin").await.expect("read").expect("admin").brand_id;
    seen.reviews_overdue = db.store.attention(brand, now).await.expect("attention").reviews_overdue;
    seen
}

async fn seed_at(now: &str, zone: &str) {
    let (now, tz): (Timestamp, TimeZone) = (now.parse().expect("now"), TimeZone::get(zone).expect("zone"));
    for db in linkstar_testkit::backends().await {
        seeded_around(&db, now, &tz).await;
    }
}

async fn seeded_around(db: &TestDb, now: Timestamp, tz: &TimeZone) {
    db.clock.set(now);
    linkstar_demo::seed_in(&db.app, &db.clock, tz).await.expect("seed");
    assert_eq!(linkstar_app::Clock::now(&*db.clock), now, "the clock is left at the demo's now");

    let seen = around(db, now, tz).await;
    let label = format!("seeded at {now} in {} on {}: {seen:?}", tz.iana_name().unwrap_or("?"), db.label);
    assert!(seen.drafts_due_later_today >= 1, "{label}");
    assert!(seen.drafts_late >= 1, "{label}");
    assert!(seen.invites_expiring_within_a_day >= 1, "{label}");
    assert!(seen.windows_closing_later_today >= 1, "{label}");
    assert!(seen.payments_due_this_week >= 1, "{label}");
    assert!(seen.payments_overdue >= 1, "{label}");
    assert!(seen.reviews_overdue >= 1, "{label}");
    assert!(seen.deals_with_metrics_history >= 3, "{label}");

    // The story spans the 60 days before now, and someone did something in the last day.
    let events = db.store.audit_events(EventId(0), 100_000).await.expect("events");
    let (first, last) = (events.first().expect("first").event.at, events.last().expect("last").event.at);
    // Storage keeps whole milliseconds.
    let ms = |at: Timestamp| Timestamp::from_millisecond(at.as_millisecond()).expect("ms");
    assert_eq!(first, ms(now - SignedDuration::from_hours(60 * 24)), "{label}");
    assert!(last <= now && last > now - SignedDuration::from_hours(24), "last event at {last}; {label}");
    let state = linkstar_demo::state(&db.app).await.expect("state");
    assert_eq!(state, linkstar_demo::DemoState::Demo { seeded_for: ms(now) });
}

/// 22:40 in Tokyo: 80 minutes are left of the operator's day, though the UTC day has
/// more than ten hours to go, so "due today" must be counted in the operator's zone.
#[tokio::test]
async fn seeded_late_in_the_evening_in_tokyo() {
    seed_at("2027-03-14T13:40:00.123456789Z", "Asia/Tokyo").await;
}

/// A Monday morning in São Paulo.
#[tokio::test]
async fn seeded_on_a_morning_in_sao_paulo() {
    seed_at("2026-06-29T12:05:07.654321Z", "America/Sao_Paulo").await;
}

#[tokio::test]
async fn a_database_with_other_data_is_not_a_demo() {
    let db = TestDb::sqlite().await;
    assert_eq!(linkstar_demo::state(&db.app).await.expect("state"), linkstar_demo::DemoState::Empty);
    let brand = linkstar_app::port::NewBrand {
        name: "Acme Cosmetics".into(),
        legal_name: "Acme Cosmetics Ltd".into(),
        default_currency: linkstar_core::money::Currency::parse("EUR").expect("EUR"),
        disclosure_rules: Default::default(),
    };
    db.app.create_brand(None, brand).await.expect("brand");
    assert_eq!(linkstar_demo::state(&db.app).await.expect("state"), linkstar_demo::DemoState::Other);
    assert!(linkstar_demo::seed(&db.app, &db.clock).await.is_err(), "the demo never seeds into other data");
}

#[tokio::test]
async fn the_same_now_and_zone_give_the_same_demo() {
    let (now, tz): (Timestamp, TimeZone) =
        ("2027-03-14T13:40:00.123456789Z".parse().expect("now"), TimeZone::get("Asia/Tokyo").expect("zone"));
    let (a, b) = (TestDb::sqlite().await, TestDb::sqlite().await);
    for db in [&a, &b] {
        db.clock.set(now);
        linkstar_demo::seed_in(&db.app, &db.clock, &tz).await.expect("seed");
    }
    let deals = |deals: Vec<DealSummary>| {
        deals.into_iter().map(|d| (d.campaign, d.creator, d.deal.stage, d.deal.terms)).collect::<Vec<_>>()
    };
    assert_eq!(
        deals(a.store.list_deals(None, 500).await.expect("a")),
        deals(b.store.list_deals(None, 500).await.expect("b"))
    );
    let events = |all: Vec<linkstar_core::audit::AuditEvent>| {
        all.into_iter().map(|e| (e.event.at, e.event.kind, e.event.payload)).collect::<Vec<_>>()
    };
    assert_eq!(
        events(a.store.audit_events(EventId(0), 100_000).await.expect("a")),
        events(b.store.audit_events(EventId(0), 100_000).await.expect("b"))
    );
}
