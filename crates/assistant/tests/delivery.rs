//! The delivery worker's limits, measured where the platform would measure them: at the
//! moment a fake platform receives each message. On every backend, in real time (the
//! limits are about seconds), except the group budget, which runs on a test clock
//! moving a minute per second: a chat's messages are at least a second apart; nothing
//! goes out while a `429`'s `retry_after` runs, to any chat; an alert group gets at most
//! 20 posts in any minute across a restart and with two workers at once; a chat whose
//! send hangs or fails holds up no other chat; and each message is marked sent right
//! after its own answer, while another send still hangs.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use jiff::civil::Time;
use tokio_util::sync::CancellationToken;

use linkstar_app::{App, ChatStore, Clock, Store, SystemClock};
use linkstar_assistant::delivery::{Delivery, DeliveryConfig, SendError, Sender};
use linkstar_assistant::{Assistant, Reply};
use linkstar_core::alerts::AlertChat;
use linkstar_core::checks::FileLimits;
use linkstar_core::ids::{BrandId, CreatorId, DealId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform, Locale, Platform, TimeZoneName};
use linkstar_core::terms::Terms;
use linkstar_core::time::{Timestamp, Window};
use linkstar_i18n::Localizer;
use linkstar_testkit::world::{creator, terms};
use linkstar_testkit::{TestDb, World, backends};

/// One message as the fake platform received it.
#[derive(Debug, Clone)]
struct Got {
    chat: String,
    text: String,
    /// When it arrived (monotonic).
    at: Instant,
    /// When it arrived by the app's clock.
    clock: Timestamp,
    /// When its answer left the fake (monotonic).
    answered: Instant,
    /// The status answered.
    status: u16,
}

/// What the fake answers, per chat and in turn.
#[derive(Default)]
struct Script {
    /// Sends to this chat answer after this long (a hanging request).
    slow: HashMap<String, Duration>,
    /// Sends to this chat answer `500` after this long (teloxide waits after a 5xx).
    failing: HashMap<String, Duration>,
    /// The next sends, to whichever chat, are refused with these `retry_after`s.
    refuse: VecDeque<Duration>,
    /// Every other send answers after this long.
    latency: Duration,
}

/// A fake platform: records every message when it arrives and answers as scripted.
struct Fake {
    clock: Arc<dyn Clock>,
    script: Mutex<Script>,
    log: Mutex<Vec<Got>>,
}

impl Fake {
    fn new(clock: Arc<dyn Clock>, script: Script) -> Arc<Fake> {
        Arc::new(Fake { clock, script: Mutex::new(script), log: Mutex::new(Vec::new()) })
    }

    async fn receive(&self, chat: &str, reply: &Reply) -> Result<(), SendError> {
        let (at, clock) = (Instant::now(), self.clock.now());
        let (wait, answer) = {
            let mut script = self.script.lock().expect("script");
            if let Some(retry) = script.refuse.pop_front() {
                (Duration::ZERO, Err(SendError::RetryAfter(retry)))
            } else if let Some(wait) = script.failing.get(chat) {
                (*wait, Err(SendError::Failed("500 Internal Server Error".into())))
            } else if let Some(wait) = script.slow.get(chat) {
                (*wait, Ok(()))
            } else {
                (script.latency, Ok(()))
            }
        };
        tokio::time::sleep(wait).await;
        let status = match &answer {
            Ok(()) => 200,
            Err(SendError::RetryAfter(_)) => 429,
            Err(_) => 500,
        };
        let got = Got { chat: chat.into(), text: reply.text.clone(), at, clock, answered: Instant::now(), status };
        self.log.lock().expect("log").push(got);
        answer
    }

    fn log(&self) -> Vec<Got> {
        self.log.lock().expect("log").clone()
    }

    fn delivered(&self, chat: &str) -> Vec<Got> {
        self.log().into_iter().filter(|g| g.chat == chat && g.status == 200).collect()
    }
}

#[async_trait]
impl Sender for Fake {
    async fn send(&self, chat: &ChatAccount, reply: &Reply) -> Result<(), SendError> {
        self.receive(&chat.external_id, reply).await
    }

