//! What the creator assistant says in a chat: its replies, the offer card, `/status`
//! lines and `/help` per stage. Outbox notices are in `notice.rs`; buttons and command
//! descriptions are [`Label`](crate::Label)s.

use i18n_embed_fl::fl;
use jiff::Timestamp;
use linkstar_core::campaign::ContentFormat;
use linkstar_core::money::Money;
use linkstar_core::payment::{Payment, PaymentStatus};
use linkstar_core::place::{ChatPlatform, TimeZoneName};
use linkstar_core::stage::Stage;
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};

use crate::format::TimeLeft;
use crate::{Deadline, Label, Language, Localizer, clean};

/// What `/help` explains: the step the creator is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HelpTopic {
    /// The chat is not linked to an invite.
    NotLinked,
    /// An offer waits for an answer.
    Offered,
    /// A proposed fee waits for the brand.
    Negotiating,
    /// A draft is due.
    Contracted,
    /// The brand reviews a draft.
    InReview,
    /// The brand asked for changes.
    ChangesRequested,
    /// The draft is approved: publish and send the link.
    Approved,
    /// The brand verifies the post.
    Published,
    /// Nothing to do now.
    Done,
}

impl HelpTopic {
    /// The topic for a deal's stage.
    pub fn of(stage: Stage) -> HelpTopic {
        match stage {
            Stage::Offered => HelpTopic::Offered,
            Stage::Negotiating => HelpTopic::Negotiating,
            Stage::Contracted => HelpTopic::Contracted,
            Stage::InReview => HelpTopic::InReview,
            Stage::ChangesRequested => HelpTopic::ChangesRequested,
            Stage::Approved => HelpTopic::Approved,
            Stage::Published => HelpTopic::Published,
            _ => HelpTopic::Done,
        }
    }
}

/// One line the assistant says, with its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line<'a> {
    /// `/start` without an invite in an unlinked chat.
    Welcome,
    /// Anything else in an unlinked chat.
    NotLinked,
    /// The chat was linked with an invite token.
    Linked {
        /// The creator's name.
        name: &'a str,
        /// The campaign of the invite.
        campaign: &'a str,
    },
    /// A command the assistant does not know.
    UnknownCommand,
    /// Text when nothing is expected.
    NothingExpected,
    /// A button of a message that no longer applies.
    ButtonStale,
    /// The counter-offer dialogue asks for the fee.
    AskFee {
        /// Campaign name.
        campaign: &'a str,
        /// The current fee, shown as an example in the right currency.
        example: Money,
    },
    /// The fee sent could not be read.
    FeeInvalid {
        /// An example amount.
        example: Money,
    },
    /// The proposed fee went to the brand.
    CounterSent {
        /// The fee proposed.
        fee: Money,
    },
    /// The offer was accepted.
    Accepted {
        /// Campaign name.
        campaign: &'a str,
    },
    /// The offer was declined.
    Declined {
        /// Campaign name.
        campaign: &'a str,
    },
    /// Heading of the rendered brief.
    Brief {
        /// Campaign name.
        campaign: &'a str,
    },
    /// Text arrived where the draft file is expected.
    ExpectFile {
        /// Campaign name.
        campaign: &'a str,
    },
    /// Several deals wait for a draft: which one?
    WhichDeal,
    /// A draft was stored.
    DraftReceived {
        /// Campaign name.
        campaign: &'a str,
        /// Its version number.
        version: u32,
    },
    /// The caption passed the automatic checks.
    ChecksPassed,
    /// Heading of the caption problems found.
    ChecksFound,
    /// The post link was recorded.
    PostReceived {
        /// Campaign name.
        campaign: &'a str,
    },
    /// The `/language` menu.
    LanguageChoose,
    /// `/status` without deals.
    StatusEmpty,
    /// `/status` heading.
    StatusTitle,
    /// `/help`: what to do next.
    Help {
        /// The step.
        topic: HelpTopic,
        /// The deal's campaign, where the step names one.
        campaign: &'a str,
    },
    /// `/help`: heading of the command list.
    HelpCommands,
    /// Text while an offer waits for the creator's answer (the offer buttons follow).
    ExpectAnswer {
        /// Campaign name.
        campaign: &'a str,
    },
    /// The creator sent the invite they already used in this chat.
    AlreadyLinked {
        /// The invite's campaign.
        campaign: &'a str,
    },
    /// Accept pressed on an offer already accepted.
    AlreadyAccepted {
        /// Campaign name.
        campaign: &'a str,
        /// When they accepted.
        on: Timestamp,
        /// The creator's time zone.
        zone: &'a TimeZoneName,
    },
    /// A button or command naming a deal that does not exist or is not theirs: one
    /// answer for both, so nothing is revealed about other people's deals.
    DealUnavailable,
    /// A fee in another currency than the deal's.
    FeeWrongCurrency {
        /// The currency named.
        found: &'a str,
        /// An example amount in the deal's currency.
        example: Money,
    },
    /// The fee entry was cancelled; the offer stands.
    FeeCancelled {
        /// Campaign name.
        campaign: &'a str,
    },
    /// `/cancel` or a Cancel button with nothing under way.
    NothingToCancel,
    /// A post link before the publish window opens: is the post really live?
    PostEarly {
        /// Campaign name.
        campaign: &'a str,
        /// When the window opens.
        opens: Timestamp,
        /// The creator's time zone.
        zone: &'a TimeZoneName,
    },
    /// The early post link was not recorded.
    PostEarlyCancelled {
        /// When the window opens.
        opens: Timestamp,
        /// The creator's time zone.
        zone: &'a TimeZoneName,
    },
    /// Text after approval that is no post link.
    PostLinkExpected {
        /// Campaign name.
        campaign: &'a str,
    },
}

