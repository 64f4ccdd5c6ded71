//! The words of scheduled rows, for the operators: what a row does (dashboard deal view,
//! `linkstar reminders list`) and what the `reminders` commands tell.

use i18n_embed_fl::fl;
use linkstar_core::reminder::{Action, DeadlineKind};

use crate::{Language, Localizer, clean};

/// One line of the `linkstar reminders` commands' output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderConsole {
    /// `reminders plan` (and `serve` at start) planned deals that had no rows.
    Planned {
        /// Deals looked at.
        deals: u64,
        /// Rows planned for them.
        rows: u64,
    },
    /// Under `reminders list`: how many rows were shown.
    Listed {
        /// Rows shown.
        count: usize,
    },
    /// A deal column cell in `reminders list`.
    Deal {
        /// The deal id.
        deal: i64,
    },
}

impl Localizer {
    /// A deadline's name: "draft due", "publish window opens".
    pub fn deadline_name(&self, kind: DeadlineKind, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match kind {
            DeadlineKind::RespondBy => fl!(l, "deadline-respond_by"),
            DeadlineKind::DraftDue => fl!(l, "deadline-draft_due"),
            DeadlineKind::RevisionDue => fl!(l, "deadline-revision_due"),
            DeadlineKind::PublishOpens => fl!(l, "deadline-publish_opens"),
            DeadlineKind::PublishBy => fl!(l, "deadline-publish_by"),
            DeadlineKind::PaymentDue => fl!(l, "deadline-payment_due"),
            DeadlineKind::CounterAnswer => fl!(l, "deadline-counter_answer"),
        })
    }

    /// What a scheduled row does: "Reminder: draft due", "Offer expires", …
    pub fn scheduled_action(&self, action: Action, language: impl Into<Language>) -> String {
        let language = language.into();
        let l = &self.speaker(language).loader;
        clean(match action {
            Action::Remind(kind) => fl!(l, "scheduled-remind", deadline = self.deadline_name(kind, language)),
            Action::RemindPayment(_) => fl!(l, "scheduled-remind-payment"),
            Action::RemindCounter => fl!(l, "scheduled-remind-counter"),
            Action::Expire => fl!(l, "scheduled-expire"),
            Action::AutoApprove => fl!(l, "scheduled-auto-approve"),
            Action::ReviewOverdue => fl!(l, "scheduled-review-overdue"),
            Action::MarkOverdue(kind) => fl!(l, "scheduled-overdue", deadline = self.deadline_name(kind, language)),
        })
    }

    /// A line of the `reminders` commands' output.
    pub fn reminder_console(&self, line: ReminderConsole, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match line {
            ReminderConsole::Planned { deals, rows } => {
                let (deals, rows) = (i64::try_from(deals).unwrap_or(i64::MAX), i64::try_from(rows).unwrap_or(i64::MAX));
                fl!(l, "cli-reminders-planned", deals = deals, rows = rows)
            }
            ReminderConsole::Listed { count } => {
                let count = i64::try_from(count).unwrap_or(i64::MAX);
                fl!(l, "cli-reminders-listed", count = count)
            }
            ReminderConsole::Deal { deal } => fl!(l, "cli-reminders-deal", deal = deal),
        })
    }
}
