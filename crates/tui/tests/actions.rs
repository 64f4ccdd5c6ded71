//! Key-driven tests: each action goes through the app (transaction, audit event, outbox)
//! and the dashboard shows the outcome.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use linkstar_app::dashboard::{DashboardReads, PaymentFilter};
use linkstar_core::brand::Operator;
use linkstar_core::ids::EventId;
use linkstar_core::message::Notice;
use linkstar_core::stage::Stage;
use linkstar_i18n::Language;

use common::{fixture, now, screen};

async fn operator(fx: &common::Fixture, name: &str) -> Operator {
    fx.app.store().operator_by_username(name).await.expect("read").expect("exists")
}

async fn first_in_review(fx: &common::Fixture) -> linkstar_core::ids::DealId {
    let admin = operator(fx, "admin").await;
    let queue = fx.store.review_queue(admin.brand_id, 0, 10).await.expect("queue");
    queue[0].summary.deal.id
}

#[tokio::test]
async fn approving_a_draft_moves_the_deal_and_records_who() {
    let fx = fixture().await;
    let deal = first_in_review(&fx).await;
    let head = fx.store.audit_head().await.expect("head");
    let mut h = fx.harness("admin", Language::EnUs, 120, 30).await;
    h.char('4').await;
    h.char('a').await;
    // Asked once, naming the creator, the deal and the fee; nothing happens before "yes".
    let asked = screen(&mut h);
    assert!(asked.contains(&format!("#{deal} ·")) && asked.contains("y or Enter: do it"), "{asked}");
    assert_eq!(fx.store.deal_summary(deal).await.expect("read").expect("deal").deal.stage, Stage::InReview);
    h.char('y').await;
    let after = fx.store.deal_summary(deal).await.expect("read").expect("deal");
    assert_eq!(after.deal.stage, Stage::Approved);
    let events = fx.app.store().audit_events(head, 10).await.expect("events");
    assert!(events.iter().any(|e| e.event.kind == "draft.approve" && e.event.actor.encode() == "operator:1"));
    assert!(screen(&mut h).contains("Draft approved"), "{}", screen(&mut h));
    assert!(!screen(&mut h).contains(&format!("#{deal} ")));
}

#[tokio::test]
async fn requesting_changes_sends_the_notes_through_the_outbox() {
    let fx = fixture().await;
    let deal = first_in_review(&fx).await;
    let mut h = fx.harness("rui", Language::EnUs, 80, 24).await;
    h.char('4').await;
    h.char('r').await;
    assert!(screen(&mut h).contains("Notes for the creator"));
    h.type_text("Add #ad at the start").await;
    h.code(KeyCode::Enter).await;
    h.type_text("and show the label.").await;
    h.press(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).await;
    assert!(screen(&mut h).contains("and show the label."), "the confirmation repeats the notes");
    h.char('y').await;
    let d = fx.store.deal_summary(deal).await.expect("read").expect("deal");
    assert_eq!(d.deal.stage, Stage::ChangesRequested);
    let outbox = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    let notes = outbox.iter().find_map(|m| match &m.notice {
        Notice::ChangesRequested { deal: d, notes, .. } if *d == deal => Some(notes.clone()),
        _ => None,
    });
    assert_eq!(notes.as_deref(), Some("Add #ad at the start\nand show the label."));
    assert!(screen(&mut h).contains("Changes requested."));
}

#[tokio::test]
async fn making_offers_to_the_selected_creators() {
    let fx = fixture().await;
    let admin = operator(&fx, "admin").await;
    let before: u64 = fx.store.stage_counts(admin.brand_id, None).await.expect("counts").iter().map(|(_, n)| n).sum();
    let mut h = fx.harness("mia", Language::EnUs, 160, 48).await;
    h.char('3').await;
    // Narrow the pool to creators nobody has offered to yet: the smallest ones.
    h.char('f').await;
    for _ in 0..5 {
        h.code(KeyCode::Tab).await;
    }
    h.type_text("5000").await;
    h.code(KeyCode::Enter).await;
    h.char(' ').await;
    h.char(' ').await;
    assert!(screen(&mut h).contains("2 selected"), "{}", screen(&mut h));
    h.char('o').await;
    assert!(screen(&mut h).contains("Offer terms"));
    // A hybrid offer: the fee plus 12.5 % commission, 30 days of paid-ads usage.
    for _ in 0..8 {
        h.code(KeyCode::Tab).await;
    }
    h.type_text("12.5").await;
    h.code(KeyCode::Tab).await;
    h.code(KeyCode::Backspace).await;
    h.type_text("30").await;
    h.code(KeyCode::Enter).await;
    let after: u64 = fx.store.stage_counts(admin.brand_id, None).await.expect("counts").iter().map(|(_, n)| n).sum();
    assert_eq!(after, before + 2, "{}", screen(&mut h));
    assert!(screen(&mut h).contains("2 offers sent."), "{}", screen(&mut h));
    let invites = fx.app.store().outbox(true, 10_000).await.expect("outbox");
    assert!(invites.iter().filter(|m| matches!(m.notice, Notice::Invite { .. })).count() >= 2);
    let newest = fx.app.store().list_deals(None, 1).await.expect("deals");
    let terms = &newest[0].deal.terms;
    assert_eq!(terms.payment_model, linkstar_core::terms::PaymentModel::Hybrid { rate_bp: 1250, cap: None });
    assert_eq!(terms.usage_rights, linkstar_core::terms::UsageRights::PaidAds { days: 30 });
}

