//! Operator alerts on every backend with an injected clock: the daily digest goes out
//! once a day per brand at the operators' local time (across a DST change, with two
//! runners and after a restart), lists what the fixture holds, and the delivery worker
//! posts it and other operator notices to the alert chat in the operators' language,
//! waiting out a 429.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use jiff::civil::{Date, Time};
use tokio_util::sync::CancellationToken;

use linkstar_app::{ChatStore, Clock};
use linkstar_assistant::delivery::{Delivery, DeliveryConfig, SendError, Sender};
use linkstar_assistant::digest::DigestRunner;
use linkstar_assistant::{Assistant, Reply};
use linkstar_core::alerts::{AlertChat, Digest, DigestItem, DigestSection};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::ids::BrandId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::{ChatAccount, ChatPlatform, Locale, Platform, TimeZoneName};
use linkstar_core::time::Timestamp;
use linkstar_i18n::{Language, Localizer};
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World, backends};

fn ts(text: &str) -> Timestamp {
    text.parse().expect("instant")
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::parse("EUR").expect("EUR"))
}

/// Records what was sent; the first `refuse` group posts get a 429.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<(String, String)>>,
    refuse: Mutex<usize>,
}

#[async_trait]
impl Sender for Recorder {
    async fn send(&self, chat: &ChatAccount, reply: &Reply) -> Result<(), SendError> {
        self.sent.lock().expect("lock").push((chat.external_id.clone(), reply.text.clone()));
        Ok(())
    }

    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        let mut refuse = self.refuse.lock().expect("lock");
        if *refuse > 0 {
            *refuse -= 1;
            return Err(SendError::RetryAfter(Duration::from_millis(20)));
        }
        self.sent.lock().expect("lock").push((chat_id.to_string(), reply.text.clone()));
        Ok(())
    }
}

impl Recorder {
    fn to(&self, chat: &str) -> Vec<String> {
        self.sent.lock().expect("lock").iter().filter(|(c, _)| c == chat).map(|(_, t)| t.clone()).collect()
    }
}

fn alert_chat() -> AlertChat {
    AlertChat {
        platform: ChatPlatform::Telegram,
        chat_id: "-100777".into(),
        locale: Locale::parse("ja-JP").expect("locale"),
        zone: TimeZoneName::parse("Europe/Berlin").expect("zone"),
        digest_at: Time::constant(9, 0, 0, 0),
    }
}

/// Ana counters and then blocks the bot; Bea accepts and submits a draft.
async fn fixture(db: &TestDb) -> World {
    let app = &db.app;
    let w = World::seed(app).await;
    let (ana_deal, ana_chat) = w.linked_offer(app, "601").await;
    app.counter_offer(&ana_chat, ana_deal, eur(70_000)).await.expect("counter");
    let t = terms(Platform::Instagram);
    let offer = app.make_offer(w.manager, w.campaign, w.bea, t.clone()).await.expect("offer");
    let bea_chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "602".into() };
    app.link_chat(&bea_chat, offer.token.expose()).await.expect("link");
    app.accept_offer(&bea_chat, offer.deal_id, t.fingerprint()).await.expect("accept");
    let file = FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
    let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
    let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] };
    app.submit_draft(&bea_chat, offer.deal_id, draft, &limits).await.expect("draft");
    assert!(app.set_chat_reachable(&ana_chat, false).await.expect("unreachable"));
    w
}

/// The assistant the delivery worker renders with, over the test database.
fn assistant(db: &TestDb, words: Arc<Localizer>) -> Assistant {
    let chats: Arc<dyn ChatStore> = db.store.clone();
    Assistant::new(db.app.clone(), chats, words, FileLimits::default())
}

/// A Telegram worker's settings with the brand's alert chat and no wait between a chat's messages.
fn delivery(brand: BrandId) -> DeliveryConfig {
    let mut config = DeliveryConfig::telegram("w");
    config.per_chat_gap = Duration::from_millis(1);
    config.operator_chats = BTreeMap::from([(brand, alert_chat())]);
    config
}

