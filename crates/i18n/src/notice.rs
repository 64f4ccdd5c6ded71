//! Outbox notices, rendered when they are sent: in the recipient's language and with
//! every instant in the recipient's time zone. A creator who changes language gets the
//! new one from the next message on, because rows hold the notice, not its text.

use i18n_embed_fl::fl;
use linkstar_core::message::Notice;
use linkstar_core::place::TimeZoneName;
use linkstar_core::reminder::DeadlineKind;

use crate::{Deadline, Language, Localizer, Reminder, Speaker, clean};

impl Localizer {
    /// The text of an outbox notice for its recipient; a reminder's time left is
    /// counted from the system clock (see [`Localizer::notice_at`]).
    pub fn notice(&self, notice: &Notice, language: impl Into<Language>, zone: &TimeZoneName) -> String {
        self.notice_at(notice, jiff::Timestamp::now(), language, zone)
    }

    /// The text of an outbox notice for its recipient, sent at `now` (a reminder says
    /// how long is left from then).
    pub fn notice_at(
        &self,
        notice: &Notice,
        now: jiff::Timestamp,
        language: impl Into<Language>,
        zone: &TimeZoneName,
    ) -> String {
        let language = language.into();
        if let Notice::DailyDigest { digest } = notice {
            return self.digest(digest, language, zone);
        }
        if let Notice::Reminder { campaign, deadline, due, .. } = notice {
            let deadline = match deadline {
                // Counter-offer answers are the operators' (`Notice::CounterPending`).
                DeadlineKind::RespondBy | DeadlineKind::CounterAnswer => Deadline::RespondBy,
                DeadlineKind::DraftDue => Deadline::DraftDue,
                DeadlineKind::RevisionDue => Deadline::RevisionDue,
                DeadlineKind::PublishOpens => Deadline::PublishOpens,
                // Payment reminders are `Notice::PaymentDue`; a stray one reads as the
                // closest creator deadline rather than failing the send.
                DeadlineKind::PublishBy | DeadlineKind::PaymentDue => Deadline::PublishBy,
            };
            let reminder = Reminder { deadline, campaign: campaign.clone(), due: *due };
            return self.reminder(&reminder, now, language, zone);
        }
        let s = self.speaker(language);
        let l = &s.loader;
        let f = &s.formats;
        let when = |at| f.date_time(at, zone);
        clean(match notice {
            Notice::Invite { campaign, product, fee, respond_by, .. } => fl!(
                l,
                "notice-invite",
                campaign = campaign.as_str(),
                product = product.as_str(),
                fee = f.money(*fee),
                respond_by = when(*respond_by)
            ),
            Notice::OfferRevised { campaign, fee, changed, respond_by, note, .. } => {
                let text = fl!(
                    l,
                    "notice-offer-revised",
                    campaign = campaign.as_str(),
                    changed = changed_terms(s, changed),
                    fee = f.money(*fee),
                    respond_by = when(*respond_by)
                );
                with_brand_note(l, text, note.as_deref().unwrap_or_default())
            }
            Notice::CounterDeclined { campaign, fee, due, note, .. } => {
                let text = fl!(
                    l,
                    "notice-counter-declined",
                    campaign = campaign.as_str(),
                    fee = f.money(*fee),
                    due = when(*due)
                );
                with_brand_note(l, text, note)
            }
            Notice::PostRefused { campaign, url, reason, .. } => fl!(
                l,
                "notice-post-refused",
                campaign = campaign.as_str(),
                url = url.as_str(),
                reason = reason.as_str()
            ),
            Notice::ContractConfirmed { campaign, draft_due, terms_hash, .. } => fl!(
                l,
                "notice-contract-confirmed",
                campaign = campaign.as_str(),
                draft_due = when(*draft_due),
                terms_hash = terms_hash.as_str()
            ),
            Notice::ChangesRequested { campaign, notes, round, rounds, .. } => fl!(
                l,
                "notice-changes-requested",
                campaign = campaign.as_str(),
                notes = review_notes(l, notes),
                round = i64::from(*round),
                rounds = i64::from(*rounds)
            ),
            Notice::DraftApproved { campaign, publish_opens, publish_closes, tracking_link, discount_code, .. } => {
                let mut text = fl!(
                    l,
                    "notice-draft-approved",
                    campaign = campaign.as_str(),
                    publish_opens = when(*publish_opens),
                    publish_closes = when(*publish_closes)
                );
                if let Some(link) = tracking_link {
                    text.push('\n');
                    text.push_str(&fl!(l, "notice-draft-approved-tracking", link = link.as_str()));
                }
                if let Some(code) = discount_code {
                    text.push('\n');
                    text.push_str(&fl!(l, "notice-draft-approved-discount", code = code.as_str()));
                }
                text
            }
            Notice::PostVerified { campaign, .. } => {
                fl!(l, "notice-post-verified", campaign = campaign.as_str())
            }
            Notice::PaymentScheduled { amount, due, .. } => {
                fl!(l, "notice-payment-scheduled", amount = f.money(*amount), due = f.date(*due, zone))
            }
            Notice::PaymentPaid { amount, reference, .. } => {
                fl!(l, "notice-payment-paid", amount = f.money(*amount), reference = reference.as_str())
            }
            Notice::DealCancelled { campaign, .. } => {
                fl!(l, "notice-deal-cancelled", campaign = campaign.as_str())
            }
            Notice::InviteExpired { campaign, .. } => {
                fl!(l, "notice-invite-expired", campaign = campaign.as_str())
            }
            // Rendered above: with the time left, and section by section.
            Notice::Reminder { .. } | Notice::DailyDigest { .. } => String::new(),
            Notice::DraftAutoApproved { deal, creator, hours } => fl!(
                l,
                "notice-draft-auto-approved",
                deal = deal.to_string(),
                creator = creator.as_str(),
                hours = i64::from(*hours)
            ),
            Notice::CounterReceived { deal, creator, fee } => fl!(
                l,
                "notice-counter-received",
                deal = deal.to_string(),
                creator = creator.as_str(),
                fee = f.money(*fee)
            ),
            Notice::OfferDeclined { deal, creator } => {
                fl!(l, "notice-offer-declined", deal = deal.to_string(), creator = creator.as_str())
            }
            Notice::DraftSubmitted { deal, creator, version } => fl!(
                l,
                "notice-draft-submitted",
                deal = deal.to_string(),
                creator = creator.as_str(),
                version = i64::from(*version)
            ),
            Notice::PostSubmitted { deal, creator, url } => {
                fl!(l, "notice-post-submitted", deal = deal.to_string(), creator = creator.as_str(), url = url.as_str())
            }
            Notice::CreatorUnreachable { creator, platform } => fl!(
                l,
                "notice-creator-unreachable",
                creator = creator.as_str(),
                platform = crate::digest::platform_name(*platform)
            ),
            Notice::PaymentDue { deal, creator, amount, due } => fl!(
                l,
                "notice-payment-due",
                deal = deal.to_string(),
                creator = creator.as_str(),
                amount = f.money(*amount),
                due = when(*due),
                left = self.relative_time(*due, now, language)
            ),
            Notice::DraftOverdue { deal, creator, due } => fl!(
                l,
                "notice-draft-overdue",
                deal = deal.to_string(),
                creator = creator.as_str(),
                due = when(*due),
                left = self.relative_time(*due, now, language)
            ),
            Notice::PostOverdue { deal, creator, due } => fl!(
                l,
                "notice-post-overdue",
                deal = deal.to_string(),
                creator = creator.as_str(),
                due = when(*due),
                left = self.relative_time(*due, now, language)
            ),
            Notice::ReviewOverdue { deal, creator, hours } => fl!(
                l,
                "notice-review-overdue",
                deal = deal.to_string(),
                creator = creator.as_str(),
                hours = i64::from(*hours)
            ),
            Notice::CounterPending { deal, creator, fee, due } => fl!(
                l,
                "notice-counter-pending",
                deal = deal.to_string(),
                creator = creator.as_str(),
                fee = f.money(*fee),
                due = when(*due),
                left = self.relative_time(*due, now, language)
            ),
            Notice::CounterExpired { deal, creator, fee } => fl!(
                l,
                "notice-counter-expired",
                deal = deal.to_string(),
                creator = creator.as_str(),
                fee = f.money(*fee)
            ),
            Notice::NegotiationExpired { campaign, fee, .. } => {
                fl!(l, "notice-negotiation-expired", campaign = campaign.as_str(), fee = f.money(*fee))
            }
        })
    }
}

