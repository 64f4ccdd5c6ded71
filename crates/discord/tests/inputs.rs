//! Every bad input of PRODUCT.md §3 on Discord, answered in the creator's language (German,
//! from the Discord client's locale) with no state change: unknown commands and text,
//! unknown, used and expired tokens, someone else's deal buttons, an action the stage does
//! not allow, files too large or of a type not allowed, text where a file is expected, and
//! post links to another platform or another account.

mod support;

use serde_json::json;

use linkstar_core::checks::{FileLimits, FileProblem};
use linkstar_core::ids::DealId;
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};
use linkstar_testkit::db::start_time;
use linkstar_testkit::discord::Posted;
use linkstar_testkit::world::terms;
use support::{Act, DiscordWords, Harness};

const ANA: u64 = 700_000_000_000_000_021;
const BEA: u64 = 700_000_000_000_000_022;
const DE: Language = Language::DeDe;

/// Each act gets the expected answer (exactly, or followed by the next step where the
/// answer adds one), and neither the audit log nor `deal`'s stage moves.
async fn refused(h: &Harness, deal: DealId, cases: Vec<(u64, Act, String)>) {
    let (events, stage) = (h.events().await, h.stage(deal).await);
    for (user, act, expected) in cases {
        let answer = h.ask(user, "de", &act).await;
        assert!(!expected.is_empty());
        assert!(answer.content.starts_with(&expected), "{act:?}: {:?} is not {expected:?}", answer.content);
        assert_eq!(h.events().await, events, "{act:?} changed something");
    }
    assert_eq!(h.stage(deal).await, stage);
}

/// Links `user` with `token` and returns the invite card that follows.
async fn link(h: &Harness, user: u64, token: &str) -> Posted {
    h.ask(user, "de", &Act::link(token)).await;
    h.outbox_drained().await;
    let card = h.fake.posted_to(user).into_iter().rev().find(|p| p.via == "dm" && !p.buttons.is_empty());
    card.expect("the invite card")
}

fn button(card: &Posted, prefix: &str) -> String {
    card.buttons.iter().find(|(_, id)| id.starts_with(prefix)).expect("button").1.clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_input_is_answered_in_german_and_changes_nothing() {
    let limits = FileLimits { max_bytes: 1_000_000, ..FileLimits::default() };
    let h = Harness::start_with(limits.clone()).await;
    let (fake, db, w, words) = (&h.fake, &h.db, &h.w, &h.words);
    let say = |line| words.said(line, DE);
    let error = |code| words.error(code, DE);
    let ana_offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
    let deal = ana_offer.deal_id;

    // Not linked yet: only linking works. (A DM carries no locale; the one the first
    // interaction brought is remembered.)
    let unknown_token = "0123456789abcdef0123456789abcdef";
    refused(
        &h,
        deal,
        vec![
            (ANA, Act::Slash("deals", json!([]), json!({})), say(Line::NotLinked)),
            (ANA, Act::Dm("hallo".into()), say(Line::NotLinked)),
            (ANA, Act::link(unknown_token), error("token-unknown")),
        ],
    )
    .await;

    let card = link(&h, ANA, ana_offer.token.expose()).await;
    let bea_offer = db.app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
    link(&h, BEA, bea_offer.token.expose()).await;
    let mut soon = terms(Platform::TikTok);
    soon.respond_by = start_time().checked_add(jiff::SignedDuration::from_hours(1)).expect("time");
    let second = db.app.create_campaign(w.manager, w.brand, linkstar_testkit::world::campaign_spec("Glow Winter"));
    let expiring = db.app.make_offer(w.manager, second.await.expect("campaign"), w.ana, soon).await.expect("offer");
    db.clock.set(start_time().checked_add(jiff::SignedDuration::from_hours(2)).expect("time"));
    h.outbox_drained().await;

    // Offered: tokens, unknown commands, a post before any approval, someone else's deal.
    let tiktok = "https://www.tiktok.com/@ana.lima/video/7312345678901234567";
    refused(
        &h,
        deal,
        vec![
            (ANA, Act::link(ana_offer.token.expose()), say(Line::AlreadyLinked { campaign: "Glow Launch" })),
            (BEA, Act::link(ana_offer.token.expose()), error("token-used")),
            (ANA, Act::link(expiring.token.expose()), error("token-expired")),
            (ANA, Act::Dm("/dance".into()), say(Line::UnknownCommand)),
            (ANA, Act::Slash("dance", json!([]), json!({})), say(Line::UnknownCommand)),
            (ANA, Act::post(tiktok), say(Line::ExpectAnswer { campaign: "Glow Launch" })),
            (BEA, Act::Press(button(&card, "acc:")), say(Line::DealUnavailable)),
            (BEA, Act::Press(format!("dec:{deal}")), say(Line::DealUnavailable)),
            (BEA, Act::Press(format!("fee:{deal}")), say(Line::DealUnavailable)),
        ],
    )
    .await;

    // Contracted: accepting again, files that break the limits, text or a post instead
    // of the draft.
    let accepted_at = linkstar_app::Clock::now(&*db.clock);
    h.ask(ANA, "de", &Act::Press(button(&card, "acc:"))).await;
    assert_eq!(h.stage(deal).await, Stage::Contracted);
    let sao_paulo = linkstar_core::place::TimeZoneName::parse("America/Sao_Paulo").expect("zone");
    let accepted_before = say(Line::AlreadyAccepted { campaign: "Glow Launch", on: accepted_at, zone: &sao_paulo });
    h.outbox_drained().await;
    let never = "http://127.0.0.1:9/never-fetched";
    let too_large = FileProblem::TooLarge { size_bytes: 5_000_000, max_bytes: 1_000_000 };
    let wrong_type = FileProblem::TypeNotAllowed { mime: "text/plain".into(), allowed: limits.allowed_types.clone() };
    let expect_file = say(Line::ExpectFile { campaign: "Glow Launch" });
    refused(
        &h,
        deal,
        vec![
            (ANA, Act::Press(button(&card, "acc:")), accepted_before),
            (ANA, Act::draft(fake, "huge.mp4", 5_000_000, "video/mp4", never), words.file_check(&too_large, DE)),
            (ANA, Act::draft(fake, "notes.txt", 7, "text/plain", never), words.file_check(&wrong_type, DE)),
            (ANA, Act::Dm("hier ist mein Entwurf".into()), expect_file.clone()),
            (ANA, Act::post(tiktok), expect_file),
        ],
    )
    .await;

    // Approved: links to another platform and to another account.
    let url = fake.attachment("cut.mp4", b"final cut".to_vec());
    h.ask(ANA, "de", &Act::draft(fake, "cut.mp4", 9, "video/mp4", &url)).await;
    db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
    h.outbox_drained().await;
    refused(
        &h,
        deal,
        vec![
            (ANA, Act::post("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), error("post-link-wrong-platform")),
            (
                ANA,
                Act::post("https://www.tiktok.com/@other_gal/video/7312345678901234567"),
                error("post-link-wrong-account"),
            ),
        ],
    )
    .await;
    assert_eq!(h.stage(deal).await, Stage::Approved);
    assert!(fake.calls().iter().all(|c| !c.path.contains("never-fetched")));
    assert_eq!(fake.problems(), Vec::<String>::new());
    h.stop().await;
}