/// The commands a platform has, as a creator types them there: Telegram's `/status`,
/// Discord's `/deals` under its name in the reader's language.
struct Commands {
    platform: &'static str,
    status: String,
    help: String,
    link: String,
    draft: String,
}

impl Localizer {
    /// One line of the assistant as Telegram shows it; see [`Localizer::say_on`].
    pub fn say(&self, line: Line<'_>, language: impl Into<Language>) -> String {
        self.say_on(line, language, ChatPlatform::Telegram)
    }

    /// The commands of `platform` in `language`, with their slash.
    fn commands(&self, platform: ChatPlatform, language: Language) -> Commands {
        match platform {
            ChatPlatform::Telegram => Commands {
                platform: "telegram",
                status: "/status".into(),
                help: "/help".into(),
                link: "/start".into(),
                draft: String::new(),
            },
            ChatPlatform::Discord => {
                let name = |label| format!("/{}", self.label(label, language));
                Commands {
                    platform: "discord",
                    status: name(Label::NameDeals),
                    help: name(Label::NameHelp),
                    link: name(Label::NameLink),
                    draft: name(Label::NameDraft),
                }
            }
        }
    }

    /// One line of the assistant on a chat platform: lines that name a command name
    /// that platform's (`/status` on Telegram, `/deals` on Discord).
    pub fn say_on(&self, line: Line<'_>, language: impl Into<Language>, platform: ChatPlatform) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let l = &s.loader;
        let f = &s.formats;
        let c = self.commands(platform, language);
        let (on, status, help, link, draft) =
            (c.platform, c.status.as_str(), c.help.as_str(), c.link.as_str(), c.draft.as_str());
        clean(match line {
            Line::Welcome => fl!(l, "bot-welcome", platform = on, link = link),
            Line::NotLinked => fl!(l, "bot-not-linked", platform = on, link = link),
            Line::Linked { name, campaign } => fl!(l, "bot-linked", name = name, campaign = campaign),
            Line::UnknownCommand => fl!(l, "bot-unknown-command", help = help),
            Line::NothingExpected => fl!(l, "bot-nothing-expected", status = status),
            Line::ButtonStale => fl!(l, "bot-button-stale", status = status),
            Line::AskFee { campaign, example } => fl!(
                l,
                "bot-ask-fee",
                campaign = campaign,
                currency = example.currency.code(),
                example = example.decimal()
            ),
            Line::FeeInvalid { example } => fl!(l, "bot-fee-invalid", example = example.decimal()),
            Line::CounterSent { fee } => fl!(l, "bot-counter-sent", fee = f.money(fee)),
            Line::Accepted { campaign } => fl!(l, "bot-accepted", campaign = campaign),
            Line::Declined { campaign } => fl!(l, "bot-declined", campaign = campaign),
            Line::Brief { campaign } => fl!(l, "bot-brief", campaign = campaign),
            Line::ExpectFile { campaign } => {
                fl!(l, "bot-expect-file", campaign = campaign, platform = on, draft = draft)
            }
            Line::WhichDeal => fl!(l, "bot-which-deal"),
            Line::DraftReceived { campaign, version } => {
                fl!(l, "bot-draft-received", campaign = campaign, version = i64::from(version))
            }
            Line::ChecksPassed => fl!(l, "bot-checks-passed"),
            Line::ChecksFound => fl!(l, "bot-checks-found"),
            Line::PostReceived { campaign } => fl!(l, "bot-post-received", campaign = campaign),
            Line::LanguageChoose => fl!(l, "bot-language-choose"),
            Line::StatusEmpty => fl!(l, "bot-status-empty"),
            Line::StatusTitle => fl!(l, "bot-status-title"),
            Line::Help { topic, campaign } => match topic {
                HelpTopic::NotLinked => fl!(l, "bot-help-not-linked", platform = on, link = link),
                HelpTopic::Offered => fl!(l, "bot-help-offered", campaign = campaign),
                HelpTopic::Negotiating => fl!(l, "bot-help-negotiating", campaign = campaign),
                HelpTopic::Contracted => {
                    fl!(l, "bot-help-contracted", campaign = campaign, platform = on, draft = draft)
                }
                HelpTopic::InReview => fl!(l, "bot-help-in-review", campaign = campaign),
                HelpTopic::ChangesRequested => {
                    fl!(l, "bot-help-changes", campaign = campaign, platform = on, draft = draft)
                }
                HelpTopic::Approved => fl!(l, "bot-help-approved", campaign = campaign),
                HelpTopic::Published => fl!(l, "bot-help-published", campaign = campaign),
                HelpTopic::Done => fl!(l, "bot-help-done"),
            },
            Line::HelpCommands => fl!(l, "bot-help-commands"),
            Line::ExpectAnswer { campaign } => fl!(l, "bot-expect-answer", campaign = campaign),
            Line::AlreadyLinked { campaign } => fl!(l, "bot-already-linked", campaign = campaign),
            Line::AlreadyAccepted { campaign, on, zone } => {
                fl!(l, "bot-already-accepted", campaign = campaign, date = f.date_time(on, zone))
            }
            Line::DealUnavailable => fl!(l, "bot-deal-unavailable", status = status),
            Line::FeeWrongCurrency { found, example } => fl!(
                l,
                "bot-fee-wrong-currency",
                found = found,
                currency = example.currency.code(),
                example = example.decimal()
            ),
            Line::FeeCancelled { campaign } => fl!(l, "bot-fee-cancelled", campaign = campaign),
            Line::NothingToCancel => fl!(l, "bot-nothing-to-cancel"),
            Line::PostEarly { campaign, opens, zone } => {
                fl!(l, "bot-post-early", campaign = campaign, opens = f.date_time(opens, zone))
            }
            Line::PostEarlyCancelled { opens, zone } => {
                fl!(l, "bot-post-early-cancelled", opens = f.date_time(opens, zone))
            }
            Line::PostLinkExpected { campaign } => fl!(l, "bot-post-link-expected", campaign = campaign),
        })
    }

