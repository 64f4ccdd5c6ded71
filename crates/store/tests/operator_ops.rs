//! The operator answers of issue 15 on every backend: declining a counter-offer,
//! countering back, refusing a post link, previewing a cancellation, the negotiation
//! read model and timed review notes. Every refusal must change nothing.

use linkstar_app::port::NewBrand;
use linkstar_app::{AppError, NegotiationMove, Party, Store};
use linkstar_core::DomainError;
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::deal::Deal;
use linkstar_core::ids::{DealId, EventId, OperatorId};
use linkstar_core::message::Notice;
use linkstar_core::money::Money;
use linkstar_core::payment::{CancelEffect, PaymentKind, PaymentStatus};
use linkstar_core::place::{ChatAccount, Locale, Platform};
use linkstar_core::stage::Stage;
use linkstar_core::time::{Timestamp, same_instant};
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World, backends};

fn eur(text: &str) -> Money {
    Money::parse(&format!("{text} EUR")).expect("money")
}

fn video() -> DraftUpload {
    DraftUpload {
        kind: DraftKind::Video,
        caption: "#publi #glowserum".into(),
        file: Some(FileFacts {
            name: "draft.mp4".into(),
            mime: "video/mp4".into(),
            size_bytes: 1_000,
            sha256: "ab".repeat(32),
        }),
    }
}

fn limits() -> FileLimits {
    FileLimits { max_bytes: 10_000_000, allowed_types: vec!["video/".into()] }
}

/// Everything a refused operation must leave as it was.
#[derive(Debug, PartialEq)]
struct Snapshot {
    deal: Deal,
    events: usize,
    outbox: usize,
}

async fn snapshot(db: &TestDb, deal: DealId) -> Snapshot {
    Snapshot {
        deal: db.store.find_deal(deal).await.expect("read").expect("deal"),
        events: db.store.audit_events(EventId(0), 100_000).await.expect("events").len(),
        outbox: db.store.outbox(false, 10_000).await.expect("outbox").len(),
    }
}

async fn last_notice(db: &TestDb) -> Notice {
    db.store.outbox(false, 10_000).await.expect("outbox").pop().expect("a notice").notice
}

/// An admin of another brand, who must not reach this brand's deals.
async fn stranger(db: &TestDb, w: &World) -> OperatorId {
    let brand = db
        .app
        .create_brand(
            Some(w.admin),
            NewBrand {
                name: "Other Brand".into(),
                legal_name: "Other Brand Ltd".into(),
                default_currency: linkstar_core::Currency::parse("EUR").expect("EUR"),
                disclosure_rules: Default::default(),
            },
        )
        .await
        .expect("brand");
    let op = linkstar_app::port::NewOperator {
        brand_id: brand.id,
        name: "Other admin".into(),
        username: "other-admin".into(),
        role: linkstar_core::brand::Role::Admin,
        locale: Locale::parse("en-US").expect("locale"),
    };
    db.app.create_operator(None, op).await.expect("operator")
}

async fn countered(db: &TestDb, w: &World, chat_id: &str, fee: &str) -> (DealId, ChatAccount) {
    let (deal, chat) = w.linked_offer(&db.app, chat_id).await;
    db.app.counter_offer(&chat, deal, eur(fee)).await.expect("counter");
    (deal, chat)
}

async fn published(db: &TestDb, w: &World, chat_id: &str) -> (DealId, ChatAccount) {
    let (deal, chat) = w.linked_offer(&db.app, chat_id).await;
    db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
    db.app.submit_draft(&chat, deal, video(), &limits()).await.expect("draft");
    db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
    db.app.submit_post(&chat, deal, "https://www.tiktok.com/@ana.lima/video/42").await.expect("post");
    (deal, chat)
}

