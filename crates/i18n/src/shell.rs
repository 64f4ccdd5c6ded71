//! What the shell's pool search, campaign editing and long jobs tell an operator.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// A long job that reports its progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// `creators import`.
    Import,
    /// `creators export`.
    Export,
    /// `demo`.
    Demo,
    /// `reminders backfill`.
    Backfill,
    /// `metrics fetch`.
    Metrics,
    /// `payments export`.
    Payouts,
}

/// One line of the shell's output. Names, paths and values pass through as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShellLine<'a> {
    /// A pool filter that does not parse.
    PoolBadFilter {
        /// The flag without `--`.
        field: &'a str,
        /// What was typed.
        value: &'a str,
    },
    /// A search that found nobody.
    PoolEmpty,
    /// The heading above a search scored for a campaign.
    PoolFitFor {
        /// The campaign's name.
        campaign: &'a str,
    },
    /// A campaign file that cannot be read.
    CampaignFileUnreadable {
        /// The file.
        file: &'a str,
        /// Why.
        reason: &'a str,
    },
    /// A campaign file that is neither TOML nor JSON by its name.
    CampaignFileKind {
        /// The file.
        file: &'a str,
    },
    /// A campaign file whose field is refused.
    CampaignFileInvalid {
        /// The file.
        file: &'a str,
        /// The field (`deliverables[0].count`, `ends_at`).
        field: &'a str,
        /// Why.
        reason: &'a str,
    },
    /// `campaigns edit` saved the campaign.
    CampaignUpdated {
        /// The campaign's name.
        name: &'a str,
    },
    /// A job's progress, with its total when known.
    Progress {
        /// The job.
        job: Job,
        /// Items done so far.
        done: u64,
        /// Items in all, if known.
        total: Option<u64>,
    },
    /// A job finished.
    ProgressDone {
        /// The job.
        job: Job,
        /// Items done.
        done: u64,
    },
}

impl Localizer {
    /// The name of a long job, as its progress line starts.
    pub fn job(&self, job: Job, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        clean(match job {
            Job::Import => fl!(l, "shell-job-import"),
            Job::Export => fl!(l, "shell-job-export"),
            Job::Demo => fl!(l, "shell-job-demo"),
            Job::Backfill => fl!(l, "shell-job-backfill"),
            Job::Metrics => fl!(l, "shell-job-metrics"),
            Job::Payouts => fl!(l, "shell-job-payouts"),
        })
    }

    /// A line of the shell's pool search, campaign editing or job progress.
    pub fn shell(&self, line: &ShellLine, language: impl Into<Language>) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let l = &s.loader;
        clean(match *line {
            ShellLine::PoolBadFilter { field, value } => fl!(l, "shell-pool-bad-filter", field = field, value = value),
            ShellLine::PoolEmpty => fl!(l, "shell-pool-empty"),
            ShellLine::PoolFitFor { campaign } => fl!(l, "shell-pool-fit-for", campaign = campaign),
            ShellLine::CampaignFileUnreadable { file, reason } => {
                fl!(l, "shell-campaign-file-unreadable", file = file, reason = reason)
            }
            ShellLine::CampaignFileKind { file } => fl!(l, "shell-campaign-file-kind", file = file),
            ShellLine::CampaignFileInvalid { file, field, reason } => {
                fl!(l, "shell-campaign-file-invalid", file = file, field = field, reason = reason)
            }
            ShellLine::CampaignUpdated { name } => fl!(l, "shell-campaign-updated", name = name),
            ShellLine::Progress { job, done, total: None } => {
                fl!(l, "shell-progress", job = self.job(job, language), done = done)
            }
            ShellLine::Progress { job, done, total: Some(total) } => {
                fl!(l, "shell-progress-of", job = self.job(job, language), done = done, total = total)
            }
            ShellLine::ProgressDone { job, done } => {
                fl!(l, "shell-progress-done", job = self.job(job, language), done = done)
            }
        })
    }
}
