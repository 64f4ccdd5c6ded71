//! Typed messages other than outbox notices: error codes, deal stages, automatic check
//! results, deadline reminders, and the labels of buttons, commands and screens.

use i18n_embed_fl::fl;
use jiff::Timestamp;
use linkstar_core::checks::{CaptionProblem, FileProblem};
use linkstar_core::place::TimeZoneName;
use linkstar_core::stage::Stage;

use crate::format::TimeLeft;
use crate::{Language, Localizer, clean};

/// A deadline a creator is reminded of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deadline {
    /// Answer the offer.
    RespondBy,
    /// Upload the draft.
    DraftDue,
    /// Upload a new draft after the brand asked for changes.
    RevisionDue,
    /// The publish window opens.
    PublishOpens,
    /// Publish the approved post (the publish window closes).
    PublishBy,
}

/// A reminder before (or after) a deadline, rendered when it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Which deadline.
    pub deadline: Deadline,
    /// Campaign name.
    pub campaign: String,
    /// When it is due.
    pub due: Timestamp,
}

/// Short texts of the chat bots and the dashboard: buttons, command descriptions for the
/// platforms' command menus, and screen titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Invite card button: accept the offer.
    ButtonAccept,
    /// Invite card button: decline the offer.
    ButtonDecline,
    /// Invite card button: propose another fee.
    ButtonProposeFee,
    /// Invite card button: read the full brief.
    ButtonReadBrief,
    /// Leave the fee entry or an early post link: cancel.
    ButtonCancel,
    /// Confirm an early post link: the post is live.
    ButtonPostLive,
    /// `/start` (Telegram) or `/link` (Discord): connect the chat to LinkStar.
    CommandLink,
    /// `/status`: the creator's deals.
    CommandStatus,
    /// `/help`: what to do next.
    CommandHelp,
    /// `/language`: change the language.
    CommandLanguage,
    /// Discord `/draft`: send a draft for review.
    CommandDraft,
    /// Discord `/post`: submit the published post's link.
    CommandPost,
    /// Discord `/link` option: the invite token.
    OptionToken,
    /// Discord `/draft` option: the draft file.
    OptionFile,
    /// Discord `/draft` option: the caption.
    OptionCaption,
    /// Discord `/post` option: the post's URL.
    OptionUrl,
    /// Discord fee modal: the amount field.
    FieldFee,
    /// Discord's localized name of the `link` command.
    NameLink,
    /// Discord's localized name of the `deals` command.
    NameDeals,
    /// Discord's localized name of the `draft` command.
    NameDraft,
    /// Discord's localized name of the `post` command.
    NamePost,
    /// Discord's localized name of the `language` command.
    NameLanguage,
    /// Discord's localized name of the `help` command.
    NameHelp,
    /// Discord's localized name of the `token` option.
    NameToken,
    /// Discord's localized name of the `file` option.
    NameFile,
    /// Discord's localized name of the `caption` option.
    NameCaption,
    /// Discord's localized name of the `url` option.
    NameUrl,
    /// Dashboard screen: deals by stage.
    ScreenPipeline,
    /// Dashboard screen: campaigns.
    ScreenCampaigns,
    /// Dashboard screen: the creator pool.
    ScreenCreators,
    /// Dashboard screen: drafts waiting for review.
    ScreenReview,
    /// Dashboard screen: payments.
    ScreenPayments,
    /// Dashboard screen: reports.
    ScreenReports,
    /// Dashboard screen: outbox deliveries and bot health.
    ScreenActivity,
}

impl Label {
    /// Every label.
    pub const ALL: [Label; 34] = [
        Label::ButtonAccept,
        Label::ButtonDecline,
        Label::ButtonProposeFee,
        Label::ButtonReadBrief,
        Label::ButtonCancel,
        Label::ButtonPostLive,
        Label::CommandLink,
        Label::CommandStatus,
        Label::CommandHelp,
        Label::CommandLanguage,
        Label::CommandDraft,
        Label::CommandPost,
        Label::OptionToken,
        Label::OptionFile,
        Label::OptionCaption,
        Label::OptionUrl,
        Label::FieldFee,
        Label::NameLink,
        Label::NameDeals,
        Label::NameDraft,
        Label::NamePost,
        Label::NameLanguage,
        Label::NameHelp,
        Label::NameToken,
        Label::NameFile,
        Label::NameCaption,
        Label::NameUrl,
        Label::ScreenPipeline,
        Label::ScreenCampaigns,
        Label::ScreenCreators,
        Label::ScreenReview,
        Label::ScreenPayments,
        Label::ScreenReports,
        Label::ScreenActivity,
    ];
}

