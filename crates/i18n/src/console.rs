//! What the `linkstar` command line tells an operator, in the operator's language.

use i18n_embed_fl::fl;
use linkstar_core::audit::ChainProblem;

use crate::{Language, Localizer, clean};

/// One line of command-line output. Names, URLs and ids are passed through as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Console<'a> {
    /// `migrate` finished.
    DatabaseReady {
        /// The database, password removed.
        url: &'a str,
    },
    /// `demo` found its database already seeded.
    DemoReused {
        /// The database.
        url: &'a str,
    },
    /// `demo` seeded a database.
    DemoSeeded {
        /// The database.
        url: &'a str,
        /// Campaigns created.
        campaigns: usize,
        /// Creators in the pool.
        creators: u64,
        /// Deals created.
        deals: usize,
        /// The operator to act as.
        operator: &'a str,
    },
    /// `demo` found a demo seeded for an earlier day and was not told to seed it afresh.
    DemoStale {
        /// The database.
        url: &'a str,
        /// The day the demo was seeded for (`2026-11-24`).
        day: &'a str,
    },
    /// `demo` asks whether to seed an outdated demo afresh.
    DemoReseedAsk {
        /// The database.
        url: &'a str,
        /// The day the demo was seeded for.
        day: &'a str,
    },
    /// `demo` refused a database that holds more than the demo.
    DemoNotDemo {
        /// The database.
        url: &'a str,
    },
    /// `demo` cannot seed afresh a demo outside a SQLite file.
    DemoReseedFileOnly {
        /// The database.
        url: &'a str,
    },
    /// Totals under the pipeline summary.
    PipelineTotal {
        /// Deals.
        deals: u64,
        /// Creators in the pool.
        creators: u64,
    },
    /// `audit verify` found the chain intact.
    AuditIntact {
        /// Events checked.
        events: u64,
    },
    /// `audit verify` found a broken link.
    AuditBroken {
        /// The first bad event.
        event: i64,
        /// What is wrong with it.
        problem: ChainProblem,
    },
    /// Import progress.
    ImportProgress {
        /// Rows imported so far.
        imported: usize,
        /// Rows refused so far.
        refused: usize,
    },
    /// A refused CSV row.
    RowRefused {
        /// Line in the file.
        line: u64,
        /// Why.
        reason: &'a str,
    },
    /// Import finished.
    ImportDone {
        /// Rows imported.
        imported: usize,
        /// Rows refused.
        refused: usize,
    },
    /// Export finished.
    Exported {
        /// Creators written.
        count: u64,
    },
    /// `invite` made an offer.
    OfferMade {
        /// The deal.
        deal: i64,
        /// Creator name.
        creator: &'a str,
        /// Campaign name.
        campaign: &'a str,
    },
    /// How to get a t.me deep link.
    TelegramLinkHint,
    /// A brand was created.
    BrandCreated {
        /// Its id.
        id: i64,
        /// Its name.
        name: &'a str,
    },
    /// An operator was created.
    OperatorCreated {
        /// Its id.
        id: i64,
    },
    /// A campaign was created.
    CampaignCreated {
        /// Its id.
        id: i64,
    },
    /// A command failed.
    Failed {
        /// What went wrong, already in the reader's language where it can be.
        message: &'a str,
    },
    /// `serve` is running.
    ServeRunning {
        /// The bots running ("Telegram, Discord").
        bots: &'a str,
    },
    /// `serve` got a stop signal and finishes what it has in hand.
    ServeStopping,
    /// `serve` stopped cleanly.
    ServeStopped,
    /// `serve` got a second stop signal and stopped without finishing.
    ServeStoppedAtOnce,
}

impl Localizer {
    /// A line of command-line output.
    pub fn console(&self, line: &Console, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        let n = |v: u64| s.formats.integer(i64::try_from(v).unwrap_or(i64::MAX));
        clean(match *line {
            Console::DatabaseReady { url } => fl!(l, "console-database-ready", url = url),
            Console::DemoReused { url } => fl!(l, "console-demo-reused", url = url),
            Console::DemoSeeded { url, campaigns, creators, deals, operator } => fl!(
                l,
                "console-demo-seeded",
                url = url,
                campaigns = campaigns,
                creators = creators,
                deals = deals,
                operator = operator
            ),
            Console::DemoStale { url, day } => fl!(l, "console-demo-stale", url = url, day = day),
            Console::DemoReseedAsk { url, day } => fl!(l, "console-demo-reseed-ask", url = url, day = day),
            Console::DemoNotDemo { url } => fl!(l, "console-demo-not-demo", url = url),
            Console::DemoReseedFileOnly { url } => fl!(l, "console-demo-reseed-file-only", url = url),
            Console::PipelineTotal { deals, creators } => {
                fl!(l, "console-pipeline-total", deals = deals, creators = creators)
            }
            Console::AuditIntact { events } => fl!(l, "console-audit-intact", events = events),
            Console::AuditBroken { event, problem: ChainProblem::Unlinked } => {
                fl!(l, "console-audit-unlinked", event = event)
            }
            Console::AuditBroken { event, problem: ChainProblem::Altered } => {
                fl!(l, "console-audit-altered", event = event)
            }
            Console::ImportProgress { imported, refused } => {
                fl!(l, "console-import-progress", imported = n(imported as u64), refused = refused)
            }
            Console::RowRefused { line, reason } => fl!(l, "console-row-refused", line = line, reason = reason),
            Console::ImportDone { imported, refused } => {
                fl!(l, "console-import-done", imported = imported, refused = refused)
            }
            Console::Exported { count } => fl!(l, "console-exported", count = count),
            Console::OfferMade { deal, creator, campaign } => {
                fl!(l, "console-offer-made", deal = deal, creator = creator, campaign = campaign)
            }
            Console::TelegramLinkHint => fl!(l, "console-telegram-link-hint"),
            Console::BrandCreated { id, name } => fl!(l, "console-brand-created", id = id, name = name),
            Console::OperatorCreated { id } => fl!(l, "console-operator-created", id = id),
            Console::CampaignCreated { id } => fl!(l, "console-campaign-created", id = id),
            Console::Failed { message } => fl!(l, "console-failed", message = message),
            Console::ServeRunning { bots } => fl!(l, "console-serve-running", bots = bots),
            Console::ServeStopping => fl!(l, "console-serve-stopping"),
            Console::ServeStopped => fl!(l, "console-serve-stopped"),
            Console::ServeStoppedAtOnce => fl!(l, "console-serve-stopped-at-once"),
        })
    }
}
