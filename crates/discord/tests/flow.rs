//! The Discord bot end to end against the fake Discord (REST and gateway, serenity's real
//! client): a creator whose Discord locale is pt-BR links with `/link`, gets the invite
//! as a DM with buttons, proposes a fee through the modal, and reads every message in
//! Portuguese; a used token is refused in Portuguese and changes nothing.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tokio_util::sync::CancellationToken;

use linkstar_app::ChatStore;
use linkstar_assistant::delivery::{Delivery, DeliveryConfig};
use linkstar_assistant::{Assistant, BlobStore};
use linkstar_core::checks::FileLimits;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_discord::{Bridge, DiscordConfig, DiscordSender};
use linkstar_i18n::{Label, Language, Line, Localizer};
use linkstar_testkit::discord::{FakeDiscord, TOKEN};
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World};

const ANA: u64 = 700_000_000_000_000_001;
const WAIT: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pt_br_creator_links_gets_the_invite_and_proposes_a_fee_in_portuguese() {
    let _ = tracing_subscriber::fmt().with_env_filter("warn").with_test_writer().try_init();
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let words = Arc::new(Localizer::new().expect("messages"));
    let chats: Arc<dyn ChatStore> = db.store.clone();
    let assistant = Assistant::new(db.app.clone(), chats, words.clone(), FileLimits::default());
    let blob_dir = tempfile::tempdir().expect("temp dir");
    let blobs = BlobStore::new(blob_dir.path()).expect("blobs");
    let config = DiscordConfig::new(TOKEN, Some(fake.url().to_string()));
    let stop = CancellationToken::new();
    let bridge = Arc::new(Bridge { assistant: assistant.clone(), blobs, words: words.clone() });
    let bot = tokio::spawn({
        let (config, stop) = (config.clone(), stop.clone());
        async move { linkstar_discord::run(&config, bridge, stop).await }
    });
    let delivery = DeliveryConfig { idle_poll: Duration::from_millis(50), ..linkstar_discord::delivery_config("test") };
    let worker = Delivery::new(assistant, Arc::new(DiscordSender::new(Arc::new(config.http()))), delivery);
    let worker = tokio::spawn(worker.run(stop.clone()));
    assert!(fake.wait_ready(WAIT).await, "the bot never identified");

    let offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let token = offer.token.expose().to_string();
    let pt = Language::PtBr;

    // /link TOKEN: deferred at once, answered in Portuguese.
    let link = json!([{"name": "token", "type": 3, "value": token}]);
    fake.slash_command(ANA, "pt-BR", "link", link.clone(), json!({}));
    let posted = fake.wait_posted(ANA, 1, WAIT).await;
    assert!(!posted.is_empty(), "calls: {:?}\nproblems: {:?}", fake.calls(), fake.problems());
    assert_eq!(posted[0].content, words.say(Line::Linked { name: "Ana Lima", campaign: "Glow Launch" }, pt));
    assert_eq!(posted[0].via, "response");
    assert!(fake.callbacks().iter().any(|(_, kind, _)| *kind == 5), "the command was deferred");

    // The invite arrives as a DM with the buttons, in Portuguese.
    let posted = fake.wait_posted(ANA, 2, WAIT).await;
    let invite = posted.iter().find(|p| p.via == "dm" && !p.buttons.is_empty()).expect("the invite card");
    let labels: Vec<&str> = invite.buttons.iter().map(|(l, _)| l.as_str()).collect();
    assert!(labels.contains(&words.label(Label::ButtonAccept, pt).as_str()), "{labels:?}");
    let fee = invite.buttons.iter().find(|(_, id)| id.starts_with("fee:")).expect("propose a fee").1.clone();

    // The same token again: refused in Portuguese, nothing changes.
    let before = fake.posted_to(ANA).len();
    fake.slash_command(ANA, "pt-BR", "link", link, json!({}));
    let posted = fake.wait_posted(ANA, before + 1, WAIT).await;
    assert_eq!(posted[before].content, words.error("token-used", pt));

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
    let deal = ChatStore::find_deal(&*db.store, offer.deal_id).await.expect("read").expect("deal");
    assert_eq!(deal.stage, Stage::Negotiating);

    // Every request fitted the API description; the commands were registered localized.
    assert_eq!(fake.problems(), Vec::<String>::new());
    let put = fake.calls().into_iter().find(|c| c.method == "PUT").expect("commands registered");
    let body = put.body.expect("body");
    assert_eq!(body[2]["description_localizations"]["pt-BR"], words.label(Label::CommandDraft, pt));
    stop.cancel();
    let _ = tokio::time::timeout(WAIT, bot).await;
    let _ = tokio::time::timeout(WAIT, worker).await;
}
