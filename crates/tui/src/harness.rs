//! Driving the dashboard step by step on a `TestBackend`: every request is run inline and
//! its results applied before the next key, so tests and the benchmark are deterministic.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::dashboard::Dashboard;
use crate::request::{Ticket, Worker};

/// A dashboard, its worker and a test terminal.
pub struct Harness {
    /// The dashboard.
    pub dash: Dashboard,
    /// Runs its requests.
    pub worker: Worker,
    /// The terminal it draws on.
    pub terminal: Terminal<TestBackend>,
}

impl Harness {
    /// A harness with a `width` × `height` terminal; loads the first frame's data.
    pub async fn start(dash: Dashboard, worker: Worker, width: u16, height: u16) -> Harness {
        let terminal = match Terminal::new(TestBackend::new(width, height)) {
            Ok(t) => t,
            Err(never) => match never {},
        };
        let mut h = Harness { dash, worker, terminal };
        let first = h.dash.start();
        h.settle(first).await;
        h
    }

    /// Runs requests and every follow-up until none is left.
    pub async fn settle(&mut self, mut tickets: Vec<Ticket>) {
        while let Some(t) = tickets.pop() {
            let loaded = self.worker.run(t.request.clone()).await;
            tickets.extend(self.dash.apply(&t, loaded));
        }
    }

    /// Presses a key and settles what it asked for.
    pub async fn press(&mut self, key: KeyEvent) {
        let requests = self.dash.key(key);
        self.settle(requests).await;
    }

    /// Presses a character key.
    pub async fn char(&mut self, c: char) {
        self.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)).await;
    }

    /// Presses a key by code.
    pub async fn code(&mut self, code: KeyCode) {
        self.press(KeyEvent::new(code, KeyModifiers::NONE)).await;
    }

    /// Types text into whatever has the focus.
    pub async fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.char(c).await;
        }
    }

    /// Draws a full frame and returns the screen. The screen is cleared first: the test
    /// backend keeps cells hidden under wide (CJK) characters from earlier frames, which
    /// a real terminal overwrites, and snapshots must not depend on what came before.
    pub fn render(&mut self) -> &TestBackend {
        let _ = self.terminal.clear();
        let dash = &self.dash;
        match self.terminal.draw(|f| dash.draw(f)) {
            Ok(_) => {}
            Err(never) => match never {},
        }
        self.terminal.backend()
    }

    /// Resizes the terminal.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().resize(width, height);
        let _ = self.terminal.autoresize();
    }
}
