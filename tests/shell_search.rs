//! End-to-end tests of `linkstar creators search` on a seeded demo database: the real
//! binary, a fresh HOME, the app's pool read model and core's fit score as the oracle.

use std::path::Path;
use std::process::{Command, Output};

use linkstar_app::Store;
use linkstar_core::checks::fit_score;
use linkstar_core::creator::CreatorQuery;
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

fn seeded(dir: &Path) -> String {
    let db = format!("sqlite://{}?mode=rwc", dir.join("t.db").display());
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

fn ids(rows: &[Value]) -> Vec<i64> {
    rows.iter().map(|r| r["id"].as_i64().expect("id")).collect()
}

#[tokio::test]
async fn search_lists_the_pool_as_the_dashboard_does_with_fit_for_a_campaign() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let store = SqlStore::connect(&db).await.expect("open");
    let everyone = store.search_creators(&CreatorQuery { limit: 500, ..Default::default() }).await.expect("pool");
    let campaign = store.find_campaign("Glow Serum Launch").await.expect("read").expect("the demo's campaign");
    store.close().await;

    // The whole pool, in the dashboard's order, scored as the dashboard scores it.
    let all =
        json(&db, &["creators", "search", "--limit", "500", "--campaign", "Glow Serum Launch", "--format", "json"]);
    assert_eq!(ids(&all), everyone.iter().map(|c| c.id.0).collect::<Vec<_>>());
    for (row, creator) in all.iter().zip(&everyone) {
        let fit = fit_score(&creator.profile, &campaign.spec.wanted).score;
        assert_eq!(row["fit"].as_u64(), Some(u64::from(fit)), "{}", row["name"]);
        assert_eq!(row["name"].as_str(), Some(creator.profile.name.as_str()));
    }
    // Without a campaign there is no fit; a page is a page.
    let page = json(&db, &["creators", "search", "--limit", "3", "--page", "2", "--format", "json"]);
    assert_eq!(ids(&page), ids(&all)[3..6].to_vec());
    assert!(page.iter().all(|r| r["fit"].is_null()));

    // Filters narrow it exactly as the filters say.
    let br = json(&db, &["creators", "search", "--country", "br", "--min-engagement", "3", "--format", "json"]);
    assert!(!br.is_empty() && br.len() < all.len(), "{} of {}", br.len(), all.len());
    // Without --platform the engagement filter asks for any account at 3% or more.
    let engaged = |r: &Value| {
        r["accounts"].as_array().expect("accounts").iter().any(|a| a["engagement_bp"].as_u64() >= Some(300))
    };
    for r in &br {
        assert_eq!(r["country"], "BR");
        assert!(engaged(r), "{r}");
    }
    let expected = all.iter().filter(|r| r["country"] == "BR" && engaged(r)).count();
    assert_eq!(br.len(), expected);
}

#[test]
fn search_prints_a_table_says_when_nobody_matches_and_names_a_bad_filter() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = seeded(dir.path());
    let out = linkstar(&db, "C", &["creators", "search", "--campaign", "Glow Serum Launch", "--limit", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "Fit for Glow Serum Launch", "{table}");
    for heading in ["Creator", "Country", "Followers", "Fit"] {
        assert!(lines[1].contains(heading), "{table}");
    }
    assert_eq!(lines.len(), 2 + 5, "a heading, the column names and five creators: {table}");

    let nobody = linkstar(&db, "C", &["creators", "search", "--category", "knitting"]);
    assert!(nobody.status.success());
    assert_eq!(text(&nobody.stdout).trim(), "No creator matches these filters.");
    let json_nobody = linkstar(&db, "C", &["creators", "search", "--category", "knitting", "--format", "json"]);
    assert_eq!(text(&json_nobody.stdout).trim(), "[]");

    let bad = linkstar(&db, "C", &["creators", "search", "--min-followers", "lots"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(text(&bad.stderr).trim(), "--min-followers does not accept “lots”.");
    assert!(bad.stdout.is_empty());
    let german = linkstar(&db, "de_DE.UTF-8", &["creators", "search", "--tier", "giant"]);
    assert_eq!(german.status.code(), Some(2));
    assert_eq!(text(&german.stderr).trim(), "--tier akzeptiert „giant“ nicht.");
}
