//! The delivery worker in `linkstar serve` against a misbehaving fake Bot API: faults
//! delay messages but lose none, a blocked chat is marked unreachable and gets its
//! messages when the creator writes again, and a worker killed mid-delivery and
//! restarted ends with every message sent, none twice.

mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use linkstar_app::{ChatStore, Store};
use linkstar_core::ids::{CreatorId, EventId};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_testkit::telegram::Fault;
use support::{Harness, WAIT};

/// `n` creators, each with a linked chat (`5000 + i`) and an offer queued for it.
async fn linked_creators(h: &Harness, n: usize) -> Vec<(CreatorId, i64)> {
    let mut out = Vec::new();
    for i in 0..n {
        let handle = format!("@creator.{i}");
        let id = h.add_creator(&format!("Creator {i}"), Platform::TikTok, &handle, "DE", "Europe/Berlin").await;
        let inv = h.offer(id, Platform::TikTok).await;
        let chat = 5000 + i as i64;
        let account = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.to_string() };
        h.app.link_chat(&account, inv.token.expose()).await.expect("link");
        out.push((id, chat));
    }
    out
}

/// Waits until every chat has a message; returns how many each got.
async fn delivered(h: &Harness, chats: &[(CreatorId, i64)]) -> HashMap<i64, usize> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let counts: HashMap<i64, usize> = chats.iter().map(|(_, c)| (*c, h.fake.sent_to(*c).len())).collect();
        if counts.values().all(|n| *n >= 1) {
            return counts;
        }
        assert!(Instant::now() < deadline, "undelivered: {counts:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn api_faults_delay_delivery_but_lose_nothing() {
    let mut h = Harness::new().await;
    let chats = linked_creators(&h, 6).await;
    h.fake.fault("sendMessage", Fault::RetryAfter(1), 1);
    h.fake.fault("sendMessage", Fault::ServerError, 2);
    h.fake.fault("sendMessage", Fault::Timeout(Duration::from_secs(3)), 1);
    h.fake.fault("sendMessage", Fault::Slow(Duration::from_millis(500)), 2);
    let started = Instant::now();
    h.start();
    let counts = delivered(&h, &chats).await;
    h.outbox_drained().await;
    assert!(started.elapsed() > Duration::from_secs(1), "faults delay delivery");
    assert!(counts.values().all(|n| *n == 1), "each message exactly once: {counts:?}");
    let statuses: Vec<u16> = h.fake.calls().iter().filter(|c| c.method == "sendMessage").map(|c| c.status).collect();
    for status in [429, 500, 504] {
        assert!(statuses.contains(&status), "{status} was injected: {statuses:?}");
    }
    let rows = h.store.outbox(false, 1000).await.expect("outbox");
    assert!(
        rows.iter()
            .filter(|r| matches!(r.recipient, linkstar_core::message::Recipient::Creator(_)))
            .all(|r| r.status == "sent")
    );
    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

#[tokio::test]
async fn a_blocked_chat_is_marked_unreachable_and_served_when_back() {
    let mut h = Harness::new().await;
    let chats = linked_creators(&h, 2).await;
    let (blocked_creator, blocked) = chats[0];
    h.fake.block(blocked);
    h.start();
    h.fake.wait_for_messages(chats[1].1, 1, WAIT).await;
    let account = ChatAccount { platform: ChatPlatform::Telegram, external_id: blocked.to_string() };
    let deadline = Instant::now() + WAIT;
    loop {
        let (_, unreachable) = h.store.chat_creator(&account).await.expect("read").expect("linked");
        if unreachable {
            break;
        }
        assert!(Instant::now() < deadline, "the blocked chat was never marked unreachable");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let events = h.store.audit_events(EventId(0), 100_000).await.expect("events");
    assert!(events.iter().any(|e| e.event.kind == "chat.unreachable"), "operators see it in the activity feed");
    assert!(h.fake.sent_to(blocked).is_empty());
    let pending = h.store.outbox(true, 100).await.expect("outbox");
    assert!(
        pending.iter().any(|m| m.recipient == linkstar_core::message::Recipient::Creator(blocked_creator)),
        "the message waits"
    );

    // The creator unblocks the bot and writes: the waiting message goes out.
    h.fake.unblock(blocked);
    h.fake.text(blocked, Some("de"), "/status");
    let got = h.fake.wait_for_messages(blocked, 2, WAIT).await;
    assert!(got.iter().any(|m| m.buttons.len() == 4), "the invite card arrived: {got:#?}");
    h.stop();
}

#[tokio::test]
async fn a_worker_killed_mid_delivery_and_restarted_sends_everything_once() {
    let mut h = Harness::new().await;
    h.env("LINKSTAR_DELIVERY_PER_SECOND", "10");
    h.env("LINKSTAR_DELIVERY_LEASE_SECS", "2");
    let chats = linked_creators(&h, 40).await;
    h.start();
    let deadline = Instant::now() + WAIT;
    while h.fake.sent_times().len() < 12 {
        assert!(Instant::now() < deadline, "nothing was sent");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // From now on the Bot API hangs without delivering, so the kill lands with sends in
    // flight and rows leased, but outside the documented at-least-once window (the
    // milliseconds between the API accepting a message and the row being marked sent):
    // a kill inside it would rightly cause one resend and make "none twice" luck.
    h.fake.fault("sendMessage", Fault::Timeout(Duration::from_secs(30)), 1_000);
    let mut stable_since = Instant::now();
    let mut last = (usize::MAX, usize::MAX);
    loop {
        let accepted = h.fake.sent_times().len();
        let marked = h.store.outbox(false, 10_000).await.expect("outbox").iter().filter(|m| m.status == "sent").count();
        if (accepted, marked) != last {
            last = (accepted, marked);
            stable_since = Instant::now();
        } else if marked >= accepted && stable_since.elapsed() > Duration::from_millis(500) {
            break;
        }
        assert!(Instant::now() < deadline, "sends were never marked");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    h.kill();
    h.fake.clear_faults();
    let at_kill = h.fake.sent_times().len();
    assert!(at_kill < 40, "killed mid-delivery ({at_kill} of 40 sent)");
    h.start();
    let counts = delivered(&h, &chats).await;
    h.outbox_drained().await;
    h.stop();
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    assert_eq!(counts.len(), 40);
}
