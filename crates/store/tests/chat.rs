//! The contract of the assistant's storage on every backend: processed updates,
//! conversations, and the outbox lease loop (claims exclusive, one row per creator in
//! order, leases that run out, retries, failures, unreachable chats skipped).

use std::collections::HashSet;
use std::sync::Arc;

use linkstar_app::chat_port::{BudgetGrant, ChatBudget, ChatStore, Conversation, OutboxClaim};
use linkstar_app::{Clock, Store};
use linkstar_core::ids::OutboxId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::time::Timestamp;
use linkstar_store::SqlStore;
use linkstar_testkit::world::terms;
use linkstar_testkit::{World, backends};

/// `ms` after the test clock's start, at the millisecond the store keeps.
fn at(ms: i64) -> Timestamp {
    let instant = linkstar_testkit::db::start_time().checked_add(jiff::SignedDuration::from_millis(ms));
    linkstar_core::time::at_storage_precision(instant.expect("instant"))
}

fn claim(owner: &str, now: Timestamp, limit: u32) -> OutboxClaim<'_> {
    OutboxClaim {
        owner,
        platform: ChatPlatform::Telegram,
        operators: &[],
        now,
        lease_until: now.checked_add(jiff::SignedDuration::from_secs(30)).expect("lease"),
        limit,
    }
}

#[tokio::test]
async fn updates_are_claimed_once_and_conversations_are_kept() {
    for db in backends().await {
        let store: &SqlStore = &db.store;
        assert!(store.claim_update(ChatPlatform::Telegram, "41", at(0)).await.expect("claim"));
        assert!(!store.claim_update(ChatPlatform::Telegram, "41", at(1)).await.expect("again"), "{}", db.label);
        assert!(store.claim_update(ChatPlatform::Discord, "41", at(1)).await.expect("other platform"));

        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "77".into() };
        assert_eq!(store.conversation(&chat).await.expect("read"), None);
        let c = Conversation { state: r#"{"step":"idle"}"#.into(), language_code: Some("es".into()) };
        store.save_conversation(&chat, &c, at(0)).await.expect("save");
        let c2 = Conversation { state: r#"{"step":"awaiting_fee","deal":3}"#.into(), language_code: None };
        store.save_conversation(&chat, &c2, at(1)).await.expect("update");
        assert_eq!(store.conversation(&chat).await.expect("read"), Some(c2), "{}", db.label);
    }
}

#[tokio::test]
async fn the_outbox_lease_loop() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let store: Arc<SqlStore> = db.store.clone();
        // Ana: linked, with the invite, then acceptance notices. Bea: an offer, no chat yet.
        let (deal, chat) = w.linked_offer(&db.app, "9001").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer bea");
        let now = db.clock.now();

        // One row per creator, the oldest; Bea has no chat, so none of hers.
        let first = store.claim_outbox(&claim("a", now, 10)).await.expect("claim");
        assert_eq!(first.len(), 1, "{}: {first:?}", db.label);
        assert_eq!(first[0].notice.id(), "invite");
        assert_eq!(first[0].recipient, Recipient::Creator(w.ana));
        assert!(store.claim_outbox(&claim("b", now, 10)).await.expect("claim").is_empty(), "leased and in order");

        // Sent: the next one comes; a retry later holds the rest back until it is due.
        store.outbox_sent(first[0].id, now).await.expect("sent");
        let second = store.claim_outbox(&claim("b", now, 10)).await.expect("claim");
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].notice.id(), "contract-confirmed");
        store.outbox_retry(second[0].id, at(5_000), true, "500").await.expect("retry");
        assert!(store.claim_outbox(&claim("b", now, 10)).await.expect("claim").is_empty());
        let again = store.claim_outbox(&claim("b", at(5_000), 10)).await.expect("claim");
        assert_eq!((again[0].id, again[0].attempts), (second[0].id, 1), "{}", db.label);

        // A lease that ran out (the worker died) is claimable by another worker.
        let later = at(5_000 + 31_000);
        let taken = store.claim_outbox(&claim("c", later, 10)).await.expect("claim");
        assert_eq!(taken[0].id, second[0].id);
        store.outbox_failed(taken[0].id, "gave up").await.expect("failed");
        let next = store.claim_outbox(&claim("c", later, 10)).await.expect("claim");
        assert_eq!(next[0].notice.id(), "payment-scheduled", "a failed row no longer blocks the chat");

        // An unreachable chat gets nothing until it is reachable again.
        store.outbox_retry(next[0].id, later, false, "").await.expect("release");
        assert!(db.app.set_chat_reachable(&chat, false).await.expect("mark"));
        assert!(!db.app.set_chat_reachable(&chat, false).await.expect("mark again"), "no change, no event");
        assert!(store.claim_outbox(&claim("c", later, 10)).await.expect("claim").is_empty());
        assert_eq!(store.creator_chat(w.ana, ChatPlatform::Telegram).await.expect("chat"), None);
        db.app.set_chat_reachable(&chat, true).await.expect("back");
        assert_eq!(store.claim_outbox(&claim("c", later, 10)).await.expect("claim").len(), 1);
        assert_eq!(store.creator_chat(w.ana, ChatPlatform::Telegram).await.expect("chat"), Some(chat.clone()));
        let rows = store.outbox(false, 100).await.expect("rows");
        assert!(rows.iter().any(|r| r.status == "failed") && rows.iter().any(|r| r.status == "sent"));
    }
}

