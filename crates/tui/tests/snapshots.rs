//! A snapshot of every view at 80×24 and 160×48, on the demo data and a stopped clock,
//! in English; and the main views in Chinese.

mod common;

use crossterm::event::KeyCode;
use linkstar_i18n::Language;

use common::{fixture, screen};

async fn views_at(width: u16, height: u16, lang: Language, tag: &str) {
    let fx = fixture().await;
    let mut h = fx.harness("admin", lang, width, height).await;
    let names = ["pipeline", "campaigns", "creators", "review", "payments", "reports", "activity"];
    for (i, name) in names.iter().enumerate() {
        h.char(char::from(b'1' + i as u8)).await;
        insta::assert_snapshot!(format!("{tag}_{name}_{width}x{height}"), screen(&mut h));
    }
    // The deal view, opened from the review queue.
    h.char('4').await;
    h.code(KeyCode::Enter).await;
    insta::assert_snapshot!(format!("{tag}_deal_{width}x{height}"), screen(&mut h));
    h.code(KeyCode::Esc).await;
    h.char('?').await;
    insta::assert_snapshot!(format!("{tag}_help_{width}x{height}"), screen(&mut h));
}

#[tokio::test]
async fn every_view_at_80x24() {
    views_at(80, 24, Language::EnUs, "en").await;
}

#[tokio::test]
async fn every_view_at_160x48() {
    views_at(160, 48, Language::EnUs, "en").await;
}

#[tokio::test]
async fn every_view_in_chinese_at_160x48() {
    views_at(160, 48, Language::ZhCn, "zh").await;
}

#[tokio::test]
async fn resizing_redraws_cleanly() {
    let fx = fixture().await;
    let mut h = fx.harness("admin", Language::EnUs, 160, 48).await;
    screen(&mut h);
    h.resize(80, 24);
    let small = screen(&mut h);
    assert_eq!(small.lines().count(), 24);
    assert!(small.lines().all(|l| l.chars().count() >= 80), "{small}");
}