/// A notice followed by the brand's note on a line of its own, when there is one.
fn with_brand_note(l: &i18n_embed::fluent::FluentLanguageLoader, mut text: String, note: &str) -> String {
    let note = note.trim();
    if !note.is_empty() {
        text.push('\n');
        text.push_str(&fl!(l, "notice-brand-note", note = note));
    }
    text
}

/// A reviewer's notes: as written, or one line per note when lines start with a video
/// time (`• 0:12 — show the label`). Notes were checked when the review was saved; if
/// they no longer read as notes they are shown as written.
fn review_notes(l: &i18n_embed::fluent::FluentLanguageLoader, notes: &str) -> String {
    use linkstar_core::review_notes::{ReviewNotes, format_offset};
    match ReviewNotes::parse(notes) {
        Ok(ReviewNotes::Timed(list)) => list
            .iter()
            .map(|n| match n.at {
                Some(at) => fl!(l, "notice-review-note-at", at = format_offset(at), text = n.text.as_str()),
                None => fl!(l, "notice-review-note", text = n.text.as_str()),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Ok(ReviewNotes::Plain(_)) | Err(_) => notes.to_string(),
    }
}

/// The names of changed terms (`Terms::changed_fields`), localized and listed.
fn changed_terms(s: &Speaker, names: &[String]) -> String {
    let l = &s.loader;
    let names: Vec<String> = names.iter().map(|name| term_name(l, name)).collect();
    s.formats.list(&names, false)
}

/// The localized name of an offer term (`fee`, `respond_by`, …, as in
/// `Terms::changed_fields`); unknown names get a generic word.
pub(crate) fn term_name(l: &i18n_embed::fluent::FluentLanguageLoader, name: &str) -> String {
    match name {
        "deliverables" => fl!(l, "term-deliverables"),
        "fee" => fl!(l, "term-fee"),
        "payment_model" => fl!(l, "term-payment_model"),
        "deposit_pct" => fl!(l, "term-deposit_pct"),
        "usage_rights" => fl!(l, "term-usage_rights"),
        "exclusivity_days" => fl!(l, "term-exclusivity_days"),
        "respond_by" => fl!(l, "term-respond_by"),
        "draft_due" => fl!(l, "term-draft_due"),
        "publish_window" => fl!(l, "term-publish_window"),
        "revision_rounds" => fl!(l, "term-revision_rounds"),
        "review_sla_hours" => fl!(l, "term-review_sla_hours"),
        "min_live_days" => fl!(l, "term-min_live_days"),
        _ => fl!(l, "term-other"),
    }
}
