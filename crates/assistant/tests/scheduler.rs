//! The reminder scheduler on every backend with an injected clock: rows planned and
//! moved by the operations, stale reminders collapsed after downtime, expiry, SLA
//! auto-approval, a scheduler dying mid-round, and two schedulers never double-sending.

use std::sync::Arc;

use linkstar_app::App;
use linkstar_app::chat_port::ChatStore;
use linkstar_app::ops::ScheduledOutcome;
use linkstar_app::schedule_port::{ReminderClaim, ScheduleStore};
use linkstar_assistant::scheduler::{Scheduler, SchedulerConfig};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::ids::DealId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::Platform;
use linkstar_core::reminder::{Action, DeadlineKind};
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;
use linkstar_testkit::world::{campaign_spec, terms};
use linkstar_testkit::{World, backends};

fn ts(text: &str) -> Timestamp {
    text.parse().expect("instant")
}

fn scheduler(app: &App, store: Arc<dyn ScheduleStore>, owner: &str) -> Scheduler {
    Scheduler::new(app.clone(), store, SchedulerConfig::new(owner))
}

async fn notices(app: &App, deal: DealId) -> Vec<(Recipient, Notice)> {
    let all = app.store().outbox(false, 1_000).await.expect("outbox");
    all.into_iter()
        .filter(|m| match &m.notice {
            Notice::Reminder { deal: d, .. }
            | Notice::InviteExpired { deal: d, .. }
            | Notice::DraftApproved { deal: d, .. }
            | Notice::DraftAutoApproved { deal: d, .. } => *d == deal,
            _ => false,
        })
        .map(|m| (m.recipient, m.notice))
        .collect()
}

/// The kinds of the audit events the system (the scheduler) appended for a deal.
async fn system_events(app: &App, deal: DealId) -> Vec<String> {
    let events = app.store().audit_events(linkstar_core::ids::EventId(0), 10_000).await.expect("events");
    events
        .into_iter()
        .filter(|e| e.event.deal_id == Some(deal) && e.event.actor == linkstar_core::audit::Actor::System)
        .map(|e| e.event.kind)
        .collect()
}

#[tokio::test]
async fn reminders_are_planned_moved_collapsed_and_the_offer_expires() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (deal, _chat) = w.linked_offer(app, "501").await;
        let rows = store.pending_reminders(deal).await.expect("rows");
        let plan: Vec<_> = rows.iter().map(|r| (r.planned.action, r.planned.send_at)).collect();
        assert_eq!(
            plan,
            vec![
                (Action::Remind(DeadlineKind::RespondBy), ts("2026-11-29T12:00:00Z")),
                (Action::Remind(DeadlineKind::RespondBy), ts("2026-11-30T12:00:00Z")),
                (Action::Expire, ts("2026-12-01T12:00:00Z")),
            ],
            "{label}"
        );

        // A revised offer moves them.
        let mut t = terms(Platform::TikTok);
        t.respond_by = ts("2026-12-03T12:00:00Z");
        app.revise_offer(w.manager, deal, t).await.expect("revise");
        let rows = store.pending_reminders(deal).await.expect("rows");
        assert_eq!(rows.len(), 3, "{label}");
        assert!(rows.iter().all(|r| r.planned.due == ts("2026-12-03T12:00:00Z")), "{label}: {rows:?}");

        // Down until after both reminders: one reminder goes out, from two schedulers at once.
        db.clock.set(ts("2026-12-02T13:00:00Z"));
        let (a, b) = (scheduler(app, store.clone(), "a"), scheduler(app, store.clone(), "b"));
        let (ra, rb) = tokio::join!(a.round(), b.round());
        let (ra, rb) = (ra.expect("round a"), rb.expect("round b"));
        assert_eq!(ra.reminded + rb.reminded, 1, "{label}: {ra:?} {rb:?}");
        assert_eq!(a.round().await.expect("again").claimed, 0);
        let sent = notices(app, deal).await;
        assert_eq!(sent.len(), 1, "{label}: {sent:?}");
        assert!(matches!(
            sent[0],
            (Recipient::Creator(c), Notice::Reminder { deadline: DeadlineKind::RespondBy, .. }) if c == w.ana
        ));

        // At the respond-by the invite expires, once.
        db.clock.set(ts("2026-12-03T12:00:01Z"));
        let (ra, rb) = tokio::join!(a.round(), b.round());
        assert_eq!(ra.expect("a").expired + rb.expect("b").expired, 1, "{label}");
        let deal_now = app.store().list_deals(None, 100).await.expect("deals");
        assert_eq!(deal_now.iter().find(|d| d.deal.id == deal).map(|d| d.deal.stage), Some(Stage::Expired));
        let sent = notices(app, deal).await;
        assert_eq!(sent.len(), 2, "{label}: {sent:?}");
        assert!(matches!(sent[1].1, Notice::InviteExpired { .. }));
        assert!(store.pending_reminders(deal).await.expect("rows").is_empty());
        // The audit trail: one reminder sent and one expiry, by the system.
        let kinds = system_events(app, deal).await;
        assert_eq!(kinds, ["reminder.send", "deal.expire"], "{label}");
    }
}

