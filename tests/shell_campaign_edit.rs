//! End-to-end tests of `linkstar campaigns edit` on a seeded demo database: show → edit →
//! show round-trips in TOML and JSON, edits reach every part of the set-up, and a
//! refused file names the field and reason and changes nothing.

use std::path::Path;
use std::process::{Command, Output};

fn linkstar(db: &str, args: &[&str]) -> Output {
    let home = linkstar_store::sqlite_file(db).and_then(|f| f.parent().map(|d| d.join("home"))).expect("a file URL");
    Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(std::process::Stdio::null())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LINKSTAR_CONFIG")
        .env_remove("LINKSTAR_DATABASE_URL")
        .env("LINKSTAR_OPERATOR", "admin")
        .env_remove("LINKSTAR_LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .expect("run linkstar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn seeded(dir: &Path) -> String {
    let db = format!("sqlite://{}?mode=rwc", dir.join("t.db").display());
    let out = linkstar(&db, &["demo", "--seed-only"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    db
}

const CAMPAIGN: &str = "Glow Serum Launch";

fn show(db: &str, format: &str) -> String {
    let out = linkstar(db, &["campaigns", "show", CAMPAIGN, "--format", format]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn show_edit_show_round_trips_and_edits_every_part_of_the_set_up() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let before = show(&db, "toml");
    let file = dir.path().join("campaign.toml");
    std::fs::write(&file, &before).expect("write");
    let same = linkstar(&db, &["campaigns", "edit", CAMPAIGN, "--file", file.to_str().expect("path")]);
    assert!(same.status.success(), "{}", text(&same.stderr));
    assert_eq!(text(&same.stdout).trim(), "Campaign “Glow Serum Launch” updated.");
    assert_eq!(show(&db, "toml"), before, "an unchanged file changes nothing");

    // Deliverables, compliance, the wanted profile, the brief and the budget, edited.
    let mut doc: toml::Value = toml::from_str(&before).expect("TOML");
    let t = doc.as_table_mut().expect("table");
    t["budget"]["minor"] = toml::Value::Integer(7_500_000);
    t["wanted"]["min_engagement_bp"] = toml::Value::Integer(425);
    t["compliance"]["forbidden_claims"] = toml::Value::Array(vec!["cures acne".into()]);
    let deliverables = t["deliverables"].as_array_mut().expect("deliverables");
    let mut extra = deliverables[0].clone();
    extra["count"] = toml::Value::Integer(3);
    deliverables.push(extra);
    let edited = toml::to_string_pretty(&doc).expect("TOML");
    std::fs::write(&file, &edited).expect("write");
    let out = linkstar(&db, &["campaigns", "edit", CAMPAIGN, "--file", file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after: toml::Value = toml::from_str(&show(&db, "toml")).expect("TOML");
    assert_eq!(after, doc, "show prints what edit saved");
    let list = linkstar(&db, &["campaigns", "list", "--format", "json"]);
    let figures: serde_json::Value = serde_json::from_slice(&list.stdout).expect("JSON");
    let row = figures.as_array().expect("array").iter().find(|c| c["name"] == CAMPAIGN).cloned().expect("row");
    assert_eq!(row["budget_minor"], 7_500_000);

    // JSON: the whole `show` document is a valid edit file.
    let json_file = dir.path().join("campaign.json");
    let shown = show(&db, "json");
    std::fs::write(&json_file, &shown).expect("write");
    let out = linkstar(&db, &["campaigns", "edit", CAMPAIGN, "--file", json_file.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again: serde_json::Value = serde_json::from_str(&show(&db, "json")).expect("JSON");
    let first: serde_json::Value = serde_json::from_str(&shown).expect("JSON");
    assert_eq!(again["spec"], first["spec"]);
    assert_eq!(again["spec"]["wanted"]["min_engagement_bp"], 425);
}

#[test]
fn a_refused_file_names_the_field_and_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let before = show(&db, "toml");
    let file = dir.path().join("bad.toml");
    let edit = |content: &str| {
        std::fs::write(&file, content).expect("write");
        linkstar(&db, &["campaigns", "edit", CAMPAIGN, "--file", file.to_str().expect("path")])
    };

    let negative = before.replacen("count = ", "count = -", 1);
    let out = edit(&negative);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("bad.toml: deliverables[0].count: invalid value"), "{said}");
    assert!(said.trim_end().ends_with("Nothing was changed."), "{said}");

    let mut doc: toml::Value = toml::from_str(&before).expect("TOML");
    let starts = doc["starts_at"].clone();
    doc.as_table_mut().expect("table").insert("ends_at".into(), starts);
    let out = edit(&toml::to_string_pretty(&doc).expect("TOML"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("campaign: the campaign ends before it starts"), "{}", text(&out.stderr));

    let out = edit(&before.replace("currency = \"EUR\"", "currency = \"XXQ\""));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("budget.currency"), "{}", text(&out.stderr));

    let other = dir.path().join("campaign.yaml");
    std::fs::write(&other, &before).expect("write");
    let out = linkstar(&db, &["campaigns", "edit", CAMPAIGN, "--file", other.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("a campaign file ends in .toml or .json"), "{}", text(&out.stderr));

    assert_eq!(show(&db, "toml"), before, "nothing was changed");
}
