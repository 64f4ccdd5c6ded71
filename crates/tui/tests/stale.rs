//! An action acts on exactly what is shown: answers arrive out of order, and only the
//! newest request of a kind is applied; a pane whose data is not yet the selection's says
//! it is loading and acts on nothing.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use linkstar_i18n::Language;
use linkstar_tui::Request;

use common::{fixture, screen};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

async fn caption(fx: &common::Fixture, deal: linkstar_core::ids::DealId) -> String {
    let drafts = fx.app.store().drafts(deal).await.expect("drafts");
    // The first words: a wide character (emoji) later on is drawn over two cells.
    let words: Vec<&str> = drafts.last().expect("a draft").upload.caption.split_whitespace().take(4).collect();
    words.join(" ")
}

#[tokio::test]
async fn a_late_answer_for_the_previous_draft_is_dropped_and_approve_waits_for_the_selection() {
    let fx = fixture().await;
    let mut h = fx.harness("admin", Language::EnUs, 160, 48).await;
    // The review queue arrives and asks for the first draft's detail; that answer is held back.
    let list = h.dash.key(key(KeyCode::Char('4')));
    assert_eq!(list.len(), 1);
    let loaded = h.worker.run(list[0].request.clone()).await;
    let first = h.dash.apply(&list[0], loaded);
    let Some(Request::ReviewDetail(a)) = first.first().map(|t| t.request.clone()) else { panic!("{first:?}") };
    // ↓ selects the second draft, whose detail is asked for too.
    let second = h.dash.key(key(KeyCode::Down));
    let Some(Request::ReviewDetail(b)) = second.first().map(|t| t.request.clone()) else { panic!("{second:?}") };
    assert_ne!(a, b);
    // Nothing of the second draft is on screen yet: the pane says so, and approving does nothing.
    assert!(screen(&mut h).contains("Loading"), "{}", screen(&mut h));
    assert!(h.dash.key(key(KeyCode::Char('a'))).is_empty());
    assert!(!h.dash.overlay_open(), "no confirmation for a draft not shown");
    assert!(screen(&mut h).contains("Still loading what you selected"), "{}", screen(&mut h));
    // The second answer comes first, then the first one, late: it is dropped.
    let b_loaded = h.worker.run(second[0].request.clone()).await;
    assert!(h.dash.apply(&second[0], b_loaded).is_empty());
    let a_loaded = h.worker.run(first[0].request.clone()).await;
    assert!(!h.dash.is_current(&first[0]));
    assert!(h.dash.apply(&first[0], a_loaded).is_empty());
    let shown = screen(&mut h);
    let (caption_a, caption_b) = (caption(&fx, a).await, caption(&fx, b).await);
    assert!(shown.contains(&caption_b), "the selected draft's caption is shown: {shown}");
    if caption_a != caption_b {
        assert!(!shown.contains(&caption_a), "the first draft's caption is gone: {shown}");
    }
    // Now approving names the draft on screen.
    assert!(h.dash.key(key(KeyCode::Char('a'))).is_empty(), "asked first, not done");
    assert!(screen(&mut h).contains(&format!("#{b} ·")), "{}", screen(&mut h));
}

#[tokio::test]
async fn a_deal_opened_over_another_shows_loading_until_its_own_file_arrives() {
    let fx = fixture().await;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.char('4').await;
    h.code(KeyCode::Enter).await;
    let first = screen(&mut h);
    h.code(KeyCode::Esc).await;
    h.code(KeyCode::Down).await;
    // Enter on the second draft: its file is asked for but not yet answered.
    let pending = h.dash.key(key(KeyCode::Enter));
    let Some(Request::Deal(b)) = pending.first().map(|t| t.request.clone()) else { panic!("{pending:?}") };
    let shown = screen(&mut h);
    assert!(shown.contains("Loading"), "{shown}");
    assert!(!shown.contains(&format!("#{b} ·")) && shown != first, "{shown}");
    assert!(h.dash.key(key(KeyCode::Char('X'))).is_empty());
    assert!(!h.dash.overlay_open(), "nothing is cancelled while the deal loads");
    h.settle(pending).await;
    assert!(screen(&mut h).contains(&format!("Deal #{b} ·")), "{}", screen(&mut h));
}
