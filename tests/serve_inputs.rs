//! `linkstar serve` end to end: negotiation paths, bad input answered in the creator's
//! language with nothing changed, other creators' deals out of reach, redelivered
//! updates handled once, and `/language`.

mod support;

use std::time::Duration;

use linkstar_app::Store;
use linkstar_core::checks::{FileLimits, FileProblem};
use linkstar_core::ids::DealId;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};
use linkstar_testkit::telegram::Sent;
use support::{Harness, WAIT};

/// Sends `text` from `chat` and returns the one reply.
async fn ask(h: &Harness, chat: i64, code: &str, text: &str) -> Sent {
    let before = h.fake.sent_to(chat).len();
    h.fake.text(chat, Some(code), text);
    h.fake.wait_for_messages(chat, before + 1, WAIT).await.remove(before)
}

/// Presses a button from `chat` and returns the one reply.
async fn press(h: &Harness, chat: i64, code: &str, message_id: i64, data: &str) -> Sent {
    let before = h.fake.sent_to(chat).len();
    h.fake.press(chat, Some(code), message_id, data);
    h.fake.wait_for_messages(chat, before + 1, WAIT).await.remove(before)
}

/// Links `chat` to a fresh offer and returns the deal and its card.
async fn linked_offer(
    h: &Harness,
    creator: linkstar_core::ids::CreatorId,
    platform: Platform,
    chat: i64,
    code: &str,
) -> (DealId, Sent) {
    let inv = h.offer(creator, platform).await;
    let before = h.fake.sent_to(chat).len();
    h.fake.text(chat, Some(code), &format!("/start {}", inv.token.expose()));
    let got = h.fake.wait_for_messages(chat, before + 2, WAIT).await;
    let card = got.into_iter().rev().find(|m| m.buttons.len() == 4).expect("card");
    (inv.deal_id, card)
}