    async fn send_to_group(&self, chat_id: &str, reply: &Reply) -> Result<(), SendError> {
        self.receive(chat_id, reply).await
    }
}

/// The testkit's terms, with their dates moved from the test clock's day to today's.
fn current_terms() -> Terms {
    let mut t = terms(Platform::TikTok);
    let shift = SystemClock.now().duration_since(linkstar_testkit::db::start_time());
    let move_on = |at: Timestamp| at.checked_add(shift).expect("date");
    t.respond_by = move_on(t.respond_by);
    t.draft_due = move_on(t.draft_due);
    t.publish_window = Window::new(move_on(t.publish_window.opens), move_on(t.publish_window.closes)).expect("window");
    t
}

/// The app on the real clock, with `chats` creators each linked to a Telegram chat
/// (`7000 + i`) and holding their invite plus `notes` more messages, "note 1" … in order.
async fn creators(db: &TestDb, chats: usize, notes: usize) -> (App, Vec<(CreatorId, String)>) {
    let app = App::new(db.store.clone(), Arc::new(SystemClock));
    let w = World::seed(&app).await;
    let profiles = (0..chats)
        .map(|i| {
            (i as u64 + 2, creator(&format!("Creator {i}"), Platform::TikTok, &format!("@c.{i}"), "DE", "en", "UTC"))
        })
        .collect();
    let report = app.import_creators(w.admin, profiles).await.expect("import");
    let mut out = Vec::new();
    for (i, id) in report.imported.iter().enumerate() {
        let invite = app.make_offer(w.manager, w.campaign, *id, current_terms()).await.expect("offer");
        let chat = (7000 + i).to_string();
        let account = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.clone() };
        app.link_chat(&account, invite.token.expose()).await.expect("link");
        out.push((*id, chat));
    }
    let mut tx = db.store.begin().await.expect("tx");
    for n in 1..=notes {
        for (id, _) in &out {
            let notice = Notice::DealCancelled { deal: DealId(0), campaign: format!("note {n}") };
            tx.enqueue(Recipient::Creator(*id), &notice, SystemClock.now()).await.expect("enqueue");
        }
    }
    tx.commit().await.expect("commit");
    (app, out)
}

fn worker(db: &TestDb, app: App, fake: Arc<Fake>, config: DeliveryConfig) -> Arc<Delivery> {
    let chats: Arc<dyn ChatStore> = db.store.clone();
    let words = Arc::new(Localizer::new().expect("messages"));
    Delivery::new(Assistant::new(app, chats, words, FileLimits::default()), fake, config)
}

/// Runs `delivery` until `done` says so (or `limit` passes), then stops it.
async fn run_until(delivery: Arc<Delivery>, limit: Duration, done: impl Fn() -> bool) {
    let stop = CancellationToken::new();
    let task = tokio::spawn(delivery.run(stop.clone()));
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < limit, "delivery did not finish within {limit:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.cancel();
    tokio::time::timeout(Duration::from_secs(30), task).await.expect("the worker stops").expect("worker task");
}

/// The most messages in any window of `span` (by `at`).
fn busiest(times: &[Instant], span: Duration) -> usize {
    let mut sorted = times.to_vec();
    sorted.sort();
    (0..sorted.len())
        .map(|i| sorted[i..].iter().take_while(|t| t.duration_since(sorted[i]) < span).count())
        .max()
        .unwrap_or(0)
}

