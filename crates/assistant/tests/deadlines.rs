//! The deadline kinds beyond respond-by, draft-due and publish-by, on every backend with
//! an injected clock: a campaign's own offsets and revision turnaround, the revision
//! deadline and its overdue flag (cleared when the deal moves on), the review-overdue
//! alert, payment reminders to the operators, and the back-fill of deals with no rows.

use std::sync::Arc;

use linkstar_app::schedule_port::ScheduleStore;
use linkstar_app::{App, ChatStore, Clock, DashboardReads};
use linkstar_assistant::scheduler::{Scheduler, SchedulerConfig};
use linkstar_assistant::{Assistant, Inbound, Input};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::ids::DealId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::reminder::{Action, DeadlineKind, ReminderPolicy};
use linkstar_core::time::Timestamp;
use linkstar_i18n::{Deadline, Language, Localizer};
use linkstar_testkit::world::{campaign_spec, terms};
use linkstar_testkit::{World, backends};

fn ts(text: &str) -> Timestamp {
    text.parse().expect("instant")
}

fn draft() -> DraftUpload {
    let file = FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
    DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) }
}

fn limits() -> FileLimits {
    FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] }
}

async fn plan(store: &Arc<dyn ScheduleStore>, deal: DealId) -> Vec<(Action, Timestamp)> {
    let rows = store.pending_reminders(deal).await.expect("rows");
    rows.iter().map(|r| (r.planned.action, r.planned.send_at)).collect()
}

async fn outbox(app: &App, deal: DealId) -> Vec<(Recipient, Notice)> {
    let all = app.store().outbox(false, 1_000).await.expect("outbox");
    all.into_iter().filter(|m| m.notice.deal() == Some(deal)).map(|m| (m.recipient, m.notice)).collect()
}

async fn overdue_since(app: &App, deal: DealId) -> Option<Timestamp> {
    let deals = app.store().list_deals(None, 100).await.expect("deals");
    deals.into_iter().find(|d| d.deal.id == deal).and_then(|d| d.overdue_since)
}

