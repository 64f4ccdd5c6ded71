//! Reminders through the real `linkstar serve` against the fake Bot API, on the system
//! clock: a draft due a day and a few seconds from now gets its 24-hour reminder almost
//! at once, in the creator's language with the deadline in their local time, exactly
//! once — even when `serve` is killed while the reminder is in flight and started again,
//! twice. On PostgreSQL (when `LINKSTAR_TEST_POSTGRES_URL` is set) two `serve` processes
//! on one database send every reminder of several creators exactly once in total.
//!
//! With its clock moved forward by libfaketime (issue 14), one `serve` sends a quiet
//! creator every planned draft reminder once, at the planned local time, and expires a
//! negotiation the brand never answered after reminding its operators.
//!
//! The creators' zones are picked from the current UTC time (an `Etc/GMT±N` zone) so the
//! moment a reminder falls due is daytime for them, outside their quiet hours.

mod support;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use linkstar_app::Store;
use linkstar_app::schedule_port::ScheduleStore;
use linkstar_core::ids::{CreatorId, DealId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform, Locale, Platform, TimeZoneName};
use linkstar_core::reminder::{Action, DeadlineKind};
use linkstar_core::terms::Terms;
use linkstar_core::time::Window;
use linkstar_i18n::Language;
use linkstar_testkit::telegram::Fault;
use linkstar_testkit::world::{creator, terms};
use support::{Harness, WAIT};

/// The `Etc/GMT±N` zone in which `at` falls in the local hour `hour` (09–20 keeps it out
/// of the default quiet hours 22:00–08:00). `Etc/GMT-5` is five hours *ahead* of UTC.
fn zone_where(at: Timestamp, hour: i64) -> TimeZoneName {
    let utc_hour = i64::from(at.to_zoned_datetime(jiff::tz::TimeZone::UTC).hour());
    let mut offset = (hour - utc_hour).rem_euclid(24);
    if offset > 14 {
        offset -= 24;
    }
    let name = match offset {
        0 => "Etc/GMT".to_string(),
        o if o > 0 => format!("Etc/GMT-{o}"),
        o => format!("Etc/GMT+{}", -o),
    };
    let zone = TimeZoneName::parse(&name).expect("zone");
    let local = at.to_zoned_datetime(zone.zone()).hour();
    assert!((9..=20).contains(&local), "{name} puts {at} at {local}:xx");
    zone
}

/// Now, to the millisecond the database keeps.
fn now_ms() -> Timestamp {
    Timestamp::from_millisecond(Timestamp::now().as_millisecond()).expect("instant")
}

/// A creator in the pool who prefers `locale` and lives in `zone`.
async fn creator_in(h: &Harness, name: &str, handle: &str, locale: &str, zone: &TimeZoneName) -> CreatorId {
    let mut profile = creator(name, Platform::TikTok, handle, "ES", "en", zone.as_str());
    profile.preferred_locale = Some(Locale::parse(locale).expect("locale"));
    let report = h.app.import_creators(h.world.admin, vec![(2, profile)]).await.expect("import");
    report.imported[0]
}

/// The test world's terms with the draft due at `draft_due` (answerable for an hour,
/// published later).
fn terms_due(draft_due: Timestamp) -> Terms {
    let after = |days: i64| draft_due.checked_add(SignedDuration::from_hours(24 * days)).expect("date");
    let mut t = terms(Platform::TikTok);
    t.respond_by = Timestamp::now().checked_add(SignedDuration::from_hours(1)).expect("date");
    t.draft_due = draft_due;
    t.publish_window = Window::new(after(2), after(10)).expect("window");
    t
}

/// An offer the creator linked from Telegram chat `chat` and accepted: the contract's
/// replanning schedules the draft-due reminders.
async fn contracted(h: &Harness, who: CreatorId, chat: i64, draft_due: Timestamp) -> DealId {
    let t = terms_due(draft_due);
    let offer = h.app.make_offer(h.world.manager, h.world.campaign, who, t.clone()).await.expect("offer");
    let account = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.to_string() };
    h.app.link_chat(&account, offer.token.expose()).await.expect("link");
    h.app.accept_offer(&account, offer.deal_id, t.fingerprint()).await.expect("accept");
    offer.deal_id
}