#[tokio::test]
async fn a_chat_s_messages_arrive_a_second_apart_and_the_bot_keeps_its_rate() {
    for db in backends().await {
        let label = db.label;
        let (app, chats) = creators(&db, 6, 3).await;
        // Answers take 60 ms, so a gap taken from the send rather than the answer shows.
        let fake = Fake::new(Arc::new(SystemClock), Script { latency: Duration::from_millis(60), ..Script::default() });
        let mut config = DeliveryConfig::telegram("gaps");
        config.per_second = 5;
        let total = chats.len() * 4;
        let seen = fake.clone();
        run_until(worker(&db, app, fake.clone(), config), Duration::from_secs(60), move || seen.log().len() >= total)
            .await;
        for (_, chat) in &chats {
            let got = fake.delivered(chat);
            assert_eq!(got.len(), 4, "{label}: {chat}");
            assert!(got[0].text.contains("Glow Launch"), "{label}: the invite first");
            for (n, g) in got[1..].iter().enumerate() {
                assert!(g.text.contains(&format!("note {}", n + 1)), "{label}: in order: {:?}", g.text);
            }
            for pair in got.windows(2) {
                let gap = pair[1].at.duration_since(pair[0].at);
                assert!(gap >= Duration::from_secs(1), "{label}: {chat} got two messages {gap:?} apart");
            }
        }
        let times: Vec<Instant> = fake.log().iter().map(|g| g.at).collect();
        let worst = busiest(&times, Duration::from_secs(1));
        assert!(worst <= 5, "{label}: {worst} messages in one second against a limit of 5");
    }
}

#[tokio::test]
async fn nothing_goes_out_to_any_chat_while_a_retry_after_runs() {
    for db in backends().await {
        let label = db.label;
        let (app, chats) = creators(&db, 8, 2).await;
        let script = Script { refuse: VecDeque::from([Duration::from_millis(800)]), ..Script::default() };
        let fake = Fake::new(Arc::new(SystemClock), script);
        let total = chats.len() * 3;
        let seen = fake.clone();
        let delivery = worker(&db, app, fake.clone(), DeliveryConfig::telegram("pause"));
        // A second 429 once the backlog is moving, when sends are waiting for limits.
        let late = fake.clone();
        let refuse_later = tokio::spawn(async move {
            while late.log().len() < 10 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            late.script.lock().expect("script").refuse.push_back(Duration::from_millis(1500));
        });
        run_until(delivery, Duration::from_secs(60), move || {
            seen.log().iter().filter(|g| g.status == 200).count() >= total
        })
        .await;
        refuse_later.await.expect("script task");
        let log = fake.log();
        let refusals: Vec<&Got> = log.iter().filter(|g| g.status == 429).collect();
        assert_eq!(refusals.len(), 2, "{label}");
        for (refusal, retry) in refusals.iter().zip([800, 1500]) {
            // A request already on its way when the 429 came back cannot be recalled:
            // a few milliseconds are allowed for it; nothing after.
            let from = refusal.answered + Duration::from_millis(30);
            let until = refusal.answered + Duration::from_millis(retry);
            let inside: Vec<_> = log.iter().filter(|g| g.at > from && g.at < until).collect();
            assert!(inside.is_empty(), "{label}: sent inside a retry_after of {retry} ms: {inside:#?}");
        }
        for (_, chat) in &chats {
            assert_eq!(fake.delivered(chat).len(), 3, "{label}: {chat} got everything once");
        }
    }
}

