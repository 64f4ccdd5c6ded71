//! What the assistant shows without changing anything: `/help`, `/status`, the
//! `/language` menu, the brief, and outbox notices rendered for a chat at send time.

use linkstar_app::StoreError;
use linkstar_core::brief::{self, BriefContext};
use linkstar_core::creator::Creator;
use linkstar_core::deal::Deal;
use linkstar_core::message::Notice;
use linkstar_core::place::ChatAccount;
use linkstar_core::place::ChatPlatform;
use linkstar_core::reminder::DeadlineKind;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Deadline, HelpTopic, Label, Language, Line, Localizer, negotiate};

use crate::engine::{Assistant, Turn};
use crate::input::{Action, Button, Outcome, Reply, SHOWN_HASH_LEN};

/// Deals `/status` and `/help` list at most.
const LISTED: usize = 10;

impl Turn<'_> {
    /// `/help`: what to do next for each open deal, then the commands.
    pub(crate) async fn help(&self) -> Result<Outcome, StoreError> {
        let mut lines = Vec::new();
        for deal in self.deals().await?.iter().filter(|d| !d.stage.is_final()).take(LISTED) {
            let campaign = self.campaign_name(deal).await?;
            lines.push(self.line(Line::Help { topic: HelpTopic::of(deal.stage), campaign: &campaign }));
        }
        if lines.is_empty() {
            lines.push(self.line(Line::Help { topic: HelpTopic::Done, campaign: "" }));
        }
        lines.push(String::new());
        lines.push(self.line(Line::HelpCommands));
        let words = &self.a.words;
        let commands: Vec<(String, Label)> = match self.chat.platform {
            ChatPlatform::Telegram => [("status", Label::CommandStatus), ("language", Label::CommandLanguage)]
                .into_iter()
                .chain([("help", Label::CommandHelp)])
                .map(|(name, label)| (name.to_string(), label))
                .collect(),
            // Discord's own commands, under their names in the reader's language.
            ChatPlatform::Discord => [
                (Label::NameDeals, Label::CommandStatus),
                (Label::NameDraft, Label::CommandDraft),
                (Label::NamePost, Label::CommandPost),
                (Label::NameLink, Label::CommandLink),
                (Label::NameLanguage, Label::CommandLanguage),
                (Label::NameHelp, Label::CommandHelp),
            ]
            .into_iter()
            .map(|(name, label)| (words.label(name, self.language), label))
            .collect(),
        };
        for (command, label) in commands {
            lines.push(format!("/{command} — {}", words.label(label, self.language)));
        }
        Ok(Outcome::say(Reply::text(lines.join("\n"))))
    }

    /// `/status`: each deal's stage, next deadline and payments.
    pub(crate) async fn status(&self) -> Result<Outcome, StoreError> {
        let deals = self.deals().await?;
        let Some(me) = self.creator() else { return Ok(self.say(Line::NotLinked)) };
        if deals.is_empty() {
            return Ok(self.say(Line::StatusEmpty));
        }
        let words = &self.a.words;
        let zone = &me.profile.time_zone;
        let now = self.a.app.clock().now();
        let mut lines = vec![self.line(Line::StatusTitle)];
        for deal in deals.iter().take(LISTED) {
            let campaign = self.campaign_name(deal).await?;
            lines.push(String::new());
            lines.push(words.status_deal(&campaign, deal.stage, self.language));
            match (self.a.app.next_deadline(deal).await?, deal.counter_fee) {
                (Some((DeadlineKind::CounterAnswer, due)), Some(fee)) => {
                    lines.push(words.status_counter(fee, due, now, self.language, zone));
                }
                (Some((kind, due)), _) => {
                    if let Some(deadline) = status_deadline(kind) {
                        lines.push(words.status_deadline(deadline, due, now, self.language, zone));
                    }
                }
                (None, _) => {}
            }
            for payment in self.a.app.store().payments(deal.id).await? {
                if payment.status != linkstar_core::payment::PaymentStatus::Cancelled {
                    lines.push(words.status_payment(&payment, self.language, zone));
                }
            }
        }
        Ok(Outcome::say(Reply::text(lines.join("\n"))))
    }

    /// `/language`: every language in its own name.
    pub(crate) fn language_menu(&self) -> Outcome {
        let buttons = Language::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|l| Button {
                        label: self.a.words.language_name(*l),
                        data: Action::Language(l.tag().to_string()).encode(),
                    })
                    .collect()
            })
            .collect();
        Outcome::say(Reply { text: self.line(Line::LanguageChoose), buttons })
    }

    /// The campaign brief, rendered from its template in the creator's language.
    pub(crate) async fn brief(&self, deal: &Deal) -> Result<Outcome, StoreError> {
        let (Some(campaign), Some(me)) = (self.a.chats.find_campaign_by_id(deal.campaign_id).await?, self.creator())
        else {
            return Ok(self.say(Line::ButtonStale));
        };
        let locale = self.language.locale();
        let ctx = BriefContext { campaign: &campaign.spec, terms: &deal.terms, creator: &me.profile, locale: &locale };
        let body = match brief::render(&campaign.spec.brief, &ctx) {
            Ok(text) => text,
            Err(e) => return self.refused(e.into()),
        };
        let heading = self.line(Line::Brief { campaign: &campaign.spec.name });
        Ok(Outcome::say(Reply::text(format!("{heading}\n\n{body}"))))
    }
}

