//! A newcomer's first ten minutes, with the real binary on a fresh home directory:
//! the demo leaves the next command working on it, `linkstar` alone on an empty data
//! directory tells the exact set-up commands, set-up commands create missing
//! databases, and every error names its cause and the fix in the operator's language.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use linkstar_store::SqlStore;

/// A fresh machine: its own home, data and settings directories, no LinkStar variables.
struct Machine {
    home: tempfile::TempDir,
}

impl Machine {
    fn new() -> Machine {
        Machine { home: tempfile::tempdir().expect("tmp") }
    }

    fn data(&self) -> PathBuf {
        self.home.path().join("data").join("linkstar")
    }

    fn command(&self, lang: &str, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_linkstar"));
        for var in ["LINKSTAR_CONFIG", "LINKSTAR_DATABASE_URL", "LINKSTAR_OPERATOR", "LINKSTAR_LANGUAGE"] {
            command.env_remove(var);
        }
        for var in ["LINKSTAR_TELEGRAM_TOKEN", "LINKSTAR_DISCORD_TOKEN", "LC_ALL", "LC_MESSAGES", "RUST_LOG"] {
            command.env_remove(var);
        }
        command
            .args(args)
            .env("HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("USER", "newcomer")
            .env("LANG", lang)
            // Off a terminal: nobody can answer questions.
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_in("C", args)
    }

    fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        self.command(lang, args).output().expect("run linkstar")
    }
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn sqlite(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

#[test]
fn after_the_demo_the_next_commands_work_on_it_without_operator() {
    let m = Machine::new();
    let seeded = m.run(&["demo", "--seed-only"]);
    assert!(seeded.status.success(), "{}", err(&seeded));
    assert!(out(&seeded).contains("The demo database is now active"), "{}", out(&seeded));

    let report = m.run(&["report", "--campaign", "Glow Serum Launch"]);
    assert!(report.status.success(), "{}", err(&report));
    assert!(out(&report).contains("Glow Serum Launch (open)"), "{}", out(&report));

    let status =
        m.command("C", &["status"]).env("LINKSTAR_TELEGRAM_TOKEN", "123456:very-secret").output().expect("run");
    let said = out(&status);
    assert!(status.status.success(), "{}", err(&status));
    let demo = m.data().join("demo.db");
    assert!(said.contains(&format!("Database: {} (from the active profile", sqlite(&demo))), "{said}");
    assert!(said.contains("Operator: admin (from the active profile"), "{said}");
    assert!(said.contains("Brand: Lumen Beauty, role admin"), "{said}");
    assert!(said.contains("Language: English (from the environment variable LANG)"), "{said}");
    assert!(said.contains("Telegram bot: configured") && said.contains("Discord bot: not configured"), "{said}");
    assert!(!said.contains("very-secret"), "a token is never shown: {said}");

    // A name that is nearly right gets the right one offered, in the operator's language.
    let slip = m.run(&["report", "--campaign", "Glow Serum Lanch"]);
    assert_eq!(slip.status.code(), Some(1));
    assert!(
        err(&slip).contains("There is no campaign “Glow Serum Lanch”. Did you mean “Glow Serum Launch”?"),
        "{}",
        err(&slip)
    );
    let slip = m.run_in("de_DE.UTF-8", &["report", "--campaign", "glow serum lunch"]);
    assert!(
        err(&slip).contains("Es gibt keine Kampagne „glow serum lunch“. Meintest du „Glow Serum Launch“?"),
        "{}",
        err(&slip)
    );
    let far = m.run(&["report", "--campaign", "Winter Boots"]);
    assert!(
        err(&far).contains("There is no campaign “Winter Boots”.") && !err(&far).contains("Did you mean"),
        "{}",
        err(&far)
    );
    let operator = m.run(&["--operator", "admn", "report", "--campaign", "1"]);
    assert!(
        err(&operator).contains("There is no operator “admn”") && err(&operator).contains("Did you mean “admin”?"),
        "{}",
        err(&operator)
    );
}

#[test]
fn plain_linkstar_on_an_empty_data_directory_prints_the_set_up_commands() {
    let m = Machine::new();
    let first = m.run(&[]);
    assert_eq!(first.status.code(), Some(2), "{}{}", out(&first), err(&first));
    let guide = err(&first);
    assert!(guide.contains("LinkStar is not set up yet"), "{guide}");
    assert!(guide.contains("  linkstar setup init --brand 'Your Brand' --currency EUR"), "{guide}");
    assert!(guide.contains("  linkstar demo"), "{guide}");
    assert!(!m.data().join("linkstar.db").exists(), "nothing is created off a terminal");

    // The printed command works as typed, and after it no --operator is needed.
    let init = m.run(&["setup", "init", "--brand", "Lumen", "--currency", "eur"]);
    assert!(init.status.success(), "{}", err(&init));
    assert!(out(&init).contains("Lumen is set up with you (newcomer) as its admin"), "{}", out(&init));
    let status = out(&m.run(&["status"]));
    assert!(status.contains("Operator: newcomer (from the active profile"), "{status}");
    assert!(status.contains("Brand: Lumen, role admin"), "{status}");
    let report = m.run(&["report", "--campaign", "Spring"]);
    assert!(err(&report).contains("There is no campaign “Spring”."), "the operator resolved: {}", err(&report));

    // The demo no longer takes the place of one's own brand.
    let demo = m.run(&["demo", "--seed-only"]);
    assert!(demo.status.success(), "{}", err(&demo));
    assert!(
        out(&demo).contains("Your own database stays active. To work on the demo, add --db sqlite://"),
        "{}",
        out(&demo)
    );
    assert!(out(&m.run(&["status"])).contains("Brand: Lumen, role admin"));
}

#[test]
fn set_up_commands_create_a_missing_database_whatever_its_url_says() {
    let m = Machine::new();
    let nested = m.home.path().join("x").join("new.db");
    let migrate = m.run(&["--db", &sqlite(&nested), "migrate"]);
    assert!(migrate.status.success(), "{}", err(&migrate));
    assert!(nested.exists());
    let read_only = m.home.path().join("ro.db");
    let migrate = m.run(&["--db", &format!("{}?mode=ro", sqlite(&read_only)), "migrate"]);
    assert!(migrate.status.success(), "{}", err(&migrate));
    assert!(read_only.exists());
    let demo_file = m.home.path().join("y").join("demo.db");
    let demo = m.run(&["--db", &sqlite(&demo_file), "demo", "--seed-only"]);
    assert!(demo.status.success() && demo_file.exists(), "{}", err(&demo));
}

#[test]
fn a_missing_database_is_named_with_its_fix_and_not_created() {
    let m = Machine::new();
    let missing = m.home.path().join("none.db");
    let report = m.run(&["--db", &sqlite(&missing), "report", "--campaign", "1"]);
    assert_eq!(report.status.code(), Some(1));
    let said = err(&report);
    assert!(said.contains(&format!("There is no database at {}.", missing.display())), "{said}");
    assert!(
        said.contains("`linkstar setup init`") && said.contains("`linkstar demo`") && !said.contains("code: 14"),
        "{said}"
    );
    assert!(!missing.exists());
    // The default location too, in German.
    let report = m.run_in("de_DE.UTF-8", &["report", "--campaign", "1"]);
    let said = err(&report);
    let default = m.data().join("linkstar.db");
    assert!(said.starts_with(&format!("Fehler: Unter {} gibt es keine Datenbank.", default.display())), "{said}");
}

#[tokio::test]
async fn unreadable_and_newer_databases_say_what_to_do() {
    let m = Machine::new();
    let garbage = m.home.path().join("garbage.db");
    std::fs::write(&garbage, "not a database at all").expect("write");
    let report = m.run(&["--db", &sqlite(&garbage), "report", "--campaign", "1"]);
    let said = err(&report);
    assert!(said.contains(&format!("The database at {} cannot be opened", garbage.display())), "{said}");
    assert!(said.contains("file is not a database") && said.contains("or name another with --db"), "{said}");

    let newer = m.home.path().join("newer.db");
    assert!(m.run(&["--db", &sqlite(&newer), "migrate"]).status.success());
    let store = SqlStore::connect(&sqlite(&newer)).await.expect("open");
    store
        .execute_raw(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (29991231000000, 'from the future', 1, x'00', 0)",
        )
        .await
        .expect("a newer migration");
    store.close().await;
    let report = m.run_in("fr_FR.UTF-8", &["--db", &sqlite(&newer), "report", "--campaign", "1"]);
    let said = err(&report);
    assert!(said.contains("version plus récente de LinkStar (schéma 29991231000000"), "{said}");
}

#[test]
fn help_shows_no_empty_environment_values() {
    let m = Machine::new();
    for args in [&["--help"][..], &["report", "--help"][..], &["setup", "init", "--help"][..]] {
        let help = out(&m.run(args));
        assert!(help.contains("[env: LINKSTAR_DATABASE_URL]"), "{help}");
        assert!(!help.contains("=]"), "{args:?}: {help}");
    }
    let help = out(&m.run(&["--help"]));
    assert!(help.contains("status") && help.contains("Which database, operator, language and bots"), "{help}");
}

#[test]
fn status_speaks_the_operators_language() {
    let m = Machine::new();
    let status = m.run_in("ja_JP.UTF-8", &["status"]);
    let said = out(&status);
    assert!(status.status.success(), "{}", err(&status));
    assert!(said.contains("データベース: sqlite://") && said.contains("（既定値 による）"), "{said}");
    assert!(said.contains("データベースファイルはまだありません。"), "{said}");
    assert!(said.contains("オペレーター: newcomer（このコンピューターでのユーザー名 による）"), "{said}");
    assert!(said.contains("Telegram ボット: 未設定"), "{said}");
}

#[test]
fn setting_up_after_the_demo_makes_ones_own_database_active() {
    let m = Machine::new();
    assert!(m.run(&["demo", "--seed-only"]).status.success());
    let init = m.run(&["setup", "init", "--brand", "Nordlicht", "--currency", "SEK", "--username", "ines"]);
    assert!(init.status.success(), "{}", err(&init));
    let own = m.data().join("linkstar.db");
    assert!(
        out(&init).contains(&format!("in {}.", sqlite(&own))),
        "the brand is not put into the demo: {}",
        out(&init)
    );
    let status = out(&m.run(&["status"]));
    assert!(status.contains(&format!("Database: {} (from the active profile", sqlite(&own))), "{status}");
    assert!(
        status.contains("Operator: ines (from the active profile") && status.contains("Brand: Nordlicht"),
        "{status}"
    );
    // The demo is still there for whoever names it.
    let demo = sqlite(&m.data().join("demo.db"));
    let report = m.run(&["--db", &demo, "--operator", "admin", "report", "--campaign", "Glow Serum Launch"]);
    assert!(report.status.success(), "{}", err(&report));
}

#[test]
fn config_show_tells_each_value_and_its_source_and_never_a_secret() {
    let m = Machine::new();
    let shown = m
        .command("C", &["--db", "postgres://linkstar:hunter2@db.internal/linkstar", "config", "show"])
        .env("LINKSTAR_TELEGRAM_TOKEN", "123456:very-secret")
        .env("LINKSTAR_MAX_FILE_BYTES", "1000")
        .output()
        .expect("run");
    let said = out(&shown);
    assert!(shown.status.success(), "{}", err(&shown));
    assert!(
        said.contains("database_url = postgres://linkstar:***@db.internal/linkstar (from the command line)"),
        "{said}"
    );
    assert!(
        said.contains("telegram_token = <redacted> (from the environment variable LINKSTAR_TELEGRAM_TOKEN)"),
        "{said}"
    );
    assert!(said.contains("max_file_bytes = 1000 (from the environment variable LINKSTAR_MAX_FILE_BYTES)"), "{said}");
    assert!(said.contains("operator = newcomer (from your user name on this computer)"), "{said}");
    assert!(said.contains("discord_token is not set") && said.contains("alerts is not set"), "{said}");
    // Every default is shown as the value in use, from one place, not "not set".
    assert!(said.contains("delivery_lease_secs = 60 (from the default)"), "{said}");
    assert!(said.contains("telegram_api_url = https://api.telegram.org (from the default)"), "{said}");
    let blobs = m.home.path().join("data").join("linkstar").join("blobs");
    assert!(said.contains(&format!("blob_dir = {} (from the default)", blobs.display())), "{said}");
    assert!(!said.contains("max_file_bytes is not set") && !said.contains("log is not set"), "{said}");
    assert!(!said.contains("hunter2") && !said.contains("very-secret"), "{said}");
}

#[test]
fn the_settings_file_in_the_config_directory_is_read_without_config() {
    let m = Machine::new();
    let dir = m.home.path().join("config").join("linkstar");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("linkstar.toml"), "discord_token = \"abc.def\"\nlanguage = \"de-DE\"\n").expect("write");
    let said = out(&m.run(&["status"]));
    let file = dir.join("linkstar.toml");
    assert!(said.contains(&format!("Sprache: Deutsch (aus der Einstellungsdatei {})", file.display())), "{said}");
    assert!(said.contains("Discord-Bot: eingerichtet") && !said.contains("abc.def"), "{said}");
}