#[tokio::test]
async fn marking_a_payment_paid_with_a_reference() {
    let fx = fixture().await;
    let fay = operator(&fx, "fay").await;
    let overdue = fx.store.payments_page(fay.brand_id, PaymentFilter::Overdue, now(), 0, 10).await.expect("page");
    let target = overdue[0].payment.id;
    let mut h = fx.harness("fay", Language::ZhCn, 80, 24).await;
    h.char('5').await;
    h.char('m').await;
    assert!(screen(&mut h).contains("付款凭证号"), "{}", screen(&mut h));
    h.type_text("SEPA-2026-1124").await;
    h.code(KeyCode::Enter).await;
    let asked = screen(&mut h);
    assert!(asked.contains("SEPA-2026-1124") && asked.contains(&overdue[0].creator), "{asked}");
    h.code(KeyCode::Enter).await;
    let paid = fx.store.payments_page(fay.brand_id, PaymentFilter::Paid, now(), 0, 200).await.expect("page");
    let p = paid.iter().find(|l| l.payment.id == target).expect("now paid");
    assert_eq!(p.payment.reference.as_deref(), Some("SEPA-2026-1124"));
    assert_eq!(p.payment.paid_by, Some(fay.id));
    assert!(screen(&mut h).contains("已标记为已付款"), "{}", screen(&mut h));
}

#[tokio::test]
async fn a_viewer_is_refused_an_approval_and_nothing_changes() {
    let fx = fixture().await;
    let deal = first_in_review(&fx).await;
    let head = fx.store.audit_head().await.expect("head");
    let mut h = fx.harness("vic", Language::EnUs, 80, 24).await;
    h.char('4').await;
    h.char('?').await;
    assert!(!screen(&mut h).contains("Approve the draft"), "the viewer is not offered approval");
    h.code(KeyCode::Esc).await;
    h.char('a').await;
    h.char('y').await;
    let shown = screen(&mut h);
    assert!(shown.contains("You don't have permission") || shown.contains("permission"), "{shown}");
    assert_eq!(fx.store.deal_summary(deal).await.expect("read").expect("deal").deal.stage, Stage::InReview);
    assert_eq!(fx.store.audit_head().await.expect("head"), head);
}

#[tokio::test]
async fn changes_made_elsewhere_appear_on_the_next_tick() {
    let fx = fixture().await;
    let deal = first_in_review(&fx).await;
    let mut h = fx.harness("admin", Language::EnUs, 120, 30).await;
    h.char('4').await;
    assert!(screen(&mut h).contains(&format!("#{deal} ")));
    // Someone else (another operator, or a bot) acts; no key is pressed here.
    let rui = operator(&fx, "rui").await;
    fx.app.approve_draft(rui.id, deal, "").await.expect("approve");
    let tick = h.dash.tick();
    h.settle(tick).await;
    assert!(!screen(&mut h).contains(&format!("#{deal} ")), "{}", screen(&mut h));
    assert!(fx.store.audit_head().await.expect("head") > EventId(0));
}

#[tokio::test]
async fn the_palette_and_a_new_campaign_with_its_brief() {
    let fx = fixture().await;
    let mut h = fx.harness("mia", Language::EnUs, 120, 40).await;
    h.char(':').await;
    h.type_text("campaigns").await;
    h.code(KeyCode::Enter).await;
    assert!(screen(&mut h).contains("Glow Serum Launch"));
    h.char('n').await;
    let fields = [
        "Winter Glow",
        "Glow Serum",
        "DE, FR",
        "de-DE, fr-FR",
        "8000 EUR",
        "2026-12-01",
        "2027-02-01",
        "72, 24, −12",
        "48",
    ];
    for f in fields {
        h.press(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)).await;
        h.type_text(f).await;
        h.code(KeyCode::Tab).await;
    }
    h.type_text("Hallo {{ creator.name }}!").await;
    h.press(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).await;
    let shown = screen(&mut h);
    assert!(shown.contains("Saved."), "{shown}");
    let c = fx.app.store().find_campaign("Winter Glow").await.expect("read").expect("created");
    assert_eq!(c.spec.brief.default, "Hallo {{ creator.name }}!");
    assert_eq!((c.spec.reminders.offsets_hours, c.spec.reminders.revision_turnaround_hours), (vec![72, 24, -12], 48));
}

#[tokio::test]
async fn reminder_offsets_that_make_no_sense_are_refused_at_their_field() {
    let fx = fixture().await;
    let mut h = fx.harness("mia", Language::EnUs, 120, 40).await;
    h.char(':').await;
    h.type_text("campaigns").await;
    h.code(KeyCode::Enter).await;
    h.char('n').await;
    let fields = ["Spring Glow", "Glow Serum", "DE", "de-DE", "8000 EUR", "2026-12-01", "2027-02-01", "24, 24", "48"];
    for f in fields {
        h.press(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)).await;
        h.type_text(f).await;
        h.code(KeyCode::Tab).await;
    }
    h.press(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).await;
    let shown = screen(&mut h);
    // The reason sits under the reminders field, which has the focus.
    let at = shown.lines().position(|l| l.contains("Reminders (hours")).expect("the field");
    let next = shown.lines().nth(at + 1).unwrap_or_default();
    assert!(next.contains("1 to 8 different hours"), "{shown}");
    let focus = h.dash.form_focus();
    assert_eq!(focus, Some(7), "{shown}");
    assert!(!shown.contains("Saved."), "{shown}");
    assert!(fx.app.store().find_campaign("Spring Glow").await.expect("read").is_none(), "nothing saved");
}