#[tokio::test]
async fn a_cancelled_deal_has_no_reminders_and_a_dead_schedulers_rows_wait_for_its_lease() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (deal, _chat) = w.linked_offer(app, "502").await;
        let other = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("bea");
        app.cancel_deal(w.manager, other.deal_id, "budget").await.expect("cancel");
        assert!(store.pending_reminders(other.deal_id).await.expect("rows").is_empty(), "{label}");

        // A scheduler claims the first reminder and dies before running it.
        let now = ts("2026-11-29T12:00:00Z");
        db.clock.set(now);
        let claim = ReminderClaim {
            owner: "dead",
            now,
            lease_until: now.checked_add(jiff::SignedDuration::from_secs(60)).expect("lease"),
            limit: 10,
        };
        assert_eq!(store.claim_reminders(&claim).await.expect("claim").len(), 1, "{label}");
        let live = scheduler(app, store.clone(), "live");
        assert_eq!(live.round().await.expect("round").claimed, 0, "{label}: the lease holds");
        db.clock.set(ts("2026-11-29T12:01:01Z"));
        assert_eq!(live.round().await.expect("round").reminded, 1, "{label}: taken over after the lease");
        assert_eq!(notices(app, deal).await.len(), 1);
    }
}

#[tokio::test]
async fn a_draft_left_past_the_sla_is_approved_automatically() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let mut spec = campaign_spec("Auto Glow");
        spec.auto_approve_after_sla = true;
        let campaign = app.create_campaign(w.manager, w.brand, spec).await.expect("campaign");
        let t = terms(Platform::TikTok);
        let offer = app.make_offer(w.manager, campaign, w.ana, t.clone()).await.expect("offer");
        let chat = linkstar_core::place::ChatAccount {
            platform: linkstar_core::place::ChatPlatform::Telegram,
            external_id: "503".into(),
        };
        app.link_chat(&chat, offer.token.expose()).await.expect("link");
        let deal = offer.deal_id;
        app.accept_offer(&chat, deal, t.fingerprint()).await.expect("accept");
        let file =
            FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
        let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
        let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] };
        app.submit_draft(&chat, deal, draft, &limits).await.expect("draft");
        let rows = store.pending_reminders(deal).await.expect("rows");
        let deal_rows: Vec<_> =
            rows.iter().map(|r| r.planned.action).filter(|a| !matches!(a, Action::RemindPayment(_))).collect();
        assert_eq!(deal_rows, vec![Action::AutoApprove], "{label}: (and the deposit's reminders to the operators)");

        db.clock.advance_hours(47);
        let s = scheduler(app, store.clone(), "s");
        assert_eq!(s.round().await.expect("round").approved, 0, "{label}: still within the SLA");
        db.clock.advance_hours(2);
        assert_eq!(s.round().await.expect("round").approved, 1, "{label}");
        let sent = notices(app, deal).await;
        assert!(sent.iter().any(|(r, n)| *r == Recipient::Creator(w.ana) && matches!(n, Notice::DraftApproved { .. })));
        assert!(
            sent.iter().any(|(r, n)| *r == Recipient::Operators(w.brand)
                && matches!(n, Notice::DraftAutoApproved { hours: 48, .. }))
        );
        // The approval is the system's, recorded as automatic with the SLA it waited.
        let events = app.store().audit_events(linkstar_core::ids::EventId(0), 10_000).await.expect("events");
        let approval = events
            .iter()
            .find(|e| e.event.deal_id == Some(deal) && e.event.kind == "draft.approve")
            .expect("an approval event");
        assert_eq!(approval.event.actor, linkstar_core::audit::Actor::System, "{label}");
        let payload: serde_json::Value = serde_json::from_str(&approval.event.payload).expect("json");
        assert_eq!((payload["auto"].as_bool(), payload["sla_hours"].as_u64()), (Some(true), Some(48)), "{label}");
        assert_eq!(payload["to"], "approved", "{label}: {payload}");
        // Now the publish window's reminders (opening and closing) and its overdue flag.
        let rows = store.pending_reminders(deal).await.expect("rows");
        assert!(
            rows.iter().all(|r| matches!(
                r.planned.action,
                Action::Remind(DeadlineKind::PublishOpens | DeadlineKind::PublishBy)
                    | Action::MarkOverdue(DeadlineKind::PublishBy)
                    | Action::RemindPayment(_)
            )),
            "{label}: {rows:?}"
        );
        assert!(rows.iter().any(|r| r.planned.action == Action::Remind(DeadlineKind::PublishOpens)));
        assert!(rows.iter().any(|r| r.planned.action == Action::Remind(DeadlineKind::PublishBy)));
    }
}