impl Localizer {
    /// The message for an error code (`DomainError::code()` or an app error code). An
    /// unknown code gets a generic apology rather than a panic or a raw code.
    pub fn error(&self, code: &str, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match code {
            "illegal-transition" => fl!(l, "error-illegal-transition"),
            "revision-rounds-exhausted" => fl!(l, "error-revision-rounds-exhausted"),
            "payment-before-verification" => fl!(l, "error-payment-before-verification"),
            "payments-open" => fl!(l, "error-payments-open"),
            "terms-changed" => fl!(l, "error-terms-changed"),
            "invalid-value" => fl!(l, "error-invalid-value"),
            "brief-template-invalid" => fl!(l, "error-brief-template-invalid"),
            "post-link-not-a-url" => fl!(l, "error-post-link-not-a-url"),
            "post-link-wrong-platform" => fl!(l, "error-post-link-wrong-platform"),
            "post-link-wrong-account" => fl!(l, "error-post-link-wrong-account"),
            "post-link-already-used" => fl!(l, "error-post-link-already-used"),
            "post-link-short" => fl!(l, "error-post-link-short"),
            "review-note-time" => fl!(l, "error-review-note-time"),
            "not-found" => fl!(l, "error-not-found"),
            "not-your-deal" => fl!(l, "error-not-your-deal"),
            "token-unknown" => fl!(l, "error-token-unknown"),
            "token-used" => fl!(l, "error-token-used"),
            "token-expired" => fl!(l, "error-token-expired"),
            "forbidden" => fl!(l, "error-forbidden"),
            "duplicate" => fl!(l, "error-duplicate"),
            "storage" => fl!(l, "error-storage"),
            other => {
                tracing::debug!(code = other, "no message for this error code");
                fl!(l, "error-unknown")
            }
        })
    }

    /// The name of a deal stage, as creators and operators see it.
    pub fn stage(&self, stage: Stage, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match stage {
            Stage::Offered => fl!(l, "stage-offered"),
            Stage::Negotiating => fl!(l, "stage-negotiating"),
            Stage::Contracted => fl!(l, "stage-contracted"),
            Stage::InReview => fl!(l, "stage-in_review"),
            Stage::ChangesRequested => fl!(l, "stage-changes_requested"),
            Stage::Approved => fl!(l, "stage-approved"),
            Stage::Published => fl!(l, "stage-published"),
            Stage::Verified => fl!(l, "stage-verified"),
            Stage::Completed => fl!(l, "stage-completed"),
            Stage::Removed => fl!(l, "stage-removed"),
            Stage::Declined => fl!(l, "stage-declined"),
            Stage::Expired => fl!(l, "stage-expired"),
            Stage::Cancelled => fl!(l, "stage-cancelled"),
        })
    }

    /// What an automatic caption check found, and what to do about it.
    pub fn caption_check(&self, problem: &CaptionProblem, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        clean(match problem {
            CaptionProblem::MissingDisclosure { accepted } => {
                fl!(l, "check-missing-disclosure", accepted = s.formats.list(accepted, true))
            }
            CaptionProblem::MissingHashtag { tag } => {
                fl!(l, "check-missing-hashtag", tag = tag.as_str())
            }
            CaptionProblem::MissingMention { handle } => {
                fl!(l, "check-missing-mention", handle = handle.as_str())
            }
            CaptionProblem::ForbiddenClaim { claim } => {
                fl!(l, "check-forbidden-claim", claim = claim.as_str())
            }
            CaptionProblem::TooLong { chars, max } => fl!(
                l,
                "check-caption-too-long",
                chars = s.formats.integer(i64::try_from(*chars).unwrap_or(i64::MAX)),
                max = s.formats.integer(i64::from(*max))
            ),
        })
    }

    /// What an automatic file check found, and what to do about it. Sizes are in
    /// binary units, as limits are set; a file over the limit is "larger than" it and
    /// never given a size, since a frontend that cut a download short knows only a
    /// lower bound. Accepted types are named in words ("videos, images or PDF files").
    pub fn file_check(&self, problem: &FileProblem, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        clean(match problem {
            FileProblem::Empty => fl!(l, "check-file-empty"),
            FileProblem::TooLarge { max_bytes, .. } => {
                let max = fl!(l, "check-file-mib", size = s.formats.mebibytes(*max_bytes));
                fl!(l, "check-file-too-large", max = clean(max))
            }
            FileProblem::TypeNotAllowed { allowed, .. } => {
                let kinds: Vec<String> = allowed.iter().map(|t| clean(file_kind(t, l))).collect();
                fl!(l, "check-file-type", allowed = s.formats.list(&kinds, true))
            }
        })
    }

    /// "3 days left", "5 hours left", "overdue", with the language's plural rules.
    pub fn time_left(&self, left: TimeLeft, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match left {
            TimeLeft::Days(days) => fl!(l, "time-left-days", days = days),
            TimeLeft::Hours(hours) => fl!(l, "time-left-hours", hours = hours),
            TimeLeft::Overdue => fl!(l, "time-left-overdue"),
        })
    }

    /// How far `at` is from `now` in the reader's words: "in 2 days", "3 hours ago",
    /// "now" (ICU's relative time phrases).
    pub fn relative_time(&self, at: Timestamp, now: Timestamp, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        match s.formats.relative(at, now) {
            Some(phrase) => phrase,
            None => clean(fl!(&s.loader, "time-now")),
        }
    }

    /// A deadline reminder with the due time in the reader's zone and how far off it is
    /// ("in 2 days", "3 hours ago").
    pub fn reminder(
        &self,
        reminder: &Reminder,
        now: Timestamp,
        language: impl Into<Language>,
        zone: &TimeZoneName,
    ) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let l = &s.loader;
        let campaign = reminder.campaign.as_str();
        let due = s.formats.date_time(reminder.due, zone);
        let left = self.relative_time(reminder.due, now, language);
        clean(match reminder.deadline {
            Deadline::RespondBy => fl!(l, "reminder-respond-by", campaign = campaign, due = due, left = left),
            Deadline::DraftDue => fl!(l, "reminder-draft-due", campaign = campaign, due = due, left = left),
            Deadline::RevisionDue => fl!(l, "reminder-revision-due", campaign = campaign, due = due, left = left),
            Deadline::PublishOpens => fl!(l, "reminder-publish-opens", campaign = campaign, due = due, left = left),
            Deadline::PublishBy => fl!(l, "reminder-publish-by", campaign = campaign, due = due, left = left),
        })
    }

    /// A button, command description or screen title.
    pub fn label(&self, label: Label, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match label {
            Label::ButtonAccept => fl!(l, "button-accept"),
            Label::ButtonDecline => fl!(l, "button-decline"),
            Label::ButtonProposeFee => fl!(l, "button-propose-fee"),
            Label::ButtonReadBrief => fl!(l, "button-read-brief"),
            Label::ButtonCancel => fl!(l, "bot-button-cancel"),
            Label::ButtonPostLive => fl!(l, "bot-button-post-live"),
            Label::CommandLink => fl!(l, "command-link"),
            Label::CommandStatus => fl!(l, "command-status"),
            Label::CommandHelp => fl!(l, "command-help"),
            Label::CommandLanguage => fl!(l, "command-language"),
            Label::CommandDraft => fl!(l, "command-draft"),
            Label::CommandPost => fl!(l, "command-post"),
            Label::OptionToken => fl!(l, "option-token"),
            Label::OptionFile => fl!(l, "option-file"),
            Label::OptionCaption => fl!(l, "option-caption"),
            Label::OptionUrl => fl!(l, "option-url"),
            Label::FieldFee => fl!(l, "field-fee"),
            Label::NameLink => fl!(l, "discord-name-link"),
            Label::NameDeals => fl!(l, "discord-name-deals"),
            Label::NameDraft => fl!(l, "discord-name-draft"),
            Label::NamePost => fl!(l, "discord-name-post"),
            Label::NameLanguage => fl!(l, "discord-name-language"),
            Label::NameHelp => fl!(l, "discord-name-help"),
            Label::NameToken => fl!(l, "discord-name-token"),
            Label::NameFile => fl!(l, "discord-name-file"),
            Label::NameCaption => fl!(l, "discord-name-caption"),
            Label::NameUrl => fl!(l, "discord-name-url"),
            Label::ScreenPipeline => fl!(l, "screen-pipeline"),
            Label::ScreenCampaigns => fl!(l, "screen-campaigns"),
            Label::ScreenCreators => fl!(l, "screen-creators"),
            Label::ScreenReview => fl!(l, "screen-review"),
            Label::ScreenPayments => fl!(l, "screen-payments"),
            Label::ScreenReports => fl!(l, "screen-reports"),
            Label::ScreenActivity => fl!(l, "screen-activity"),
        })
    }

    /// A language's own name (`Deutsch`, `日本語`), the same in every language so a
    /// reader always finds their own in the `/language` menu.
    pub fn language_name(&self, language: Language) -> String {
        let l = &self.speaker(Language::EnUs).loader;
        clean(match language {
            Language::EnUs => fl!(l, "language-en-US"),
            Language::ZhCn => fl!(l, "language-zh-CN"),
            Language::EsEs => fl!(l, "language-es-ES"),
            Language::PtBr => fl!(l, "language-pt-BR"),
            Language::IdId => fl!(l, "language-id-ID"),
            Language::ThTh => fl!(l, "language-th-TH"),
            Language::ViVn => fl!(l, "language-vi-VN"),
            Language::DeDe => fl!(l, "language-de-DE"),
            Language::FrFr => fl!(l, "language-fr-FR"),
            Language::JaJp => fl!(l, "language-ja-JP"),
        })
    }

    /// The confirmation after `/language`, in the newly chosen language.
    pub fn language_changed(&self, language: Language) -> String {
        let l = &self.speaker(language).loader;
        clean(fl!(l, "language-changed", language = self.language_name(language)))
    }
}

