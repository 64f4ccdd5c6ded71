//! What the pipeline's write commands (`offers send`, `deals accept|counter|decline|cancel`,
//! `review`, `posts`, `drafts`) tell an operator, in the operator's language.
//!
//! Amounts and instants arrive already formatted for the reader ([`Localizer::money`],
//! [`Localizer::date_time`]); ids and counts arrive as numbers. JSON and CSV output is not
//! rendered here: it keeps its stable English keys.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// What cancelling a deal does to one of its payments (see `deals cancel`), as the
/// app's cancel preview tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentFate {
    /// Already paid: it stays paid.
    StaysPaid,
    /// Still open: cancelled, never to be paid.
    Voided,
    /// Cancelled before: nothing changes.
    AlreadyCancelled,
}

/// One line of a pipeline command's output. Names, paths and notes pass through as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PipelineConsole<'a> {
    /// Column heading: what the creator delivers.
    ColDeliverables,
    /// Column heading: why an offer deserves a second look.
    ColWarnings,
    /// Warning: the creator carries risk flags.
    WarnRisk {
        /// The flags, listed.
        flags: &'a str,
    },
    /// Warning: the creator lives outside the campaign's markets.
    WarnMarket {
        /// The creator's country code.
        country: &'a str,
    },
    /// Warning: this offer takes the campaign past what is left of its budget.
    WarnBudget {
        /// What is left of the budget, formatted.
        left: &'a str,
    },
    /// `offers send --dry-run`: the summary under the table.
    DryRun {
        /// Offers that would go out.
        count: u64,
        /// Their fees together, formatted.
        total: &'a str,
    },
    /// The question asked on a terminal before offers go out.
    ConfirmOffers {
        /// Offers about to go out.
        count: u64,
        /// The campaign.
        campaign: &'a str,
        /// Their fees together, formatted.
        total: &'a str,
    },
    /// Off a terminal nobody can confirm: the flag to add.
    NeedsYes {
        /// The flag (`--yes`).
        flag: &'a str,
    },
    /// The operator answered no.
    NothingChanged,
    /// `offers send` finished.
    OffersSent {
        /// Offers made.
        sent: u64,
        /// Offers the app refused.
        refused: u64,
    },
    /// One offer the app refused, with the reason.
    OfferRefused {
        /// The creator.
        creator: &'a str,
        /// Why, in the operator's language.
        reason: &'a str,
    },
    /// No fee given and none in the creator's rate card.
    NoRate {
        /// The creator.
        creator: &'a str,
        /// The deliverable's format (`video`).
        format: &'a str,
    },
    /// `offers send` without any recipient.
    NoRecipients,
    /// A term of `--search` that means nothing.
    BadSearch {
        /// The term as typed.
        term: &'a str,
    },
    /// `deals accept`: the creator's counter was taken.
    CounterAccepted {
        /// The deal.
        deal: i64,
        /// The creator.
        creator: &'a str,
        /// The fee now offered, formatted.
        fee: &'a str,
    },
    /// `deals counter`: the brand answered with its own fee.
    CounteredBack {
        /// The deal.
        deal: i64,
        /// The creator.
        creator: &'a str,
        /// The fee now offered, formatted.
        fee: &'a str,
        /// When the creator must answer by, formatted.
        due: &'a str,
    },
    /// `deals decline`: the counter was declined and the offer stands.
    CounterDeclined {
        /// The deal.
        deal: i64,
        /// The offer's fee, formatted.
        fee: &'a str,
    },
    /// `deals cancel`: the heading of what cancelling would do.
    CancelHeading {
        /// The deal.
        deal: i64,
        /// The creator.
        creator: &'a str,
        /// The campaign.
        campaign: &'a str,
    },
    /// `deals cancel`: what happens to one payment.
    CancelPayment {
        /// The payment's kind, in words.
        kind: &'a str,
        /// Its amount, formatted.
        amount: &'a str,
        /// What happens to it.
        fate: PaymentFate,
    },
    /// `deals cancel`: the deal has no payments.
    CancelNoPayments,
    /// The question asked on a terminal before cancelling.
    ConfirmCancel {
        /// The deal.
        deal: i64,
    },
    /// The deal was cancelled.
    Cancelled {
        /// The deal.
        deal: i64,
    },
    /// `review approve` done.
    Approved {
        /// The deal.
        deal: i64,
        /// The draft version approved.
        version: u32,
    },
    /// `review changes` done.
    ChangesRequested {
        /// The deal.
        deal: i64,
        /// The draft version reviewed.
        version: u32,
        /// The revision round now used.
        round: u32,
        /// The rounds included.
        rounds: u32,
    },
    /// `posts verify` done.
    PostVerified {
        /// The deal.
        deal: i64,
    },
    /// `posts refuse` done.
    PostRefused {
        /// The deal.
        deal: i64,
    },
    /// `drafts show|download` of a deal without drafts.
    NoDrafts {
        /// The deal.
        deal: i64,
    },
    /// `drafts show`: a version's heading.
    DraftVersion {
        /// The version.
        version: u32,
        /// When it arrived, formatted.
        when: &'a str,
        /// `file`, `photo`, `video` or `text`.
        kind: &'a str,
    },
    /// `drafts show`: the version's file.
    DraftFile {
        /// The name the creator gave it.
        name: &'a str,
        /// Its media type.
        mime: &'a str,
        /// Its size in bytes, formatted.
        size: &'a str,
        /// Its SHA-256.
        sha: &'a str,
    },
    /// `drafts show`: the brand's review of the version.
    DraftReview {
        /// Whether it was approved.
        approved: bool,
        /// When, formatted.
        when: &'a str,
        /// The notes (may be empty).
        notes: &'a str,
    },
    /// `drafts download` wrote a file.
    DraftSaved {
        /// The deal.
        deal: i64,
        /// The version.
        version: u32,
        /// Where.
        path: &'a str,
    },
    /// `drafts download` would overwrite a file.
    DraftExists {
        /// The file already there.
        path: &'a str,
    },
    /// `drafts download --version N` of a version that does not exist.
    DraftNoVersion {
        /// The deal.
        deal: i64,
        /// The version asked for.
        version: u32,
        /// The newest version.
        versions: u32,
    },
    /// The blob store has no copy of the draft's file.
    DraftBlobMissing {
        /// The version.
        version: u32,
        /// Where the file was looked for.
        path: &'a str,
    },
    /// The answers that mean yes at a confirmation prompt, comma-separated.
    YesWords,
}