#[tokio::test]
async fn a_campaign_s_offsets_and_turnaround_drive_revision_reminders_overdue_flags_and_review_alerts() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (default_deal, _) = w.linked_offer(app, "601").await;
        let mut spec = campaign_spec("Fast Glow");
        spec.reminders =
            ReminderPolicy { offsets_hours: vec![6], revision_turnaround_hours: 24, ..ReminderPolicy::default() };
        let campaign = app.create_campaign(w.manager, w.brand, spec).await.expect("campaign");
        let t = terms(Platform::TikTok);
        let offer = app.make_offer(w.manager, campaign, w.ana, t.clone()).await.expect("offer");
        let deal = offer.deal_id;

        // The default campaign reminds 48 h and 24 h before; this one once, 6 h before
        // (06:00Z is 03:00 in São Paulo, quiet until 08:00 local = 11:00Z).
        assert_eq!(plan(&store, default_deal).await.len(), 3, "{label}");
        assert_eq!(
            plan(&store, deal).await,
            vec![
                (Action::Remind(DeadlineKind::RespondBy), ts("2026-12-01T11:00:00Z")),
                (Action::Expire, ts("2026-12-01T12:00:00Z")),
            ],
            "{label}"
        );

        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "602".into() };
        app.link_chat(&chat, offer.token.expose()).await.expect("link");
        app.accept_offer(&chat, deal, t.fingerprint()).await.expect("accept");
        assert!(plan(&store, deal).await.contains(&(Action::MarkOverdue(DeadlineKind::DraftDue), t.draft_due)));
        app.submit_draft(&chat, deal, draft(), &limits()).await.expect("draft");
        // The draft arrived at the test clock's start, read at the millisecond.
        let review_due = ts("2026-11-26T09:00:00.123Z");
        assert!(plan(&store, deal).await.contains(&(Action::ReviewOverdue, review_due)), "{label}");

        // Past the review SLA, without auto-approval: the operators are told, once.
        db.clock.set(ts("2026-11-26T09:00:01Z"));
        let s = Scheduler::new(app.clone(), store.clone(), SchedulerConfig::new("s"));
        assert_eq!(s.round().await.expect("round").alerted, 1, "{label}");
        assert_eq!(s.round().await.expect("round").alerted, 0, "{label}");
        assert!(
            outbox(app, deal)
                .await
                .iter()
                .any(|(r, n)| *r == Recipient::Operators(w.brand)
                    && matches!(n, Notice::ReviewOverdue { hours: 48, .. }))
        );

        // Changes asked on Dec 8 at 00:00Z: 24 h later is after the draft date (Dec 8, 12:00Z).
        db.clock.set(ts("2026-12-08T00:00:00Z"));
        app.request_changes(w.manager, deal, "Show the bottle.", false).await.expect("changes");
        let revision_due = ts("2026-12-09T00:00:00Z");
        assert_eq!(
            plan(&store, deal)
                .await
                .into_iter()
                .filter(|(a, _)| !matches!(a, Action::RemindPayment(_)))
                .collect::<Vec<_>>(),
            vec![
                (Action::Remind(DeadlineKind::RevisionDue), ts("2026-12-08T18:00:00Z")),
                (Action::MarkOverdue(DeadlineKind::RevisionDue), revision_due),
            ],
            "{label}"
        );

        // Missed: one reminder, the deal flagged overdue, the operators told.
        db.clock.set(ts("2026-12-09T00:00:01Z"));
        let round = s.round().await.expect("round");
        assert_eq!((round.reminded, round.flagged), (1, 1), "{label}: {round:?}");
        assert_eq!(overdue_since(app, deal).await, Some(revision_due), "{label}");
        let attention = db.store.attention(w.brand, db.clock.now()).await.expect("attention");
        assert_eq!(attention.deals_overdue, 1, "{label}");
        let sent = outbox(app, deal).await;
        assert!(sent.iter().any(|(r, n)| *r == Recipient::Creator(w.ana)
            && matches!(n, Notice::Reminder { deadline: DeadlineKind::RevisionDue, due, .. } if *due == revision_due)));
        assert!(sent.iter().any(|(r, n)| *r == Recipient::Operators(w.brand)
            && matches!(n, Notice::DraftOverdue { due, .. } if *due == revision_due)));
        let events = app.store().audit_events(linkstar_core::ids::EventId(0), 10_000).await.expect("events");
        assert_eq!(
            events.iter().filter(|e| e.event.kind == "deal.overdue" && e.event.deal_id == Some(deal)).count(),
            1
        );

        // The new draft moves the deal on and clears the flag.
        app.submit_draft(&chat, deal, draft(), &limits()).await.expect("revision");
        assert_eq!(overdue_since(app, deal).await, None, "{label}");
        let attention = db.store.attention(w.brand, db.clock.now()).await.expect("attention");
        assert_eq!(attention.deals_overdue, 0, "{label}");
    }
}

#[tokio::test]
async fn the_operators_are_reminded_of_payments_until_they_are_paid() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (deal, chat) = w.linked_offer(app, "611").await;
        app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let deposit = app.store().payments(deal).await.expect("payments")[0].clone();
        let payment_rows: Vec<_> =
            plan(&store, deal).await.into_iter().filter(|(a, _)| *a == Action::RemindPayment(deposit.id)).collect();
        // Due at once: reminded now and 24 h overdue, outside anyone's quiet hours.
        assert_eq!(
            payment_rows.iter().map(|(_, at)| *at).collect::<Vec<_>>(),
            vec![deposit.due_at, ts("2026-11-25T09:00:00.123Z")],
            "{label}"
        );
        let s = Scheduler::new(app.clone(), store.clone(), SchedulerConfig::new("s"));
        assert_eq!(s.round().await.expect("round").reminded, 1, "{label}");
        assert!(outbox(app, deal).await.iter().any(|(r, n)| *r == Recipient::Operators(w.brand)
            && matches!(n, Notice::PaymentDue { amount, .. } if *amount == deposit.amount)));

        app.mark_paid(w.finance, deposit.id, "SEPA-1").await.expect("paid");
        assert!(plan(&store, deal).await.iter().all(|(a, _)| !matches!(a, Action::RemindPayment(_))), "{label}");
        assert!(!plan(&store, deal).await.is_empty(), "{label}: the draft reminders stay");
    }
}