async fn digests(db: &TestDb) -> Vec<Digest> {
    let all = db.app.store().outbox(false, 1_000).await.expect("outbox");
    all.into_iter()
        .filter_map(|m| match m.notice {
            Notice::DailyDigest { digest } => Some(*digest),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_digest_goes_once_a_day_at_local_time_across_a_dst_change() {
    for db in backends().await {
        let label = db.label;
        // Saturday 24 October 2026, 07:00 in Berlin (CEST, UTC+2).
        db.clock.set(ts("2026-10-24T05:00:00Z"));
        let w = fixture(&db).await;
        let chats = BTreeMap::from([(w.brand, alert_chat())]);
        let runner = || DigestRunner::new(db.app.clone(), chats.clone(), Duration::from_secs(1));
        let (a, b) = (runner(), runner());

        db.clock.set(ts("2026-10-24T06:59:00Z"));
        assert_eq!(a.round().await.expect("round"), 0, "{label}: 08:59 local");
        db.clock.set(ts("2026-10-24T07:00:00Z"));
        let (ra, rb) = tokio::join!(a.round(), b.round());
        assert_eq!(ra.expect("a") + rb.expect("b"), 1, "{label}: 09:00 CEST, once from two runners");
        assert_eq!(a.round().await.expect("again"), 0);

        // Sunday 25 October: the clocks went back at 03:00, so 09:00 is 08:00Z now.
        db.clock.set(ts("2026-10-25T07:30:00Z"));
        assert_eq!(a.round().await.expect("round"), 0, "{label}: 08:30 CET is not yet nine");
        db.clock.set(ts("2026-10-25T08:00:00Z"));
        assert_eq!(b.round().await.expect("round"), 1, "{label}: 09:00 CET");
        assert_eq!(a.round().await.expect("round"), 0, "{label}: the other runner finds it recorded");
        // A restart the same day sends nothing more.
        db.clock.set(ts("2026-10-25T15:00:00Z"));
        assert_eq!(runner().round().await.expect("round"), 0, "{label}: after a restart");

        // Monday, after downtime past nine: the day's digest goes out late, once.
        db.clock.set(ts("2026-10-26T10:15:00Z"));
        let (c, d) = (runner(), runner());
        let (rc, rd) = tokio::join!(c.round(), d.round());
        assert_eq!(rc.expect("c") + rd.expect("d"), 1, "{label}");

        let all = digests(&db).await;
        let days: Vec<Date> = all.iter().map(|d| d.day).collect();
        assert_eq!(
            days,
            vec![Date::constant(2026, 10, 24), Date::constant(2026, 10, 25), Date::constant(2026, 10, 26)]
        );
        let deal_of = |creator| {
            if creator == "Ana Lima" { linkstar_core::ids::DealId(1) } else { linkstar_core::ids::DealId(2) }
        };
        let one = |item| DigestSection { count: 1, top: vec![item] };
        let counter = DigestItem::Counter {
            deal: deal_of("Ana Lima"),
            creator: "Ana Lima".into(),
            fee: Some(eur(70_000)),
            since: ts("2026-10-24T05:00:00Z"),
        };
        let unreachable = DigestItem::Unreachable { creator: "Ana Lima".into(), platform: ChatPlatform::Telegram };
        let deposit = DigestItem::Payment {
            deal: deal_of("Bea Ruiz"),
            creator: "Bea Ruiz".into(),
            amount: eur(15_000),
            due: ts("2026-10-24T05:00:00Z"),
        };
        // Saturday: the deposit falls due today; Monday: it is overdue and the draft
        // has waited past its 48-hour review time.
        let saturday = &all[0];
        assert_eq!(saturday.counters, one(counter.clone()), "{label}");
        assert_eq!(saturday.unreachable, one(unreachable.clone()), "{label}");
        assert_eq!(saturday.due_today, one(deposit.clone()), "{label}");
        assert_eq!(saturday.reviews_late.count + saturday.payments_overdue.count, 0, "{label}");
        let monday = &all[2];
        let late = DigestItem::Review {
            deal: deal_of("Bea Ruiz"),
            creator: "Bea Ruiz".into(),
            due: ts("2026-10-26T05:00:00Z"),
        };
        let expected = Digest {
            day: Date::constant(2026, 10, 26),
            reviews_late: one(late),
            counters: one(counter),
            payments_overdue: one(deposit),
            unreachable: one(unreachable),
            deadlines_overdue: DigestSection::default(),
            due_today: DigestSection::default(),
        };
        assert_eq!(monday, &expected, "{label}");
        let events = db.app.store().audit_events(linkstar_core::ids::EventId(0), 10_000).await.expect("events");
        assert_eq!(events.iter().filter(|e| e.event.kind == "alerts.digest").count(), 3, "{label}");
    }
}

#[tokio::test]
async fn operator_notices_reach_the_alert_chat_in_the_operators_language() {
    for db in backends().await {
        let label = db.label;
        db.clock.set(ts("2026-10-26T08:00:00Z"));
        let w = fixture(&db).await;
        let words = Arc::new(Localizer::new().expect("messages"));
        let assistant = assistant(&db, words.clone());
        let digest = DigestRunner::new(db.app.clone(), BTreeMap::from([(w.brand, alert_chat())]), Duration::ZERO);
        assert_eq!(digest.round().await.expect("digest"), 1);

        let recorder = Arc::new(Recorder::default());
        *recorder.refuse.lock().expect("lock") = 1;
        let worker = Delivery::new(assistant, recorder.clone(), delivery(w.brand));
        let stop = CancellationToken::new();
        for _ in 0..40 {
            worker.clone().round(&stop).await.expect("round");
            db.clock.set(db.clock.now().checked_add(jiff::SignedDuration::from_secs(2)).expect("later"));
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        let pending = db.app.store().outbox(true, 100).await.expect("pending");
        assert!(
            pending.iter().all(|m| m.recipient != Recipient::Operators(w.brand)),
            "{label}: every operator row went out: {pending:#?}"
        );
        let rows: Vec<_> = db
            .app
            .store()
            .outbox(false, 100)
            .await
            .expect("rows")
            .into_iter()
            .filter(|m| m.recipient == Recipient::Operators(w.brand))
            .collect();
        let ids: Vec<_> = rows.iter().map(|m| m.notice.id()).collect();
        assert_eq!(ids, vec!["counter-received", "draft-submitted", "creator-unreachable", "daily-digest"], "{label}");
        let got = recorder.to("-100777");
        assert_eq!(got.len(), 4, "{label}: each once, after the 429: {got:#?}");
        let zone = alert_chat().zone;
        for (row, text) in rows.iter().zip(&got) {
            assert_eq!(text, &words.notice(&row.notice, Language::JaJp, &zone), "{label}: in order, in Japanese");
        }
        assert!(got[3].starts_with("2026/10/26 の日次ダイジェスト"), "{label}: {}", got[3]);
        assert!(got[2].contains("Ana Lima") && got[2].contains("Telegram"), "{label}: {}", got[2]);
    }
}

#[tokio::test]
async fn a_backlog_of_alerts_waits_for_the_group_s_limit_while_creators_get_theirs() {
    for db in backends().await {
        let label = db.label;
        db.clock.set(ts("2026-10-26T08:00:00Z"));
        let w = fixture(&db).await;
        let assistant = assistant(&db, Arc::new(Localizer::new().expect("messages")));
        // Two posts to the group in ten minutes.
        let limited = || {
            let mut config = delivery(w.brand);
            (config.group_burst, config.group_window) = (2, Duration::from_secs(600));
            let recorder = Arc::new(Recorder::default());
            (recorder.clone(), Delivery::new(assistant.clone(), recorder, config))
        };
        let operator_rows = |pending: bool| {
            let store = db.app.store();
            async move {
                let rows = store.outbox(pending, 100).await.expect("rows");
                rows.into_iter().filter(|m| m.recipient == Recipient::Operators(w.brand)).count()
            }
        };
        assert_eq!(operator_rows(true).await, 3, "{label}: counter-offer, draft, unreachable creator");

        // The third alert waits for the window instead of being refused by Telegram.
        let (recorder, worker) = limited();
        let stop = CancellationToken::new();
        for _ in 0..20 {
            worker.clone().round(&stop).await.expect("round");
            db.clock.set(db.clock.now().checked_add(jiff::SignedDuration::from_secs(2)).expect("later"));
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!(recorder.to("-100777").len(), 2, "{label}: the group's limit");
        assert_eq!(operator_rows(true).await, 1, "{label}: the third alert is still pending");
        assert!(!recorder.to("602").is_empty(), "{label}: Bea's messages went out meanwhile");
        let rows = db.app.store().outbox(false, 100).await.expect("rows");
        assert!(rows.iter().all(|m| m.status != "failed"), "{label}: nothing given up: {rows:#?}");

        // It was put off until the group's window allows it; then it goes out — from a
        // new worker too (as after a restart), since the budget is kept in the database.
        db.clock.set(db.clock.now().checked_add(jiff::SignedDuration::from_secs(600)).expect("later"));
        let (recorder, worker) = limited();
        for _ in 0..5 {
            worker.clone().round(&stop).await.expect("round");
            db.clock.set(db.clock.now().checked_add(jiff::SignedDuration::from_secs(2)).expect("later"));
        }
        assert_eq!(recorder.to("-100777").len(), 1, "{label}");
        assert_eq!(operator_rows(true).await, 0, "{label}");
    }
}