#[tokio::test]
async fn operator_rows_wait_for_an_alert_chat_then_go_in_order() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let store: Arc<SqlStore> = db.store.clone();
        let (deal, chat) = w.linked_offer(&db.app, "9010").await;
        // Ana counters, then her chat blocks the bot: two operator rows, queued before
        // any alert chat is configured.
        let fee = linkstar_core::money::Money::new(70_000, linkstar_core::Currency::parse("EUR").expect("EUR"));
        db.app.counter_offer(&chat, deal, fee).await.expect("counter");
        assert!(db.app.set_chat_reachable(&chat, false).await.expect("unreachable"));
        let rows = store.outbox(true, 100).await.expect("rows");
        let ops: Vec<_> = rows.iter().filter(|r| r.recipient == Recipient::Operators(w.brand)).collect();
        assert_eq!(ops.len(), 2, "{}: {rows:#?}", db.label);
        assert_eq!(ops[0].notice.id(), "counter-received");
        assert_eq!(
            ops[1].notice,
            Notice::CreatorUnreachable { creator: "Ana Lima".into(), platform: ChatPlatform::Telegram },
            "told in the same transaction as the flag"
        );

        // Without an alert chat on the platform they are never claimed, and block nothing.
        let now = db.clock.now();
        assert!(store.claim_outbox(&claim("a", now, 10)).await.expect("claim").is_empty(), "{}", db.label);
        assert!(store.outbox(true, 100).await.expect("rows").iter().any(|r| r.id == ops[0].id), "still pending");

        // Once the brand's chat is on the platform they go, oldest first, one at a time.
        let brands = [w.brand];
        let with_chat = |owner| OutboxClaim { operators: &brands, ..claim(owner, now, 10) };
        let first = store.claim_outbox(&with_chat("a")).await.expect("claim");
        assert_eq!(first.len(), 1, "{}: {first:?}", db.label);
        assert_eq!((first[0].id, first[0].recipient), (ops[0].id, Recipient::Operators(w.brand)));
        assert!(store.claim_outbox(&with_chat("b")).await.expect("claim").is_empty(), "in order, leased");
        store.outbox_sent(first[0].id, now).await.expect("sent");
        let second = store.claim_outbox(&with_chat("b")).await.expect("claim");
        assert_eq!(second.iter().map(|m| m.id).collect::<Vec<_>>(), vec![ops[1].id], "{}", db.label);
        // Another brand's chat does not take this brand's rows.
        store.outbox_retry(second[0].id, now, false, "").await.expect("release");
        let other = [linkstar_core::ids::BrandId(w.brand.0 + 100)];
        let elsewhere = OutboxClaim { operators: &other, ..claim("c", now, 10) };
        assert!(store.claim_outbox(&elsewhere).await.expect("claim").is_empty(), "{}", db.label);
    }
}

