//! `linkstar offers send` and the write verbs' refusals, driving the real binary on a
//! seeded database (no bot needed): fees from rate cards, warnings, CSV and search
//! recipients, bad input that changes nothing, and output in the operator's language.

mod support;

use std::process::{Command, Output, Stdio};

use linkstar_core::campaign::ContentFormat;
use linkstar_core::money::{Currency, Money};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, PipelineConsole};
use linkstar_testkit::world::creator;
use serde_json::Value;
use support::Harness;

fn linkstar(h: &Harness, lang: &str, args: &[&str]) -> Output {
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
        .env("LANG", lang)
        .env("LINKSTAR_OPERATOR", "admin")
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

fn json(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    doc.as_array().expect("array").clone()
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::parse("EUR").expect("EUR"))
}

/// The seeded world plus Cleo (TikTok, Spain, risky, with a video rate of 30,000 EUR).
async fn world() -> Harness {
    let h = Harness::new().await;
    let mut cleo = creator("Cleo Mar", Platform::TikTok, "@cleo.mar", "ES", "es", "Europe/Madrid");
    cleo.rate_card.insert(ContentFormat::Video, eur(3_000_000));
    cleo.risk_flags = vec![linkstar_core::creator::RiskFlag::Unreliable];
    h.app.import_creators(h.world.admin, vec![(2, cleo)]).await.expect("import Cleo");
    h
}

#[tokio::test]
async fn fees_come_from_rate_cards_and_warnings_name_risk_and_budget() {
    let h = world().await;
    let events = h.events().await;
    // Cleo's rate card prices the video; the budget of 50,000 EUR holds one such offer.
    let csv = h.dir.path().join("handles.csv");
    std::fs::write(&csv, "name,handle\nCleo,@cleo.mar\n").expect("csv");
    let out = linkstar(
        &h,
        "C",
        &[
            "offers",
            "send",
            "--campaign",
            "Glow Launch",
            "--csv",
            csv.to_str().expect("path"),
            "--dry-run",
            "--format",
            "json",
        ],
    );
    let plan = json(&out);
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0]["creator"], "Cleo Mar");
    assert_eq!(plan[0]["fee_minor"], 3_000_000, "the rate card's fee");
    assert_eq!(plan[0]["warnings"], serde_json::json!(["risk:unreliable"]));

    // A fee for everyone: the second 30,000 EUR offer goes over what is left.
    let args =
        ["offers", "send", "--campaign", "Glow Launch", "--search", "platform:tiktok", "--fee", "30000", "--dry-run"];
    let plan = json(&linkstar(&h, "C", &[&args[..], &["--format", "json"]].concat()));
    let names: Vec<&str> = plan.iter().map(|p| p["creator"].as_str().expect("name")).collect();
    assert_eq!(names.len(), 2, "the two TikTok creators: {names:?}");
    assert!(plan.iter().all(|p| p["fee_minor"] == 3_000_000 && p["currency"] == "EUR"), "{plan:#?}");
    assert!(!plan[0]["warnings"].as_array().expect("list").iter().any(|w| w == "over_budget"));
    assert!(plan[1]["warnings"].as_array().expect("list").iter().any(|w| w == "over_budget"), "{plan:#?}");
    let table = linkstar(&h, "C", &args);
    let left = h.words.money(eur(2_000_000), Language::EnUs);
    let warning = h.words.pipeline_console(&PipelineConsole::WarnBudget { left: &left }, Language::EnUs);
    assert!(text(&table.stdout).contains(&warning), "{}", text(&table.stdout));

    // In German, the dry run speaks German.
    let german = linkstar(&h, "de_DE.UTF-8", &args);
    let total = h.words.money(eur(6_000_000), Language::DeDe);
    let summary = h.words.pipeline_console(&PipelineConsole::DryRun { count: 2, total: &total }, Language::DeDe);
    assert!(text(&german.stdout).contains(&summary), "{}", text(&german.stdout));
    assert_eq!(h.events().await, events, "dry runs change nothing");
}

