//! Progress of a long job (import, export, …) on stderr: a bar redrawn in place when
//! stderr is a terminal; otherwise plain lines — the first step, then at most one a
//! second, and the end — so logs and scripts get a readable record, not a flood.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use linkstar_i18n::{Job, Language, Localizer, ShellLine};

/// Width of the bar, in cells, when the total is known.
const BAR: usize = 24;

/// How often a plain line may be written.
const PLAIN_EVERY: Duration = Duration::from_secs(1);

/// One job's progress.
pub struct Progress<'a> {
    localizer: &'a Localizer,
    language: Language,
    job: Job,
    total: Option<u64>,
    done: u64,
    terminal: bool,
    last_plain: Option<Instant>,
}

impl<'a> Progress<'a> {
    /// Starts reporting `job`, with its total when known.
    pub fn start(localizer: &'a Localizer, language: Language, job: Job, total: Option<u64>) -> Self {
        let terminal = std::io::stderr().is_terminal();
        Self { localizer, language, job, total, done: 0, terminal, last_plain: None }
    }

    /// Records that `done` items are finished.
    pub fn set(&mut self, done: u64) {
        self.done = done;
        let line = self.localizer.shell(&ShellLine::Progress { job: self.job, done, total: self.total }, self.language);
        let mut err = std::io::stderr().lock();
        if self.terminal {
            let bar = match self.total {
                Some(total) if total > 0 => {
                    let full = (done.min(total) as usize * BAR) / total as usize;
                    format!("[{}{}] ", "#".repeat(full), " ".repeat(BAR - full))
                }
                _ => String::new(),
            };
            // Clear to the end of the line: a shorter line must not leave old text behind.
            let _ = write!(err, "\r{bar}{line}\x1b[K");
            let _ = err.flush();
        } else if self.last_plain.is_none_or(|at| at.elapsed() >= PLAIN_EVERY) {
            self.last_plain = Some(Instant::now());
            let _ = writeln!(err, "{line}");
        }
    }

    /// Ends the job's report with its count.
    pub fn finish(self) {
        let line = self.localizer.shell(&ShellLine::ProgressDone { job: self.job, done: self.done }, self.language);
        let mut err = std::io::stderr().lock();
        let _ = if self.terminal { writeln!(err, "\r{line}\x1b[K") } else { writeln!(err, "{line}") };
    }
}
