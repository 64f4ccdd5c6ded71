//! End-to-end tests of the real `linkstar` binary on fresh SQLite files.

use std::path::Path;
use std::process::{Command, Output};

use linkstar_store::SqlStore;

/// The binary with its own home beside the test's database, so that the active profile
/// `demo` writes never lands in the real user's data directory.
fn binary(db: &str) -> Command {
    let home = linkstar_store::sqlite_file(db).and_then(|f| f.parent().map(|d| d.join("home"))).expect("a file URL");
    let mut command = Command::new(env!("CARGO_BIN_EXE_linkstar"));
    command
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(std::process::Stdio::null());
    command
}

fn linkstar(db: &str, args: &[&str]) -> Output {
    binary(db)
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

fn url(dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", dir.join("t.db").display())
}

#[tokio::test]
async fn demo_seeds_a_verifiable_database_and_tampering_is_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = url(dir.path());
    let out = linkstar(&db, &["demo", "--seed-only"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Seeded the demo database"), "{}", text(&out.stdout));
    let again = linkstar(&db, &["demo"]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    let summary = text(&again.stdout);
    assert!(summary.contains("Using the existing demo database"), "{summary}");
    for stage in ["Offered", "Negotiating", "In review", "Completed", "Expired"] {
        assert!(summary.contains(&format!("{stage}:")), "{stage} missing from\n{summary}");
    }

    let ok = linkstar(&db, &["audit", "verify"]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stdout).contains("Audit log intact"), "{}", text(&ok.stdout));

    // Alter one event by hand, as someone with direct database access could.
    let store = SqlStore::connect(&db).await.expect("open");
    store.execute_raw("DROP TRIGGER audit_events_no_update").await.expect("drop guard");
    store.execute_raw("UPDATE audit_events SET payload = '{}' WHERE id = 42").await.expect("tamper");
    store.close().await;
    let broken = linkstar(&db, &["audit", "verify"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("Audit log BROKEN at event 42:"), "{}", text(&broken.stderr));
}

#[test]
fn creators_import_keeps_good_rows_and_reports_bad_ones() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = url(dir.path());
    for args in [
        &["setup", "brand", "--name", "Lumen", "--legal-name", "Lumen GmbH", "--currency", "EUR"][..],
        &["setup", "operator", "--brand", "1", "--name", "Admin", "--username", "admin", "--role", "admin"][..],
    ] {
        let out = linkstar(&db, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    }
    let csv = dir.path().join("pool.csv");
    std::fs::write(
        &csv,
        "name,country,languages,preferred_locale,time_zone,categories,audience_countries,tiktok_handle,tiktok_followers,tiktok_engagement,instagram_handle,instagram_followers,instagram_engagement,youtube_handle,youtube_followers,youtube_engagement,rate_card,risk_flags,rating,pool_status\n\
         Ana Lima,BR,pt,,America/Sao_Paulo,beauty,BR,@ana.lima,85000,4.2,,,,,,,video=500 EUR,,4,\n\
         Bad Zone,ES,es,,Mars/Base,,,@bad.zone,10,1,,,,,,,,,,\n\
         Ana Copy,BR,pt,,America/Sao_Paulo,beauty,BR,@ana.lima,85000,4.2,,,,,,,,,,\n\
         Bea Ruiz,ES,es,,Europe/Madrid,fashion,ES,,,,@bea.ruiz,12000,3.1,,,,,,,\n",
    )
    .expect("csv");
    let out = linkstar(&db, &["creators", "import", csv.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("Line 3:") && err.contains("Mars/Base"), "{err}");
    assert!(err.contains("Line 4:") && err.contains("@ana.lima"), "{err}");
    assert!(text(&out.stdout).contains("Imported 2 creators; refused 2 rows."), "{}", text(&out.stdout));

    let out = linkstar(&db, &["creators", "export"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = text(&out.stdout);
    assert_eq!(exported.lines().count(), 3, "{exported}");
    assert!(exported.contains("Bea Ruiz,ES,es,,Europe/Madrid,fashion,ES,,,,bea.ruiz,12000,3.10"), "{exported}");

    let missing = linkstar(&db, &["creators", "import", "/nonexistent.csv"]);
    assert!(!missing.status.success());
    assert!(text(&missing.stderr).contains("/nonexistent.csv"), "{}", text(&missing.stderr));
}

#[test]
fn invite_prints_a_token_and_refuses_unknown_names() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = url(dir.path());
    let seed = linkstar(&db, &["demo", "--seed-only"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    let export = text(&linkstar(&db, &["creators", "export"]).stdout);
    // A creator with a TikTok handle and no open deal: the last one imported.
    let handle = export
        .lines()
        .rev()
        .find_map(|l| l.split(',').nth(7).filter(|h| !h.is_empty()).map(String::from))
        .expect("a tiktok handle");
    let campaign = "1";
    let out =
        linkstar(&db, &["invite", "--campaign", campaign, "--creator", &format!("@{handle}"), "--fee", "300 EUR"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}{}", stdout, text(&out.stderr));
    let token = stdout.lines().find_map(|l| l.strip_prefix("token:")).map(str::trim).expect("token line");
    assert_eq!(token.len(), 32);
    assert!(stdout.contains(&format!("/start {token}")), "{stdout}");

    let unknown = linkstar(&db, &["invite", "--campaign", "No Such Campaign", "--creator", "@x1"]);
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("no campaign “No Such Campaign”"), "{}", text(&unknown.stderr));
    let bad_fee =
        linkstar(&db, &["invite", "--campaign", campaign, "--creator", &format!("@{handle}"), "--fee", "12.345 EUR"]);
    assert!(!bad_fee.status.success());
    assert!(text(&bad_fee.stderr).contains("12.345"), "{}", text(&bad_fee.stderr));
    let viewer = binary(&db)
        .args([
            "--db",
            &db,
            "--operator",
            "vic",
            "invite",
            "--campaign",
            campaign,
            "--creator",
            &format!("@{handle}"),
            "--fee",
            "300 EUR",
        ])
        .output()
        .expect("run");
    assert!(!viewer.status.success());
    let refused = text(&viewer.stderr);
    assert!(refused.contains("Your role (viewer) may not do this (make offers). Ask an admin"), "{refused}");
}

#[test]
fn the_command_line_speaks_the_operators_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = url(dir.path());
    let run = |lang: &str, args: &[&str]| {
        binary(&db)
            .args(["--db", &db])
            .args(args)
            .env_remove("LINKSTAR_LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("run linkstar")
    };
    let out = run("zh_CN.UTF-8", &["demo"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("已在") && stdout.contains("生成演示数据库"), "{stdout}");
    assert!(stdout.contains("审核中: "), "stage names are localized: {stdout}");
    let out =
        run("de_DE.UTF-8", &["--operator", "vic", "invite", "--campaign", "1", "--creator", "1", "--fee", "100 EUR"]);
    let err = text(&out.stderr);
    assert!(err.starts_with("Fehler: "), "{err}");
    assert!(
        err.contains("Deine Rolle (viewer) darf das nicht (make offers)"),
        "the role's refusal is translated: {err}"
    );
    let out = run("ja_JP.UTF-8", &["audit", "verify"]);
    assert!(text(&out.stdout).contains("監査ログは正常です"), "{}", text(&out.stdout));
    // The money commands too: the report's labels, headers and values.
    let out = run("zh_CN.UTF-8", &["--operator", "admin", "report", "--campaign", "1"]);
    let report = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(report.contains("汇率：") && report.contains("已承诺 €") && report.contains("品牌响应速度"), "{report}");
    assert!(report.contains("创作者") && report.contains("已完成") && !report.contains("Exchange rates"), "{report}");
}

/// Takes a new offer through to a verified post with the app (the CLI has no creator side).
async fn verified_deal(
    db: &linkstar_testkit::TestDb,
    w: &linkstar_testkit::World,
    creator: linkstar_core::ids::CreatorId,
    t: linkstar_core::terms::Terms,
    post: &str,
) -> linkstar_core::ids::DealId {
    use linkstar_core::checks::{FileFacts, FileLimits};
    use linkstar_core::content::{DraftKind, DraftUpload};
    use linkstar_core::place::{ChatAccount, ChatPlatform};
    let app = &db.app;
    let offer = app.make_offer(w.manager, w.campaign, creator, t.clone()).await.expect("offer");
    let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: format!("c{}", creator.0) };
    app.link_chat(&chat, offer.token.expose()).await.expect("link");
    app.accept_offer(&chat, offer.deal_id, t.fingerprint()).await.expect("accept");
    let file = FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
    let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
    let limits = FileLimits { max_bytes: 100, allowed_types: vec!["video/".into()] };
    app.submit_draft(&chat, offer.deal_id, draft, &limits).await.expect("draft");
    app.approve_draft(w.reviewer, offer.deal_id, "").await.expect("approve");
    app.submit_post(&chat, offer.deal_id, post).await.expect("post");
    app.verify_post(w.reviewer, offer.deal_id).await.expect("verify");
    offer.deal_id
}

#[tokio::test]
async fn money_commands_import_report_export_and_close() {
    use linkstar_core::money::Money;
    use linkstar_core::place::Platform;
    use linkstar_core::terms::PaymentModel;
    use linkstar_testkit::world::terms;

    let db = linkstar_testkit::TestDb::sqlite().await;
    let w = linkstar_testkit::World::seed(&db.app).await;
    let ana = verified_deal(&db, &w, w.ana, terms(Platform::TikTok), "https://www.tiktok.com/@ana.lima/video/1").await;
    let mut usd = terms(Platform::Instagram);
    usd.fee = Money::parse("400 USD").expect("usd");
    usd.payment_model = PaymentModel::Hybrid { rate_bp: 1_000, cap: None };
    let bea = verified_deal(&db, &w, w.bea, usd, "https://www.instagram.com/p/Cx1/").await;
    let run = |args: &[&str]| linkstar(&db.url, args);

    let code = run(&["attribution", "code", "--deal", &ana.to_string(), "--discount", "ana10"]);
    assert!(code.status.success(), "{}", text(&code.stderr));
    let dir = tempfile::tempdir().expect("tmp");
    let csv = dir.path().join("metrics.csv");
    std::fs::write(
        &csv,
        format!(
            "post_url,tracking_code,discount_code,views,likes,comments,clicks,conversions,revenue\n\
             https://www.tiktok.com/@ana.lima/video/1,,,100000,4000,1000,,,\n\
             ,creator-{}-deal-{bea},,20000,900,100,300,6,200.00\n\
             ,,NOPE99,1,,,,,\n\
             ,,ANA10,,,,500,30,1500\n",
            w.bea.0
        ),
    )
    .expect("csv");
    let out = run(&["metrics", "import", csv.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Line 4: no deal has the discount code NOPE99"), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Imported 3 snapshots; refused 1 row."), "{}", text(&out.stdout));

    let no_rate = run(&["report", "--campaign", "Glow Launch", "--as-of", "2026-11-24"]);
    assert!(!no_rate.status.success());
    assert!(text(&no_rate.stderr).contains("USD→EUR"), "{}", text(&no_rate.stderr));
    let fx = run(&["fx", "set", "--from", "USD", "--to", "EUR", "--rate", "0.9", "--date", "2026-11-20"]);
    assert!(fx.status.success(), "{}", text(&fx.stderr));

    let json = run(&["report", "--campaign", "Glow Launch", "--format", "json", "--as-of", "2026-11-24"]);
    assert!(json.status.success(), "{}", text(&json.stderr));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    // Committed: 500.00 EUR + (400.00 + 10 % of 200.00 accrued) USD × 0.9 = 878.00 EUR.
    assert_eq!(report["total"]["committed"]["minor"], 87_800, "{report}");
    // Revenue 1,500.00 + 200.00 × 0.9 = 1,680.00 EUR; reach 120,000.
    assert_eq!(
        (report["total"]["revenue"]["minor"].as_i64(), report["total"]["reach"].as_i64()),
        (Some(168_000), Some(120_000))
    );
    assert_eq!(report["rates"][0]["date"], "2026-11-20");

    let table = run(&["report", "--campaign", "Glow Launch", "--as-of", "2026-11-24"]);
    let shown = text(&table.stdout);
    assert!(shown.contains("Exchange rates: USD→EUR 0.9 (Nov 20, 2026)"), "{shown}");
    assert!(shown.contains("committed €878.00") && shown.contains("ROI 91.34%"), "{shown}");
    let csv_out = text(&run(&["report", "--campaign", "1", "--format", "csv", "--as-of", "2026-11-24"]).stdout);
    let lines: Vec<&str> = csv_out.lines().collect();
    assert_eq!(lines.len(), 4, "{csv_out}");
    assert!(lines[1].starts_with("campaign,,Glow Launch,,EUR,878.00,0.00,120000"), "{csv_out}");

    let shop = text(&run(&["attribution", "export", "--campaign", "Glow Launch"]).stdout);
    assert!(shop.contains(&format!("creator-{}-deal-{ana}", w.ana.0)) && shop.contains(",ANA10\n"), "{shop}");

    let close = run(&["campaign", "close", "Glow Launch"]);
    assert!(close.status.success(), "{}", text(&close.stderr));
    assert!(
        text(&close.stdout).contains(&format!("Deal {bea}: commission of $20.00 scheduled")),
        "{}",
        text(&close.stdout)
    );
    let payouts = dir.path().join("payouts");
    let export = run(&["payments", "export", "--status", "open", "--dir", payouts.to_str().expect("path")]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    let usd_file = std::fs::read_to_string(payouts.join("payouts-USD.csv")).expect("USD file");
    assert_eq!(usd_file.lines().count(), 4, "deposit, balance, commission:\n{usd_file}");
    assert!(usd_file.contains(",commission,20.00,USD,"), "{usd_file}");
    assert!(payouts.join("payouts-EUR.csv").exists());
    let list = text(&run(&["payments", "list", "--currency", "EUR"]).stdout);
    let first = list.split_whitespace().next().expect("a payment id").to_string();
    let paid = run(&["payments", "pay", &first, "--reference", "SEPA-77"]);
    assert!(paid.status.success(), "{}", text(&paid.stderr));
    assert!(text(&paid.stdout).contains("marked paid (SEPA-77)"));
}

#[tokio::test]
async fn reminders_plan_fills_in_deals_without_rows_and_list_shows_them_in_the_operators_words() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = url(dir.path());
    let seed = linkstar(&db, &["demo", "--seed-only"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    // As if the deals were made before reminders existed.
    let store = SqlStore::connect(&db).await.expect("open");
    store.execute_raw("DELETE FROM reminders").await.expect("delete");
    store.close().await;
    let empty = linkstar(&db, &["reminders", "list"]);
    assert!(text(&empty.stdout).contains("0 pending reminders."), "{}", text(&empty.stdout));

    let plan = linkstar(&db, &["reminders", "plan"]);
    let said = text(&plan.stdout);
    assert!(plan.status.success(), "{}", text(&plan.stderr));
    let planned: u64 = said
        .split("; ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count of planned reminders in {said:?}"));
    assert!(said.contains("deals without reminders checked") && planned > 0, "{said}");
    let again = text(&linkstar(&db, &["reminders", "plan"]).stdout);
    assert!(again.contains("reminders planned") && again.contains("; 0 reminders"), "{again}");

    let list = text(&linkstar(&db, &["reminders", "list", "--limit", "5000"]).stdout);
    assert!(list.contains(&format!("{planned} pending reminders.")), "{list}");
    assert!(list.contains("Reminder: ") && list.contains("Deal "), "{list}");
    let german = binary(&db)
        .args(["--db", &db, "--operator", "admin", "reminders", "list", "--campaign", "1"])
        .env_remove("LINKSTAR_LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("run");
    let german = text(&german.stdout);
    assert!(german.contains("ausstehende Erinnerung") && german.contains("Koop. "), "{german}");
}