#[tokio::test]
async fn bad_recipients_are_named_and_nothing_is_sent() {
    let h = world().await;
    let events = h.events().await;
    let send = ["offers", "send", "--campaign", "Glow Launch", "--yes"];
    // A misspelt handle: the nearest one is suggested.
    let out = linkstar(&h, "C", &[&send[..], &["--creator", "@cleo.mr"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cleo.mar"), "did you mean: {}", text(&out.stderr));
    // A search term that means nothing.
    let out = linkstar(&h, "C", &[&send[..], &["--search", "followers:10"]].concat());
    assert_eq!(out.status.code(), Some(2));
    let bad = h.words.pipeline_console(&PipelineConsole::BadSearch { term: "followers:10" }, Language::EnUs);
    assert_eq!(text(&out.stderr).trim(), bad);
    // Nobody without a fee: Ana has no rate card.
    let out = linkstar(&h, "C", &[&send[..], &["--creator", "@ana.lima", "--creator", "@cleo.mar"]].concat());
    assert_eq!(out.status.code(), Some(2));
    let no_rate =
        h.words.pipeline_console(&PipelineConsole::NoRate { creator: "Ana Lima", format: "video" }, Language::EnUs);
    assert_eq!(text(&out.stderr).trim(), no_rate);
    // No recipients at all; an unknown campaign.
    let out = linkstar(&h, "C", &send);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).trim(), h.words.pipeline_console(&PipelineConsole::NoRecipients, Language::EnUs));
    let out = linkstar(&h, "C", &["offers", "send", "--campaign", "Glow Lunch", "--creator", "@cleo.mar", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Glow Launch"), "did you mean: {}", text(&out.stderr));
    assert_eq!(h.events().await, events, "nothing was sent");
}

#[tokio::test]
async fn a_second_offer_to_the_same_creator_is_refused_and_the_rest_go_out() {
    let h = world().await;
    h.offer(h.world.ana, Platform::TikTok).await;
    let out = linkstar(
        &h,
        "C",
        &["offers", "send", "--campaign", "Glow Launch", "--creator", "@ana.lima", "--creator", "@cleo.mar"]
            .iter()
            .chain(&["--fee", "400 EUR", "--yes"])
            .copied()
            .collect::<Vec<_>>(),
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let reason = h.words.error("duplicate", Language::EnUs);
    let refused = PipelineConsole::OfferRefused { creator: "Ana Lima", reason: &reason };
    assert!(text(&out.stderr).contains(&h.words.pipeline_console(&refused, Language::EnUs)), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Cleo Mar") && stdout.contains("token:"), "{stdout}");
    let sent = PipelineConsole::OffersSent { sent: 1, refused: 1 };
    assert!(stdout.contains(&h.words.pipeline_console(&sent, Language::EnUs)), "{stdout}");
}

#[tokio::test]
async fn review_and_post_verbs_refuse_the_wrong_stage_and_change_nothing() {
    let h = world().await;
    let inv = h.offer(h.world.ana, Platform::TikTok).await;
    let id = inv.deal_id.0.to_string();
    let events = h.events().await;
    let illegal = h.words.error("illegal-transition", Language::EnUs);
    for args in [
        vec!["review", "approve", &id],
        vec!["review", "changes", &id, "--note", "0:12 show the label"],
        vec!["posts", "verify", &id],
        vec!["deals", "accept", &id],
    ] {
        let out = linkstar(&h, "C", &args);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains(&illegal), "{args:?}: {}", text(&out.stderr));
    }
    assert_eq!(h.events().await, events);
    assert_eq!(h.stage(inv.deal_id).await, Stage::Offered);
    // A deal of another brand is as unknown as a missing one.
    let out = linkstar(&h, "C", &["posts", "verify", "31337"]);
    assert_eq!(out.status.code(), Some(2));
}

#[tokio::test]
async fn taking_a_counter_revises_the_offer_to_the_creators_fee() {
    let h = world().await;
    let inv = h.offer(h.world.ana, Platform::TikTok).await;
    let chat = linkstar_core::place::ChatAccount {
        platform: linkstar_core::place::ChatPlatform::Telegram,
        external_id: "9001".into(),
    };
    h.app.link_chat(&chat, inv.token.expose()).await.expect("Ana links her chat");
    let deal = inv.deal_id;
    h.app.counter_offer(&chat, deal, eur(65_000)).await.expect("Ana counters");
    let out = linkstar(&h, "C", &["deals", "accept", &deal.0.to_string(), "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(after["id"], deal.0);
    assert_eq!(after["fee_minor"], 65_000);
    assert_eq!(after["stage"], "offered", "Ana confirms the revised offer in her chat");
    // Nothing left to take: a second accept is refused by the rules.
    let again = linkstar(&h, "C", &["deals", "accept", &deal.0.to_string()]);
    assert_eq!(again.status.code(), Some(3), "{}", text(&again.stderr));
    // Declining or countering without a counter is refused the same way.
    let decline = linkstar(&h, "C", &["deals", "decline", &deal.0.to_string()]);
    assert_eq!(decline.status.code(), Some(3), "{}", text(&decline.stderr));
    let counter = linkstar(&h, "C", &["deals", "counter", &deal.0.to_string(), "--fee", "lots"]);
    assert_eq!(counter.status.code(), Some(3), "{}", text(&counter.stderr));
    assert_eq!(h.stage(deal).await, Stage::Offered);
}
