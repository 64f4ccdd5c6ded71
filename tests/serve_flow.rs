//! `linkstar serve` end to end against the fake Bot API: a Spanish and a Chinese
//! creator each go through the whole flow, and every message reaches them once, in
//! their language.

mod support;

use linkstar_app::{ChatStore, Store};
use linkstar_core::ids::CreatorId;
use linkstar_core::message::Recipient;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};
use support::{Harness, WAIT};

struct Creator<'a> {
    id: CreatorId,
    platform: Platform,
    chat: i64,
    code: &'a str,
    language: Language,
    caption: &'a str,
    post: &'a str,
}

async fn whole_flow(h: &Harness, c: Creator<'_>) {
    let fake = &h.fake;
    let person = h.store.find_creator_by_id(c.id).await.expect("read").expect("creator");
    let zone = person.profile.time_zone.clone();
    let inv = h.offer(c.id, c.platform).await;
    let deal = inv.deal_id;
    let said = |line| h.words.say(line, c.language);

    fake.text(c.chat, Some(c.code), &format!("/start {}", inv.token.expose()));
    let got = fake.wait_for_messages(c.chat, 2, WAIT).await;
    let linked = said(Line::Linked { name: &person.profile.name, campaign: "Glow Launch" });
    assert!(got.iter().any(|m| m.text == linked), "{got:#?}\nwanted {linked}");
    let card = got.iter().find(|m| m.buttons.len() == 4).expect("the invite card with its four buttons");
    let accept = card.buttons[0].1.clone();
    assert!(accept.starts_with("acc:"), "{card:?}");

    fake.press(c.chat, Some(c.code), card.message_id, &accept);
    let got = fake.wait_for_messages(c.chat, 5, WAIT).await;
    assert!(got.iter().any(|m| m.text == said(Line::Accepted { campaign: "Glow Launch" })), "{got:#?}");
    assert_eq!(h.stage(deal).await, Stage::Contracted);

    fake.document(c.chat, Some(c.code), "draft-1.mp4", "video/mp4", b"first cut", c.caption);
    let got = fake.wait_for_messages(c.chat, 6, WAIT).await;
    let received = said(Line::DraftReceived { campaign: "Glow Launch", version: 1 });
    assert!(got[5].text.starts_with(&received), "{:#?}\nwanted {received}", got[5]);
    assert_eq!(h.stage(deal).await, Stage::InReview);

    h.app.request_changes(h.world.reviewer, deal, "Más luz / 更亮一些", false).await.expect("changes");
    fake.wait_for_messages(c.chat, 7, WAIT).await;
    fake.document(c.chat, Some(c.code), "draft-2.mp4", "video/mp4", b"second cut", c.caption);
    let got = fake.wait_for_messages(c.chat, 8, WAIT).await;
    let received = said(Line::DraftReceived { campaign: "Glow Launch", version: 2 });
    assert!(got[7].text.starts_with(&received), "{:#?}\nwanted {received}", got[7]);

    h.app.approve_draft(h.world.reviewer, deal, "").await.expect("approve");
    fake.wait_for_messages(c.chat, 9, WAIT).await;
    fake.text(c.chat, Some(c.code), c.post);
    // The publish window has not opened yet: the creator confirms the post is live.
    let got = fake.wait_for_messages(c.chat, 10, WAIT).await;
    assert_eq!(h.stage(deal).await, Stage::Approved, "an early link waits for the creator's word");
    let live = got[9].buttons.iter().find(|(_, data)| data.starts_with("live:")).expect("it's live").1.clone();
    fake.press(c.chat, Some(c.code), got[9].message_id, &live);
    let got = fake.wait_for_messages(c.chat, 11, WAIT).await;
    assert_eq!(got[10].text, said(Line::PostReceived { campaign: "Glow Launch" }));
    assert_eq!(h.stage(deal).await, Stage::Published);

    h.app.verify_post(h.world.manager, deal).await.expect("verify");
    h.outbox_drained().await;
    let got = fake.wait_for_messages(c.chat, 13, WAIT).await;
    assert_eq!(h.stage(deal).await, Stage::Verified);

    // Every outbox message for the creator went out once, rendered in their language.
    let rows: Vec<_> = h
        .store
        .outbox(false, 10_000)
        .await
        .expect("outbox")
        .into_iter()
        .filter(|m| m.recipient == Recipient::Creator(c.id))
        .collect();
    assert_eq!(rows.len(), 7, "invite, contract, deposit, changes, approval, verified, balance: {rows:#?}");
    for row in &rows {
        assert_eq!(row.status, "sent", "{row:?}");
        let text = h.words.notice(&row.notice, c.language, &zone);
        let english = h.words.notice(&row.notice, Language::EnUs, &zone);
        assert_ne!(text, english, "{} reads the same in English", row.notice.id());
        let copies = got.iter().filter(|m| m.text.starts_with(&text)).count();
        assert_eq!(copies, 1, "{} arrived {copies} times in {:?}:\n{got:#?}", row.notice.id(), c.language);
    }
    assert_eq!(got.len(), 13, "{got:#?}");

    // /status: the stage and both payments, in their language and time zone.
    fake.text(c.chat, Some(c.code), "/status");
    let status = fake.wait_for_messages(c.chat, 14, WAIT).await.remove(13).text;
    assert!(status.starts_with(&said(Line::StatusTitle)), "{status}");
    assert!(status.contains(&h.words.status_deal("Glow Launch", Stage::Verified, c.language)), "{status}");
    for payment in h.store.payments(deal).await.expect("payments") {
        assert!(status.contains(&h.words.status_payment(&payment, c.language, &zone)), "{status}");
    }

    // The drafts' files are in the content-addressed blob store.
    let drafts = h.store.drafts(deal).await.expect("drafts");
    assert_eq!(drafts.len(), 2);
    for draft in drafts {
        let sha = draft.upload.file.expect("file").sha256;
        assert_eq!(sha.len(), 64);
        assert!(h.dir.path().join("blobs").join(&sha[..2]).join(&sha).exists());
    }
}

#[tokio::test]
async fn spanish_and_chinese_creators_go_through_the_whole_flow() {
    let mut h = Harness::new().await;
    let li = h.add_creator("Li Wei", Platform::TikTok, "@li.wei", "CN", "Asia/Shanghai").await;
    h.start();
    let bea = Creator {
        id: h.world.bea,
        platform: Platform::Instagram,
        chat: 1001,
        code: "es",
        language: Language::EsEs,
        caption: "Mi rutina con Glow #glowserum #publi",
        post: "https://www.instagram.com/bea.ruiz/p/Cx1_AbC-9/",
    };
    let li = Creator {
        id: li,
        platform: Platform::TikTok,
        chat: 1002,
        code: "zh-hans",
        language: Language::ZhCn,
        caption: "我的护肤日常 #glowserum",
        post: "https://www.tiktok.com/@li.wei/video/7312345678901234567",
    };
    tokio::join!(whole_flow(&h, bea), whole_flow(&h, li));
    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
    let menus = h.fake.calls().into_iter().filter(|c| c.method == "setMyCommands").collect::<Vec<_>>();
    assert_eq!(menus.len(), 10, "a command menu per language");
    let spanish = menus.iter().find(|c| c.params["language_code"] == "es").expect("Spanish menu");
    assert_eq!(
        spanish.params["commands"][1]["description"],
        h.words.label(linkstar_i18n::Label::CommandStatus, Language::EsEs)
    );
}