#[tokio::test]
async fn a_declined_counter_leaves_the_offer_standing_and_tells_the_creator() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = countered(&db, &w, "7101", "650.00").await;
        let other = stranger(&db, &w).await;

        let before = snapshot(&db, deal).await;
        let viewer = db.app.decline_counter(w.viewer, deal, "no").await;
        assert!(matches!(viewer, Err(AppError::Forbidden { .. })), "{}: {viewer:?}", db.label);
        let foreign = db.app.decline_counter(other, deal, "no").await;
        assert!(matches!(foreign, Err(AppError::NotFound("deal"))), "{}: {foreign:?}", db.label);
        assert_eq!(snapshot(&db, deal).await, before, "{}: refusals change nothing", db.label);

        let d = db.app.decline_counter(w.manager, deal, "  Our budget is fixed this season. ").await.expect("decline");
        assert_eq!((d.stage, d.counter_fee), (Stage::Offered, None), "{}", db.label);
        assert_eq!(d.terms, terms(Platform::TikTok), "{}: the brand's offer stands unchanged", db.label);
        match last_notice(&db).await {
            Notice::CounterDeclined { deal: id, fee, due, note, .. } => {
                assert_eq!((id, fee, note.as_str()), (deal, eur("500.00"), "Our budget is fixed this season."));
                assert!(same_instant(due, terms(Platform::TikTok).respond_by));
            }
            other => panic!("{}: expected counter-declined, got {other:?}", db.label),
        }
        let kinds: Vec<String> =
            db.store.deal_history(deal, 100).await.expect("history").into_iter().map(|e| e.event.kind).collect();
        assert_eq!(kinds.last().map(String::as_str), Some("deal.decline_counter"), "{}", db.label);

        let before = snapshot(&db, deal).await;
        let again = db.app.decline_counter(w.manager, deal, "").await;
        assert!(
            matches!(again, Err(AppError::Domain(DomainError::IllegalTransition { from: Stage::Offered, .. }))),
            "{}: no counter left: {again:?}",
            db.label
        );
        assert_eq!(snapshot(&db, deal).await, before, "{}", db.label);

        // The offer the creator already saw can still be accepted as it was.
        let d = db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        assert_eq!(d.stage, Stage::Contracted, "{}", db.label);
    }
}

#[tokio::test]
async fn a_counter_declined_after_the_respond_by_gets_the_counter_answer_time() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = countered(&db, &w, "7102", "700.00").await;
        let late: Timestamp = "2026-12-01T13:00:00.250Z".parse().expect("instant");
        db.clock.set(late);
        let d = db.app.decline_counter(w.manager, deal, "").await.expect("decline");
        let expected: Timestamp = "2026-12-03T13:00:00.250Z".parse().expect("instant");
        assert!(same_instant(d.terms.respond_by, expected), "{}: {}", db.label, d.terms.respond_by);
        match last_notice(&db).await {
            Notice::CounterDeclined { due, note, .. } => {
                assert!(same_instant(due, expected), "{}", db.label);
                assert_eq!(note, "", "{}", db.label);
            }
            other => panic!("{}: {other:?}", db.label),
        }
        let d = db.app.accept_offer(&chat, deal, d.terms.fingerprint()).await.expect("accept the reopened offer");
        assert_eq!(d.stage, Stage::Contracted, "{}", db.label);
    }
}

#[tokio::test]
async fn countering_back_revises_the_fee_with_a_note_and_needs_a_new_acceptance() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = countered(&db, &w, "7201", "650.00").await;

        let before = snapshot(&db, deal).await;
        let usd = Money::parse("550.00 USD").expect("money");
        let wrong = db.app.counter_back(w.manager, deal, usd, "halfway").await;
        assert_eq!(wrong.as_ref().map(|_| ()).map_err(AppError::code), Err("invalid-value"), "{}", db.label);
        let zero = db.app.counter_back(w.manager, deal, eur("0.00"), "").await;
        assert!(matches!(zero, Err(AppError::Domain(DomainError::Invalid { .. }))), "{}: {zero:?}", db.label);
        let reviewer = db.app.counter_back(w.reviewer, deal, eur("550.00"), "").await;
        assert!(matches!(reviewer, Err(AppError::Forbidden { .. })), "{}: {reviewer:?}", db.label);
        assert_eq!(snapshot(&db, deal).await, before, "{}", db.label);

        let d = db.app.counter_back(w.manager, deal, eur("550.00"), "We can meet you halfway.").await.expect("back");
        assert_eq!((d.stage, d.terms.fee, d.counter_fee), (Stage::Offered, eur("550.00"), None), "{}", db.label);
        match last_notice(&db).await {
            Notice::OfferRevised { fee, changed, note, .. } => {
                assert_eq!(
                    (fee, changed, note),
                    (eur("550.00"), vec!["fee".to_string()], Some("We can meet you halfway.".to_string()))
                );
            }
            other => panic!("{}: {other:?}", db.label),
        }
        let stale = db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await;
        assert!(matches!(stale, Err(AppError::Domain(DomainError::TermsChanged))), "{}: {stale:?}", db.label);

        let before = snapshot(&db, deal).await;
        let no_counter = db.app.counter_back(w.manager, deal, eur("520.00"), "").await;
        assert!(matches!(no_counter, Err(AppError::Domain(DomainError::IllegalTransition { .. }))), "{no_counter:?}");
        assert_eq!(snapshot(&db, deal).await, before, "{}", db.label);

        let d = db.app.accept_offer(&chat, deal, d.terms.fingerprint()).await.expect("accept 550");
        assert_eq!((d.stage, d.terms.fee), (Stage::Contracted, eur("550.00")), "{}", db.label);
    }
}