/// Waits for the offer card of `deal` in `chat`.
async fn card_for(h: &Harness, chat: i64, deal: DealId) -> Sent {
    let prefix = format!("acc:{deal}:");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        if let Some(card) =
            h.fake.sent_to(chat).into_iter().find(|m| m.buttons.first().is_some_and(|b| b.1.starts_with(&prefix)))
        {
            return card;
        }
        assert!(std::time::Instant::now() < deadline, "no card for deal {deal} in chat {chat}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn negotiation_bad_input_and_other_creators_deals() {
    let mut h = Harness::new().await;
    h.env("LINKSTAR_MAX_FILE_BYTES", "1000000");
    h.start();
    let es = Language::EsEs;
    let err = |code: &str, l: Language| h.words.error(code, l);

    // Ana (Portuguese, Telegram in English) counters; the brand takes her fee; she accepts.
    let (ana_deal, card) = linked_offer(&h, h.world.ana, Platform::TikTok, 3001, "en").await;
    let ask_fee = press(&h, 3001, "en", card.message_id, &card.buttons[2].1).await;
    assert!(ask_fee.text.contains("EUR") && ask_fee.text.contains("500"), "{ask_fee:?}");
    let events = h.events().await;
    let bad = ask(&h, 3001, "en", "lots of money").await;
    assert_eq!(bad.text, h.words.say(Line::FeeInvalid { example: h.terms(Platform::TikTok).fee }, Language::EnUs));
    assert_eq!(h.events().await, events, "a bad fee changes nothing");
    let sent = ask(&h, 3001, "en", "650").await;
    let fee = linkstar_core::money::Money::new(65_000, h.terms(Platform::TikTok).fee.currency);
    assert_eq!(sent.text, h.words.say(Line::CounterSent { fee }, Language::EnUs));
    assert_eq!(h.stage(ana_deal).await, Stage::Negotiating);
    h.app.accept_counter(h.world.manager, ana_deal).await.expect("take the counter");
    let revised = h.fake.wait_for_messages(3001, 6, WAIT).await.remove(5);
    assert_eq!(revised.buttons.len(), 4, "the revised offer comes as a card: {revised:?}");
    let accepted = press(&h, 3001, "en", revised.message_id, &revised.buttons[0].1).await;
    assert_eq!(accepted.text, h.words.say(Line::Accepted { campaign: "Glow Launch" }, Language::EnUs));
    assert_eq!(h.stage(ana_deal).await, Stage::Contracted);
    let accept_again = press(&h, 3001, "en", revised.message_id, &revised.buttons[0].1).await;
    assert!(
        accept_again.text.starts_with("You already accepted the offer for Glow Launch on "),
        "told when they accepted: {accept_again:?}"
    );
    // The original card's Accept names the superseded terms; the deal is contracted on
    // the revised ones, which is what the creator is told.
    let stale = press(&h, 3001, "en", card.message_id, &card.buttons[0].1).await;
    assert_eq!(stale.text, accept_again.text);

    // /language: Ana switches to Portuguese, and /help follows.
    let menu = ask(&h, 3001, "en", "/language").await;
    let pt = menu.buttons.iter().find(|(_, data)| data == "lang:pt-BR").expect("Português").1.clone();
    let changed = press(&h, 3001, "en", menu.message_id, &pt).await;
    assert_eq!(changed.text, h.words.language_changed(Language::PtBr));
    let help = ask(&h, 3001, "en", "/help").await;
    let expected = h
        .words
        .say(Line::Help { topic: linkstar_i18n::HelpTopic::Contracted, campaign: "Glow Launch" }, Language::PtBr);
    assert!(help.text.starts_with(&expected), "{help:?}");

    // Bea (Spanish) declines; the card loses its buttons.
    let (bea_deal, bea_card) = linked_offer(&h, h.world.bea, Platform::Instagram, 3002, "es").await;
    let events = h.events().await;

    // Bea cannot see or act on Ana's deal: guessed ids, replayed or forged buttons.
    let shown = &revised.buttons[0].1;
    for forged in [
        shown.clone(),
        format!("dec:{ana_deal}"),
        format!("fee:{ana_deal}"),
        format!("brief:{ana_deal}"),
        "dec:999999".into(),
    ] {
        let reply = press(&h, 3002, "es", 0, &forged).await;
        assert_eq!(reply.text, h.words.say(Line::DealUnavailable, es), "{forged}");
    }
    let garbage = press(&h, 3002, "es", 0, "acc:1:nothex").await;
    assert_eq!(garbage.text, h.words.say(Line::ButtonStale, es));
    assert_eq!(h.stage(ana_deal).await, Stage::Contracted);
    assert_eq!(h.events().await, events, "nothing changed");

    // Bad input, each answered in Spanish, each changing nothing.
    let unknown = ask(&h, 3002, "es", "/dance").await;
    assert_eq!(unknown.text, h.words.say(Line::UnknownCommand, es));
    let early_link = ask(&h, 3002, "es", "https://www.instagram.com/bea.ruiz/p/Cx1_AbC-9/").await;
    let answer_first = h.words.say(Line::ExpectAnswer { campaign: "Glow Launch" }, es);
    assert_eq!(early_link.text, answer_first, "no deal waits for a link yet: the offer waits for an answer");
    let declined = press(&h, 3002, "es", bea_card.message_id, &bea_card.buttons[1].1).await;
    assert_eq!(declined.text, h.words.say(Line::Declined { campaign: "Glow Launch" }, es));
    assert_eq!(h.stage(bea_deal).await, Stage::Declined);
    assert!(h.fake.calls().iter().any(|c| c.method == "editMessageReplyMarkup"), "the card's buttons are removed");

    // A used token and an unknown one.
    let inv = h.offer(h.world.bea, Platform::Instagram).await;
    ask(&h, 3002, "es", &format!("/start {}", inv.token.expose())).await;
    let used = ask(&h, 3003, "es", &format!("/start {}", inv.token.expose())).await;
    assert_eq!(used.text, err("token-used", es));
    let unknown_token = ask(&h, 3003, "es", "/start 0123456789abcdef0123456789abcdef").await;
    assert_eq!(unknown_token.text, err("token-unknown", es));
    let unlinked = ask(&h, 3003, "es", "hola").await;
    assert_eq!(unlinked.text, h.words.say(Line::NotLinked, es));

    // Bea accepts the new offer; then files break the limits, text is not a file.
    let card = card_for(&h, 3002, inv.deal_id).await;
    press(&h, 3002, "es", card.message_id, &card.buttons[0].1).await;
    h.outbox_drained().await;
    let events = h.events().await;
    let limits = FileLimits { max_bytes: 1_000_000, ..FileLimits::default() };
    let before = h.fake.sent_to(3002).len();
    h.fake.big_document(3002, Some("es"), "huge.mp4", "video/mp4", 5_000_000);
    let too_big = h.fake.wait_for_messages(3002, before + 1, WAIT).await.remove(before);
    let problem = FileProblem::TooLarge { size_bytes: 5_000_000, max_bytes: 1_000_000 };
    assert_eq!(too_big.text, h.words.file_check(&problem, es));
    let before = h.fake.sent_to(3002).len();
    h.fake.document(3002, Some("es"), "notes.txt", "text/plain", b"my idea", "");
    let wrong_type = h.fake.wait_for_messages(3002, before + 1, WAIT).await.remove(before);
    let problem = FileProblem::TypeNotAllowed { mime: "text/plain".into(), allowed: limits.allowed_types.clone() };
    assert_eq!(wrong_type.text, h.words.file_check(&problem, es));
    let text = ask(&h, 3002, "es", "aquí va mi borrador").await;
    assert_eq!(text.text, h.words.say(Line::ExpectFile { campaign: "Glow Launch" }, es));
    assert_eq!(h.events().await, events, "refused files and stray text change nothing");
    assert_eq!(h.stage(inv.deal_id).await, Stage::Contracted);

    // A redelivered update changes nothing twice.
    let before = h.fake.sent_to(3002).len();
    let id = h.fake.document(3002, Some("es"), "draft.mp4", "video/mp4", b"cut", "#glowserum #publi");
    h.fake.wait_for_messages(3002, before + 1, WAIT).await;
    let update = h.fake.injected(id).expect("update");
    h.fake.redeliver(&update);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(h.fake.pending_updates(), 0, "the redelivery was fetched");
    assert_eq!(h.store.drafts(inv.deal_id).await.expect("drafts").len(), 1);
    assert_eq!(h.fake.sent_to(3002).len(), before + 1, "one reply only");

    // Approved, a link to another platform and to another account.
    h.app.approve_draft(h.world.reviewer, inv.deal_id, "").await.expect("approve");
    h.outbox_drained().await;
    let events = h.events().await;
    let wrong_platform = ask(&h, 3002, "es", "https://www.youtube.com/watch?v=dQw4w9WgXcQ").await;
    assert_eq!(wrong_platform.text, err("post-link-wrong-platform", es));
    let wrong_account = ask(&h, 3002, "es", "https://www.instagram.com/other_gal/reel/Cx1AbC9/").await;
    assert_eq!(wrong_account.text, err("post-link-wrong-account", es));
    assert_eq!(h.events().await, events);
    assert_eq!(h.stage(inv.deal_id).await, Stage::Approved);

    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

#[tokio::test]
async fn an_expired_invite_is_refused_in_the_creators_language() {
    let mut h = Harness::new().await;
    h.start();
    let mut terms = h.terms(Platform::TikTok);
    terms.respond_by = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_secs(1)).expect("soon");
    let inv = h.app.make_offer(h.world.manager, h.world.campaign, h.world.ana, terms).await.expect("offer");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let reply = ask(&h, 4001, "zh-hans", &format!("/start {}", inv.token.expose())).await;
    assert_eq!(reply.text, h.words.error("token-expired", Language::ZhCn));
    // A Bot API hiccup delays the answer but does not lose it.
    h.fake.fault("sendMessage", linkstar_testkit::telegram::Fault::ServerError, 1);
    h.fake.fault("sendMessage", linkstar_testkit::telegram::Fault::RetryAfter(1), 1);
    let welcome = ask(&h, 4001, "zh-hans", "/start").await;
    assert_eq!(welcome.text, h.words.say(Line::Welcome, Language::ZhCn));
    h.stop();
}
