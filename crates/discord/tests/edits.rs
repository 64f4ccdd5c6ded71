//! Edited DMs: an edit that is the answer a step waits for (the fee after a refused
//! amount) is taken as that answer; any other edit is answered, in the creator's
//! language, and changes nothing; a link preview Discord adds is no edit at all.

mod support;

use std::time::Duration;

use serde_json::json;

use linkstar_core::money::Money;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{DiscordLine, Language, Line};
use linkstar_testkit::discord::Posted;
use linkstar_testkit::world::terms;
use support::{Act, DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_071;
const BEA: u64 = 700_000_000_000_000_072;

async fn next(h: &Harness, user: u64) -> Posted {
    let seen = h.fake.posted_to(user).len();
    let posted = h.fake.wait_posted(user, seen + 1, WAIT).await;
    assert!(posted.len() > seen, "no answer");
    posted[seen].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_awaited_edit_is_the_answer_and_any_other_is_answered() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    h.ask(ANA, "de", &Act::link(offer.token.expose())).await;
    h.outbox_drained().await;
    let card = fake.posted_to(ANA).into_iter().find(|p| !p.buttons.is_empty()).expect("the invite card");
    let fee = card.buttons.iter().find(|(_, id)| id.starts_with("fee:")).expect("propose a fee").1.clone();

    // A DM, then an edit of it while nothing waits for text: answered in German.
    let message = h.ask(ANA, "de", &Act::Dm("hallo".into())).await;
    assert_eq!(message.via, "dm");
    let message_id = fake.dm(ANA, "ich schlage etwas vor");
    next(&h, ANA).await;
    let events = h.events().await;
    let seen = fake.posted_to(ANA).len();
    fake.edit_dm(ANA, message_id, "ich schlage 600 vor");
    let answer = fake.wait_posted(ANA, seen + 1, WAIT).await.remove(seen);
    assert_eq!(answer.content, words.discord(DiscordLine::EditNotTaken, Language::DeDe));
    assert_eq!(h.events().await, events);

    // Discord adding a link preview is no edit: nothing is said.
    let seen = fake.posted_to(ANA).len();
    fake.unfurl_dm(ANA, message_id);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(fake.posted_to(ANA).len(), seen, "a preview was answered: {:#?}", fake.posted_to(ANA));

    // The fee modal with an amount it cannot read: now a fee is awaited, and the edit
    // of the DM to an amount is the counter-offer.
    let seen = fake.posted_to(ANA).len();
    fake.modal(ANA, "de", &fee, "viel");
    let example = Money::new(50_000, linkstar_core::money::Currency::parse("EUR").expect("EUR"));
    let refused = fake.wait_posted(ANA, seen + 1, WAIT).await.remove(seen);
    assert_eq!(refused.content, words.said(Line::FeeInvalid { example }, Language::DeDe));
    let seen = fake.posted_to(ANA).len();
    fake.edit_dm(ANA, message_id, "600");
    let answer = fake.wait_posted(ANA, seen + 1, WAIT).await.remove(seen);
    let sent = words.said(Line::CounterSent { fee: Money::new(60_000, example.currency) }, Language::DeDe);
    assert_eq!(answer.content, sent);
    assert_eq!(h.stage(offer.deal_id).await, Stage::Negotiating);

    // Bea is not linked; her client is French: her edit is answered in French.
    h.ask(BEA, "fr", &Act::Slash("help", json!([]), json!({}))).await;
    let message_id = fake.dm(BEA, "bonjour");
    next(&h, BEA).await;
    let seen = fake.posted_to(BEA).len();
    fake.edit_dm(BEA, message_id, "bonjour !");
    let answer = fake.wait_posted(BEA, seen + 1, WAIT).await.remove(seen);
    assert_eq!(answer.content, words.discord(DiscordLine::EditNotTaken, Language::FrFr));
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
