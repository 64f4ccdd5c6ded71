//! The delivery worker's Discord sender against the fake Discord REST API.

use std::sync::Arc;

use linkstar_assistant::delivery::{SendError, Sender};
use linkstar_assistant::{Button, Reply};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_discord::{DiscordConfig, DiscordSender};
use linkstar_testkit::discord::{FakeDiscord, Fault, TOKEN};

fn chat(user: u64) -> ChatAccount {
    ChatAccount { platform: ChatPlatform::Discord, external_id: user.to_string() }
}

fn card() -> Reply {
    Reply {
        text: "Glow Launch — 500 EUR".into(),
        buttons: vec![vec![
            Button { label: "Aceitar".into(), data: "acc:7:0123456789abcdef".into() },
            Button { label: "Recusar".into(), data: "dec:7".into() },
        ]],
    }
}

async fn sender(fake: &FakeDiscord) -> DiscordSender {
    let config = DiscordConfig::new(TOKEN, Some(fake.url().to_string()));
    DiscordSender::new(Arc::new(config.http()))
}

#[tokio::test]
async fn a_dm_arrives_with_its_buttons_and_every_request_fits_the_api() {
    let fake = FakeDiscord::start().await;
    let sender = sender(&fake).await;
    sender.send(&chat(5001), &card()).await.expect("sent");
    let posted = fake.posted_to(5001);
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].content, "Glow Launch — 500 EUR");
    assert_eq!(
        posted[0].buttons,
        vec![("Aceitar".into(), "acc:7:0123456789abcdef".into()), ("Recusar".into(), "dec:7".into())]
    );
    assert_eq!(fake.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn a_429_delays_the_message_but_loses_nothing() {
    let fake = FakeDiscord::start().await;
    let sender = sender(&fake).await;
    fake.fail_next("/messages", Fault::RetryAfter(2.5));
    // Through a redirect serenity's limiter is off: the 429 reaches the worker with
    // Discord's retry_after, and the worker sends again after that wait.
    let refused = sender.send(&chat(5002), &Reply::text("hello")).await;
    assert_eq!(refused, Err(SendError::RetryAfter(std::time::Duration::from_millis(2500))));
    assert!(fake.posted_to(5002).is_empty());
    sender.send(&chat(5002), &Reply::text("hello")).await.expect("sent after the wait");
    assert_eq!(fake.posted_to(5002).len(), 1);
    assert!(fake.calls().iter().any(|c| c.status == 429));
    assert_eq!(fake.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn closed_dms_mark_the_chat_unreachable_and_server_errors_are_retried_later() {
    let fake = FakeDiscord::start().await;
    let sender = sender(&fake).await;
    fake.close_dms(5003, true);
    assert_eq!(sender.send(&chat(5003), &Reply::text("hi")).await, Err(SendError::Blocked));
    fake.close_dms(5003, false);
    fake.fail_next("/messages", Fault::ServerError);
    assert!(matches!(sender.send(&chat(5003), &Reply::text("hi")).await, Err(SendError::Failed(_))));
    sender.send(&chat(5003), &Reply::text("hi")).await.expect("sent once the server is back");
    assert_eq!(fake.posted_to(5003).len(), 1);
    assert!(matches!(sender.send(&chat(0), &Reply::text("hi")).await, Err(SendError::Failed(_))));
}

#[tokio::test]
async fn operator_alerts_go_to_their_channel_without_opening_a_dm_and_keep_a_429s_wait() {
    let fake = FakeDiscord::start().await;
    let sender = sender(&fake).await;
    fake.fail_next("/messages", Fault::RetryAfter(1.5));
    let refused = sender.send_to_group("7001", &Reply::text("Bea hat einen Entwurf geschickt")).await;
    assert_eq!(refused, Err(SendError::RetryAfter(std::time::Duration::from_millis(1500))));
    sender.send_to_group("7001", &Reply::text("Bea hat einen Entwurf geschickt")).await.expect("posted");
    // The fake files a channel's messages under the channel id − 1.
    let posted = fake.posted_to(7000);
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].content, "Bea hat einen Entwurf geschickt");
    assert!(fake.calls().iter().all(|c| !c.path.ends_with("/users/@me/channels")), "no DM channel opened");
    assert!(sender.send_to_group("not-a-channel", &Reply::text("x")).await.is_err());
    assert_eq!(fake.problems(), Vec::<String>::new());
}