#[tokio::test]
async fn a_creator_on_two_platforms_gets_each_message_once_where_they_linked_last() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let store: Arc<SqlStore> = db.store.clone();
        let (_, telegram) = w.linked_offer(&db.app, "9002").await;
        db.clock.set(db.clock.now().checked_add(jiff::SignedDuration::from_secs(1)).expect("later"));
        let other = db
            .app
            .create_campaign(w.manager, w.brand, linkstar_testkit::world::campaign_spec("Second Glow"))
            .await
            .expect("campaign");
        let second = db.app.make_offer(w.manager, other, w.ana, terms(Platform::TikTok)).await.expect("offer");
        let discord = ChatAccount { platform: ChatPlatform::Discord, external_id: "5001".into() };
        db.app.link_chat(&discord, second.token.expose()).await.expect("link discord");
        let now = db.clock.now();
        let on = |platform| OutboxClaim { platform, ..claim("a", now, 10) };
        assert!(store.claim_outbox(&on(ChatPlatform::Telegram)).await.expect("claim").is_empty(), "{}", db.label);
        assert_eq!(store.claim_outbox(&on(ChatPlatform::Discord)).await.expect("claim").len(), 1, "{}", db.label);
        // Discord's DMs closed: Telegram takes over (after the Discord lease runs out).
        db.app.set_chat_reachable(&discord, false).await.expect("mark");
        let later = now.checked_add(jiff::SignedDuration::from_secs(31)).expect("later");
        let telegram_claim = OutboxClaim { platform: ChatPlatform::Telegram, ..claim("b", later, 10) };
        assert_eq!(store.claim_outbox(&telegram_claim).await.expect("claim").len(), 1, "{}", db.label);
        let _ = telegram;
    }
}

#[tokio::test]
async fn concurrent_claims_never_share_a_row() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        // Twenty creators with a linked chat and an invite each.
        let mut profiles = Vec::new();
        for i in 0..20 {
            let p = linkstar_testkit::world::creator(
                &format!("C{i}"),
                Platform::TikTok,
                &format!("@c.{i}"),
                "DE",
                "de",
                "Europe/Berlin",
            );
            profiles.push((i + 2, p));
        }
        let report = db.app.import_creators(w.admin, profiles).await.expect("import");
        for (i, id) in report.imported.iter().enumerate() {
            let inv = db.app.make_offer(w.manager, w.campaign, *id, terms(Platform::TikTok)).await.expect("offer");
            let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: format!("70{i}") };
            db.app.link_chat(&chat, inv.token.expose()).await.expect("link");
        }
        let now = db.clock.now();
        let mut workers = Vec::new();
        for n in 0..4 {
            let store = db.store.clone();
            workers.push(tokio::spawn(async move {
                let owner = format!("w{n}");
                let mut mine: Vec<OutboxId> = Vec::new();
                for _ in 0..5 {
                    let got = store.claim_outbox(&claim(&owner, now, 3)).await.expect("claim");
                    mine.extend(got.iter().map(|m| m.id));
                }
                mine
            }));
        }
        let mut seen = HashSet::new();
        let mut total = 0;
        for w in workers {
            for id in w.await.expect("worker") {
                total += 1;
                assert!(seen.insert(id), "{}: row {id} claimed twice", db.label);
            }
        }
        assert_eq!(total, 20, "{}", db.label);
    }
}

#[tokio::test]
async fn a_claim_tells_when_the_recipient_last_had_a_message_and_leases_are_renewed() {
    for db in backends().await {
        let label = db.label;
        let w = World::seed(&db.app).await;
        let store: Arc<SqlStore> = db.store.clone();
        let (deal, chat) = w.linked_offer(&db.app, "9101").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let now = db.clock.now();
        let first = store.claim_outbox(&claim("a", now, 10)).await.expect("claim");
        assert_eq!(first[0].last_sent_at, None, "{label}: nothing sent to Ana yet");
        store.outbox_sent(first[0].id, at(1_234)).await.expect("sent");
        let second = store.claim_outbox(&claim("a", now, 10)).await.expect("claim");
        assert_eq!(second[0].last_sent_at, Some(at(1_234)), "{label}: from the row sent before");

        // Renewing extends the owner's leases only: another worker cannot take the row
        // when its first lease would have run out.
        let far = at(3_600_000);
        let held = [second[0].id, first[0].id];
        assert_eq!(store.outbox_renew("someone else", &held, far).await.expect("renew"), 0, "{label}");
        assert_eq!(store.outbox_renew("a", &[], far).await.expect("renew"), 0, "{label}");
        assert_eq!(store.outbox_renew("a", &held, far).await.expect("renew"), 1, "{label}: the sent row is not");
        let after_first_lease = at(31_000);
        assert!(store.claim_outbox(&claim("b", after_first_lease, 10)).await.expect("claim").is_empty(), "{label}");
        store.outbox_retry(second[0].id, now, false, "").await.expect("release");
        assert_eq!(store.outbox_renew("a", &held, far).await.expect("renew"), 0, "{label}: a released row is not");
    }
}

