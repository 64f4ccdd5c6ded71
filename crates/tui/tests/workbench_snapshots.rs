//! Snapshots of the workbench's screens and dialogs — a deal in negotiation and its
//! answers, a published post, cancelling (with what happens to each payment), the discard question, a refused field, and a
//! review pane still loading — at 80×24, 120×40 and 200×50, in English, Chinese and Japanese.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use linkstar_i18n::Language;

use common::{fixture, screen};

async fn workbench_at(width: u16, height: u16, lang: Language, tag: &str) {
    let fx = fixture().await;
    let mut h = fx.harness("admin", lang, width, height).await;
    let snap = |name: &str, h: &mut linkstar_tui::Harness| {
        insta::assert_snapshot!(format!("{tag}_{name}_{width}x{height}"), screen(h));
    };
    // The first deal in negotiation, from the pipeline.
    h.code(KeyCode::Right).await;
    h.code(KeyCode::Enter).await;
    snap("negotiating_deal", &mut h);
    h.char('A').await;
    snap("accept_counter", &mut h);
    h.code(KeyCode::Esc).await;
    h.char('C').await;
    snap("counter_back", &mut h);
    h.code(KeyCode::Tab).await;
    h.type_text("ok?").await;
    h.code(KeyCode::Esc).await;
    snap("discard", &mut h);
    h.char('y').await;
    h.char('X').await;
    snap("cancel_deal", &mut h);
    h.code(KeyCode::Esc).await;
    // The first published post.
    h.code(KeyCode::Esc).await;
    for _ in 0..5 {
        h.code(KeyCode::Right).await;
    }
    h.code(KeyCode::Enter).await;
    snap("published_deal", &mut h);
    h.char('R').await;
    h.code(KeyCode::Enter).await;
    snap("refuse_post_refused", &mut h);
    h.code(KeyCode::Esc).await;
    h.char('v').await;
    snap("verify_post", &mut h);
    h.code(KeyCode::Esc).await;
    // Cancelling an approved deal: its paid deposit and open balance, first.
    h.code(KeyCode::Esc).await;
    h.code(KeyCode::Left).await;
    h.code(KeyCode::Down).await;
    h.code(KeyCode::Down).await;
    h.char('X').await;
    snap("cancel_with_payments", &mut h);
    h.code(KeyCode::Esc).await;
    // The review queue before the selected draft's detail arrives.
    let list = h.dash.key(KeyEvent::new(KeyCode::Char('4'), KeyModifiers::NONE));
    let loaded = h.worker.run(list[0].request.clone()).await;
    let _detail_not_run = h.dash.apply(&list[0], loaded);
    let _ = h.dash.key(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE));
    snap("review_loading", &mut h);
}

#[tokio::test]
async fn workbench_in_english() {
    for (w, hgt) in [(80, 24), (120, 40), (200, 50)] {
        workbench_at(w, hgt, Language::EnUs, "en").await;
    }
}

#[tokio::test]
async fn workbench_in_chinese() {
    for (w, hgt) in [(80, 24), (120, 40), (200, 50)] {
        workbench_at(w, hgt, Language::ZhCn, "zh").await;
    }
}

#[tokio::test]
async fn workbench_in_japanese() {
    for (w, hgt) in [(80, 24), (120, 40), (200, 50)] {
        workbench_at(w, hgt, Language::JaJp, "ja").await;
    }
}