#[tokio::test]
async fn a_hanging_or_failing_chat_holds_up_no_other_and_each_message_is_marked_at_its_answer() {
    for db in backends().await {
        let label = db.label;
        let (app, chats) = creators(&db, 5, 2).await;
        // The two oldest rows' chats: one hangs for 8 s, one answers 500 after 6 s.
        let (hanging, failing) = (chats[0].1.clone(), chats[1].1.clone());
        let script = Script {
            slow: HashMap::from([(hanging.clone(), Duration::from_secs(8))]),
            failing: HashMap::from([(failing.clone(), Duration::from_secs(6))]),
            ..Script::default()
        };
        let fake = Fake::new(Arc::new(SystemClock), script);
        let others: Vec<String> = chats[2..].iter().map(|(_, c)| c.clone()).collect();
        let store = db.store.clone();
        let seen = fake.clone();
        let watched = others.clone();
        let started = Instant::now();
        // Watches the database: when each row of the other chats is first seen sent.
        let marked = Arc::new(Mutex::new(BTreeMap::new()));
        let watch = tokio::spawn({
            let marked = marked.clone();
            async move {
                while started.elapsed() < Duration::from_secs(7) {
                    let rows = store.outbox(false, 1_000).await.expect("outbox");
                    let now = Instant::now();
                    {
                        let mut m = marked.lock().expect("marked");
                        for row in rows.iter().filter(|r| r.status == "sent") {
                            m.entry(row.id).or_insert(now);
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            }
        });
        let delivery = worker(&db, app, fake.clone(), DeliveryConfig::telegram("hang"));
        run_until(delivery, Duration::from_secs(60), move || watched.iter().all(|c| seen.delivered(c).len() == 3))
            .await;
        for chat in &others {
            let got = fake.delivered(chat);
            let first = got[0].at.duration_since(started);
            assert!(first < Duration::from_millis(1_500), "{label}: {chat} waited {first:?} for its first message");
            for pair in got.windows(2) {
                // A second's gap after the answer, and no more than a fraction over it.
                let gap = pair[1].at.duration_since(pair[0].answered);
                assert!(gap < Duration::from_millis(1_600), "{label}: {chat} held up {gap:?} behind another chat");
            }
            assert!(got[2].answered.duration_since(started) < Duration::from_secs(5), "{label}: before the slow ones");
        }
        watch.await.expect("watch");
        // Nine rows of the other chats were marked sent within moments of their own
        // answers, while the hanging send was still waiting for its own.
        let log = fake.log();
        let answers: Vec<Instant> = log.iter().filter(|g| others.contains(&g.chat)).map(|g| g.answered).collect();
        let marks: Vec<Instant> = marked.lock().expect("marked").values().copied().collect();
        assert_eq!(marks.len(), answers.len(), "{label}: every answered row is marked, and only those");
        let mut answers = answers;
        answers.sort();
        let mut marks = marks;
        marks.sort();
        for (answer, mark) in answers.iter().zip(&marks) {
            let lag = mark.saturating_duration_since(*answer);
            assert!(lag < Duration::from_millis(250), "{label}: marked {lag:?} after its answer");
        }
        let last_other = log.iter().filter(|g| others.contains(&g.chat)).map(|g| g.answered).max().expect("sent");
        let hung = fake.delivered(&hanging);
        assert!(hung.iter().all(|g| g.answered > last_other), "{label}: the others went while one send hung");
        assert!(fake.delivered(&failing).is_empty(), "{label}: the failing chat still waits for its retry");
    }
}

/// The test clock, moving twenty seconds of app time per real second while the test runs.
fn fast_clock(db: &TestDb) -> (tokio::task::JoinHandle<()>, CancellationToken) {
    let stop = CancellationToken::new();
    let clock = db.clock.clone();
    let ticking = stop.clone();
    let task = tokio::spawn(async move {
        while !ticking.is_cancelled() {
            tokio::time::sleep(Duration::from_millis(10)).await;
            clock.set(clock.now().checked_add(jiff::SignedDuration::from_millis(200)).expect("later"));
        }
    });
    (task, stop)
}

fn alert_chat() -> AlertChat {
    AlertChat {
        platform: ChatPlatform::Telegram,
        chat_id: "-100777".into(),
        locale: Locale::parse("en-US").expect("locale"),
        zone: TimeZoneName::parse("UTC").expect("zone"),
        digest_at: Time::constant(9, 0, 0, 0),
    }
}

fn group_worker(db: &TestDb, brand: BrandId, fake: Arc<Fake>, owner: &str) -> Arc<Delivery> {
    let mut config = DeliveryConfig::telegram(owner);
    // The group's budget, not its one-second gap, is what this test is about.
    config.per_chat_gap = Duration::from_millis(10);
    // Polls often: the clock runs twenty times as fast as real time.
    config.idle_poll = Duration::from_millis(20);
    config.operator_chats = BTreeMap::from([(brand, alert_chat())]);
    worker(db, db.app.clone(), fake, config)
}

#[tokio::test]
async fn an_alert_group_gets_at_most_20_a_minute_across_a_restart_and_two_workers() {
    for db in backends().await {
        let label = db.label;
        let w = World::seed(&db.app).await;
        let mut tx = db.store.begin().await.expect("tx");
        for i in 0..70 {
            let notice = Notice::OfferDeclined { deal: DealId(i), creator: format!("Creator {i}") };
            tx.enqueue(Recipient::Operators(w.brand), &notice, db.clock.now()).await.expect("enqueue");
        }
        tx.commit().await.expect("commit");
        let (ticker, stop_clock) = fast_clock(&db);
        let fake = Fake::new(db.clock.clone(), Script::default());

        // The first worker sends the first minute's twenty, then stops (a restart).
        let seen = fake.clone();
        run_until(group_worker(&db, w.brand, fake.clone(), "first"), Duration::from_secs(30), move || {
            seen.log().len() >= 20
        })
        .await;
        let after_first = fake.log().len();
        // Two new workers, at once, on the same database, for the rest.
        let seen = fake.clone();
        let both = {
            let (a, b) =
                (group_worker(&db, w.brand, fake.clone(), "second"), group_worker(&db, w.brand, fake.clone(), "third"));
            let stop = CancellationToken::new();
            let tasks = [tokio::spawn(a.run(stop.clone())), tokio::spawn(b.run(stop.clone()))];
            let started = Instant::now();
            while seen.log().len() < 70 {
                assert!(started.elapsed() < Duration::from_secs(30), "{label}: alerts stalled at {}", seen.log().len());
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            stop.cancel();
            tasks
        };
        for task in both {
            task.await.expect("worker");
        }
        stop_clock.cancel();
        ticker.await.expect("clock");

        let log = fake.log();
        assert!(after_first >= 20, "{label}");
        assert_eq!(log.len(), 70, "{label}: each alert once");
        let mut times: Vec<Timestamp> = log.iter().map(|g| g.clock).collect();
        times.sort();
        for (i, start) in times.iter().enumerate() {
            let minute = start.checked_add(jiff::SignedDuration::from_secs(60)).expect("later");
            let within = times[i..].iter().take_while(|t| **t < minute).count();
            assert!(within <= 20, "{label}: {within} posts within a minute from {start}");
        }
        // The budget is what paced them: about 20 a minute, no slower.
        let span = times[times.len() - 1].duration_since(times[0]);
        assert!(span < jiff::SignedDuration::from_secs(60 * 5), "{label}: 70 alerts took {span:?}");
        let pending = db.app.store().outbox(true, 100).await.expect("pending");
        assert!(pending.is_empty(), "{label}: {pending:#?}");
    }
}

#[tokio::test]
async fn a_lease_outlives_a_send_in_flight_so_another_worker_never_repeats_it() {
    for db in backends().await {
        let label = db.label;
        let (app, chats) = creators(&db, 3, 0).await;
        let slow = chats[0].1.clone();
        let script = Script { slow: HashMap::from([(slow.clone(), Duration::from_secs(4))]), ..Script::default() };
        let fake = Fake::new(Arc::new(SystemClock), script);
        // Leases four times shorter than the slow send: only renewal keeps the row.
        let config = |owner: &str| DeliveryConfig { lease: Duration::from_secs(1), ..DeliveryConfig::telegram(owner) };
        let stop = CancellationToken::new();
        let one = tokio::spawn(worker(&db, app.clone(), fake.clone(), config("one")).run(stop.clone()));
        tokio::time::sleep(Duration::from_millis(100)).await;
        let two = tokio::spawn(worker(&db, app, fake.clone(), config("two")).run(stop.clone()));
        let started = Instant::now();
        while fake.delivered(&slow).is_empty() {
            assert!(started.elapsed() < Duration::from_secs(30), "{label}: the slow send never came back");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        // Well past the lease: a row taken over would have gone out again by now.
        tokio::time::sleep(Duration::from_secs(2)).await;
        stop.cancel();
        one.await.expect("one");
        two.await.expect("two");
        for (_, chat) in &chats {
            assert_eq!(fake.delivered(chat).len(), 1, "{label}: {chat} got its message once");
        }
    }
}