fn budget(now: Timestamp) -> ChatBudget<'static> {
    ChatBudget {
        chat: "telegram:-100777",
        now,
        burst: 3,
        window: jiff::SignedDuration::from_secs(60),
        gap: jiff::SignedDuration::from_secs(1),
    }
}

#[tokio::test]
async fn a_chat_s_budget_grants_burst_sends_a_window_with_gaps_and_says_when_next() {
    for db in backends().await {
        let label = db.label;
        let store: Arc<SqlStore> = db.store.clone();
        let grant = |ms| {
            let store = store.clone();
            async move { store.reserve_chat_send(&budget(at(ms))).await.expect("reserve") }
        };
        let BudgetGrant::Granted(first) = grant(0).await else { panic!("{label}: the first send") };
        assert_eq!(grant(500).await, BudgetGrant::NotBefore(at(1_001)), "{label}: a second's gap");
        // Answered later than it left: the gap and the window count from the answer.
        store.chat_send_answered(first, at(400)).await.expect("answered");
        assert_eq!(grant(1_200).await, BudgetGrant::NotBefore(at(1_401)), "{label}");
        assert!(matches!(grant(1_500).await, BudgetGrant::Granted(_)), "{label}");
        let BudgetGrant::Granted(third) = grant(3_000).await else { panic!("{label}: the third send") };
        // The budget is spent until the oldest of the three leaves the minute.
        assert_eq!(grant(5_000).await, BudgetGrant::NotBefore(at(60_401)), "{label}");
        // A send taken back frees its place.
        store.chat_send_cancelled(third).await.expect("cancel");
        assert!(matches!(grant(5_000).await, BudgetGrant::Granted(_)), "{label}");
        // The first (answered at 0.4 s) leaves the minute; 1.5 s and 5 s still count.
        assert!(matches!(grant(60_401).await, BudgetGrant::Granted(_)), "{label}");
        assert_eq!(grant(61_000).await, BudgetGrant::NotBefore(at(61_501)), "{label}");
        // Another chat has a budget of its own.
        let other = ChatBudget { chat: "telegram:-100888", ..budget(at(5_000)) };
        assert!(matches!(store.reserve_chat_send(&other).await.expect("other"), BudgetGrant::Granted(_)));
    }
}

#[tokio::test]
async fn concurrent_workers_never_overspend_a_chat_s_budget() {
    for db in backends().await {
        let label = db.label;
        // Twenty chats, each asked for by sixteen workers at once.
        let start = Arc::new(tokio::sync::Barrier::new(16 * 20));
        let mut tasks = Vec::new();
        for chat in 0..20 {
            for _ in 0..16 {
                let (store, start) = (db.store.clone(), start.clone());
                tasks.push(tokio::spawn(async move {
                    let name = format!("telegram:-{chat}");
                    let b = ChatBudget { chat: &name, gap: jiff::SignedDuration::ZERO, ..budget(at(0)) };
                    start.wait().await;
                    (chat, store.reserve_chat_send(&b).await.expect("reserve"))
                }));
            }
        }
        let mut granted = [0; 20];
        for t in tasks {
            if let (chat, BudgetGrant::Granted(_)) = t.await.expect("task") {
                granted[chat] += 1;
            }
        }
        assert_eq!(granted, [3; 20], "{label}: the burst per chat, however many ask at once");
    }
}
