//! `linkstar serve` with the Discord bot: the real binary against the fake Discord
//! (REST and gateway). A creator linked on Telegram and then on Discord gets each
//! message once, on Discord; closed DMs mark the chat unreachable for operators.

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