impl Localizer {
    /// A line of a pipeline command's output.
    pub fn pipeline_console(&self, line: &PipelineConsole, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match *line {
            PipelineConsole::ColDeliverables => fl!(l, "pipeline-col-deliverables"),
            PipelineConsole::ColWarnings => fl!(l, "pipeline-col-warnings"),
            PipelineConsole::WarnRisk { flags } => fl!(l, "pipeline-warn-risk", flags = flags),
            PipelineConsole::WarnMarket { country } => fl!(l, "pipeline-warn-market", country = country),
            PipelineConsole::WarnBudget { left } => fl!(l, "pipeline-warn-budget", left = left),
            PipelineConsole::DryRun { count, total } => fl!(l, "pipeline-dry-run", count = count, total = total),
            PipelineConsole::ConfirmOffers { count, campaign, total } => {
                fl!(l, "pipeline-confirm-offers", count = count, campaign = campaign, total = total)
            }
            PipelineConsole::NeedsYes { flag } => fl!(l, "pipeline-needs-yes", flag = flag),
            PipelineConsole::NothingChanged => fl!(l, "pipeline-nothing-changed"),
            PipelineConsole::OffersSent { sent, refused } => {
                fl!(l, "pipeline-offers-sent", sent = sent, refused = refused)
            }
            PipelineConsole::OfferRefused { creator, reason } => {
                fl!(l, "pipeline-offer-refused", creator = creator, reason = reason)
            }
            PipelineConsole::NoRate { creator, format } => {
                fl!(l, "pipeline-no-rate", creator = creator, format = format)
            }
            PipelineConsole::NoRecipients => fl!(l, "pipeline-no-recipients"),
            PipelineConsole::BadSearch { term } => fl!(l, "pipeline-bad-search", term = term),
            PipelineConsole::CounterAccepted { deal, creator, fee } => {
                fl!(l, "pipeline-counter-accepted", deal = deal, creator = creator, fee = fee)
            }
            PipelineConsole::CounteredBack { deal, creator, fee, due } => {
                fl!(l, "pipeline-countered-back", deal = deal, creator = creator, fee = fee, due = due)
            }
            PipelineConsole::CounterDeclined { deal, fee } => {
                fl!(l, "pipeline-counter-declined", deal = deal, fee = fee)
            }
            PipelineConsole::CancelHeading { deal, creator, campaign } => {
                fl!(l, "pipeline-cancel-heading", deal = deal, creator = creator, campaign = campaign)
            }
            PipelineConsole::CancelPayment { kind, amount, fate } => {
                let fate = match fate {
                    PaymentFate::StaysPaid => "paid",
                    PaymentFate::Voided => "voided",
                    PaymentFate::AlreadyCancelled => "cancelled",
                };
                fl!(l, "pipeline-cancel-payment", kind = kind, amount = amount, fate = fate)
            }
            PipelineConsole::CancelNoPayments => fl!(l, "pipeline-cancel-no-payments"),
            PipelineConsole::ConfirmCancel { deal } => fl!(l, "pipeline-confirm-cancel", deal = deal),
            PipelineConsole::Cancelled { deal } => fl!(l, "pipeline-cancelled", deal = deal),
            PipelineConsole::Approved { deal, version } => fl!(l, "pipeline-approved", deal = deal, version = version),
            PipelineConsole::ChangesRequested { deal, version, round, rounds } => {
                fl!(l, "pipeline-changes-requested", deal = deal, version = version, round = round, rounds = rounds)
            }
            PipelineConsole::PostVerified { deal } => fl!(l, "pipeline-post-verified", deal = deal),
            PipelineConsole::PostRefused { deal } => fl!(l, "pipeline-post-refused", deal = deal),
            PipelineConsole::NoDrafts { deal } => fl!(l, "pipeline-no-drafts", deal = deal),
            PipelineConsole::DraftVersion { version, when, kind } => {
                fl!(l, "pipeline-draft-version", version = version, when = when, kind = kind)
            }
            PipelineConsole::DraftFile { name, mime, size, sha } => {
                fl!(l, "pipeline-draft-file", name = name, mime = mime, size = size, sha = sha)
            }
            PipelineConsole::DraftReview { approved, when, notes } => {
                let decision = if approved { "approved" } else { "changes" };
                fl!(l, "pipeline-draft-review", decision = decision, when = when, notes = notes)
            }
            PipelineConsole::DraftSaved { deal, version, path } => {
                fl!(l, "pipeline-draft-saved", deal = deal, version = version, path = path)
            }
            PipelineConsole::DraftExists { path } => fl!(l, "pipeline-draft-exists", path = path),
            PipelineConsole::DraftNoVersion { deal, version, versions } => {
                fl!(l, "pipeline-draft-no-version", deal = deal, version = version, versions = versions)
            }
            PipelineConsole::DraftBlobMissing { version, path } => {
                fl!(l, "pipeline-draft-blob-missing", version = version, path = path)
            }
            PipelineConsole::YesWords => fl!(l, "pipeline-yes-words"),
        })
    }
}
