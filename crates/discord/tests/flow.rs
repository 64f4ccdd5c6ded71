//! The Discord bot end to end against the fake Discord (REST and gateway, serenity's real
//! client): a creator whose Discord locale is pt-BR links with `/link`, gets the invite
//! as a DM with buttons, proposes a fee through the modal, and reads every message in
//! Portuguese; a used token is refused in Portuguese and changes nothing.

mod support;

use std::time::Duration;

use serde_json::json;

use linkstar_core::checks::{FileFacts, FileLimits, check_file};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Label, Language, Line};
use linkstar_testkit::discord::{FakeDiscord, Fault, Posted};
use linkstar_testkit::world::terms;
use support::{DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_001;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pt_br_creator_links_gets_the_invite_and_proposes_a_fee_in_portuguese() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let token = offer.token.expose().to_string();
    let pt = Language::PtBr;

    // /link TOKEN: deferred at once, answered in Portuguese.
    let link = json!([{"name": "token", "type": 3, "value": token}]);
    fake.slash_command(ANA, "pt-BR", "link", link.clone(), json!({}));
    // The answer and the invite (the worker may be faster than the answer).
    let posted = fake.wait_posted(ANA, 2, WAIT).await;
    let answer = posted.iter().find(|p| p.via == "response").expect("the answer");
    assert_eq!(answer.content, words.said(Line::Linked { name: "Ana Lima", campaign: "Glow Launch" }, pt));
    assert!(fake.callbacks().iter().any(|(_, kind, _)| *kind == 5), "the command was deferred");

    // The invite arrives as a DM with the buttons, in Portuguese.
    let invite = posted.iter().find(|p| p.via == "dm" && !p.buttons.is_empty()).expect("the invite card");
    let labels: Vec<&str> = invite.buttons.iter().map(|(l, _)| l.as_str()).collect();
    assert!(labels.contains(&words.label(Label::ButtonAccept, pt).as_str()), "{labels:?}");
    let fee = invite.buttons.iter().find(|(_, id)| id.starts_with("fee:")).expect("propose a fee").1.clone();

    // The same token again: refused in Portuguese, nothing changes.
    let before = fake.posted_to(ANA).len();
    fake.slash_command(ANA, "pt-BR", "link", link, json!({}));
    let posted = fake.wait_posted(ANA, before + 1, WAIT).await;
    let connected = words.said(Line::AlreadyLinked { campaign: "Glow Launch" }, pt);
    assert!(posted[before].content.starts_with(&connected), "{:?}", posted[before]);

    // Propose a fee: a modal asks the amount; the typed amount is the counter-offer.
    fake.button(ANA, "pt-BR", &fee);
    let deadline = tokio::time::Instant::now() + WAIT;
    while !fake.callbacks().iter().any(|(_, kind, _)| *kind == 9) && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let modal = fake.callbacks().into_iter().find(|(_, kind, _)| *kind == 9).expect("a modal");
    assert_eq!(modal.2["data"]["title"], words.label(Label::ButtonProposeFee, pt));
    let before = fake.posted_to(ANA).len();
    fake.modal(ANA, "pt-BR", &fee, "600 EUR");
    let posted = fake.wait_posted(ANA, before + 1, WAIT).await;
    assert!(posted[before].content.starts_with("Obrigado!"), "{}", posted[before].content);
    assert_eq!(h.stage(offer.deal_id).await, Stage::Negotiating);

    // A DM typed as text works too: /deals as a message.
    let before = fake.posted_to(ANA).len();
    fake.dm(ANA, "/deals");
    let posted = fake.wait_posted(ANA, before + 1, WAIT).await;
    assert_eq!(posted[before].via, "dm");
    assert!(posted[before].content.starts_with(&words.said(Line::StatusTitle, pt)), "{:?}", posted[before]);

    // Every request fitted the API description; the commands were registered localized.
    assert_eq!(fake.problems(), Vec::<String>::new());
    let put = fake.calls().into_iter().find(|c| c.method == "PUT").expect("commands registered");
    let body = put.body.expect("body");
    assert_eq!(body[2]["description_localizations"]["pt-BR"], words.label(Label::CommandDraft, pt));
    h.stop().await;
}

