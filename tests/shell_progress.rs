//! Long jobs off a terminal report progress as plain lines on stderr (no carriage
//! returns, no escape codes), and their output stays clean on stdout.

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

#[test]
fn import_and_export_report_progress_as_plain_lines_off_a_terminal() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let seed = linkstar(&db, &["demo", "--seed-only"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));

    let csv = dir.path().join("pool.csv");
    let export = linkstar(&db, &["creators", "export", "--output", csv.to_str().expect("path")]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    let exported = std::fs::read_to_string(&csv).expect("csv").lines().count() as u64 - 1;
    let said = text(&export.stderr);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some(format!("Exporting creators: {exported} of {exported}").as_str()),
        "{said}"
    );
    assert_eq!(lines.last().copied(), Some(format!("Exporting creators: done ({exported}).").as_str()), "{said}");
    assert!(!said.contains('\r') && !said.contains('\x1b'), "plain lines only: {said:?}");

    // Importing the same pool again refuses every row as a duplicate, and says how far it got.
    let import = linkstar(&db, &["creators", "import", csv.to_str().expect("path")]);
    let said = text(&import.stderr);
    assert!(said.starts_with("Importing creators: 0 so far…\n"), "{said}");
    assert!(said.contains("Importing creators: done (0).\n"), "{said}");
    assert!(!said.contains('\r') && !said.contains('\x1b'), "plain lines only: {said:?}");
}
