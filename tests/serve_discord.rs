//! `linkstar serve` with the Discord bot: the real binary against the fake Discord
//! (REST and gateway). A creator linked on Telegram and then on Discord gets each
//! message once, on Discord; closed DMs mark the chat unreachable for operators; 429s
//! (waited out by their retry_after) and 5xx answers delay messages but lose none.

mod support;

use linkstar_app::ChatStore;
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_i18n::{Language, Line};
use linkstar_testkit::discord::{FakeDiscord, TOKEN};
use serde_json::json;
use support::{Harness, WAIT};

const BEA: u64 = 700_000_000_000_000_101;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_the_discord_bot_and_delivers_where_the_creator_linked_last() {
    let mut h = Harness::new().await;
    let discord = FakeDiscord::start().await;
    h.env("LINKSTAR_DISCORD_TOKEN", TOKEN);
    h.env("LINKSTAR_DISCORD_API_URL", discord.url());
    h.start();
    assert!(discord.wait_ready(WAIT).await, "serve never connected to the Discord gateway");

    // Bea links on Telegram first (directly), then on Discord with /link.
    let first = h.offer(h.world.bea, Platform::Instagram).await;
    let telegram = ChatAccount { platform: ChatPlatform::Telegram, external_id: "1201".into() };
    h.app.link_chat(&telegram, first.token.expose()).await.expect("link telegram");
    let second_campaign = h
        .app
        .create_campaign(h.world.manager, h.world.brand, linkstar_testkit::world::campaign_spec("Glow Summer"))
        .await
        .expect("campaign");
    let second = h.app.make_offer(h.world.manager, second_campaign, h.world.bea, h.terms(Platform::Instagram)).await;
    let second = second.expect("offer");
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let token = json!([{"name": "token", "type": 3, "value": second.token.expose()}]);
    discord.slash_command(BEA, "es-ES", "link", token, json!({}));
    let posted = discord.wait_posted(BEA, 1, WAIT).await;
    let person = h.store.find_creator_by_id(h.world.bea).await.expect("read").expect("bea");
    let linked = h.words.say(Line::Linked { name: &person.profile.name, campaign: "Glow Summer" }, Language::EsEs);
    assert_eq!(posted[0].content, linked);

    // Each invite arrives once: the first where Bea was linked then (Telegram, unless
    // the worker was slower than the Discord link), the second on Discord.
    h.outbox_drained().await;
    let dms: Vec<_> = discord.posted_to(BEA).into_iter().filter(|p| p.via == "dm").collect();
    let on_telegram =
        h.fake.calls().iter().filter(|c| c.method.eq_ignore_ascii_case("sendMessage") && c.status == 200).count();
    assert_eq!(dms.len() + on_telegram, 2, "{dms:#?}");
    assert!(dms.iter().any(|p| p.content.contains("Glow Summer")), "{dms:#?}");

    // Closed DMs: the chat becomes unreachable (operators see it); nothing is lost.
    discord.close_dms(BEA, true);
    let third =
        h.app.create_campaign(h.world.manager, h.world.brand, linkstar_testkit::world::campaign_spec("Glow Autumn"));
    let third = third.await.expect("campaign");
    h.app.make_offer(h.world.manager, third, h.world.bea, h.terms(Platform::Instagram)).await.expect("offer");
    let discord_chat = ChatAccount { platform: ChatPlatform::Discord, external_id: BEA.to_string() };
    let deadline = tokio::time::Instant::now() + WAIT;
    while ChatStore::chat_creator(&*h.store, &discord_chat)
        .await
        .expect("read")
        .is_some_and(|(_, unreachable)| !unreachable)
        && tokio::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(ChatStore::chat_creator(&*h.store, &discord_chat).await.expect("read").map(|(_, u)| u), Some(true));
    h.stop();
    assert_eq!(discord.problems(), Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_and_server_errors_from_discord_delay_but_lose_nothing() {
    const ANA: u64 = 700_000_000_000_000_102;
    let mut h = Harness::new().await;
    let discord = FakeDiscord::start().await;
    h.env("LINKSTAR_DISCORD_TOKEN", TOKEN);
    h.env("LINKSTAR_DISCORD_API_URL", discord.url());
    h.start();
    assert!(discord.wait_ready(WAIT).await, "serve never connected to the Discord gateway");

    // The answer to /link meets a 502 and a 429; the invite DM a 429, then a 500.
    let dm = format!("/channels/{}/messages", ANA + 1);
    discord.fail_next("/messages/@original", linkstar_testkit::discord::Fault::BadGateway);
    discord.fail_next("/messages/@original", linkstar_testkit::discord::Fault::RetryAfter(1.5));
    discord.fail_next(&dm, linkstar_testkit::discord::Fault::RetryAfter(1.5));
    discord.fail_next(&dm, linkstar_testkit::discord::Fault::ServerError);
    let offer = h.offer(h.world.ana, Platform::TikTok).await;
    let token = json!([{"name": "token", "type": 3, "value": offer.token.expose()}]);
    discord.slash_command(ANA, "pt-BR", "link", token, json!({}));
    let posted = discord.wait_posted(ANA, 2, WAIT).await;
    h.outbox_drained().await;

    let person = h.store.find_creator_by_id(h.world.ana).await.expect("read").expect("ana");
    let linked = h.words.say(Line::Linked { name: &person.profile.name, campaign: "Glow Launch" }, Language::PtBr);
    let answers: Vec<_> = posted.iter().filter(|p| p.via == "response").collect();
    assert_eq!(answers.len(), 1, "{posted:#?}");
    assert_eq!(answers[0].content, linked);
    let invites: Vec<_> = discord.posted_to(ANA).into_iter().filter(|p| p.via == "dm").collect();
    assert_eq!(invites.len(), 1, "the invite arrives once: {invites:#?}");
    assert!(!invites[0].buttons.is_empty(), "{invites:#?}");

    // Each refusal was served, and the next try came only after the retry_after.
    let calls = discord.calls();
    let on = |path: &str| calls.iter().filter(|c| c.path.contains(path)).collect::<Vec<_>>();
    let dms = on(&dm);
    assert_eq!(dms.iter().map(|c| c.status).collect::<Vec<_>>(), [429, 500, 200]);
    assert!(dms[1].at - dms[0].at >= std::time::Duration::from_millis(1500), "{:?}", dms[1].at - dms[0].at);
    let edits = on("/messages/@original");
    assert_eq!(edits.iter().map(|c| c.status).collect::<Vec<_>>(), [502, 429, 200]);
    assert!(edits[2].at - edits[1].at >= std::time::Duration::from_millis(1500));
    h.stop();
    assert_eq!(discord.problems(), Vec::<String>::new());
}