/// An accepted media type in words: `video/` → "videos", `application/pdf` → "PDF
/// files"; a type without words of its own is named as it is.
fn file_kind(mime: &str, l: &i18n_embed::fluent::FluentLanguageLoader) -> String {
    let mime = mime.trim().to_ascii_lowercase();
    match mime.strip_suffix('*').unwrap_or(&mime) {
        "video/" => fl!(l, "check-file-kind-video"),
        "image/" => fl!(l, "check-file-kind-image"),
        "audio/" => fl!(l, "check-file-kind-audio"),
        "application/pdf" => fl!(l, "check-file-kind-pdf"),
        other => fl!(l, "check-file-kind-other", kind = other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_large(max_bytes: u64, language: Language) -> String {
        let words = Localizer::new().expect("messages");
        words.file_check(&FileProblem::TooLarge { size_bytes: u64::from(u32::MAX), max_bytes }, language)
    }

    #[test]
    fn limits_are_in_binary_units_written_the_languages_way() {
        let mib = 1024 * 1024;
        let en = too_large(200 * mib, Language::EnUs);
        assert!(en.starts_with("This file is larger than the 200 MiB limit."), "{en}");
        assert!(!en.contains("209") && !en.contains("4,295"), "{en}");
        assert!(too_large(9 * mib / 2, Language::DeDe).contains("4,5 MiB"));
        assert!(too_large(9 * mib / 2, Language::FrFr).contains("4,5 Mio"));
        assert!(too_large(9 * mib / 2, Language::IdId).contains("4,5 MiB"));
        assert!(too_large(9 * mib / 2, Language::ViVn).contains("4,5 MiB"));
        assert!(too_large(1, Language::EnUs).contains("0.1 MiB"), "a limit is never shown as 0");
    }

    #[test]
    fn accepted_types_are_named_in_words() {
        let words = Localizer::new().expect("messages");
        let allowed = vec!["video/*".to_string(), "image/".into(), "application/pdf".into(), "text/csv".into()];
        let problem = FileProblem::TypeNotAllowed { mime: "application/zip".into(), allowed };
        assert_eq!(
            words.file_check(&problem, Language::EnUs),
            "This file type isn't accepted. Please send videos, images, PDF files, or text/csv files."
        );
        assert_eq!(
            words.file_check(&problem, Language::IdId),
            "Jenis berkas ini tidak diterima. Silakan kirim video, gambar, berkas PDF, atau berkas text/csv."
        );
    }
}