    /// The offer card: every term the creator agrees to, dates in their time zone. The
    /// answer deadline is not on it: the notice it comes with states it.
    pub fn offer_card(
        &self,
        campaign: &str,
        product: &str,
        terms: &Terms,
        language: impl Into<Language>,
        zone: &TimeZoneName,
    ) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        let f = &s.formats;
        let deliverables: Vec<String> = terms
            .deliverables
            .iter()
            .map(|d| {
                let format = match d.format {
                    ContentFormat::Video => fl!(l, "bot-format-video"),
                    ContentFormat::Image => fl!(l, "bot-format-image"),
                    ContentFormat::Story => fl!(l, "bot-format-story"),
                    ContentFormat::Live => fl!(l, "bot-format-live"),
                };
                format!("{} × {format} · {}", d.count, platform_name(d.platform))
            })
            .collect();
        let deposit = i64::from(terms.deposit_pct);
        let rate = |bp: u32| f.integer(i64::from(bp / 100));
        let payment = match terms.payment_model {
            PaymentModel::Fixed => fl!(l, "bot-payment-fixed", deposit = deposit),
            PaymentModel::Cps { rate_bp, .. } => fl!(l, "bot-payment-cps", rate = rate(rate_bp)),
            PaymentModel::Hybrid { rate_bp, .. } => {
                fl!(l, "bot-payment-hybrid", rate = rate(rate_bp), deposit = deposit)
            }
        };
        let rights = match terms.usage_rights {
            UsageRights::OrganicOnly => fl!(l, "bot-rights-organic"),
            UsageRights::PaidAds { days } => fl!(l, "bot-rights-paid-ads", days = i64::from(days)),
            UsageRights::Perpetual => fl!(l, "bot-rights-perpetual"),
        };
        clean(fl!(
            l,
            "bot-card",
            campaign = campaign,
            product = product,
            deliverables = f.list(&deliverables, false),
            fee = f.money(terms.fee),
            payment = payment,
            rights = rights,
            exclusivity_days = i64::from(terms.exclusivity_days),
            draft_due = f.date_time(terms.draft_due, zone),
            publish_opens = f.date(terms.publish_window.opens, zone),
            publish_closes = f.date(terms.publish_window.closes, zone),
            rounds = i64::from(terms.revision_rounds)
        ))
    }

    /// A `/status` line: the deal's campaign and stage.
    pub fn status_deal(&self, campaign: &str, stage: Stage, language: impl Into<Language>) -> String {
        let language = language.into();
        let l = &self.speaker(language).loader;
        clean(fl!(l, "bot-status-deal", campaign = campaign, stage = self.stage(stage, language)))
    }

    /// A `/status` line: the next deadline, in the reader's zone, with the time left.
    pub fn status_deadline(
        &self,
        deadline: Deadline,
        due: Timestamp,
        now: Timestamp,
        language: impl Into<Language>,
        zone: &TimeZoneName,
    ) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let l = &s.loader;
        let what = match deadline {
            Deadline::RespondBy => fl!(l, "term-respond_by"),
            Deadline::DraftDue | Deadline::RevisionDue => fl!(l, "term-draft_due"),
            Deadline::PublishOpens | Deadline::PublishBy => fl!(l, "term-publish_window"),
        };
        let left = self.time_left(TimeLeft::until(due, now), language);
        clean(fl!(l, "bot-status-deadline", deadline = what, due = s.formats.date_time(due, zone), left = left))
    }

    /// A `/status` line while negotiating: the brand is considering the creator's
    /// proposed fee until its answer-by, in the reader's zone, with the time left.
    pub fn status_counter(
        &self,
        fee: Money,
        due: Timestamp,
        now: Timestamp,
        language: impl Into<Language>,
        zone: &TimeZoneName,
    ) -> String {
        let language = language.into();
        let s = self.speaker(language);
        let left = self.time_left(TimeLeft::until(due, now), language);
        let (fee, due) = (s.formats.money(fee), s.formats.date_time(due, zone));
        clean(fl!(&s.loader, "bot-status-counter", fee = fee, due = due, left = left))
    }

    /// A `/status` line: a payment to the creator and when it is due, or that it was paid.
    pub fn status_payment(&self, payment: &Payment, language: impl Into<Language>, zone: &TimeZoneName) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        let amount = s.formats.money(payment.amount);
        clean(match payment.status {
            PaymentStatus::Paid => fl!(l, "bot-status-payment-paid", amount = amount),
            _ => fl!(l, "bot-status-payment-open", amount = amount, due = s.formats.date(payment.due_at, zone)),
        })
    }
}

/// Platform names are brands: the same in every language.
fn platform_name(p: linkstar_core::place::Platform) -> &'static str {
    match p {
        linkstar_core::place::Platform::TikTok => "TikTok",
        linkstar_core::place::Platform::Instagram => "Instagram",
        linkstar_core::place::Platform::YouTube => "YouTube",
    }
}

/// What the Telegram bot says to whoever it will not serve: it works only in a
/// creator's own private chat, and only for that chat's user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// An update from a group, supergroup or channel.
    PrivateChatOnly,
    /// A button pressed by someone other than the chat's creator.
    NotYourButton,
}

impl Localizer {
    /// The one line answering an update the bot refuses.
    pub fn refusal(&self, refusal: Refusal, language: impl Into<Language>) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        clean(match refusal {
            Refusal::PrivateChatOnly => fl!(l, "bot-private-chat-only"),
            Refusal::NotYourButton => fl!(l, "bot-not-your-button"),
        })
    }
}
