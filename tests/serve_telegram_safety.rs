//! `linkstar serve` on Telegram serves a creator only in their own private chat: a group
//! cannot link with `/start TOKEN@bot` or read `/status`, groups, supergroups and
//! channels get one line (in the writer's language) saying the bot works in a private
//! chat, someone else's press is refused with nothing changed, and a group linked
//! before this rule existed gets none of the creator's messages.

mod support;
mod telegram_support;

use std::time::{Duration, Instant};

use linkstar_app::{ChatStore, Store};
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line, Refusal};
use support::{Harness, WAIT};
use telegram_support::{account, card_for, reply_after};

/// Waits until `chat` has `count` messages, then a little longer to be sure no more come.
async fn exactly(h: &Harness, chat: i64, count: usize) -> Vec<linkstar_testkit::telegram::Sent> {
    h.fake.wait_for_messages(chat, count, WAIT).await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    let got = h.fake.sent_to(chat);
    assert_eq!(got.len(), count, "{got:#?}");
    got
}

#[tokio::test]
async fn groups_cannot_link_or_read_and_strangers_cannot_press() {
    let mut h = Harness::new().await;
    h.start();
    let private_only = |l: Language| h.words.refusal(Refusal::PrivateChatOnly, l);

    // A supergroup member (Spanish) links with /start TOKEN@bot: refused, nothing changes.
    let inv = h.offer(h.world.ana, linkstar_core::place::Platform::TikTok).await;
    let events = h.events().await;
    let start = format!("/start@LinkStarTestBot {}", inv.token.expose());
    h.fake.group_text(-100_500, "supergroup", 3001, Some("es"), &start);
    h.fake.group_text(-100_500, "supergroup", 3001, Some("es"), "/status");
    // A plain group (German): the same, in German.
    h.fake.group_text(-600, "group", 3002, Some("de"), &format!("/start {}", inv.token.expose()));
    // A channel: the one line, in the default language.
    h.fake.channel_post(-100_700, "/start");
    let got = exactly(&h, -100_500, 2).await;
    assert!(got.iter().all(|m| m.text == private_only(Language::EsEs) && m.buttons.is_empty()), "{got:#?}");
    let got = exactly(&h, -600, 1).await;
    assert_eq!(got[0].text, private_only(Language::DeDe));
    assert_ne!(private_only(Language::DeDe), private_only(Language::EsEs));
    let got = exactly(&h, -100_700, 1).await;
    assert_eq!(got[0].text, private_only(Language::EnUs));
    assert_eq!(h.events().await, events, "nothing changed");
    for group in [-100_500, -600, -100_700] {
        assert!(h.store.chat_creator(&account(group)).await.expect("read").is_none(), "{group} linked");
    }
    assert_eq!(h.stage(inv.deal_id).await, Stage::Offered);
    assert!(h.fake.sent_to(3001).is_empty() && h.fake.sent_to(3002).is_empty(), "nothing went to the members");

    // Ana links in her private chat; a stranger (French) presses her Accept button.
    h.fake.text(3001, Some("en"), &format!("/start {}", inv.token.expose()));
    let deal = inv.deal_id;
    let card = card_for(&h, 3001, deal).await;
    let sent = h.fake.sent_to(3001).len();
    let events = h.events().await;
    let press = h.fake.press_by(4001, Some("fr"), card.message_id, &card.buttons[0].1);
    let query = h.fake.injected(press).expect("update")["callback_query"]["id"].as_str().expect("id").to_string();
    let deadline = Instant::now() + WAIT;
    let answer = loop {
        let answered = h.fake.calls().into_iter().find(|c| {
            c.method == "answerCallbackQuery" && c.params["callback_query_id"] == query.as_str() && c.status == 200
        });
        if let Some(call) = answered {
            break call;
        }
        assert!(Instant::now() < deadline, "the stranger's press was never answered");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(answer.params["text"], h.words.refusal(Refusal::NotYourButton, Language::FrFr));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(h.stage(deal).await, Stage::Offered, "the stranger's press changed nothing");
    assert_eq!(h.events().await, events);
    assert_eq!(h.fake.sent_to(3001).len(), sent, "Ana heard nothing of it");
    assert!(h.fake.sent_to(4001).is_empty());
    assert!(!h.fake.calls().iter().any(|c| c.method == "editMessageReplyMarkup"), "her buttons stay");

    // Ana's own press still works.
    h.fake.press(3001, Some("en"), card.message_id, &card.buttons[0].1);
    let accepted = h.words.say(Line::Accepted { campaign: "Glow Launch" }, Language::EnUs);
    reply_after(&h, 3001, sent, |m| m.text == accepted).await;
    assert_eq!(h.stage(deal).await, Stage::Contracted);
    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

#[tokio::test]
async fn a_group_linked_before_gets_none_of_the_creators_messages() {
    let mut h = Harness::new().await;
    // A database from before groups were refused: a supergroup linked to Bea's invite.
    let inv = h.offer(h.world.bea, linkstar_core::place::Platform::Instagram).await;
    let group = account(-100_900);
    h.app.link_chat(&group, inv.token.expose()).await.expect("link the group");
    h.start();

    // The invite card the link queued is never posted to the group; the chat is held as
    // unreachable instead.
    let deadline = Instant::now() + WAIT;
    loop {
        let linked = h.store.chat_creator(&group).await.expect("read").expect("still linked");
        if linked.1 {
            break;
        }
        assert!(Instant::now() < deadline, "the group was never marked unreachable");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A member asks for /status: one line, no deal data.
    h.fake.group_text(-100_900, "supergroup", 5001, Some("en"), "/status");
    let got = exactly(&h, -100_900, 1).await;
    assert_eq!(got[0].text, h.words.refusal(Refusal::PrivateChatOnly, Language::EnUs));
    let pending = h.store.outbox(true, 100).await.expect("outbox");
    assert!(!pending.is_empty(), "the creator's messages wait");
    h.stop();
    assert_eq!(h.stage(inv.deal_id).await, Stage::Offered);
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}
