//! Stopping `linkstar serve`: the first SIGINT (Ctrl-C) or SIGTERM says, in the
//! operator's language, that it finishes what it has in hand; a second one stops it at
//! once with status 130, and the database is left consistent (the audit chain verifies).

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{Harness, WAIT};

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill").args([name, &child.id().to_string()]).status().expect("kill");
    assert!(status.success(), "kill {name}");
}

/// Waits until the collected stderr holds `text`.
fn wait_for(err: &Mutex<String>, text: &str) {
    let deadline = Instant::now() + WAIT;
    while !err.lock().expect("lock").contains(text) {
        assert!(Instant::now() < deadline, "no {text:?} on stderr: {}", err.lock().expect("lock"));
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test]
async fn a_second_stop_signal_stops_serve_at_once_and_leaves_the_database_consistent() {
    let mut h = Harness::new().await;
    h.env("LINKSTAR_LANGUAGE", "de-DE");
    let mut child = h.command().stderr(Stdio::piped()).spawn().expect("start linkstar serve");
    let err = Arc::new(Mutex::new(String::new()));
    let reader = BufReader::new(child.stderr.take().expect("stderr"));
    let collected = err.clone();
    std::thread::spawn(move || {
        for line in reader.lines().map_while(Result::ok) {
            let mut all = collected.lock().expect("lock");
            all.push_str(&line);
            all.push('\n');
        }
    });
    wait_for(&err, "läuft");
    // The fake logs a long poll when it answers it (after ten seconds without updates);
    // the next one is in flight then, and the first stop waits for it.
    let deadline = Instant::now() + WAIT;
    while !h.fake.calls().iter().any(|c| c.method == "getUpdates") {
        assert!(Instant::now() < deadline, "serve never polled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    signal(&child, "-INT");
    wait_for(&err, "Erneut Strg+C drücken, um sofort zu beenden.");
    assert!(child.try_wait().expect("wait").is_none(), "still finishing the poll in hand");
    let second = Instant::now();
    signal(&child, "-TERM");
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(second.elapsed() < WAIT, "serve did not stop after a second signal");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(130), "{}", err.lock().expect("lock"));
    wait_for(&err, "linkstar serve: sofort beendet.");

    let verify = Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(["--db", &h.url, "audit", "verify"])
        .env_remove("LINKSTAR_CONFIG")
        .env_remove("LINKSTAR_DATABASE_URL")
        .output()
        .expect("audit verify");
    assert!(verify.status.success(), "{}", String::from_utf8_lossy(&verify.stderr));
}