#[tokio::test]
async fn deals_without_rows_are_planned_in_batches_once() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (first, _) = w.linked_offer(app, "621").await;
        let bea = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let before = (plan(&store, first).await, plan(&store, bea.deal_id).await);
        // As if both deals were made before reminders existed.
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        let report = app.plan_missing_reminders_in(1).await.expect("backfill");
        assert_eq!((report.deals, report.rows), (2, 6), "{label}");
        assert_eq!((plan(&store, first).await, plan(&store, bea.deal_id).await), before, "{label}");
        let again = app.plan_missing_reminders().await.expect("again");
        assert_eq!(again.deals, 0, "{label}: planned deals are left alone");
        let events = app.store().audit_events(linkstar_core::ids::EventId(0), 10_000).await.expect("events");
        assert_eq!(events.iter().filter(|e| e.event.kind == "reminders.backfill").count(), 2, "{label}: one per batch");
    }
}

#[tokio::test]
async fn the_back_fill_plans_what_the_operations_plan_in_every_stage() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let t = terms(Platform::TikTok);
        // One deal per stage planning knows, each in its own campaign (one open offer per
        // creator and campaign); the last waits for review where the campaign auto-approves.
        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "630".into() };
        let stages =
            ["offered", "contracted", "in_review", "changes_requested", "approved", "in_review", "negotiating"];
        let mut deals = Vec::new();
        for (n, stage) in stages.iter().enumerate() {
            let mut spec = campaign_spec(&format!("Glow {n}"));
            spec.auto_approve_after_sla = n == 5;
            let campaign = app.create_campaign(w.manager, w.brand, spec).await.expect("campaign");
            let offer = app.make_offer(w.manager, campaign, w.ana, t.clone()).await.expect("offer");
            let deal = offer.deal_id;
            app.link_chat(&chat, offer.token.expose()).await.expect("link");
            if *stage == "negotiating" {
                let fee = linkstar_core::money::Money::new(70_000, t.fee.currency);
                app.counter_offer(&chat, deal, fee).await.expect("counter");
            } else if *stage != "offered" {
                app.accept_offer(&chat, deal, t.fingerprint()).await.expect("accept");
            }
            if !["offered", "contracted", "negotiating"].contains(stage) {
                app.submit_draft(&chat, deal, draft(), &limits()).await.expect("draft");
            }
            if *stage == "changes_requested" {
                app.request_changes(w.manager, deal, "Show the bottle.", false).await.expect("changes");
            }
            if *stage == "approved" {
                app.approve_draft(w.manager, deal, "").await.expect("approve");
            }
            deals.push(deal);
        }
        let mut before = Vec::new();
        for deal in &deals {
            before.push(plan(&store, *deal).await);
        }
        assert!(before.iter().all(|rows| !rows.is_empty()), "{label}: {before:#?}");
        assert!(before[4].iter().any(|(a, _)| *a == Action::Remind(DeadlineKind::PublishOpens)), "{label}");
        assert!(before[2].iter().any(|(a, _)| *a == Action::ReviewOverdue), "{label}");
        assert!(before[3].iter().any(|(a, _)| *a == Action::Remind(DeadlineKind::RevisionDue)), "{label}");
        assert!(before[5].iter().any(|(a, _)| *a == Action::AutoApprove), "{label}");
        assert!(before[6].iter().any(|(a, _)| *a == Action::RemindCounter), "{label}");
        // As if every deal were restored from before reminders existed.
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        app.plan_missing_reminders().await.expect("backfill");
        for (deal, rows) in deals.iter().zip(&before) {
            assert_eq!(&plan(&store, *deal).await, rows, "{label}: deal {deal}");
        }
    }
}

