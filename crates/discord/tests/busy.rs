//! Discord's 3-second window with a busy database: while another connection holds
//! SQLite's write lock for 4 s (a long import), a button press is still acknowledged in
//! time (a deferred update) and the creator gets the confirmation once the lock is
//! free; Propose a fee opens its modal at once from reads alone, and the modal's submit
//! does the work: a refused amount leaves the creator free to try again, a good one is
//! the counter-offer.

mod support;

use std::time::Duration;

use linkstar_core::money::Money;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Label, Language, Line};
use linkstar_testkit::discord::{ACK_WINDOW, FakeDiscord, Posted};
use linkstar_testkit::world::terms;
use serde_json::Value;
use support::{Act, DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_051;
const BEA: u64 = 700_000_000_000_000_052;
const LOCK: Duration = Duration::from_secs(4);

/// Links `user` with `token` and returns the invite card.
async fn linked(h: &Harness, user: u64, locale: &str, token: &str) -> Posted {
    h.ask(user, locale, &Act::link(token)).await;
    h.outbox_drained().await;
    h.fake.posted_to(user).into_iter().find(|p| p.via == "dm" && !p.buttons.is_empty()).expect("the invite card")
}

fn button(card: &Posted, prefix: &str) -> String {
    card.buttons.iter().find(|(_, id)| id.starts_with(prefix)).expect("button").1.clone()
}

/// The modal the interaction `token` was answered with.
async fn modal(fake: &FakeDiscord, token: &str) -> Value {
    let answered = |f: &FakeDiscord| f.callbacks().iter().any(|(t, kind, _)| t == token && *kind == 9);
    assert!(fake.wait_until(WAIT, answered).await, "no modal: {:#?}", fake.callbacks());
    fake.callbacks().into_iter().find(|(t, _, _)| t == token).map(|(_, _, body)| body).expect("modal")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_press_while_the_database_is_locked_is_acknowledged_in_time_and_still_answered() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let card = linked(&h, ANA, "de", offer.token.expose()).await;

    let lock = h.lock_database(LOCK).await;
    let started = tokio::time::Instant::now();
    let seen = fake.posted_to(ANA).len();
    let token = fake.button(ANA, "de", &button(&card, "acc:"));
    let posted = fake.wait_posted(ANA, seen + 1, WAIT).await;
    let waited = started.elapsed();
    let acked = fake.acknowledged(&token).expect("the press was acknowledged");
    assert!(acked < ACK_WINDOW, "acknowledged after {acked:?}");
    assert!(waited >= LOCK - Duration::from_millis(500), "answered in {waited:?}, before the lock was free?");
    assert_eq!(posted[seen].content, words.said(Line::Accepted { campaign: "Glow Launch" }, Language::DeDe));
    assert_eq!(h.stage(offer.deal_id).await, Stage::Contracted);
    assert!(fake.edits().iter().any(|(t, body)| *t == token && body["components"] == Value::Array(vec![])));
    lock.await.expect("lock released");
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fee_modal_opens_at_once_and_its_submit_is_the_counter_offer() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    for (user, creator, locale, language) in [(ANA, w.ana, "de", Language::DeDe), (BEA, w.bea, "es-ES", Language::EsEs)]
    {
        let offer = db.app.make_offer(w.manager, w.campaign, creator, terms(Platform::TikTok)).await.expect("offer");
        let card = linked(&h, user, locale, offer.token.expose()).await;
        let fee = button(&card, "fee:");
        let example = offer_fee(&h, offer.deal_id).await;

        // The database is busy, yet the modal opens at once, in the creator's language,
        // asking the question of their deal; nothing was written for it.
        let events = h.events().await;
        let lock = h.lock_database(LOCK).await;
        let token = fake.button(user, locale, &fee);
        let opened = modal(fake, &token).await;
        assert!(fake.acknowledged(&token).expect("answered") < ACK_WINDOW);
        assert_eq!(opened["data"]["title"], words.label(Label::ButtonProposeFee, language));
        let field = &opened["data"]["components"][0]["components"][0];
        assert_eq!(field["label"], words.label(Label::FieldFee, language));
        let question = words.said(Line::AskFee { campaign: "Glow Launch", example }, language);
        assert_eq!(field["placeholder"], question.chars().take(100).collect::<String>());
        lock.await.expect("lock released");
        assert_eq!(h.events().await, events, "opening the modal changed something");

        // An amount it cannot read is refused; the deal stays offered.
        let seen = fake.posted_to(user).len();
        fake.modal(user, locale, &fee, "lots");
        let refused = fake.wait_posted(user, seen + 1, WAIT).await.remove(seen);
        assert_eq!(refused.content, words.said(Line::FeeInvalid { example }, language));
        assert_eq!(h.stage(offer.deal_id).await, Stage::Offered);

        // Trying again: the modal opens again and the amount is the counter-offer.
        let token = fake.button(user, locale, &fee);
        modal(fake, &token).await;
        let seen = fake.posted_to(user).len();
        fake.modal(user, locale, &fee, "600");
        let sent = fake.wait_posted(user, seen + 1, WAIT).await.remove(seen);
        let fee = Money::new(60_000, example.currency);
        assert_eq!(sent.content, words.said(Line::CounterSent { fee }, language));
        assert_eq!(h.stage(offer.deal_id).await, Stage::Negotiating);
    }
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

/// The fee the deal offers now.
async fn offer_fee(h: &Harness, deal: linkstar_core::ids::DealId) -> Money {
    use linkstar_app::ChatStore;
    ChatStore::find_deal(&*h.db.store, deal).await.expect("read").expect("deal").terms.fee
}