#[tokio::test]
async fn the_negotiation_shows_the_offer_the_counter_the_round_and_who_said_what() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = countered(&db, &w, "7301", "650.00").await;
        let n = db.app.negotiation(w.viewer, deal).await.expect("every role may read");
        assert_eq!(
            (n.stage, n.offer_fee, n.counter, n.round),
            (Stage::Negotiating, eur("500.00"), Some(eur("650.00")), 1)
        );
        assert_eq!(n.waiting_on, Some(Party::Brand), "{}", db.label);
        let answer_by: Timestamp = "2026-11-26T09:00:00.123Z".parse().expect("instant");
        assert!(n.answer_by.is_some_and(|a| same_instant(a, answer_by)), "{}: {:?}", db.label, n.answer_by);

        db.app.counter_back(w.manager, deal, eur("550.00"), "Halfway?").await.expect("back");
        db.app.counter_offer(&chat, deal, eur("600.00")).await.expect("second counter");
        db.app.decline_counter(w.manager, deal, "550 is our limit").await.expect("decline");

        let n = db.app.negotiation(w.manager, deal).await.expect("negotiation");
        assert_eq!(
            (n.stage, n.offer_fee, n.counter, n.round),
            (Stage::Offered, eur("550.00"), None, 2),
            "{}",
            db.label
        );
        assert_eq!(n.waiting_on, Some(Party::Creator), "{}", db.label);
        assert!(n.answer_by.is_some_and(|a| same_instant(a, terms(Platform::TikTok).respond_by)), "{}", db.label);
        let steps: Vec<_> = n.history.iter().map(|s| (s.party, s.step, s.fee, s.note.clone())).collect();
        assert_eq!(
            steps,
            vec![
                (Party::Brand, NegotiationMove::Offer, Some(eur("500.00")), None),
                (Party::Creator, NegotiationMove::Counter, Some(eur("650.00")), None),
                (Party::Brand, NegotiationMove::CounterBack, Some(eur("550.00")), Some("Halfway?".into())),
                (Party::Creator, NegotiationMove::Counter, Some(eur("600.00")), None),
                (Party::Brand, NegotiationMove::DeclineCounter, Some(eur("550.00")), Some("550 is our limit".into())),
            ],
            "{}",
            db.label
        );
        assert!(n.history.windows(2).all(|p| p[0].at <= p[1].at), "{}: oldest first", db.label);

        let other = stranger(&db, &w).await;
        let foreign = db.app.negotiation(other, deal).await;
        assert!(matches!(foreign, Err(AppError::NotFound("deal"))), "{}: {foreign:?}", db.label);
        let missing = db.app.negotiation(w.manager, DealId(999_999)).await;
        assert!(matches!(missing, Err(AppError::NotFound("deal"))), "{}: {missing:?}", db.label);
    }
}

#[tokio::test]
async fn a_refused_post_waits_for_a_new_link_and_frees_the_old_one() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = published(&db, &w, "7401").await;
        let other = stranger(&db, &w).await;

        let before = snapshot(&db, deal).await;
        let empty = db.app.refuse_post(w.reviewer, deal, "   ").await;
        assert_eq!(empty.as_ref().map(|_| ()).map_err(AppError::code), Err("invalid-value"), "{}", db.label);
        let viewer = db.app.refuse_post(w.viewer, deal, "no disclosure").await;
        assert!(matches!(viewer, Err(AppError::Forbidden { .. })), "{}: {viewer:?}", db.label);
        let foreign = db.app.refuse_post(other, deal, "no disclosure").await;
        assert!(matches!(foreign, Err(AppError::NotFound("deal"))), "{}: {foreign:?}", db.label);
        assert_eq!(snapshot(&db, deal).await, before, "{}", db.label);

        let d =
            db.app.refuse_post(w.reviewer, deal, "The #publi tag is missing from the caption.").await.expect("refuse");
        assert_eq!((d.stage, d.post_url.as_deref()), (Stage::Approved, None), "{}", db.label);
        match last_notice(&db).await {
            Notice::PostRefused { deal: id, url, reason, .. } => {
                assert_eq!(id, deal);
                assert_eq!(url, "https://www.tiktok.com/@ana.lima/video/42", "{}", db.label);
                assert_eq!(reason, "The #publi tag is missing from the caption.");
            }
            other => panic!("{}: {other:?}", db.label),
        }
        let verify = db.app.verify_post(w.reviewer, deal).await;
        assert!(matches!(verify, Err(AppError::Domain(DomainError::IllegalTransition { .. }))), "{verify:?}");

        // The same post, fixed, may be sent again: the refused link no longer counts as used.
        let d = db.app.submit_post(&chat, deal, "https://www.tiktok.com/@ana.lima/video/42").await.expect("again");
        assert_eq!(d.stage, Stage::Published, "{}", db.label);
        db.app.verify_post(w.reviewer, deal).await.expect("verify");
        let before = snapshot(&db, deal).await;
        let late = db.app.refuse_post(w.reviewer, deal, "changed my mind").await;
        assert!(matches!(late, Err(AppError::Domain(DomainError::IllegalTransition { .. }))), "{late:?}");
        assert_eq!(snapshot(&db, deal).await, before, "{}: a verified post stands", db.label);
    }
}