/// The 24-hour draft reminder as the creator must read it.
fn reminder_text(h: &Harness, deal: DealId, due: Timestamp, language: Language, zone: &TimeZoneName) -> String {
    let notice = Notice::Reminder { deal, campaign: "Glow Launch".into(), deadline: DeadlineKind::DraftDue, due };
    let sent = due.checked_sub(SignedDuration::from_hours(24)).expect("sent");
    h.words.notice_at(&notice, sent, language, zone)
}

fn copies(h: &Harness, chat: i64, text: &str) -> usize {
    h.fake.sent_to(chat).iter().filter(|m| m.text == text).count()
}

/// Waits until `chat` got `text`.
async fn arrives(h: &Harness, chat: i64, text: &str) {
    let deadline = Instant::now() + WAIT;
    while copies(h, chat, text) == 0 {
        assert!(Instant::now() < deadline, "chat {chat} never got {text:?}; it got {:#?}", h.fake.sent_to(chat));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `serve` is back (a new `getUpdates` call arrived) and then for longer than
/// a scheduler poll (5 s), so a reminder it would send twice would have gone out.
async fn serve_ran_a_while(h: &Harness) {
    let polls = || h.fake.calls().iter().filter(|c| c.method == "getUpdates").count();
    let before = polls();
    let deadline = Instant::now() + WAIT;
    while polls() == before {
        assert!(Instant::now() < deadline, "serve never polled for updates");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(7)).await;
}

/// The creator's reminder rows in the outbox.
async fn queued_reminders(h: &Harness, who: CreatorId) -> Vec<String> {
    let rows = h.store.outbox(false, 10_000).await.expect("outbox");
    rows.into_iter()
        .filter(|m| m.recipient == Recipient::Creator(who) && matches!(m.notice, Notice::Reminder { .. }))
        .map(|m| m.status)
        .collect()
}

#[tokio::test]
async fn a_due_reminder_reaches_the_creator_once_across_a_crash_in_the_middle_of_sending() {
    let mut h = Harness::new().await;
    let send_at = now_ms().checked_add(SignedDuration::from_secs(20)).expect("instant");
    let due = send_at.checked_add(SignedDuration::from_hours(24)).expect("instant");
    let zone = zone_where(send_at, 14);
    let ines = creator_in(&h, "Inés Ortega", "@ines.ortega", "es-ES", &zone).await;
    let deal = contracted(&h, ines, 3001, due).await;
    let rows = ScheduleStore::pending_reminders(h.store.as_ref(), deal).await.expect("rows");
    assert!(
        rows.iter().any(|r| r.planned.action == Action::Remind(DeadlineKind::DraftDue) && r.planned.send_at == send_at),
        "the 24-hour reminder is planned at {send_at}: {rows:#?}"
    );
    let text = reminder_text(&h, deal, due, Language::EsEs, &zone);
    let local = due.to_zoned_datetime(zone.zone());
    assert!(text.starts_with("Recordatorio"), "{text}");
    assert!(text.contains(&format!("{}:{:02}", local.hour(), local.minute())), "local time in {text}");
    assert!(text.contains("24 horas"), "{text}");
    assert_ne!(text, reminder_text(&h, deal, due, Language::EnUs, &zone));

    // The send hangs until `serve` is killed; a minute-long client timeout keeps it
    // hanging, and a short delivery lease lets the next process take the row over.
    h.env("LINKSTAR_TELEGRAM_TIMEOUT_SECS", "60");
    h.env("LINKSTAR_DELIVERY_LEASE_SECS", "3");
    h.start();
    h.outbox_drained().await; // the invite, the contract and the deposit
    assert_eq!(copies(&h, 3001, &text), 0);
    assert!(Timestamp::now() < send_at, "the machine was too slow to set the fault before the reminder was due");
    h.fake.fault("sendMessage", Fault::Timeout(Duration::from_secs(120)), 1);
    let deadline = Instant::now() + WAIT;
    loop {
        let hanging = h.fake.calls().into_iter().find(|c| c.method == "sendMessage" && c.status == 504);
        if let Some(call) = hanging {
            assert_eq!(call.params["chat_id"], 3001);
            assert_eq!(call.params["text"], text.as_str());
            break;
        }
        assert!(Instant::now() < deadline, "the reminder was never sent: {:#?}", h.fake.sent_to(3001));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    h.kill();
    assert_eq!(copies(&h, 3001, &text), 0);
    assert_eq!(queued_reminders(&h, ines).await, ["pending"], "queued once, not yet sent");

    // Restarted (with the harness's usual 2 s client timeout), `serve` delivers the
    // queued reminder once and plans nothing again.
    h.env.retain(|(k, _)| k != "LINKSTAR_TELEGRAM_TIMEOUT_SECS");
    h.start();
    arrives(&h, 3001, &text).await;
    serve_ran_a_while(&h).await;
    assert_eq!(copies(&h, 3001, &text), 1, "{:#?}", h.fake.sent_to(3001));

    // Killed and started once more: still once.
    h.kill();
    h.start();
    serve_ran_a_while(&h).await;
    h.stop();
    assert_eq!(copies(&h, 3001, &text), 1, "{:#?}", h.fake.sent_to(3001));
    assert_eq!(queued_reminders(&h, ines).await, ["sent"]);
    let texts: Vec<String> = h.fake.sent_to(3001).into_iter().map(|m| m.text).collect();
    for (i, t) in texts.iter().enumerate() {
        assert!(!texts[..i].contains(t), "sent twice: {t}");
    }
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

#[tokio::test]
async fn two_serve_processes_on_one_postgresql_database_send_every_reminder_once() {
    let Some(mut h) = Harness::postgres().await else {
        eprintln!("skipped: set LINKSTAR_TEST_POSTGRES_URL to run it");
        return;
    };
    let readers = [
        ("Inés Ortega", "@ines.ortega", "es-ES", Language::EsEs),
        ("Sato Yui", "@sato.yui", "ja-JP", Language::JaJp),
        ("Jonas Weber", "@jonas.weber", "de-DE", Language::DeDe),
        ("Lucas Costa", "@lucas.costa", "pt-BR", Language::PtBr),
        ("Chloé Martin", "@chloe.martin", "fr-FR", Language::FrFr),
        ("Nguyen Lan", "@nguyen.lan", "vi-VN", Language::ViVn),
    ];
    let start = now_ms();
    let mut wanted = Vec::new();
    for (i, (name, handle, locale, language)) in readers.into_iter().enumerate() {
        let n = i64::try_from(i).expect("small");
        // Due over a few seconds, so both processes' rounds meet due rows.
        let send_at = start.checked_add(SignedDuration::from_secs(15 + 2 * n)).expect("instant");
        let due = send_at.checked_add(SignedDuration::from_hours(24)).expect("instant");
        let zone = zone_where(send_at, 9 + 2 * n);
        let who = creator_in(&h, name, handle, locale, &zone).await;
        let chat = 4001 + n;
        let deal = contracted(&h, who, chat, due).await;
        wanted.push((who, chat, reminder_text(&h, deal, due, language, &zone)));
    }
    h.start();
    h.start();
    for (_, chat, text) in &wanted {
        arrives(&h, *chat, text).await;
    }
    h.outbox_drained().await;
    tokio::time::sleep(Duration::from_secs(7)).await; // more than a scheduler poll
    h.stop();
    for (who, chat, text) in &wanted {
        assert_eq!(copies(&h, *chat, text), 1, "{:#?}", h.fake.sent_to(*chat));
        assert_eq!(queued_reminders(&h, *who).await, ["sent"]);
        // Nothing else went out twice either (invite, contract, deposit).
        let texts: Vec<String> = h.fake.sent_to(*chat).into_iter().map(|m| m.text).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!texts[..i].contains(t), "chat {chat} got twice: {t}");
        }
    }
    let sends = h.store.audit_events(linkstar_core::ids::EventId(0), 1_000_000).await.expect("events");
    assert_eq!(sends.iter().filter(|e| e.event.kind == "reminder.send").count(), wanted.len());
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

/// libfaketime's preload library (Debian's and Ubuntu's `faketime` package), if installed.
/// CI installs it (.ci/run), so there a missing library is a failure, not a skip.
fn libfaketime() -> Option<PathBuf> {
    let candidates = [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1",
        "/usr/lib/faketime/libfaketimeMT.so.1",
        "/usr/local/lib/faketime/libfaketimeMT.so.1",
    ];
    let found = candidates.iter().map(PathBuf::from).find(|p| p.exists());
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "libfaketime is needed to move serve's clock in CI");
        eprintln!("libfaketime is not installed (apt-get install faketime); skipping");
    }
    found
}

/// `serve`'s clock, moved through libfaketime: the offset from the real time is read
/// from a file at every clock read (`FAKETIME_NO_CACHE`), so the test moves it while
/// `serve` runs. Only the wall clock moves; timers keep the real monotonic clock.
struct FakeClock {
    file: PathBuf,
}

impl FakeClock {
    fn install(h: &mut Harness, library: &std::path::Path) -> FakeClock {
        let file = h.dir.path().join("faketime");
        std::fs::write(&file, "+0\n").expect("faketime file");
        h.env("LD_PRELOAD", library.to_str().expect("path"));
        h.env("FAKETIME_TIMESTAMP_FILE", file.to_str().expect("path"));
        h.env("FAKETIME_NO_CACHE", "1");
        h.env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        FakeClock { file }
    }

    /// Moves `serve`'s clock so that it reads `at` now (and runs on from there).
    fn move_to(&self, at: Timestamp) {
        let offset = at.duration_since(Timestamp::now()).as_secs_f64();
        std::fs::write(&self.file, format!("{offset:+.3}\n")).expect("faketime file");
    }
}

const ALERT_GROUP: i64 = -1_009_876_543_210;

/// Waits until `chat` got `text`.
async fn gets(h: &Harness, chat: i64, text: &str) {
    let deadline = Instant::now() + WAIT;
    while copies(h, chat, text) == 0 {
        let got: Vec<String> = h.fake.sent_to(chat).into_iter().map(|m| m.text).collect();
        assert!(Instant::now() < deadline, "chat {chat} never got {text:?}; it got {got:#?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn with_the_clock_moved_forward_every_reminder_arrives_once_on_time_and_a_negotiation_expires() {
    let Some(library) = libfaketime() else { return };
    let mut h = Harness::new().await;
    let clock = FakeClock::install(&mut h, &library);
    let paris = TimeZoneName::parse("Europe/Paris").expect("zone");
    h.env("LINKSTAR_ALERTS", &format!("{{telegram_chat={ALERT_GROUP},language=\"fr-FR\",time_zone=\"Europe/Paris\"}}"));

    // Inés accepts a draft due in three days and a half hour (14:00 her time,
    // sub-millisecond digits and all, as a real clock reads) and goes quiet. The half
    // hour keeps her reminders apart from the negotiation's steps below.
    let due = Timestamp::now().checked_add(SignedDuration::from_mins(72 * 60 + 30)).expect("instant");
    let zone = zone_where(due, 14);
    let ines = creator_in(&h, "Inés Ortega", "@ines.ortega", "es-ES", &zone).await;
    let deal = contracted(&h, ines, 3101, due).await;
    let due = linkstar_core::time::at_storage_precision(due);
    let rows = ScheduleStore::pending_reminders(h.store.as_ref(), deal).await.expect("rows");
    let planned: Vec<Timestamp> = rows
        .iter()
        .filter(|r| r.planned.action == Action::Remind(DeadlineKind::DraftDue))
        .map(|r| r.planned.send_at)
        .collect();
    assert_eq!(planned.len(), 4, "48 h, 24 h, at, 24 h overdue: {rows:#?}");
    assert!(rows.iter().all(|r| r.planned.action != Action::Remind(DeadlineKind::DraftDue) || r.planned.due == due));

    // Sato proposes another fee; the brand has 48 hours to answer and never does.
    let sato = creator_in(&h, "Sato Yui", "@sato.yui", "ja-JP", &zone).await;
    let offer = h.offer(sato, Platform::TikTok).await;
    let sato_chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "3102".into() };
    h.app.link_chat(&sato_chat, offer.token.expose()).await.expect("link");
    let fee = linkstar_core::money::Money::new(90_000, h.terms(Platform::TikTok).fee.currency);
    h.app.counter_offer(&sato_chat, offer.deal_id, fee).await.expect("counter");
    let rows = ScheduleStore::pending_reminders(h.store.as_ref(), offer.deal_id).await.expect("rows");
    let [remind, expire] = [Action::RemindCounter, Action::Expire]
        .map(|a| rows.iter().find(|r| r.planned.action == a).map(|r| r.planned).expect("planned"));
    let answer_by = expire.due;

    h.start();
    h.outbox_drained().await; // invites, contract, deposit
    let reminder = |send_at: Timestamp| {
        let notice = Notice::Reminder { deal, campaign: "Glow Launch".into(), deadline: DeadlineKind::DraftDue, due };
        h.words.notice_at(&notice, send_at, Language::EsEs, &zone)
    };
    let pending = Notice::CounterPending { deal: offer.deal_id, creator: "Sato Yui".into(), fee, due: answer_by };
    let pending = h.words.notice_at(&pending, remind.send_at, Language::FrFr, &paris);
    let expired = Notice::NegotiationExpired { deal: offer.deal_id, campaign: "Glow Launch".into(), fee };
    let expired = h.words.notice(&expired, Language::JaJp, &zone);
    assert!(expired.contains("失効"), "{expired}");
    let told = Notice::CounterExpired { deal: offer.deal_id, creator: "Sato Yui".into(), fee };
    let told = h.words.notice(&told, Language::FrFr, &paris);

    // Each step: serve's clock is moved to three seconds before the instant, and the
    // message arrives once the instant has come.
    let mut steps: Vec<(Timestamp, i64, String)> = planned.iter().map(|at| (*at, 3101, reminder(*at))).collect();
    steps.push((remind.send_at, ALERT_GROUP, pending.clone()));
    steps.push((answer_by, 3102, expired.clone()));
    steps.sort_by_key(|s| s.0);
    for (at, chat, text) in &steps {
        clock.move_to(at.checked_sub(SignedDuration::from_secs(3)).expect("instant"));
        assert_eq!(copies(&h, *chat, text), 0, "sent before its time: {text}");
        gets(&h, *chat, text).await;
    }
    gets(&h, ALERT_GROUP, &told).await;
    tokio::time::sleep(Duration::from_secs(7)).await; // more than a scheduler poll
    h.stop();

    // Once each, and at the planned instant — 14:00 in Inés's zone — not before.
    for (_, chat, text) in &steps {
        assert_eq!(copies(&h, *chat, text), 1, "{:#?}", h.fake.sent_to(*chat));
    }
    assert_eq!(copies(&h, ALERT_GROUP, &told), 1);
    let events = h.store.audit_events(linkstar_core::ids::EventId(0), 1_000_000).await.expect("events");
    let sent: Vec<Timestamp> = events
        .iter()
        .filter(|e| e.event.kind == "reminder.send" && e.event.deal_id == Some(deal))
        .map(|e| e.event.at)
        .collect();
    assert_eq!(sent.len(), 4, "{sent:?}");
    for (at, planned) in sent.iter().zip(&planned) {
        let late = at.duration_since(*planned);
        assert!(late >= SignedDuration::ZERO && late < SignedDuration::from_secs(20), "{at} for {planned}");
        assert_eq!(planned.to_zoned_datetime(zone.zone()).hour(), 14, "{planned}");
    }
    let kinds =
        |deal_id| events.iter().filter(move |e| e.event.deal_id == Some(deal_id)).map(|e| e.event.kind.as_str());
    assert_eq!(kinds(offer.deal_id).filter(|k| *k == "counter.reminder").count(), 1);
    assert_eq!(kinds(offer.deal_id).filter(|k| *k == "deal.expire").count(), 1);
    assert_eq!(h.stage(offer.deal_id).await, linkstar_core::stage::Stage::Expired);
    assert_eq!(queued_reminders(&h, ines).await, ["sent"; 4]);
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}
