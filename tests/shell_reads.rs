//! End-to-end tests of `linkstar deals` on a seeded demo database: the real binary, a
//! fresh HOME, the dashboard's read model as the oracle.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use linkstar_app::Store;
use linkstar_app::dashboard::DashboardReads;
use linkstar_store::SqlStore;
use serde_json::Value;

fn linkstar(db: &str, lang: &str, args: &[&str]) -> Output {
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
        .env("LANG", lang)
        .output()
        .expect("run linkstar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn url(dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", dir.join("t.db").display())
}

fn seeded(dir: &Path) -> String {
    let db = url(dir);
    let out = linkstar(&db, "C", &["demo", "--seed-only"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    db
}

fn json(db: &str, args: &[&str]) -> Vec<Value> {
    let out = linkstar(db, "C", args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    doc.as_array().expect("an array").clone()
}

#[tokio::test]
async fn deals_list_json_matches_the_dashboards_stage_counts_and_filters_narrow_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    // The demo is seeded for today and its missed deadlines are flagged as `serve`'s
    // scheduler would have flagged them: the overdue filter has real work to show.
    let all = json(&db, &["deals", "list", "--format", "json"]);
    assert!(all.len() > 10, "the demo has a pipeline: {}", all.len());

    let store = SqlStore::connect(&db).await.expect("open");
    let admin = store.operator_by_username("admin").await.expect("read").expect("admin exists");
    let expected: BTreeMap<String, u64> = DashboardReads::stage_counts(&store, admin.brand_id, None)
        .await
        .expect("counts")
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| (s.as_str().to_string(), n))
        .collect();
    let attention = DashboardReads::attention(&store, admin.brand_id, jiff::Timestamp::now()).await.expect("attention");
    store.close().await;
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    for deal in &all {
        *seen.entry(deal["stage"].as_str().expect("stage").to_string()).or_default() += 1;
        assert!(deal["fee_minor"].is_i64() && deal["currency"].as_str().is_some_and(|c| c.len() == 3), "{deal}");
        let due = deal["draft_due"].as_str().expect("draft_due");
        assert!(due.parse::<jiff::Timestamp>().is_ok() && due.ends_with('Z'), "RFC 3339: {due}");
    }
    assert_eq!(seen, expected);

    let in_review = json(&db, &["deals", "list", "--stage", "in_review", "--format", "json"]);
    assert_eq!(in_review.len() as u64, expected.get("in_review").copied().unwrap_or(0));
    assert!(in_review.iter().all(|d| d["stage"] == "in_review"));

    let campaign = all[0]["campaign"].as_str().expect("campaign").to_string();
    let of_campaign = json(&db, &["deals", "list", "--campaign", &campaign, "--format", "json"]);
    assert_eq!(of_campaign.len(), all.iter().filter(|d| d["campaign"] == campaign.as_str()).count());

    let creator_id = all[0]["creator_id"].as_i64().expect("creator id").to_string();
    let of_creator = json(&db, &["deals", "list", "--creator", &creator_id, "--format", "json"]);
    assert!(!of_creator.is_empty() && of_creator.iter().all(|d| d["creator_id"] == all[0]["creator_id"]));

    let name = all[0]["creator"].as_str().expect("creator name").to_uppercase();
    let by_name = json(&db, &["deals", "list", "--creator", &name, "--format", "json"]);
    assert_eq!(by_name, of_creator, "a display name finds the same deals as the id");

    let needs_me = json(&db, &["deals", "list", "--needs-me", "--format", "json"]);
    let waiting = all.iter().filter(|d| d["stage"] == "negotiating" || d["stage"] == "in_review").count();
    assert_eq!(needs_me.len(), waiting);
    assert_eq!(needs_me.len() as u64, attention.drafts_waiting + attention.counters, "the dashboard's strip");
    let overdue = json(&db, &["deals", "list", "--overdue", "--format", "json"]);
    assert_eq!(overdue.len(), all.iter().filter(|d| !d["overdue_since"].is_null()).count());
    assert!(!overdue.is_empty(), "the demo has late deals: {overdue:?}");
    let now = jiff::Timestamp::now();
    for deal in &overdue {
        let since: jiff::Timestamp = deal["overdue_since"].as_str().expect("since").parse().expect("RFC 3339");
        assert!(since < now && now.duration_since(since) < jiff::SignedDuration::from_hours(24 * 14), "{deal}");
    }
    assert_eq!(overdue.len() as u64, attention.deals_overdue, "the dashboard's strip");

    let csv = linkstar(&db, "C", &["deals", "list", "--format", "csv"]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "id");
    assert_eq!(&header[5], "stage");
    assert_eq!(reader.records().count(), all.len());
}

#[test]
fn deals_table_speaks_the_operators_language_and_show_tells_payments() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let en = text(&linkstar(&db, "C", &["deals", "list"]).stdout);
    let de = text(&linkstar(&db, "de_DE.UTF-8", &["deals", "list"]).stdout);
    assert!(en.lines().next().is_some_and(|h| h.contains("Creator") && h.contains("Stage")), "{en}");
    let de_head = de.lines().next().expect("a heading");
    assert!(de_head.contains("Kampagne") && de_head.contains("Phase") && !de_head.contains("Campaign"), "{de_head}");
    assert_eq!(en.lines().count(), de.lines().count());

    let paid = json(&db, &["deals", "list", "--stage", "completed", "--format", "json"]);
    let id = paid.first().and_then(|d| d["id"].as_i64()).expect("a completed deal").to_string();
    let out = linkstar(&db, "C", &["deals", "show", &id, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let deal: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let payments = deal["payments"].as_array().expect("payments");
    assert!(!payments.is_empty(), "{deal}");
    assert!(payments.iter().all(|p| p["amount_minor"].is_i64() && p["currency"].is_string()), "{deal}");
    assert!(deal["draft_versions"].as_u64().is_some_and(|n| n >= 1), "{deal}");
    let waiting = json(&db, &["deals", "list", "--stage", "in_review", "--format", "json"]);
    let id_waiting = waiting.first().and_then(|d| d["id"].as_i64()).expect("a draft in review").to_string();
    let shown = linkstar(&db, "C", &["deals", "show", &id_waiting, "--format", "json"]);
    let shown: Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    let reminders = shown["reminders"].as_array().expect("reminders");
    assert!(!reminders.is_empty() && reminders.iter().all(|r| r["send_at"].is_string()), "{shown}");
    let said = text(&linkstar(&db, "C", &["deals", "show", &id_waiting]).stdout);
    assert!(said.contains("draft due") && said.contains("Reminders"), "{said}");
    let table = linkstar(&db, "C", &["deals", "show", &id]);
    assert!(table.status.success() && text(&table.stdout).contains("Amount"), "{}", text(&table.stdout));
}

#[test]
fn unknown_names_suggest_and_exit_2() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let all = json(&db, &["deals", "list", "--format", "json"]);
    let campaign = all[0]["campaign"].as_str().expect("campaign").to_string();
    let typo = format!("{}x", &campaign);
    let out = linkstar(&db, "C", &["deals", "list", "--campaign", &typo]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(&campaign), "{}", text(&out.stderr));
    let out = linkstar(&db, "C", &["deals", "list", "--stage", "nowhere"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = linkstar(&db, "C", &["deals", "show", "999999"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = linkstar(&db, "C", &["deals", "list", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2), "clap usage error");
    let help = linkstar(&db, "C", &["deals", "list", "--help"]);
    assert!(text(&help.stdout).contains("Exit codes") && text(&help.stdout).contains("fee_minor"));
}

#[tokio::test]
async fn campaigns_list_and_show_agree_with_the_dashboards_figures() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let listed = json(&db, &["campaigns", "list", "--format", "json"]);
    let store = SqlStore::connect(&db).await.expect("open");
    let admin = store.operator_by_username("admin").await.expect("read").expect("admin exists");
    let figures = DashboardReads::campaign_figures(&store, admin.brand_id).await.expect("figures");
    let counts =
        DashboardReads::stage_counts(&store, admin.brand_id, Some(figures[0].campaign.id)).await.expect("counts");
    store.close().await;
    assert_eq!(listed.len(), figures.len());
    for (row, f) in listed.iter().zip(&figures) {
        assert_eq!(row["name"], f.campaign.spec.name.as_str());
        assert_eq!(row["committed_minor"], f.committed.minor);
        assert_eq!(row["paid_minor"], f.paid.minor);
        assert_eq!(row["deals"], f.deals);
    }
    let name = figures[0].campaign.spec.name.to_lowercase();
    let out = linkstar(&db, "C", &["campaigns", "show", &name, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for (stage, n) in counts {
        assert_eq!(shown["stages"][stage.as_str()], n, "{stage}");
    }
    let csv = linkstar(&db, "C", &["campaigns", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    assert_eq!(&reader.headers().expect("header")[1], "name");
    assert_eq!(reader.records().count(), figures.len());
    let typo = linkstar(&db, "C", &["campaigns", "show", &format!("{name}x")]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(text(&typo.stderr).contains(&figures[0].campaign.spec.name), "{}", text(&typo.stderr));
}
