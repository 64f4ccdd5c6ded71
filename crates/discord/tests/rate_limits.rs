//! Discord's `429 retry_after` honoured behind `LINKSTAR_DISCORD_API_URL`: the delivery
//! worker reschedules a refused DM by exactly the wait Discord named (not a fixed second)
//! and loses nothing; a direct reply refused with a `429` arrives after the wait.

mod support;

use std::time::Duration;

use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_i18n::{Language, Line};
use linkstar_testkit::db::start_time;
use linkstar_testkit::discord::{Call, FakeDiscord, Fault};
use linkstar_testkit::world::terms;
use support::{Act, DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_011;

/// The calls so far whose path contains `path` and that were answered `status`.
fn calls(fake: &FakeDiscord, path: &str, status: u16) -> Vec<Call> {
    fake.calls().into_iter().filter(|c| c.path.contains(path) && c.status == status).collect()
}

async fn wait_for_call(fake: &FakeDiscord, path: &str, status: u16) -> Call {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if let Some(call) = calls(fake, path, status).into_iter().next() {
            return call;
        }
        assert!(tokio::time::Instant::now() < deadline, "no {status} answer to {path}: {:#?}", fake.calls());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_waits_out_the_retry_after_discord_names() {
    let h = Harness::start().await;
    let (fake, db, w) = (&h.fake, &h.db, &h.w);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    fake.fail_next("/messages", Fault::RetryAfter(2.5));
    let chat = ChatAccount { platform: ChatPlatform::Discord, external_id: ANA.to_string() };
    db.app.link_chat(&chat, offer.token.expose()).await.expect("link");
    let refused = wait_for_call(fake, "/messages", 429).await;

    // The row is due 2.5 s later on the app's clock (a fixed 1 s would be due at +1 s):
    // at +2 s, well past the worker's own pause, nothing has been sent again.
    let at = |millis: i64| start_time().checked_add(jiff::SignedDuration::from_millis(millis)).expect("time");
    db.clock.set(at(2000));
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(fake.posted_to(ANA).is_empty(), "sent before the retry_after: {:#?}", fake.posted_to(ANA));
    db.clock.set(at(2500));
    let posted = fake.wait_posted(ANA, 1, WAIT).await;
    assert_eq!(posted.len(), 1, "the invite arrives once: {posted:#?}");
    assert!(!posted[0].buttons.is_empty(), "the invite card: {posted:?}");
    let sent = wait_for_call(fake, "/messages", 200).await;
    assert!(sent.at - refused.at >= Duration::from_millis(2500), "sent {:?} after the 429", sent.at - refused.at);
    h.outbox_drained().await;
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_direct_reply_refused_with_a_429_arrives_after_the_wait() {
    let h = Harness::start().await;
    let fake = &h.fake;
    fake.fail_next("/messages/@original", Fault::RetryAfter(2.5));
    let answer = h.ask(ANA, "pt-BR", &Act::Slash("help", serde_json::json!([]), serde_json::json!({}))).await;
    let help = h.words.said(Line::Help { topic: linkstar_i18n::HelpTopic::NotLinked, campaign: "" }, Language::PtBr);
    assert_eq!(answer.content, help);
    let refused = wait_for_call(fake, "/messages/@original", 429).await;
    let edited = wait_for_call(fake, "/messages/@original", 200).await;
    let waited = edited.at - refused.at;
    assert!(waited >= Duration::from_millis(2500), "answered {waited:?} after the 429");
    assert!(waited < Duration::from_millis(2500) + WAIT, "{waited:?}");
    assert_eq!(fake.posted_to(ANA).len(), 1, "one answer");
    h.stop().await;
}