#[tokio::test]
async fn the_cancel_preview_says_what_cancelling_then_does() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "7501").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");

        let p = db.app.cancel_preview(w.manager, deal).await.expect("preview");
        assert_eq!((p.stage, p.campaign.as_str(), p.creator.as_str()), (Stage::Contracted, "Glow Launch", "Ana Lima"));
        let lines: Vec<_> =
            p.payments.iter().map(|l| (l.payment.kind, l.payment.amount, l.payment.status, l.effect)).collect();
        assert_eq!(
            lines,
            vec![(PaymentKind::Deposit, eur("150.00"), PaymentStatus::Due, CancelEffect::Voided)],
            "{}",
            db.label
        );

        // Once the deposit is paid, it stays paid.
        let deposit = p.payments[0].payment.id;
        db.app.mark_paid(w.finance, deposit, "SEPA-1").await.expect("paid");
        let p = db.app.cancel_preview(w.manager, deal).await.expect("preview");
        assert_eq!(p.payments[0].effect, CancelEffect::StaysPaid, "{}", db.label);
        assert_eq!(p.voided().count(), 0);

        let before = snapshot(&db, deal).await;
        let viewer = db.app.cancel_preview(w.viewer, deal).await;
        assert!(matches!(viewer, Err(AppError::Forbidden { .. })), "{}: {viewer:?}", db.label);
        let other = stranger(&db, &w).await;
        assert!(matches!(db.app.cancel_preview(other, deal).await, Err(AppError::NotFound("deal"))));
        assert_eq!(snapshot(&db, deal).await.deal, before.deal, "{}: a preview changes nothing", db.label);

        db.app.cancel_deal(w.manager, deal, "product recalled").await.expect("cancel");
        let after = db.store.payments(deal).await.expect("payments");
        assert_eq!(after.iter().map(|p| p.status).collect::<Vec<_>>(), vec![PaymentStatus::Paid], "{}", db.label);

        // A second deal with its deposit open: the preview's voided payments are the ones cancelled.
        let spec = linkstar_testkit::world::campaign_spec("Second Wave");
        let c2 = db.app.create_campaign(w.manager, w.brand, spec).await.expect("campaign");
        let inv = db.app.make_offer(w.manager, c2, w.ana, terms(Platform::TikTok)).await.expect("offer");
        db.app.link_chat(&chat, inv.token.expose()).await.expect("link");
        db.app.accept_offer(&chat, inv.deal_id, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let p = db.app.cancel_preview(w.manager, inv.deal_id).await.expect("preview");
        let voided: Vec<_> = p.voided().map(|p| p.id).collect();
        db.app.cancel_deal(w.manager, inv.deal_id, "budget cut").await.expect("cancel");
        let cancelled: Vec<_> = db
            .store
            .payments(inv.deal_id)
            .await
            .expect("payments")
            .into_iter()
            .filter(|p| p.status == PaymentStatus::Cancelled)
            .map(|p| p.id)
            .collect();
        assert_eq!((voided.len(), voided), (1, cancelled), "{}", db.label);

        let (live, _) = published(&db, &w, "7502").await;
        let too_late = db.app.cancel_preview(w.manager, live).await;
        assert!(matches!(too_late, Err(AppError::Domain(DomainError::IllegalTransition { .. }))), "{too_late:?}");
    }
}

#[tokio::test]
async fn timed_review_notes_are_checked_before_they_reach_the_creator() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "7601").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.submit_draft(&chat, deal, video(), &limits()).await.expect("draft");

        let before = snapshot(&db, deal).await;
        let bad = db.app.request_changes(w.reviewer, deal, "0:12 show the label\n0:75 brighter", false).await;
        assert!(
            matches!(&bad, Err(AppError::Domain(DomainError::ReviewNoteTime { line: 2, time })) if time == "0:75"),
            "{}: {bad:?}",
            db.label
        );
        assert_eq!(bad.map(|_| ()).map_err(|e| e.code()), Err("review-note-time"));
        assert_eq!(snapshot(&db, deal).await, before, "{}", db.label);

        let d = db.app.request_changes(w.reviewer, deal, "0:12 show the label\n1:02:03 brighter", false).await;
        assert_eq!(d.expect("changes").stage, Stage::ChangesRequested, "{}", db.label);
        match last_notice(&db).await {
            Notice::ChangesRequested { notes, .. } => assert_eq!(notes, "0:12 show the label\n1:02:03 brighter"),
            other => panic!("{}: {other:?}", db.label),
        }
    }
}
