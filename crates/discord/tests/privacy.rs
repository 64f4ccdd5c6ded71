//! Nothing about a creator's deals is ever shown where others read along: the slash
//! commands are registered for the bot's DM only; a command that still arrives from a
//! server channel is answered ephemerally (flag 64) and so is everything after it; a
//! button under someone else's message is refused to the presser, in their language,
//! and changes nothing.

mod support;

use serde_json::json;

use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{DiscordLine, Language, Line};
use linkstar_testkit::discord::{Origin, Posted};
use linkstar_testkit::world::terms;
use support::{Act, DiscordWords, Harness, WAIT};

const ANA: u64 = 700_000_000_000_000_041;
const BEA: u64 = 700_000_000_000_000_042;
const CAI: u64 = 700_000_000_000_000_043;
const SERVER: u64 = 900_000_000_000_000_001;

/// Waits for the next message posted to `user` after the ones seen.
async fn next(h: &Harness, user: u64, seen: usize) -> Posted {
    let posted = h.fake.wait_posted(user, seen + 1, WAIT).await;
    assert!(posted.len() > seen, "nothing new for {user}: {posted:#?}");
    posted[seen].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_for_the_dm_and_a_server_sees_nothing_of_a_deal() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);

    // Registered for the bot's DM only (contexts [BOT_DM]) as a server-installed app.
    let registered = |f: &linkstar_testkit::discord::FakeDiscord| f.calls().iter().any(|c| c.method == "PUT");
    assert!(fake.wait_until(WAIT, registered).await, "commands registered");
    let put = fake.calls().into_iter().find(|c| c.method == "PUT").expect("commands registered");
    assert_eq!(put.status, 200);
    let commands = put.body.expect("body");
    for command in commands.as_array().expect("a list") {
        assert_eq!(command["contexts"], json!([1]), "{command}");
        assert_eq!(command["integration_types"], json!([0]), "{command}");
        assert!(command.get("dm_permission").is_none(), "{command}");
    }

    // Ana links in her DM; the invite arrives there.
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    h.ask(ANA, "de", &Act::link(offer.token.expose())).await;
    h.outbox_drained().await;

    // /deals typed in a server channel: deferred ephemerally, answered only to Ana, in
    // German, with her deal.
    let seen = fake.posted_to(ANA).len();
    let token = fake.slash_command_in(Origin::Server(SERVER), ANA, "de", "deals", json!([]), json!({}));
    let answer = next(&h, ANA, seen).await;
    assert!(answer.content.starts_with(&words.said(Line::StatusTitle, Language::DeDe)), "{answer:?}");
    assert!(answer.content.contains("Glow Launch"), "{answer:?}");
    assert!(!answer.public, "{answer:?}");
    let deferral = fake.callbacks().into_iter().find(|(t, _, _)| *t == token).expect("deferred");
    assert_eq!((deferral.1, deferral.2["data"]["flags"].as_u64()), (5, Some(64)));

    // /help from the server in English, and /language with its button in German: each
    // answer only to whoever asked, the follow-up flagged ephemeral too.
    let seen = fake.posted_to(CAI).len();
    fake.slash_command_in(Origin::Server(SERVER), CAI, "en-US", "help", json!([]), json!({}));
    let help = next(&h, CAI, seen).await;
    assert_eq!(
        help.content,
        words.said(Line::Help { topic: linkstar_i18n::HelpTopic::NotLinked, campaign: "" }, Language::EnUs)
    );
    assert!(!help.public);
    let seen = fake.posted_to(ANA).len();
    fake.slash_command_in(Origin::Server(SERVER), ANA, "de", "language", json!([]), json!({}));
    let menu = next(&h, ANA, seen).await;
    assert!(!menu.public && !menu.buttons.is_empty(), "{menu:?}");
    let french = menu.buttons.iter().find(|(_, id)| id == "lang:fr-FR").expect("Français").1.clone();
    fake.button_in(Origin::Server(SERVER), ANA, "de", &french, Some(ANA));
    let changed = next(&h, ANA, seen + 1).await;
    assert_eq!(changed.content, words.language_changed(Language::FrFr));
    assert_eq!((changed.via, changed.public), ("followup", false));

    // Nothing anyone else could read was ever posted, and every request fitted.
    assert_eq!(fake.public_posts(), Vec::<Posted>::new());
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_press_on_someone_elses_message_is_refused_in_the_pressers_language() {
    let h = Harness::start().await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let deal = offer.deal_id;
    h.ask(ANA, "de", &Act::link(offer.token.expose())).await;
    h.outbox_drained().await;
    let card = fake.posted_to(ANA).into_iter().find(|p| !p.buttons.is_empty()).expect("the invite card");
    let accept = card.buttons.iter().find(|(_, id)| id.starts_with("acc:")).expect("accept").1.clone();
    let decline = card.buttons.iter().find(|(_, id)| id.starts_with("dec:")).expect("decline").1.clone();
    let (events, stage) = (h.events().await, h.stage(deal).await);

    // Bea (French) presses Accept under a message that answered Ana's command; Cai
    // (Japanese) presses Decline under a message the bot posted on its own in the server.
    let cases = [
        (BEA, "fr", accept.clone(), Some(ANA), Language::FrFr),
        (CAI, "ja", decline.clone(), None, Language::JaJp),
        (BEA, "fr", "lang:de-DE".to_string(), Some(ANA), Language::FrFr),
    ];
    for (user, locale, data, owner, language) in cases {
        let seen = fake.posted_to(user).len();
        let token = fake.button_in(Origin::Server(SERVER), user, locale, &data, owner);
        let refusal = next(&h, user, seen).await;
        assert_eq!(refusal.content, words.discord(DiscordLine::NotYourButton, language), "{data}");
        assert!(!refusal.public, "{refusal:?}");
        let answer = fake.callbacks().into_iter().find(|(t, _, _)| *t == token).expect("answered");
        assert_eq!((answer.1, answer.2["data"]["flags"].as_u64()), (4, Some(64)));
    }
    assert_ne!(
        words.discord(DiscordLine::NotYourButton, Language::FrFr),
        words.discord(DiscordLine::NotYourButton, Language::JaJp)
    );
    assert_eq!(h.events().await, events, "a refused press changed something");
    assert_eq!(h.stage(deal).await, stage);
    assert!(fake.edits().is_empty(), "Ana's card was not touched");

    // Ana herself may press under her own message in the server: ephemeral answers.
    let seen = fake.posted_to(ANA).len();
    fake.button_in(Origin::Server(SERVER), ANA, "de", &accept, Some(ANA));
    let accepted = next(&h, ANA, seen).await;
    assert_eq!(accepted.content, words.said(Line::Accepted { campaign: "Glow Launch" }, Language::DeDe));
    assert!(!accepted.public);
    assert_eq!(h.stage(deal).await, Stage::Contracted);
    h.outbox_drained().await;
    assert_eq!(fake.public_posts(), Vec::<Posted>::new());
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
