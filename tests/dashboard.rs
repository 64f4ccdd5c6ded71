//! End to end: the real binary's dashboard in a pseudo-terminal (tmux) over `linkstar
//! demo`: it draws, navigates, quits cleanly and gives the terminal back.

use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[allow(dead_code)]
fn wait_for(session: &str, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let screen = tmux(&["capture-pane", "-p", "-t", session]);
        if screen.contains(text) || Instant::now() > deadline {
            return screen;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn demo_opens_the_dashboard_navigates_and_quits_cleanly() {
    if Command::new("tmux").arg("-V").output().is_err() {
        // CI installs tmux (.ci/run), so there a missing tmux is a failure, not a skip.
        assert!(std::env::var_os("CI").is_none(), "tmux is needed for this test in CI");
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("demo.db").display());
    let log = dir.path().join("tui.log");
    let session = format!("linkstar-e2e-{}", std::process::id());
    let socket = dir.path().join("tmux.sock");
    let socket = socket.to_string_lossy().to_string();
    let cmd = format!(
        "env -u LINKSTAR_CONFIG XDG_DATA_HOME={data} RUST_LOG=info LINKSTAR_OPERATOR=admin LINKSTAR_LOG_FILE={} LANG=C.UTF-8 {} --db '{db}' demo; echo LINKSTAR-EXITED-$?; sleep 60",
        log.display(),
        env!("CARGO_BIN_EXE_linkstar"),
        // The demo's active profile stays in the test's own directory.
        data = dir.path().join("data").display(),
    );
    tmux(&["-S", &socket, "new-session", "-d", "-s", &session, "-x", "100", "-y", "30", &cmd]);
    let t = |args: &[&str]| {
        let mut all = vec!["-S", &socket];
        all.extend_from_slice(args);
        tmux(&all)
    };
    let wait = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let screen = t(&["capture-pane", "-p", "-t", &session]);
            if screen.contains(text) || Instant::now() > deadline {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    };
    let first = wait("Needs you now");
    assert!(first.contains("1 Pipeline") && first.contains("Offered"), "{first}");
    t(&["send-keys", "-t", &session, "4"]);
    let review = wait("Automatic checks");
    assert!(review.contains("Review by"), "{review}");
    t(&["send-keys", "-t", &session, "Enter"]);
    let deal = wait("Timeline");
    assert!(deal.contains("Messages to the creator"), "{deal}");
    // One key at a time: Escape followed at once by another key reads as Alt+key.
    for key in ["Escape", "Tab", "?"] {
        std::thread::sleep(Duration::from_millis(300));
        t(&["send-keys", "-t", &session, key]);
    }
    let help = wait("Keys ·");
    assert!(help.contains("Mark paid"), "{help}");
    for key in ["Escape", "q"] {
        std::thread::sleep(Duration::from_millis(300));
        t(&["send-keys", "-t", &session, key]);
    }
    let after = wait("LINKSTAR-EXITED-");
    t(&["kill-session", "-t", &session]);
    assert!(after.contains("LINKSTAR-EXITED-0"), "{after}");
    // The alternate screen is gone: the shell's own output is back, no dashboard left.
    assert!(!after.contains("1 Pipeline"), "{after}");
    assert!(after.contains("Seeded the demo database"), "{after}");
    let logged = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(logged.contains("dashboard closed"), "the log went to the file");
}