/// Waits for the next message posted to Ana after `seen`.
async fn next(fake: &FakeDiscord, seen: &mut usize) -> Posted {
    let posted = fake.wait_posted(ANA, *seen + 1, WAIT).await;
    assert!(posted.len() > *seen, "nothing new after {seen}: {posted:#?}");
    *seen += 1;
    posted[*seen - 1].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_flow_on_discord_in_portuguese() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let pt = Language::PtBr;
    let said = |line| words.said(line, pt);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let deal = offer.deal_id;
    let mut seen = 0;

    fake.slash_command(
        ANA,
        "pt-BR",
        "link",
        json!([{"name": "token", "type": 3, "value": offer.token.expose()}]),
        json!({}),
    );
    // The answer and the invite, in either order, both in Portuguese.
    let two = [next(fake, &mut seen).await, next(fake, &mut seen).await];
    let answer = two.iter().find(|p| p.via == "response").expect("the answer");
    assert_eq!(answer.content, said(Line::Linked { name: "Ana Lima", campaign: "Glow Launch" }));
    let invite = two.iter().find(|p| p.via == "dm").expect("the invite").clone();
    assert!(invite.content.contains("Cachê"), "{invite:?}");
    let accept = invite.buttons.iter().find(|(_, id)| id.starts_with("acc:")).expect("accept").1.clone();

    fake.button(ANA, "pt-BR", &accept);
    // The answer, the contract confirmation and the deposit, in some order.
    let texts =
        [next(fake, &mut seen).await, next(fake, &mut seen).await, next(fake, &mut seen).await].map(|p| p.content);
    assert!(texts.contains(&said(Line::Accepted { campaign: "Glow Launch" })), "{texts:#?}");
    assert_eq!(h.stage(deal).await, Stage::Contracted);
    // The press was acknowledged with a deferred update; the settled card then lost
    // its buttons by an edit of the message they were under.
    assert!(fake.callbacks().iter().any(|(_, kind, _)| *kind == 6), "a deferred update");
    assert!(fake.edits().iter().any(|(_, body)| body["components"] == json!([])), "the card lost its buttons");

    // A draft through /draft with an attachment and a caption.
    let draft = |name: &str, bytes: &[u8]| {
        let url = fake.attachment(name, bytes.to_vec());
        let id = fake.next_id().to_string();
        let options = json!([{"name": "file", "type": 11, "value": id},
            {"name": "caption", "type": 3, "value": "Minha rotina com Glow #glowserum #publi"}]);
        let resolved = json!({"attachments": {id.clone(): {"id": id, "filename": name, "size": bytes.len(),
            "url": url, "proxy_url": url, "content_type": "video/mp4"}}});
        fake.slash_command(ANA, "pt-BR", "draft", options, resolved);
    };
    // Bad input: a file of a type not allowed is answered in Portuguese, never fetched,
    // and changes nothing.
    let id = fake.next_id().to_string();
    let resolved = json!({"attachments": {id.clone(): {"id": id, "filename": "setup.exe", "size": 10,
        "url": "http://127.0.0.1:9/never", "proxy_url": "http://127.0.0.1:9/never",
        "content_type": "application/x-msdownload"}}});
    fake.slash_command(ANA, "pt-BR", "draft", json!([{"name": "file", "type": 11, "value": id}]), resolved);
    let facts = FileFacts {
        name: "setup.exe".into(),
        mime: "application/x-msdownload".into(),
        size_bytes: 10,
        sha256: String::new(),
    };
    let problem = check_file(&facts, &FileLimits::default()).remove(0);
    assert_eq!(next(fake, &mut seen).await.content, words.file_check(&problem, pt));
    assert_eq!(h.stage(deal).await, Stage::Contracted);

    // A server error on the answer delays it; nothing is lost.
    fake.fail_next("/messages/@original", Fault::ServerError);
    draft("draft-1.mp4", b"first cut");
    let got = next(fake, &mut seen).await.content;
    assert!(got.starts_with(&said(Line::DraftReceived { campaign: "Glow Launch", version: 1 })), "{got}");
    assert!(fake.calls().iter().any(|c| c.status == 500), "the fault was served");
    assert_eq!(h.stage(deal).await, Stage::InReview);

    db.app.request_changes(w.reviewer, deal, "Mais luz", false).await.expect("changes");
    let notes = next(fake, &mut seen).await;
    assert_eq!(notes.via, "dm");
    assert!(notes.content.contains("Mais luz"), "{notes:?}");
    draft("draft-2.mp4", b"second cut");
    let got = next(fake, &mut seen).await.content;
    assert!(got.starts_with(&said(Line::DraftReceived { campaign: "Glow Launch", version: 2 })), "{got}");

    db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
    assert_eq!(next(fake, &mut seen).await.via, "dm");
    let post = "https://www.tiktok.com/@ana.lima/video/7312345678901234567";
    fake.slash_command(ANA, "pt-BR", "post", json!([{"name": "url", "type": 3, "value": post}]), json!({}));
    // The publish window has not opened yet: asked to confirm the post is live first.
    let early = next(fake, &mut seen).await;
    assert_eq!(h.stage(deal).await, Stage::Approved);
    let live = early.buttons.iter().find(|(_, id)| id.starts_with("live:")).expect("it's live").1.clone();
    fake.button(ANA, "pt-BR", &live);
    assert_eq!(next(fake, &mut seen).await.content, said(Line::PostReceived { campaign: "Glow Launch" }));
    assert_eq!(h.stage(deal).await, Stage::Published);

    // Bad input: the same link again is refused in Portuguese and changes nothing.
    fake.slash_command(ANA, "pt-BR", "post", json!([{"name": "url", "type": 3, "value": post}]), json!({}));
    let refused = next(fake, &mut seen).await.content;
    assert_ne!(refused, said(Line::PostReceived { campaign: "Glow Launch" }));
    assert_eq!(h.stage(deal).await, Stage::Published);

    // Every message Ana read came from the Portuguese messages, and every request fitted.
    for p in fake.posted_to(ANA) {
        assert!(!p.content.contains("Your ") && !p.content.contains("Thanks"), "English slipped through: {p:?}");
    }
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fee_modal_speaks_the_language_the_creator_chose_not_the_clients() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let link = json!([{"name": "token", "type": 3, "value": offer.token.expose()}]);
    fake.slash_command(ANA, "pt-BR", "link", link, json!({}));
    let invite = fake.wait_posted(ANA, 2, WAIT).await.into_iter().find(|p| p.via == "dm").expect("the invite");
    let fee = invite.buttons.iter().find(|(_, id)| id.starts_with("fee:")).expect("propose a fee").1.clone();

    // /language on a pt-BR client; Ana picks German.
    let before = fake.posted_to(ANA).len();
    fake.slash_command(ANA, "pt-BR", "language", json!([]), json!({}));
    let menu = fake.wait_posted(ANA, before + 1, WAIT).await.remove(before);
    let german = menu.buttons.iter().find(|(_, id)| id == "lang:de-DE").expect("Deutsch").1.clone();
    let before = fake.posted_to(ANA).len();
    fake.button(ANA, "pt-BR", &german);
    let changed = fake.wait_posted(ANA, before + 1, WAIT).await.remove(before);
    assert_eq!(changed.content, words.language_changed(Language::DeDe));

    // Propose a fee, still from the pt-BR client: the modal is in German.
    fake.button(ANA, "pt-BR", &fee);
    let deadline = tokio::time::Instant::now() + WAIT;
    let modal = loop {
        if let Some(modal) = fake.callbacks().into_iter().find(|(_, kind, _)| *kind == 9) {
            break modal.2;
        }
        assert!(tokio::time::Instant::now() < deadline, "no modal");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(modal["data"]["title"], words.label(Label::ButtonProposeFee, Language::DeDe));
    let field = &modal["data"]["components"][0]["components"][0];
    assert_eq!(field["label"], words.label(Label::FieldFee, Language::DeDe));
    assert_ne!(field["label"], words.label(Label::FieldFee, Language::PtBr));
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
