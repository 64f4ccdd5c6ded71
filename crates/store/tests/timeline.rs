//! The activity timeline on every backend: what a brand's operators see happened,
//! newest first, with names, filtered by campaign, creator and kind, and paged.

use linkstar_app::chat_port::ChatStore;
use linkstar_app::schedule_port::{ReminderClaim, ScheduleStore};
use linkstar_app::{AppError, Store, TimelineEntry, TimelineFilter, TimelinePage, TimelineWhat};
use linkstar_core::audit::{ActivityKind, AuditKind};
use linkstar_core::money::Money;
use linkstar_core::place::Platform;
use linkstar_core::time::Timestamp;
use linkstar_testkit::world::{campaign_spec, terms};
use linkstar_testkit::{World, backends};

fn page(limit: u32) -> TimelinePage {
    TimelinePage { offset: 0, limit }
}

/// Each entry as (kind, what, creator, campaign) for comparing.
fn shape(entries: &[TimelineEntry]) -> Vec<(ActivityKind, String, String, String)> {
    entries
        .iter()
        .map(|e| {
            let what = match &e.what {
                TimelineWhat::Event { kind, .. } => kind.as_str().to_string(),
                TimelineWhat::Message { notice, .. } => notice.clone(),
            };
            (e.kind, what, e.creator.clone(), e.campaign.clone())
        })
        .collect()
}

fn row(kind: ActivityKind, what: &str, creator: &str, campaign: &str) -> (ActivityKind, String, String, String) {
    (kind, what.into(), creator.into(), campaign.into())
}

#[tokio::test]
async fn the_timeline_names_who_did_what_newest_first_and_filters() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let app = &db.app;
        let (ana_deal, chat) = w.linked_offer(app, "8101").await;
        app.counter_offer(&chat, ana_deal, Money::parse("650 EUR").expect("money")).await.expect("counter");
        db.clock.set("2026-11-24T10:00:00.5Z".parse().expect("instant"));
        app.decline_counter(w.manager, ana_deal, "Budget is fixed").await.expect("decline");

        let second = app.create_campaign(w.manager, w.brand, campaign_spec("Second Wave")).await.expect("campaign");
        let bea = app.make_offer(w.manager, second, w.bea, terms(Platform::Instagram)).await.expect("offer");

        // The invite to Ana went out; the declined counter could not be delivered.
        let outbox = db.store.outbox(false, 100).await.expect("outbox");
        let id_of = |notice: &str| outbox.iter().find(|m| m.notice.id() == notice).map(|m| m.id).expect(notice);
        db.store.outbox_sent(id_of("invite"), "2026-11-24T11:00:00.25Z".parse().expect("instant")).await.expect("sent");
        db.store.outbox_failed(id_of("counter-declined"), "the bot was blocked").await.expect("failed");

        // Two days before Ana's respond-by the reminder goes out.
        let now: Timestamp = "2026-11-29T12:00:00.5Z".parse().expect("instant");
        db.clock.set(now);
        let claim = ReminderClaim {
            owner: "test",
            now,
            lease_until: now.checked_add(jiff::SignedDuration::from_secs(60)).expect("lease"),
            limit: 10,
        };
        for row in db.store.claim_reminders(&claim).await.expect("claim") {
            app.run_scheduled(&row).await.expect("run");
        }

        let all = app.timeline(w.viewer, &TimelineFilter::default(), page(100)).await.expect("timeline");
        assert!(all.windows(2).all(|p| p[0].at >= p[1].at), "{}: newest first", db.label);
        let glow = "Glow Launch";
        let expected_tail = vec![
            row(ActivityKind::OperatorAction, "deal.decline_counter", "Ana Lima", glow),
            row(ActivityKind::CreatorMessage, "deal.counter", "Ana Lima", glow),
            row(ActivityKind::CreatorMessage, "chat.link", "Ana Lima", glow),
            row(ActivityKind::OperatorAction, "deal.offer", "Ana Lima", glow),
        ];
        let got = shape(&all);
        assert!(got.ends_with(&expected_tail), "{}: {got:#?}", db.label);
        assert!(got.contains(&row(ActivityKind::Delivery, "invite", "Ana Lima", glow)), "{}: {got:#?}", db.label);
        assert!(
            got.contains(&row(ActivityKind::DeliveryFailure, "counter-declined", "Ana Lima", glow)),
            "{}: {got:#?}",
            db.label
        );
        assert!(got.contains(&row(ActivityKind::OperatorAction, "deal.offer", "Bea Ruiz", "Second Wave")));
        assert_eq!(
            got.first().map(|r| (r.0, r.1.as_str())),
            Some((ActivityKind::Reminder, "reminder.send")),
            "{}",
            db.label
        );
        let offer = all.iter().find(|e| matches!(&e.what, TimelineWhat::Event { kind: AuditKind::DealOffer, .. }));
        assert_eq!(offer.and_then(|e| e.operator.as_deref()), Some("manager person"), "{}", db.label);
        assert_eq!(offer.and_then(|e| e.handle.as_deref()), Some("bea.ruiz"), "{}: newest offer first", db.label);
        let failure = all.iter().find(|e| e.kind == ActivityKind::DeliveryFailure).expect("failure");
        assert!(
            matches!(&failure.what, TimelineWhat::Message { error: Some(e), to_creator: true, .. } if e == "the bot was blocked"),
            "{}: {failure:?}",
            db.label
        );

        // Filters: campaign, creator, kinds.
        let by_campaign = TimelineFilter { campaign: Some(second), ..TimelineFilter::default() };
        let only_second = app.timeline(w.manager, &by_campaign, page(100)).await.expect("timeline");
        assert_eq!(
            shape(&only_second),
            vec![
                row(ActivityKind::Reminder, "reminder.send", "Bea Ruiz", "Second Wave"),
                row(ActivityKind::OperatorAction, "deal.offer", "Bea Ruiz", "Second Wave"),
            ],
            "{}",
            db.label
        );
        assert!(only_second.iter().all(|e| e.deal == bea.deal_id), "{}", db.label);
        let by_creator = TimelineFilter { creator: Some(w.ana), ..TimelineFilter::default() };
        let ana = app.timeline(w.manager, &by_creator, page(100)).await.expect("timeline");
        assert!(!ana.is_empty() && ana.iter().all(|e| e.creator == "Ana Lima"), "{}", db.label);
        let creator_says = TimelineFilter { kinds: vec![ActivityKind::CreatorMessage], ..TimelineFilter::default() };
        let said = app.timeline(w.manager, &creator_says, page(100)).await.expect("timeline");
        assert_eq!(
            shape(&said),
            vec![
                row(ActivityKind::CreatorMessage, "deal.counter", "Ana Lima", glow),
                row(ActivityKind::CreatorMessage, "chat.link", "Ana Lima", glow),
            ],
            "{}",
            db.label
        );
        let troubles = TimelineFilter {
            kinds: vec![ActivityKind::DeliveryFailure, ActivityKind::Reminder],
            ..TimelineFilter::default()
        };
        let kinds: Vec<_> =
            app.timeline(w.manager, &troubles, page(100)).await.expect("timeline").iter().map(|e| e.kind).collect();
        assert!(kinds.contains(&ActivityKind::DeliveryFailure) && kinds.contains(&ActivityKind::Reminder), "{kinds:?}");
        assert!(kinds.iter().all(|k| matches!(k, ActivityKind::DeliveryFailure | ActivityKind::Reminder)), "{kinds:?}");

        // Pages follow on without gaps or repeats.
        let mut paged = Vec::new();
        for offset in (0..all.len() as u64 + 3).step_by(3) {
            paged.extend(
                app.timeline(w.manager, &TimelineFilter::default(), TimelinePage { offset, limit: 3 })
                    .await
                    .expect("page"),
            );
        }
        assert_eq!(paged, all, "{}", db.label);

        let refused = app.timeline(w.manager, &TimelineFilter::default(), page(0)).await;
        assert!(matches!(refused, Err(AppError::Domain(_))), "{}: {refused:?}", db.label);
        let other = linkstar_core::ids::OperatorId(999_999);
        assert!(matches!(app.timeline(other, &TimelineFilter::default(), page(10)).await, Err(AppError::NotFound(_))));
    }
}