#[tokio::test]
async fn two_schedulers_each_holding_one_stale_row_of_a_deadline_send_it_once() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (deal, _chat) = w.linked_offer(app, "504").await;
        // Down past both respond-by reminders (Nov 29 and 30, 12:00Z); the offer stands.
        let now = ts("2026-11-30T13:00:00Z");
        db.clock.set(now);
        let lease_until = ts("2026-11-30T13:01:00Z");
        let claim = |owner| ReminderClaim { owner, now, lease_until, limit: 1 };
        let a = store.claim_reminders(&claim("a")).await.expect("claim a");
        let b = store.claim_reminders(&claim("b")).await.expect("claim b");
        assert_eq!((a.len(), b.len()), (1, 1), "{label}");
        assert_ne!(a[0].id, b[0].id, "{label}");
        assert_eq!((a[0].deal, a[0].action), (b[0].deal, b[0].action), "{label}: one deadline");
        let first = app.run_scheduled(&a[0]).await.expect("a runs");
        let second = app.run_scheduled(&b[0]).await.expect("b runs");
        assert_eq!(first, ScheduledOutcome::Reminded { collapsed: 2 }, "{label}");
        assert_eq!(second, ScheduledOutcome::Skipped, "{label}");
        let sent = notices(app, deal).await;
        assert_eq!(sent.len(), 1, "{label}: {sent:?}");
    }
}

/// Issue 14: with every instant carrying sub-millisecond digits — the clock, the terms
/// an operator computed from it — a creator who accepted and went quiet gets each draft
/// reminder once, with its audit event and outbox row, and the overdue flag; no row is
/// finished without its effect.
#[tokio::test]
async fn sub_millisecond_instants_lose_no_reminder() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        db.clock.set(ts("2026-12-04T10:15:30.123456789Z"));
        let mut t = terms(Platform::TikTok);
        t.respond_by = ts("2026-12-05T10:15:30.223456789Z");
        t.draft_due = ts("2026-12-09T14:15:30.987654321Z");
        let offer = app.make_offer(w.manager, w.campaign, w.ana, t).await.expect("offer");
        let chat = linkstar_core::place::ChatAccount {
            platform: linkstar_core::place::ChatPlatform::Telegram,
            external_id: "sub-ms".into(),
        };
        app.link_chat(&chat, offer.token.expose()).await.expect("link");
        db.clock.set(ts("2026-12-04T11:00:00.000999999Z"));
        let deal = db.store.find_deal(offer.deal_id).await.expect("read").expect("deal");
        let accepted = app.accept_offer(&chat, deal.id, deal.terms.fingerprint()).await.expect("accept");
        // One precision: the deal's deadline is the one its rows read back, exactly.
        let due = accepted.terms.draft_due;
        assert_eq!(due, ts("2026-12-09T14:15:30.987Z"), "{label}");
        assert_eq!(app.next_deadline(&accepted).await.expect("next"), Some((DeadlineKind::DraftDue, due)));
        let rows = store.pending_reminders(deal.id).await.expect("rows");
        let creator_rows: Vec<_> =
            rows.iter().filter(|r| matches!(r.planned.action, Action::Remind(_) | Action::MarkOverdue(_))).collect();
        assert_eq!(creator_rows.len(), 5, "{label}: 48 h, 24 h, at, 24 h overdue and the flag: {rows:?}");
        assert!(creator_rows.iter().all(|r| r.planned.due == due), "{label}: {rows:?}");

        // As if the terms had been saved before they were kept to the millisecond: the
        // deadline from the terms still matches its rows (compared at the millisecond).
        let legacy = format!(
            "UPDATE deals SET terms = REPLACE(terms, '\"draft_due\":\"2026-12-09T14:15:30.987Z\"', \
             '\"draft_due\":\"2026-12-09T14:15:30.987654321Z\"') WHERE id = {}",
            deal.id.0
        );
        db.store.execute_raw(&legacy).await.expect("legacy terms");
        let stored = db.store.find_deal(deal.id).await.expect("read").expect("deal");
        assert_eq!(stored.terms.draft_due, ts("2026-12-09T14:15:30.987654321Z"), "{label}");

        // Run the scheduler just after each planned instant, sub-milliseconds and all.
        let s = scheduler(app, store.clone(), "sub-ms");
        let mut sends: Vec<Timestamp> = creator_rows.iter().map(|r| r.planned.send_at).collect();
        sends.dedup();
        for at in &sends {
            db.clock.set(at.checked_add(jiff::SignedDuration::from_nanos(777)).expect("later"));
            s.round().await.expect("round");
        }
        let reminders: Vec<Timestamp> = notices(app, deal.id)
            .await
            .into_iter()
            .filter_map(|(r, n)| match n {
                Notice::Reminder { deadline: DeadlineKind::DraftDue, due: d, .. } if r == Recipient::Creator(w.ana) => {
                    Some(d)
                }
                _ => None,
            })
            .collect();
        assert_eq!(reminders, vec![due; 4], "{label}: every draft reminder once");
        let events = system_events(app, deal.id).await;
        assert_eq!(events.iter().filter(|k| *k == "reminder.send").count(), 4, "{label}: {events:?}");
        assert_eq!(events.iter().filter(|k| *k == "deal.overdue").count(), 1, "{label}: {events:?}");
        assert!(store.pending_reminders(deal.id).await.expect("rows").iter().all(|r| r.planned.due != due));
    }
}
