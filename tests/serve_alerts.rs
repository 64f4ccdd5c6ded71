//! Operator alerts in `linkstar serve` against the fake Bot API: with an alert chat
//! configured, an alert queued before `serve` started (a creator out of reach) and one
//! a creator causes while it runs (a draft submitted) reach the operators' Telegram
//! group once each, in German with Berlin times; every call passes the spec check.

mod support;

use std::time::{Duration, Instant};

use linkstar_app::Store;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform, TimeZoneName};
use linkstar_i18n::Language;
use support::{Harness, WAIT};

const GROUP: i64 = -1_001_234_567_890;

/// Waits until the group got a message equal to `text`; returns the group's messages.
async fn group_gets(h: &Harness, text: &str) -> Vec<String> {
    let deadline = Instant::now() + WAIT;
    loop {
        let got: Vec<String> = h.fake.sent_to(GROUP).into_iter().map(|m| m.text).collect();
        if got.iter().any(|t| t == text) {
            return got;
        }
        assert!(Instant::now() < deadline, "the group never got {text:?}; it got {got:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn operator_alerts_reach_the_telegram_group_in_german() {
    let mut h = Harness::new().await;
    let zone = TimeZoneName::parse("Europe/Berlin").expect("zone");
    // Before serve: Ana's chat is linked and then blocks the bot, which queues an alert
    // while no alert chat is configured anywhere.
    let ana = h.offer(h.world.ana, Platform::TikTok).await;
    let ana_chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "1003".into() };
    h.app.link_chat(&ana_chat, ana.token.expose()).await.expect("link");
    assert!(h.app.set_chat_reachable(&ana_chat, false).await.expect("unreachable"));
    let gone = Notice::CreatorUnreachable { creator: "Ana Lima".into(), platform: ChatPlatform::Telegram };
    let bea = h.offer(h.world.bea, Platform::Instagram).await;

    h.env("LINKSTAR_ALERTS", &format!("{{telegram_chat={GROUP},language=\"de-DE\",time_zone=\"Europe/Berlin\"}}"));
    h.start();
    let fake = &h.fake;
    let got = group_gets(&h, &h.words.notice(&gone, Language::DeDe, &zone)).await;
    assert!(got.iter().any(|t| t.contains("Ana Lima ist auf Telegram nicht mehr erreichbar")), "{got:#?}");

    // Bea links, accepts and sends her draft: the operators hear of it in German.
    fake.text(1001, Some("es"), &format!("/start {}", bea.token.expose()));
    let card = fake.wait_for_messages(1001, 2, WAIT).await.into_iter().find(|m| m.buttons.len() == 4).expect("card");
    fake.press(1001, Some("es"), card.message_id, &card.buttons[0].1);
    fake.wait_for_messages(1001, 5, WAIT).await;
    fake.document(1001, Some("es"), "draft.mp4", "video/mp4", b"cut", "Mi rutina #glowserum #publi");
    fake.wait_for_messages(1001, 6, WAIT).await;
    let submitted = Notice::DraftSubmitted { deal: bea.deal_id, creator: "Bea Ruiz".into(), version: 1 };
    let german = h.words.notice(&submitted, Language::DeDe, &zone);
    assert!(german.starts_with("Bea Ruiz hat Entwurfsversion 1"), "{german}");
    let got = group_gets(&h, &german).await;

    h.stop();
    let fake = &h.fake;
    let got_now: Vec<String> = fake.sent_to(GROUP).into_iter().map(|m| m.text).collect();
    assert_eq!(got_now.iter().filter(|t| **t == german).count(), 1, "once: {got:#?}");
    let rows = h.store.outbox(false, 1_000).await.expect("outbox");
    let operator_rows: Vec<_> = rows.iter().filter(|m| m.recipient == Recipient::Operators(h.world.brand)).collect();
    assert!(operator_rows.iter().all(|m| m.status == "sent"), "{operator_rows:#?}");
    assert_eq!(got_now.len(), operator_rows.len(), "every operator row once: {got_now:#?}");
    assert_eq!(fake.violations(), Vec::<String>::new());
}

#[tokio::test]
async fn a_wrong_alert_setting_stops_serve_with_a_clear_error() {
    let h = Harness::new().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(["--db", &h.url, "serve"])
        .env_remove("LINKSTAR_CONFIG")
        .env("LINKSTAR_TELEGRAM_TOKEN", linkstar_testkit::telegram::TOKEN)
        .env("LINKSTAR_TELEGRAM_API_URL", h.fake.url())
        .env("LINKSTAR_BLOB_DIR", h.dir.path().join("blobs"))
        .env("LINKSTAR_ALERTS", "{discord_channel=123}")
        .output()
        .expect("run serve");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[alerts]") && err.contains("LINKSTAR_DISCORD_TOKEN"), "{err}");
}