/// The migration's back-fill gives rows queued before `outbox.deal_id` existed their
/// deal, from the notice in the payload, so old deliveries appear in the timeline too.
#[tokio::test]
async fn older_outbox_rows_get_their_deal_from_the_payload() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, _) = w.linked_offer(&db.app, "8201").await;
        let invite = db.store.outbox(false, 100).await.expect("outbox")[0].id;
        db.store.outbox_sent(invite, "2026-11-24T11:00:00.25Z".parse().expect("instant")).await.expect("sent");
        db.store.execute_raw("UPDATE outbox SET deal_id = NULL").await.expect("forget");
        let deliveries = TimelineFilter { kinds: vec![ActivityKind::Delivery], ..TimelineFilter::default() };
        assert!(db.app.timeline(w.manager, &deliveries, page(10)).await.expect("timeline").is_empty());

        let migration = match db.store.backend() {
            linkstar_store::Backend::Sqlite => {
                include_str!("../../../migrations/sqlite/20261205000001_activity_timeline.sql")
            }
            linkstar_store::Backend::Postgres => {
                include_str!("../../../migrations/postgres/20261205000001_activity_timeline.sql")
            }
        };
        let backfill: String = migration
            .split(';')
            .find(|s| s.contains("UPDATE outbox"))
            .expect("the migration back-fills")
            .lines()
            .filter(|l| !l.trim_start().starts_with("--"))
            .collect::<Vec<_>>()
            .join("\n");
        db.store.execute_raw(&backfill).await.expect("back-fill");
        let found = db.app.timeline(w.manager, &deliveries, page(10)).await.expect("timeline");
        assert_eq!(found.iter().map(|e| e.deal).collect::<Vec<_>>(), vec![deal], "{}", db.label);
    }
}
