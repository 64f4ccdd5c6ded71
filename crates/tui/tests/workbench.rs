//! The workbench through the keys: a counter-offer taken from the pipeline, a post
//! verified in the deal view, a deal cancelled with its reason — each named and asked
//! once, each going through the app (audit event, outbox) — and typed text never lost
//! without asking.

mod common;

use crossterm::event::KeyCode;
use linkstar_core::message::Notice;
use linkstar_core::stage::Stage;
use linkstar_i18n::Language;

use common::{fixture, screen};

async fn first_in(fx: &common::Fixture, stage: Stage) -> linkstar_app::port::DealSummary {
    use linkstar_app::dashboard::{DashboardReads, DealPage};
    let admin = fx.app.store().operator_by_username("admin").await.expect("read").expect("admin");
    let page = DealPage { brand: admin.brand_id, campaign: None, stage: Some(stage), offset: 0, limit: 1 };
    fx.store.deals_page(&page).await.expect("page").remove(0)
}

async fn stage_of(fx: &common::Fixture, deal: linkstar_core::ids::DealId) -> linkstar_core::deal::Deal {
    use linkstar_app::dashboard::DashboardReads;
    fx.store.deal_summary(deal).await.expect("read").expect("deal").deal
}

#[tokio::test]
async fn a_counter_offer_is_accepted_from_the_pipeline_after_one_question() {
    let fx = fixture().await;
    let before = first_in(&fx, Stage::Negotiating).await;
    let counter = before.deal.counter_fee.expect("a counter");
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.code(KeyCode::Right).await;
    h.char('A').await;
    let asked = screen(&mut h);
    assert!(asked.contains(&before.creator) && asked.contains(&format!("#{} ·", before.deal.id)), "{asked}");
    assert!(asked.contains("Their counter: ¥37,000") || asked.contains("Their counter:"), "{asked}");
    assert_eq!(stage_of(&fx, before.deal.id).await.counter_fee, Some(counter), "nothing before yes");
    h.char('y').await;
    let after = stage_of(&fx, before.deal.id).await;
    assert_eq!(after.terms.fee, counter);
    assert_eq!(after.counter_fee, None);
    assert!(screen(&mut h).contains("Counter-offer accepted."), "{}", screen(&mut h));
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(outbox.iter().any(|m| matches!(&m.notice, Notice::OfferRevised { deal, .. } if *deal == before.deal.id)));
}

#[tokio::test]
async fn a_published_post_is_verified_in_the_deal_view() {
    let fx = fixture().await;
    let published = first_in(&fx, Stage::Published).await;
    let mut h = fx.harness("rui", Language::EnUs, 120, 40).await;
    for _ in 0..6 {
        h.code(KeyCode::Right).await;
    }
    h.code(KeyCode::Enter).await;
    h.char('v').await;
    let url = published.deal.post_url.clone().expect("a link");
    assert!(screen(&mut h).contains(&url[..30]), "the link is named: {}", screen(&mut h));
    h.code(KeyCode::Enter).await;
    assert_eq!(stage_of(&fx, published.deal.id).await.stage, Stage::Verified);
    assert!(screen(&mut h).contains("Post verified."), "{}", screen(&mut h));
}

#[tokio::test]
async fn cancelling_needs_a_reason_shown_at_its_field_and_tells_the_creator() {
    let fx = fixture().await;
    let deal = first_in(&fx, Stage::Negotiating).await.deal.id;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.code(KeyCode::Right).await;
    h.code(KeyCode::Enter).await;
    h.char('X').await;
    h.code(KeyCode::Enter).await;
    let refused = screen(&mut h);
    let at = refused.lines().position(|l| l.contains("Reason (the creator reads it)")).expect("the field");
    assert!(refused.lines().nth(at + 1).unwrap_or_default().contains("This can't be empty."), "{refused}");
    h.type_text("Budget moved to spring").await;
    h.code(KeyCode::Enter).await;
    assert!(screen(&mut h).contains("Budget moved to spring"), "the confirmation repeats the reason");
    assert_eq!(stage_of(&fx, deal).await.stage, Stage::Negotiating, "nothing before yes");
    h.char('y').await;
    assert_eq!(stage_of(&fx, deal).await.stage, Stage::Cancelled);
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(outbox.iter().any(|m| matches!(&m.notice, Notice::DealCancelled { deal: d, .. } if *d == deal)));
}

#[tokio::test]
async fn escape_asks_before_throwing_typed_text_away() {
    let fx = fixture().await;
    let deal = first_in(&fx, Stage::Negotiating).await.deal.id;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.code(KeyCode::Right).await;
    h.char('X').await;
    h.type_text("half a reason").await;
    h.code(KeyCode::Esc).await;
    assert!(screen(&mut h).contains("Discard what you typed?"), "{}", screen(&mut h));
    h.char('n').await;
    assert!(screen(&mut h).contains("half a reason"), "still there: {}", screen(&mut h));
    h.code(KeyCode::Esc).await;
    h.char('y').await;
    assert!(!h.dash.overlay_open());
    assert_eq!(stage_of(&fx, deal).await.stage, Stage::Negotiating);
    // An untouched form closes at once.
    h.char('X').await;
    h.code(KeyCode::Esc).await;
    assert!(!h.dash.overlay_open());
}

