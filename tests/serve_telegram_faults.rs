//! `linkstar serve` when the Bot API fails: with 30 % of all calls answered 429 or 500,
//! every press of 50 creators is applied once and confirmed; a failing `getMe` at
//! start-up is retried and logged, a rejected token ends serve with a clear message and
//! a non-zero status, SIGTERM during start-up stops it cleanly, and teloxide's own log
//! lines reach serve's log.

mod support;
mod telegram_support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};
use linkstar_testkit::telegram::Fault;
use support::{Harness, WAIT};
use telegram_support::{Logged, account, card_for};

#[tokio::test]
async fn every_press_counts_once_and_is_confirmed_under_injected_faults() {
    const CREATORS: usize = 50;
    let mut h = Harness::new().await;
    // Fifty creators, each linked to an offer in their private chat.
    let mut deals = Vec::new();
    for i in 0..CREATORS {
        let handle = format!("@chaos.{i}");
        let creator = h.add_creator(&format!("Chaos {i}"), Platform::TikTok, &handle, "DE", "Europe/Berlin").await;
        let inv = h.offer(creator, Platform::TikTok).await;
        let chat = 70_000 + i as i64;
        h.app.link_chat(&account(chat), inv.token.expose()).await.expect("link");
        deals.push((chat, inv.deal_id));
    }
    h.start();
    let mut cards = Vec::new();
    for (chat, deal) in &deals {
        cards.push(card_for(&h, *chat, *deal).await);
    }
    let events = h.events().await;

    // From now on 30 % of every Bot API call fails: half 429 (retry after 1 s), half 500.
    h.fake.chaos(0.3, 1, &[]);
    let mut queries = HashMap::new();
    for ((chat, _), card) in deals.iter().zip(&cards) {
        let before = h.fake.sent_to(*chat).len();
        let update = h.fake.press(*chat, Some("en"), card.message_id, &card.buttons[0].1);
        let id = h.fake.injected(update).expect("update")["callback_query"]["id"].as_str().expect("id").to_string();
        queries.insert(*chat, (id, before));
    }
    let accepted = h.words.say(Line::Accepted { campaign: "Glow Launch" }, Language::EnUs);
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let calls = h.fake.calls();
        let missing: Vec<i64> = queries
            .iter()
            .filter(|(chat, (query, before))| {
                let replied = h.fake.sent_to(**chat).iter().skip(*before).any(|m| m.text == accepted);
                let answered = calls.iter().any(|c| {
                    c.method == "answerCallbackQuery"
                        && c.status == 200
                        && c.params["callback_query_id"] == query.as_str()
                });
                !(replied && answered)
            })
            .map(|(chat, _)| *chat)
            .collect();
        if missing.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "{} presses not confirmed: {missing:?}", missing.len());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let failed = h.fake.calls().iter().filter(|c| c.status == 429 || c.status == 500).count();
    assert!(failed > 20, "the faults were injected ({failed})");
    for (chat, deal) in &deals {
        assert_eq!(h.stage(*deal).await, Stage::Contracted, "chat {chat}");
        let copies = h.fake.sent_to(*chat).iter().filter(|m| m.text == accepted).count();
        assert_eq!(copies, 1, "chat {chat} was told {copies} times");
    }
    // Applied exactly once: each acceptance appends the same events, so the count is a
    // multiple of the presses, as a second run of the same press would break.
    let added = h.events().await - events;
    assert!(added >= CREATORS && added % CREATORS == 0, "{added} events for {CREATORS} presses");
    h.fake.clear_faults();
    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

// The log is awaited on this thread: the fake answers from another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_get_me_is_retried_and_logged_then_the_bot_serves() {
    let h = Harness::new().await;
    // (teloxide itself waits 10 s after a 5xx before it reports it.)
    h.fake.fault("getMe", Fault::RetryAfter(1), 2);
    h.fake.fault("getMe", Fault::ServerError, 1);
    let mut serve = Logged::spawn(h.command());
    serve.wait_for("did not accept getMe", 3);
    // Then it polls and answers.
    h.fake.text(3001, Some("en"), "/help");
    h.fake.wait_for_messages(3001, 1, WAIT).await;
    serve.signal("-TERM");
    assert_eq!(serve.exit_code(), Some(0), "{}", serve.text());
}

// The log is awaited on this thread: the fake answers from another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_ends_serve_with_a_clear_message() {
    let h = Harness::new().await;
    let mut cmd = h.command();
    cmd.env("LINKSTAR_TELEGRAM_TOKEN", "999:WRONG-TOKEN");
    let mut serve = Logged::spawn(cmd);
    let code = serve.exit_code();
    assert_ne!(code, Some(0), "{}", serve.text());
    assert!(code.is_some(), "ended by a signal: {}", serve.text());
    assert!(serve.text().contains("rejected the bot token"), "{}", serve.text());
    assert!(serve.text().contains("LINKSTAR_TELEGRAM_TOKEN"), "{}", serve.text());
}

// The log is awaited on this thread: the fake answers from another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_while_the_bot_cannot_start_stops_serve_cleanly() {
    let h = Harness::new().await;
    h.fake.fault("getMe", Fault::ServerError, 1_000);
    let mut serve = Logged::spawn(h.command());
    serve.wait_for("did not accept getMe", 1);
    serve.signal("-TERM");
    assert_eq!(serve.exit_code(), Some(0), "{}", serve.text());
}

// The log is awaited on this thread: the fake answers from another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn teloxides_own_log_lines_reach_serves_log() {
    let h = Harness::new().await;
    // teloxide logs these itself, through the `log` crate.
    h.fake.fault("getWebhookInfo", Fault::ServerError, 1);
    h.fake.fault("getUpdates", Fault::ServerError, 1);
    let mut serve = Logged::spawn(h.command());
    serve.wait_for("Failed to get webhook info", 1);
    serve.wait_for("polling Telegram failed", 1);
    h.fake.text(3001, Some("en"), "/help");
    h.fake.wait_for_messages(3001, 1, WAIT).await;
    serve.signal("-TERM");
    assert_eq!(serve.exit_code(), Some(0), "{}", serve.text());
}
