//! The engine in process, on both backends: the which-deal question when several deals
//! wait for a draft, a dialogue that survives a restart, idempotent updates, `/status`
//! and `/help` before linking.

use std::sync::Arc;

use linkstar_app::{ChatStore, Store};
use linkstar_assistant::{Assistant, Inbound, Input, Upload};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::DraftKind;
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::stage::Stage;
use linkstar_i18n::{HelpTopic, Language, Line, Localizer};
use linkstar_testkit::world::{campaign_spec, terms};
use linkstar_testkit::{TestDb, World, backends};

fn assistant(db: &TestDb, words: &Arc<Localizer>) -> Assistant {
    let chats: Arc<dyn ChatStore> = db.store.clone();
    Assistant::new(db.app.clone(), chats, words.clone(), FileLimits::default())
}

fn inbound(chat: &ChatAccount, update: Option<&str>, input: Input) -> Inbound {
    Inbound { chat: chat.clone(), update_id: update.map(String::from), language_code: Some("es".into()), input }
}

fn video() -> Input {
    Input::File(Upload {
        kind: DraftKind::Video,
        facts: FileFacts { name: "cut.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "cd".repeat(32) },
        caption: "#glowserum #publi".into(),
    })
}

#[tokio::test]
async fn several_deals_waiting_the_creator_picks_and_a_restart_forgets_nothing() {
    let words = Arc::new(Localizer::new().expect("messages"));
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let summer = db.app.create_campaign(w.manager, w.brand, campaign_spec("Glow Summer")).await.expect("campaign");
        let (first, chat) = w.linked_offer(&db.app, "8001").await;
        let second = db.app.make_offer(w.manager, summer, w.ana, terms(Platform::TikTok)).await.expect("offer");
        db.app.link_chat(&chat, second.token.expose()).await.expect("link second");
        for deal in [first, second.deal_id] {
            db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        }

        let out = assistant(&db, &words).handle(inbound(&chat, Some("1"), video())).await.expect("file");
        assert_eq!(out.replies[0].text, words.say(Line::WhichDeal, Language::EsEs), "{}", db.label);
        let names: Vec<&str> = out.replies[0].buttons.iter().map(|row| row[0].label.as_str()).collect();
        assert_eq!(names, ["Glow Launch", "Glow Summer"]);
        let pick = out.replies[0].buttons[1][0].data.clone();

        // A new assistant (a restart) still holds the draft and takes the pick.
        let after = assistant(&db, &words);
        let out = after.handle(inbound(&chat, Some("2"), Input::Button(pick.clone()))).await.expect("pick");
        let received = words.say(Line::DraftReceived { campaign: "Glow Summer", version: 1 }, Language::EsEs);
        assert!(out.replies[0].text.starts_with(&received), "{:?}", out.replies);
        let mut tx = db.store.begin().await.expect("tx");
        assert_eq!(tx.deal(second.deal_id).await.expect("deal").stage, Stage::InReview);
        assert_eq!(tx.deal(first).await.expect("deal").stage, Stage::Contracted);
        drop(tx);

        // The same update again changes nothing; the pick again is stale.
        let again = after.handle(inbound(&chat, Some("2"), Input::Button(pick.clone()))).await.expect("again");
        assert!(again.duplicate && again.replies.is_empty());
        let stale = after.handle(inbound(&chat, Some("3"), Input::Button(pick))).await.expect("stale");
        assert_eq!(stale.replies[0].text, words.say(Line::ButtonStale, Language::EsEs));
        assert_eq!(db.store.drafts(second.deal_id).await.expect("drafts").len(), 1);
    }
}

#[tokio::test]
async fn an_unlinked_chat_is_told_how_to_link() {
    let words = Arc::new(Localizer::new().expect("messages"));
    let db = TestDb::sqlite().await;
    let a = assistant(&db, &words);
    let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "1".into() };
    let say = |line| words.say(line, Language::EsEs);
    for (input, want) in [
        (Input::from_text("/start"), say(Line::Welcome)),
        (Input::from_text("/help"), say(Line::Help { topic: HelpTopic::NotLinked, campaign: "" })),
        (Input::from_text("/status"), say(Line::NotLinked)),
        (video(), say(Line::NotLinked)),
        (Input::Button("acc:1:0123456789abcdef".into()), say(Line::NotLinked)),
    ] {
        let out = a.handle(inbound(&chat, None, input)).await.expect("handled");
        assert_eq!(out.replies[0].text, want);
    }
}
