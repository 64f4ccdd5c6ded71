//! The whole campaign from the shell alone: the real `linkstar` binary for every operator
//! step, `linkstar serve` against the fake Bot API, and the fake answering as the
//! creators. What each creator received is checked at every step, JSON outputs parsed.

mod support;
mod telegram_support;

use std::process::{Command, Output, Stdio};

use linkstar_app::Store;
use linkstar_core::ids::DealId;
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, PaymentFate, PipelineConsole};
use linkstar_testkit::telegram::Sent;
use serde_json::Value;
use support::{Harness, WAIT};
use telegram_support::{card_for, reply_after};

/// Runs `linkstar ARGS` as the brand's admin on the harness's database, in English,
/// off a terminal (stdin closed), with its own HOME so no profile interferes.
fn linkstar(h: &Harness, args: &[&str]) -> Output {
    let home = h.dir.path().join("home");
    Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("LINKSTAR_CONFIG")
        .env_remove("LINKSTAR_DATABASE_URL")
        .env_remove("LINKSTAR_LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("LINKSTAR_OPERATOR", "admin")
        .env("LINKSTAR_BLOB_DIR", h.dir.path().join("blobs"))
        .stdin(Stdio::null())
        .arg("--db")
        .arg(&h.url)
        .args(args)
        .output()
        .expect("run linkstar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs a command that must succeed and returns its stdout.
fn ok(h: &Harness, args: &[&str]) -> String {
    let out = linkstar(h, args);
    assert!(out.status.success(), "linkstar {args:?} failed: {}{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

/// Runs a command that must succeed and parses its JSON output.
fn json(h: &Harness, args: &[&str]) -> Value {
    serde_json::from_str(&ok(h, args)).unwrap_or_else(|e| panic!("linkstar {args:?}: not JSON: {e}"))
}

fn line(h: &Harness, l: PipelineConsole) -> String {
    h.words.pipeline_console(&l, Language::EnUs)
}

/// Waits for a message to `chat` after the first `before` containing `wanted`.
async fn received(h: &Harness, chat: i64, before: usize, wanted: &str) -> Sent {
    reply_after(h, chat, before, |m| m.text.contains(wanted)).await
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::parse("EUR").expect("EUR"))
}

#[tokio::test]
async fn a_whole_campaign_from_the_shell_with_the_creators_on_telegram() {
    let mut h = Harness::new().await;
    let li = h.add_creator("Li Wei", Platform::TikTok, "@li.wei", "CN", "Asia/Shanghai").await;
    h.start();
    let (ana_chat, li_chat) = (7001, 7002);

    // The campaign, from a spec file, with the existing set-up command.
    let spec = h.dir.path().join("autumn.json");
    let spec_text = serde_json::to_string(&linkstar_testkit::world::campaign_spec("Autumn Drop")).expect("spec");
    std::fs::write(&spec, spec_text).expect("write spec");
    ok(&h, &["setup", "campaign", "--file", spec.to_str().expect("path")]);

    // The dry run names both offers, their fee, deliverables and Li's market warning.
    let send = ["offers", "send", "--campaign", "Autumn Drop", "--creator", "@ana.lima", "--creator", "@li.wei"];
    let with = |more: &[&'static str]| [&send[..], &["--fee", "500 EUR"], more].concat();
    let events = h.events().await;
    let dry = ok(&h, &with(&["--dry-run"]));
    let fee = h.words.money(eur(50_000), Language::EnUs);
    let total = h.words.money(eur(100_000), Language::EnUs);
    for expected in ["@ana.lima", "Ana Lima", "@li.wei", "Li Wei", "1× tiktok video", &fee] {
        assert!(dry.contains(expected), "{expected:?} missing from the dry run:\n{dry}");
    }
    let li_row = dry.lines().find(|l| l.contains("Li Wei")).expect("Li's row");
    assert!(li_row.contains(&line(&h, PipelineConsole::WarnMarket { country: "CN" })), "{li_row}");
    let ana_row = dry.lines().find(|l| l.contains("Ana Lima")).expect("Ana's row");
    assert!(!ana_row.contains("outside"), "Ana lives in one of the markets: {ana_row}");
    assert!(dry.contains(&line(&h, PipelineConsole::DryRun { count: 2, total: &total })), "{dry}");
    let planned = json(&h, &with(&["--dry-run", "--format", "json"]));
    let planned = planned.as_array().expect("array");
    assert_eq!(planned.len(), 2);
    assert_eq!(planned[1]["handle"], "@li.wei");
    assert_eq!(planned[1]["creator_id"], li.0);
    assert_eq!(planned[1]["fee_minor"], 50_000);
    assert_eq!(planned[1]["currency"], "EUR");
    assert_eq!(planned[1]["warnings"], serde_json::json!(["outside_markets"]));
    assert_eq!(planned[1]["deliverables"][0]["platform"], "tiktok");
    assert!(planned[1]["deal"].is_null() && planned[1]["token"].is_null());
    assert_eq!(h.events().await, events, "a dry run changes nothing");

    // Off a terminal without --yes: refused with the flag to add, nothing sent.
    let refused = linkstar(&h, &with(&[]));
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    assert!(text(&refused.stderr).contains(&line(&h, PipelineConsole::NeedsYes { flag: "--yes" })));
    assert_eq!(h.events().await, events, "nothing sent without --yes");

    let sent = json(&h, &with(&["--yes", "--format", "json"]));
    let sent = sent.as_array().expect("array");
    let deal_of = |i: usize| DealId(sent[i]["deal"].as_i64().expect("a deal id"));
    let token_of = |i: usize| sent[i]["token"].as_str().expect("a token").to_string();
    let (ana_deal, li_deal) = (deal_of(0), deal_of(1));
    assert_eq!(h.stage(ana_deal).await, Stage::Offered);

    // Ana links her chat and accepts; Li links and counters with 650 EUR.
    h.fake.text(ana_chat, Some("pt-br"), &format!("/start {}", token_of(0)));
    let card = card_for(&h, ana_chat, ana_deal).await;
    h.fake.press(ana_chat, Some("pt-br"), card.message_id, &card.buttons[0].1);
    h.fake.text(li_chat, Some("en"), &format!("/start {}", token_of(1)));
    let li_card = card_for(&h, li_chat, li_deal).await;
    let before = h.fake.sent_to(li_chat).len();
    h.fake.press(li_chat, Some("en"), li_card.message_id, &li_card.buttons[2].1);
    h.fake.wait_for_messages(li_chat, before + 1, WAIT).await;
    h.fake.text(li_chat, Some("en"), "650");
    received(&h, li_chat, before + 1, &h.words.money(eur(65_000), Language::EnUs)).await;
    wait_for_stage(&h, ana_deal, Stage::Contracted).await;
    wait_for_stage(&h, li_deal, Stage::Negotiating).await;

    // The operator sees the counter waiting on them and declines it from the shell; Li
    // hears why, and the offer of 500 EUR stands.
    let waiting = json(&h, &["deals", "list", "--needs-me", "--campaign", "Autumn Drop", "--format", "json"]);
    assert_eq!(waiting.as_array().map(Vec::len), Some(1), "{waiting:#}");
    assert_eq!(waiting[0]["id"], li_deal.0);
    let li_id = li_deal.0.to_string();
    let before = h.fake.sent_to(li_chat).len();
    let declined = ok(&h, &["deals", "decline", &li_id, "--note", "Our budget is 500 per video"]);
    assert_eq!(declined.trim(), line(&h, PipelineConsole::CounterDeclined { deal: li_deal.0, fee: &fee }));
    received(&h, li_chat, before, "Our budget is 500 per video").await;
    assert_eq!(h.stage(li_deal).await, Stage::Offered);

    // Li counters again with 600; the brand counters back with 550 and a note.
    let before = h.fake.sent_to(li_chat).len();
    h.fake.press(li_chat, Some("en"), li_card.message_id, &li_card.buttons[2].1);
    h.fake.wait_for_messages(li_chat, before + 1, WAIT).await;
    h.fake.text(li_chat, Some("en"), "600");
    received(&h, li_chat, before + 1, &h.words.money(eur(60_000), Language::EnUs)).await;
    wait_for_stage(&h, li_deal, Stage::Negotiating).await;
    let before = h.fake.sent_to(li_chat).len();
    let countered =
        json(&h, &["deals", "counter", &li_id, "--fee", "550", "--note", "We can meet at 550", "--format", "json"]);
    assert_eq!(countered["fee_minor"], 55_000, "{countered:#}");
    assert_eq!(countered["stage"], "offered");
    // Li gets the revised offer as a card, with the note, and accepts it.
    let ours = h.words.money(eur(55_000), Language::EnUs);
    let revised = reply_after(&h, li_chat, before, |m| m.buttons.len() == 4 && m.text.contains(&ours)).await;
    assert!(revised.text.contains("We can meet at 550"), "{revised:?}");
    h.fake.press(li_chat, Some("en"), revised.message_id, &revised.buttons[0].1);
    wait_for_stage(&h, li_deal, Stage::Contracted).await;

    // Ana's first draft; the brand asks for a change at 0:12 from the shell.
    let before = h.fake.sent_to(ana_chat).len();
    h.fake.document(ana_chat, Some("pt-br"), "corte-1.mp4", "video/mp4", b"first cut", "Minha rotina #glowserum");
    wait_for_stage(&h, ana_deal, Stage::InReview).await;
    // A timed note with an impossible time is refused and changes nothing.
    let events = h.events().await;
    let bad_time = linkstar(&h, &["review", "changes", &ana_deal.0.to_string(), "--note", "0:75 show the label"]);
    assert_eq!(bad_time.status.code(), Some(3), "{}", text(&bad_time.stderr));
    let why = h.words.error("review-note-time", Language::EnUs);
    assert!(text(&bad_time.stderr).contains(&why), "{}", text(&bad_time.stderr));
    assert_eq!(h.events().await, events);
    let asked = ok(&h, &["review", "changes", &ana_deal.0.to_string(), "--note", "0:12 show the label"]);
    let expected = line(&h, PipelineConsole::ChangesRequested { deal: ana_deal.0, version: 1, round: 1, rounds: 2 });
    assert_eq!(asked.trim(), expected);
    let notes = received(&h, ana_chat, before, "show the label").await;
    assert!(notes.text.contains("0:12"), "the note keeps its time: {notes:?}");
    assert_eq!(h.stage(ana_deal).await, Stage::ChangesRequested);

    // The second draft: listed, shown and downloaded from the shell, then approved.
    h.fake.document(ana_chat, Some("pt-br"), "corte-2.mp4", "video/mp4", b"second cut", "Minha rotina #glowserum");
    wait_for_stage(&h, ana_deal, Stage::InReview).await;
    let drafts = json(&h, &["drafts", "list", "--campaign", "Autumn Drop", "--format", "json"]);
    assert_eq!(drafts.as_array().map(Vec::len), Some(1), "{drafts:#}");
    assert_eq!(drafts[0]["deal"], ana_deal.0);
    assert_eq!(drafts[0]["version"], 2);
    assert!(drafts[0]["decision"].is_null(), "the second draft waits for review: {drafts:#}");
    let shown = json(&h, &["drafts", "show", &ana_deal.0.to_string(), "--format", "json"]);
    let versions = shown["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["review"]["decision"], "changes_requested");
    assert_eq!(versions[0]["review"]["notes"], "0:12 show the label");
    assert_eq!(versions[1]["file"]["name"], "corte-2.mp4");
    assert_eq!(versions[1]["file"]["size_bytes"], 10);
    let out = h.dir.path().join("downloads");
    let out_arg = out.to_str().expect("path");
    let saved = ok(&h, &["drafts", "download", &ana_deal.0.to_string(), "--out", out_arg]);
    let file = out.join(format!("deal-{}-v2-corte-2.mp4", ana_deal.0));
    assert!(saved.contains(&file.display().to_string()), "{saved}");
    assert_eq!(std::fs::read(&file).expect("the draft's file"), b"second cut");
    let again = linkstar(&h, &["drafts", "download", &ana_deal.0.to_string(), "--out", out_arg]);
    assert_eq!(again.status.code(), Some(2), "never overwrites: {}", text(&again.stderr));
    assert!(text(&again.stderr).contains("already exists"), "{}", text(&again.stderr));
    assert_eq!(std::fs::read(&file).expect("the draft's file"), b"second cut");

    let before = h.fake.sent_to(ana_chat).len();
    let approved = json(&h, &["review", "approve", &ana_deal.0.to_string(), "--format", "json"]);
    assert_eq!(approved["stage"], "approved");
    let approval = reply_after(&h, ana_chat, before, |_| true).await;
    assert!(approval.text.contains("shop.example.com/glow"), "the tracking link: {approval:?}");

    // The post link arrives before the window opens: Ana confirms it is live.
    let before = h.fake.sent_to(ana_chat).len();
    h.fake.text(ana_chat, Some("pt-br"), "https://www.tiktok.com/@ana.lima/video/7312345678901234567");
    let confirm = reply_after(&h, ana_chat, before, |m| m.buttons.iter().any(|(_, d)| d.starts_with("live:"))).await;
    let live = confirm.buttons.iter().find(|(_, d)| d.starts_with("live:")).expect("it's live").1.clone();
    h.fake.press(ana_chat, Some("pt-br"), confirm.message_id, &live);
    wait_for_stage(&h, ana_deal, Stage::Published).await;

    // The brand refuses the link; Ana is told why and sends it again.
    let before = h.fake.sent_to(ana_chat).len();
    let refusal = ok(&h, &["posts", "refuse", &ana_deal.0.to_string(), "--reason", "The label is not in the video"]);
    assert_eq!(refusal.trim(), line(&h, PipelineConsole::PostRefused { deal: ana_deal.0 }));
    received(&h, ana_chat, before, "The label is not in the video").await;
    assert_eq!(h.stage(ana_deal).await, Stage::Approved);
    let before = h.fake.sent_to(ana_chat).len();
    h.fake.text(ana_chat, Some("pt-br"), "https://www.tiktok.com/@ana.lima/video/7312345678901234568");
    let confirm = reply_after(&h, ana_chat, before, |m| m.buttons.iter().any(|(_, d)| d.starts_with("live:"))).await;
    let live = confirm.buttons.iter().find(|(_, d)| d.starts_with("live:")).expect("it's live").1.clone();
    h.fake.press(ana_chat, Some("pt-br"), confirm.message_id, &live);
    wait_for_stage(&h, ana_deal, Stage::Published).await;

    // Errors: an unknown deal, a wrong stage, a cancel without --yes — each changes nothing.
    let events = h.events().await;
    let unknown = linkstar(&h, &["review", "approve", "999999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains(&h.words.error("not-found", Language::EnUs)), "{}", text(&unknown.stderr));
    let early = linkstar(&h, &["posts", "verify", &li_deal.0.to_string()]);
    assert_eq!(early.status.code(), Some(3), "{}", text(&early.stderr));
    let illegal = h.words.error("illegal-transition", Language::EnUs);
    assert!(text(&early.stderr).contains(&illegal), "{}", text(&early.stderr));
    let cancel = linkstar(&h, &["deals", "cancel", &li_deal.0.to_string(), "--reason", "brief changed"]);
    assert_eq!(cancel.status.code(), Some(2), "{}", text(&cancel.stderr));
    assert!(text(&cancel.stderr).contains("--yes"), "{}", text(&cancel.stderr));
    assert_eq!(h.events().await, events, "refusals change nothing");
    assert_eq!(h.stage(li_deal).await, Stage::Contracted);

    // The brand verifies the post; Ana is told and both payments are hers to receive.
    let before = h.fake.sent_to(ana_chat).len();
    let verified = ok(&h, &["posts", "verify", &ana_deal.0.to_string()]);
    assert_eq!(verified.trim(), line(&h, PipelineConsole::PostVerified { deal: ana_deal.0 }));
    h.outbox_drained().await;
    assert!(h.fake.sent_to(ana_chat).len() > before, "Ana hears of the verification");
    let deal = json(&h, &["deals", "show", &ana_deal.0.to_string(), "--format", "json"]);
    assert_eq!(deal["stage"], "verified");
    let payments = deal["payments"].as_array().expect("payments").clone();
    assert_eq!(payments.len(), 2, "deposit and balance: {deal:#}");
    for p in &payments {
        let id = p["id"].as_i64().expect("payment id").to_string();
        let before = h.fake.sent_to(ana_chat).len();
        let reference = format!("SEPA-{id}");
        ok(&h, &["payments", "pay", &id, "--reference", &reference]);
        received(&h, ana_chat, before, &reference).await;
    }
    assert_eq!(h.stage(ana_deal).await, Stage::Completed);

    // Li's deal is called off from the shell; Li is told.
    let before = h.fake.sent_to(li_chat).len();
    let cancelled = ok(&h, &["deals", "cancel", &li_deal.0.to_string(), "--reason", "brief changed", "--yes"]);
    assert!(cancelled.contains(&line(&h, PipelineConsole::Cancelled { deal: li_deal.0 })), "{cancelled}");
    // First what happens to the deposit (30 % of 550 EUR), then the cancellation.
    let deposit = PipelineConsole::CancelPayment {
        kind: &h.words.payment_kind(linkstar_core::payment::PaymentKind::Deposit, Language::EnUs),
        amount: &h.words.money(eur(16_500), Language::EnUs),
        fate: PaymentFate::Voided,
    };
    assert!(cancelled.contains(&line(&h, deposit)), "{cancelled}");
    assert_eq!(h.stage(li_deal).await, Stage::Cancelled);
    received(&h, li_chat, before, "Autumn Drop").await;
    h.stop();
    assert_eq!(h.fake.violations(), Vec::<String>::new());
}

/// Waits until the deal reaches `stage` (the bot acts on its own time).
async fn wait_for_stage(h: &Harness, deal: DealId, stage: Stage) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let now = h.stage(deal).await;
        if now == stage {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "deal {deal} stayed {now:?}, wanted {stage:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn drafts_of_a_deal_without_any_and_an_unknown_deal_are_told_apart() {
    let h = Harness::new().await;
    let inv = h.offer(h.world.ana, Platform::TikTok).await;
    let id = inv.deal_id.0.to_string();
    let shown = ok(&h, &["drafts", "show", &id]);
    assert_eq!(shown.trim(), line(&h, PipelineConsole::NoDrafts { deal: inv.deal_id.0 }));
    let download = linkstar(&h, &["drafts", "download", &id]);
    assert_eq!(download.status.code(), Some(2));
    let unknown = linkstar(&h, &["drafts", "show", "424242"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains(&h.words.error("not-found", Language::EnUs)));
    let store = h.store.clone();
    assert!(store.drafts(inv.deal_id).await.expect("drafts").is_empty());
}