#[tokio::test]
async fn a_back_fill_page_read_before_another_change_is_read_again_behind_the_write_lock() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let ana = app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
        let bea = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let before = (plan(&store, ana.deal_id).await, plan(&store, bea.deal_id).await);
        assert!(!before.1.is_empty(), "{label}");

        // The back-fill reads the next page while it writes the previous one: nothing
        // else committed in between, so the second page is written as it was read.
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        let first = app.backfill_page(DealId(0), 1).await.expect("page");
        let second = app.backfill_page(ana.deal_id, 1).await.expect("page");
        assert_eq!((first.last(), second.last()), (Some(ana.deal_id), Some(bea.deal_id)), "{label}");
        let one = app.write_backfill_page(first, None).await.expect("write");
        let two = app.write_backfill_page(second, one.event).await.expect("write");
        assert_eq!((one.reread, two.reread, two.deals), (false, false, 1), "{label}");
        assert_eq!((plan(&store, ana.deal_id).await, plan(&store, bea.deal_id).await), before, "{label}");

        // The operator cancels Bea's offer after her page was read: the page is read
        // again behind the write lock and her cancelled deal gets nothing.
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        let first = app.backfill_page(DealId(0), 1).await.expect("page");
        let second = app.backfill_page(ana.deal_id, 1).await.expect("page");
        let one = app.write_backfill_page(first, None).await.expect("write");
        app.cancel_deal(w.manager, bea.deal_id, "budget cut").await.expect("cancel");
        let two = app.write_backfill_page(second, one.event).await.expect("write");
        assert_eq!((two.reread, two.deals, two.rows, two.last), (true, 0, 0, None), "{label}");
        assert!(plan(&store, bea.deal_id).await.is_empty(), "{label}: a cancelled deal is not reminded");
        assert_eq!(plan(&store, ana.deal_id).await, before.0, "{label}");

        // A page read before a change and written first is read again too.
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        let page = app.backfill_page(DealId(0), 10).await.expect("page");
        let later = app.create_campaign(w.manager, w.brand, campaign_spec("Glow Later")).await.expect("campaign");
        let again = app.make_offer(w.manager, later, w.ana, terms(Platform::TikTok)).await.expect("offer");
        db.store.execute_raw("DELETE FROM reminders").await.expect("delete");
        let step = app.write_backfill_page(page, None).await.expect("write");
        assert_eq!((step.reread, step.deals, step.last), (true, 2, Some(again.deal_id)), "{label}");
        assert!(!plan(&store, again.deal_id).await.is_empty(), "{label}: the new deal is planned too");
    }
}