/// How `/status` names a creator deadline (the brand's answer to a counter has its own line).
fn status_deadline(kind: DeadlineKind) -> Option<Deadline> {
    match kind {
        DeadlineKind::RespondBy => Some(Deadline::RespondBy),
        DeadlineKind::DraftDue => Some(Deadline::DraftDue),
        DeadlineKind::RevisionDue => Some(Deadline::RevisionDue),
        DeadlineKind::PublishOpens => Some(Deadline::PublishOpens),
        DeadlineKind::PublishBy => Some(Deadline::PublishBy),
        DeadlineKind::PaymentDue | DeadlineKind::CounterAnswer => None,
    }
}

impl Assistant {
    /// An outbox notice as a chat message for `creator` on `chat`, in their language
    /// and time zone as they are now. Offers come as the full card with the Accept ·
    /// Decline · Propose a fee · Read the full brief buttons while they can be answered.
    pub async fn render_notice(
        &self,
        creator: &Creator,
        chat: &ChatAccount,
        notice: &Notice,
    ) -> Result<Reply, StoreError> {
        let a = &*self.inner;
        let deal = match notice.deal() {
            Some(id) => a.chats.find_deal(id).await?.filter(|d| d.creator_id == creator.id),
            None => None,
        };
        let campaign = match &deal {
            Some(d) => a.chats.find_campaign_by_id(d.campaign_id).await?,
            None => None,
        };
        let saved = creator.profile.preferred_locale.as_ref().map(|l| l.as_str().to_string());
        let code = a.chats.conversation(chat).await?.and_then(|c| c.language_code);
        let default = campaign.as_ref().and_then(|c| c.spec.default_locale()).map(|l| l.as_str().to_string());
        let language = negotiate(saved.as_deref(), code.as_deref(), default.as_deref());
        let zone = &creator.profile.time_zone;
        let now = a.app.clock().now();
        let mut reply = Reply::text(a.words.notice_at(notice, now, language, zone));
        let is_offer =
            matches!(notice, Notice::Invite { .. } | Notice::OfferRevised { .. } | Notice::CounterDeclined { .. });
        if let (true, Some(deal), Some(campaign)) = (is_offer, &deal, &campaign)
            && matches!(deal.stage, Stage::Offered | Stage::Negotiating)
        {
            let card =
                a.words.offer_card(&campaign.spec.name, &campaign.spec.product.name, &deal.terms, language, zone);
            reply.text = format!("{}\n\n{card}", reply.text);
            reply.buttons = offer_buttons(&a.words, deal, language);
        }
        Ok(reply)
    }
}

/// A chat platform's command menu in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandMenu {
    /// ISO 639-1 code of the language; `None` for the default menu (English).
    pub language: Option<String>,
    /// (command without the slash, description) pairs.
    pub commands: Vec<(String, String)>,
}

impl Assistant {
    /// The command menus chat platforms show, one per language: the language's ISO 639-1
    /// code (`None` for the default, English) and (command, description) pairs.
    pub fn command_menus(&self) -> Vec<CommandMenu> {
        let words = &self.inner.words;
        Language::ALL
            .iter()
            .map(|l| {
                let code = (*l != Language::EnUs).then(|| l.tag().split('-').next().unwrap_or_default().to_string());
                let commands = [
                    ("start", Label::CommandLink),
                    ("status", Label::CommandStatus),
                    ("help", Label::CommandHelp),
                    ("language", Label::CommandLanguage),
                ]
                .iter()
                .map(|(name, label)| (name.to_string(), words.label(*label, *l)))
                .collect();
                CommandMenu { language: code, commands }
            })
            .collect()
    }
}

/// Accept · Decline / Propose a fee · Read the full brief.
pub(crate) fn offer_buttons(words: &Localizer, deal: &Deal, language: Language) -> Vec<Vec<Button>> {
    let shown = deal.terms.fingerprint().0.chars().take(SHOWN_HASH_LEN).collect();
    let button = |label, action: Action| Button { label: words.label(label, language), data: action.encode() };
    vec![
        vec![
            button(Label::ButtonAccept, Action::Accept(deal.id, shown)),
            button(Label::ButtonDecline, Action::Decline(deal.id)),
        ],
        vec![
            button(Label::ButtonProposeFee, Action::ProposeFee(deal.id)),
            button(Label::ButtonReadBrief, Action::Brief(deal.id)),
        ],
    ]
}
