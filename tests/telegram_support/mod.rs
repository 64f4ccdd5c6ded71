//! Helpers the `serve_telegram_*` tests share: serve's log collected from its stderr,
//! and creators brought to a step (linked with their offer card, or contracted and
//! owing a draft).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use linkstar_core::ids::{CreatorId, DealId};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_testkit::telegram::Sent;

use crate::support::{Harness, WAIT};

/// A `linkstar serve` whose stderr (its log) is collected as it comes.
pub struct Logged {
    pub child: Child,
    pub log: Arc<Mutex<String>>,
}

impl Logged {
    /// Starts `cmd` with its stderr collected.
    pub fn spawn(mut cmd: Command) -> Logged {
        let mut child = cmd.stderr(Stdio::piped()).spawn().expect("start linkstar serve");
        let log = Arc::new(Mutex::new(String::new()));
        let reader = BufReader::new(child.stderr.take().expect("stderr"));
        let collected = log.clone();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                let mut all = collected.lock().expect("lock");
                all.push_str(&line);
                all.push('\n');
            }
        });
        Logged { child, log }
    }

    /// The log so far.
    pub fn text(&self) -> String {
        self.log.lock().expect("lock").clone()
    }

    /// Waits until the log holds `text` `times` times.
    pub fn wait_for(&self, text: &str, times: usize) {
        let deadline = Instant::now() + WAIT;
        while self.text().matches(text).count() < times {
            assert!(Instant::now() < deadline, "no {times}× {text:?} in serve's log:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends a signal (`-TERM`, `-INT`).
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill").args([name, &self.child.id().to_string()]).status().expect("kill");
        assert!(status.success(), "kill {name}");
    }

    /// Waits for the process to exit; returns its status code.
    pub fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            assert!(Instant::now() < deadline, "serve did not exit; its log:\n{}", self.text());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A Telegram chat account.
pub fn account(chat: i64) -> ChatAccount {
    ChatAccount { platform: ChatPlatform::Telegram, external_id: chat.to_string() }
}

/// Links `chat` to a fresh offer to `creator` with `/start` and returns the deal and
/// its offer card.
pub async fn linked_offer(h: &Harness, creator: CreatorId, chat: i64, code: &str) -> (DealId, Sent) {
    let inv = h.offer(creator, Platform::TikTok).await;
    h.fake.text(chat, Some(code), &format!("/start {}", inv.token.expose()));
    (inv.deal_id, card_for(h, chat, inv.deal_id).await)
}

/// Waits for the offer card of `deal` in `chat`.
pub async fn card_for(h: &Harness, chat: i64, deal: DealId) -> Sent {
    let prefix = format!("acc:{deal}:");
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(card) =
            h.fake.sent_to(chat).into_iter().find(|m| m.buttons.first().is_some_and(|b| b.1.starts_with(&prefix)))
        {
            return card;
        }
        assert!(Instant::now() < deadline, "no card for deal {deal} in chat {chat}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits for a message to `chat` after the first `before` for which `wanted` holds.
pub async fn reply_after(h: &Harness, chat: i64, before: usize, wanted: impl Fn(&Sent) -> bool) -> Sent {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(m) = h.fake.sent_to(chat).into_iter().skip(before).find(&wanted) {
            return m;
        }
        assert!(Instant::now() < deadline, "no such reply in chat {chat}: {:#?}", h.fake.sent_to(chat));
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Links and accepts an offer: the deal is contracted and waits for a draft.
pub async fn contracted(h: &Harness, creator: CreatorId, chat: i64, code: &str) -> DealId {
    let (deal, card) = linked_offer(h, creator, chat, code).await;
    let before = h.fake.sent_to(chat).len();
    h.fake.press(chat, Some(code), card.message_id, &card.buttons[0].1);
    // The acceptance and the contract notices from the outbox.
    h.fake.wait_for_messages(chat, before + 3, WAIT).await;
    h.outbox_drained().await;
    deal
}

/// The files kept in the blob store (outside its `tmp` folder) and those left in `tmp`.
pub fn blobs(h: &Harness) -> (Vec<std::path::PathBuf>, Vec<std::path::PathBuf>) {
    let root = h.dir.path().join("blobs");
    let (mut kept, mut temp) = (Vec::new(), Vec::new());
    let Ok(dirs) = std::fs::read_dir(&root) else { return (kept, temp) };
    for dir in dirs.flatten() {
        let is_tmp = dir.file_name() == "tmp";
        for file in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            if is_tmp { temp.push(file.path()) } else { kept.push(file.path()) }
        }
    }
    (kept, temp)
}