/// Issue 14: a counter-offer gives the brand the campaign's answer time (48 h by
/// default); the operators are reminded before it runs out, and a negotiation nobody
/// answers expires like an offer — the creator told in their language, the operators
/// told. When the brand takes the fee, the creator's respond-by applies again.
#[tokio::test]
async fn a_negotiation_reminds_the_brand_and_expires_unanswered() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let store: Arc<dyn ScheduleStore> = db.store.clone();
        let w = World::seed(app).await;
        let (deal, chat) = w.linked_offer(app, "640").await;
        let fee = linkstar_core::money::Money::new(80_000, terms(Platform::TikTok).fee.currency);
        db.clock.set(ts("2026-11-25T10:15:30.123456789Z"));
        let countered = app.counter_offer(&chat, deal, fee).await.expect("counter");
        let due = ts("2026-11-27T10:15:30.123Z");
        assert_eq!(app.next_deadline(&countered).await.expect("next"), Some((DeadlineKind::CounterAnswer, due)));
        assert_eq!(
            plan(&store, deal).await,
            vec![(Action::RemindCounter, ts("2026-11-26T10:15:30.123Z")), (Action::Expire, due)],
            "{label}"
        );

        // 24 h before: the operators are reminded, once, with the answer-by.
        let s = Scheduler::new(app.clone(), store.clone(), SchedulerConfig::new("n"));
        db.clock.set(ts("2026-11-26T10:15:30.123999Z"));
        assert_eq!(s.round().await.expect("round").reminded, 1, "{label}");
        assert_eq!(s.round().await.expect("round").reminded, 0, "{label}");
        let pending = Notice::CounterPending { deal, creator: "Ana Lima".into(), fee, due };
        assert!(outbox(app, deal).await.contains(&(Recipient::Operators(w.brand), pending)), "{label}");

        // Nobody answers: the negotiation expires, both sides are told, nothing is left.
        db.clock.set(ts("2026-11-27T10:15:30.124Z"));
        assert_eq!(s.round().await.expect("round").expired, 1, "{label}");
        let sent = outbox(app, deal).await;
        let campaign = "Glow Launch".to_string();
        assert!(sent.contains(&(Recipient::Creator(w.ana), Notice::NegotiationExpired { deal, campaign, fee })));
        let told = Notice::CounterExpired { deal, creator: "Ana Lima".into(), fee };
        assert!(sent.contains(&(Recipient::Operators(w.brand), told)), "{label}: {sent:?}");
        assert!(plan(&store, deal).await.is_empty(), "{label}");
        let deals = app.store().list_deals(None, 100).await.expect("deals");
        let stage = deals.iter().find(|d| d.deal.id == deal).map(|d| d.deal.stage);
        assert_eq!(stage, Some(linkstar_core::stage::Stage::Expired), "{label}");

        // Bea counters; the brand takes her fee after the offer's own respond-by passed:
        // she has the campaign's answer time to confirm, with respond-by reminders and expiry.
        let bea = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let bea_chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "641".into() };
        app.link_chat(&bea_chat, bea.token.expose()).await.expect("link");
        db.clock.set(ts("2026-12-01T11:00:00.000700Z"));
        app.counter_offer(&bea_chat, bea.deal_id, fee).await.expect("counter");
        db.clock.set(ts("2026-12-01T13:00:00.000500Z"));
        assert!(app.expire_offer(bea.deal_id).await.is_err(), "{label}: the brand's time has not run out");
        let taken = app.accept_counter(w.manager, bea.deal_id).await.expect("take the fee");
        assert_eq!(taken.terms.respond_by, ts("2026-12-03T13:00:00Z"), "{label}");
        assert_eq!(
            plan(&store, bea.deal_id).await,
            vec![
                (Action::Remind(DeadlineKind::RespondBy), ts("2026-12-02T13:00:00Z")),
                (Action::Expire, ts("2026-12-03T13:00:00Z")),
            ],
            "{label}"
        );
    }
}

/// Issue 14: after proposing a fee, `/status` says the brand is considering it and until
/// when (in the creator's language and zone), not the offer's answer deadline.
#[tokio::test]
async fn status_shows_the_brand_considering_the_counter_in_the_creators_language() {
    let words = Arc::new(Localizer::new().expect("messages"));
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        let (deal, chat) = w.linked_offer(app, "650").await;
        let fee = linkstar_core::money::Money::new(90_000, terms(Platform::TikTok).fee.currency);
        db.clock.set(ts("2026-11-25T10:15:30.123456789Z"));
        app.counter_offer(&chat, deal, fee).await.expect("counter");
        let due = ts("2026-11-27T10:15:30.123Z");
        let zone = linkstar_core::place::TimeZoneName::parse("America/Sao_Paulo").expect("zone");
        let chats: Arc<dyn ChatStore> = db.store.clone();
        let bot = Assistant::new(app.clone(), chats, words.clone(), FileLimits::default());
        for (code, language, words_of_it) in [
            ("es", Language::EsEs, "la marca está valorando la tarifa que propusiste"),
            ("ja", Language::JaJp, "ブランドが"),
        ] {
            let ask = Inbound {
                chat: chat.clone(),
                update_id: Some(format!("status-{code}")),
                language_code: Some(code.into()),
                input: Input::from_text("/status"),
            };
            let out = bot.handle(ask).await.expect("status");
            let text = &out.replies[0].text;
            let now = db.clock.now();
            let line = words.status_counter(fee, due, now, language, &zone);
            assert!(text.contains(&line), "{label} {code}: {text}");
            assert!(line.contains(words_of_it), "{label} {code}: {line}");
            let respond_by = terms(Platform::TikTok).respond_by;
            let old = words.status_deadline(Deadline::RespondBy, respond_by, now, language, &zone);
            assert!(!text.contains(&old), "{label} {code}: {text}");
        }
    }
}