#[tokio::test]
async fn marking_a_paid_payment_paid_says_why_nothing_happens() {
    let fx = fixture().await;
    let mut h = fx.harness("fay", Language::EnUs, 120, 40).await;
    h.char('5').await;
    // Overdue → Due → Paid.
    h.code(KeyCode::Right).await;
    h.code(KeyCode::Right).await;
    h.char('m').await;
    let shown = screen(&mut h);
    assert!(shown.contains("Not possible at this stage"), "the footer says why: {shown}");
    assert!(!h.dash.overlay_open());
}

#[tokio::test]
async fn search_looks_within_the_view_on_screen() {
    let fx = fixture().await;
    let mut h = fx.harness("admin", Language::EnUs, 160, 48).await;
    // Pipeline: only the deals of the creator searched for, counted against the column's total.
    h.char('/').await;
    h.type_text("jana").await;
    h.code(KeyCode::Enter).await;
    let shown = screen(&mut h);
    assert!(shown.contains("Jana Koch") && shown.contains("Negotiating 1/3"), "{shown}");
    assert!(!shown.contains("张雪"), "other creators are filtered out: {shown}");
    assert!(shown.contains("1 Pipeline"), "the view stays: {shown}");
    // Payments: by campaign.
    h.char('5').await;
    h.char('/').await;
    h.type_text("sun shield").await;
    h.code(KeyCode::Enter).await;
    let shown = screen(&mut h);
    assert!(shown.contains("Sun Shield Summer") && !shown.contains("Glow Serum Launch"), "{shown}");
    // An empty search shows everything again.
    h.char('/').await;
    h.press(crossterm::event::KeyEvent::new(KeyCode::Char('u'), crossterm::event::KeyModifiers::CONTROL)).await;
    h.code(KeyCode::Enter).await;
    assert!(screen(&mut h).contains("Glow Serum Launch"), "{}", screen(&mut h));
}

#[tokio::test]
async fn a_counter_is_answered_with_the_brands_fee_and_a_note() {
    let fx = fixture().await;
    let before = first_in(&fx, Stage::Negotiating).await;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.code(KeyCode::Right).await;
    h.code(KeyCode::Enter).await;
    let shown = screen(&mut h);
    assert!(shown.contains("Round: 1") && shown.contains("Answer by:"), "{shown}");
    h.char('C').await;
    // A fee in another currency is refused at the fee field, in words.
    let ctrl_u = crossterm::event::KeyEvent::new(KeyCode::Char('u'), crossterm::event::KeyModifiers::CONTROL);
    h.press(ctrl_u).await;
    h.type_text("350 EUR").await;
    h.code(KeyCode::Enter).await;
    let refused = screen(&mut h);
    assert!(refused.contains("Use the offer's currency, JPY."), "{refused}");
    assert_eq!(h.dash.form_focus(), Some(0));
    h.press(ctrl_u).await;
    h.type_text("35000 JPY").await;
    h.code(KeyCode::Tab).await;
    h.type_text("Our best for two posts").await;
    h.code(KeyCode::Enter).await;
    let asked = screen(&mut h);
    assert!(asked.contains("¥35,000") && asked.contains("Our best for two posts"), "{asked}");
    h.char('y').await;
    let after = stage_of(&fx, before.deal.id).await;
    assert_eq!(after.terms.fee.minor, 35_000);
    assert!(screen(&mut h).contains("Your fee was sent to the creator."), "{}", screen(&mut h));
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(outbox.iter().any(|m| matches!(&m.notice, Notice::OfferRevised { deal, .. } if *deal == before.deal.id)));
}

#[tokio::test]
async fn a_counter_is_declined_and_the_offer_stands() {
    let fx = fixture().await;
    let before = first_in(&fx, Stage::Negotiating).await;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    h.code(KeyCode::Right).await;
    h.char('D').await;
    h.type_text("The budget is fixed").await;
    h.code(KeyCode::Enter).await;
    h.char('y').await;
    let after = stage_of(&fx, before.deal.id).await;
    assert_eq!((after.terms.fee, after.counter_fee), (before.deal.terms.fee, None));
    assert!(screen(&mut h).contains("Counter-offer declined."), "{}", screen(&mut h));
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(
        outbox.iter().any(|m| matches!(&m.notice, Notice::CounterDeclined { deal, .. } if *deal == before.deal.id))
    );
}

#[tokio::test]
async fn a_post_link_is_refused_with_the_reason_the_creator_gets() {
    let fx = fixture().await;
    let published = first_in(&fx, Stage::Published).await;
    let mut h = fx.harness("rui", Language::EnUs, 120, 40).await;
    for _ in 0..6 {
        h.code(KeyCode::Right).await;
    }
    h.char('R').await;
    h.type_text("The post lacks the #ad label").await;
    h.code(KeyCode::Enter).await;
    h.char('y').await;
    let after = stage_of(&fx, published.deal.id).await;
    assert_eq!((after.stage, after.post_url), (Stage::Approved, None));
    assert!(screen(&mut h).contains("Post link refused."), "{}", screen(&mut h));
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(outbox.iter().any(|m| matches!(&m.notice, Notice::PostRefused { deal, .. } if *deal == published.deal.id)));
}

#[tokio::test]
async fn cancelling_shows_what_happens_to_each_payment_first() {
    let fx = fixture().await;
    let mut h = fx.harness("admin", Language::EnUs, 120, 40).await;
    // Approved deals have a paid deposit and an open balance.
    for _ in 0..5 {
        h.code(KeyCode::Right).await;
    }
    h.char('X').await;
    let shown = screen(&mut h);
    assert!(shown.contains("What happens to the payments"), "{shown}");
    assert!(shown.contains("stays paid") || shown.contains("voided") || shown.contains("No payments yet."), "{shown}");
}
