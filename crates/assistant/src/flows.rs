//! The flows that change something: linking, the offer buttons, the counter-offer
//! dialogue, drafts and post links. Each ends in an `App` operation.

use linkstar_app::StoreError;
use linkstar_core::checks::{self, FeeProblem, read_fee};
use linkstar_core::content::DraftUpload;
use linkstar_core::deal::Deal;
use linkstar_core::ids::DealId;
use linkstar_core::stage::Stage;
use linkstar_i18n::{HelpTopic, Label, Language, Line};

use crate::engine::Turn;
use crate::input::{Action, Button, Outcome, Reply, SHOWN_HASH_LEN, Upload};
use crate::state::Dialog;
use crate::views::offer_buttons;

impl Turn<'_> {
    /// `/start TOKEN`: links the chat to the invited creator.
    pub(crate) async fn link(&mut self, token: &str) -> Result<Outcome, StoreError> {
        let (creator, deal) = match self.a.app.link_chat(self.chat, token).await {
            Ok(linked) => linked,
            Err(linkstar_app::AppError::TokenUsed) => return self.relinked(token).await,
            Err(e) => return self.refused(e),
        };
        let person = self.a.chats.find_creator_by_id(creator).await?;
        let campaign = match self.a.chats.find_deal(deal).await? {
            Some(d) => self.campaign_name(&d).await?,
            None => String::new(),
        };
        if let Some(p) = &person
            && let Some(saved) = &p.profile.preferred_locale
        {
            self.language = Language::of(saved);
        }
        let name = person.as_ref().map(|p| p.profile.name.clone()).unwrap_or_default();
        self.creator = person;
        self.dialog = Dialog::Idle;
        Ok(self.say(Line::Linked { name: &name, campaign: &campaign }))
    }

    /// An invite used before. When it was this creator's own and this chat is theirs,
    /// they are told they are connected and what comes next; otherwise the refusal
    /// stands ("if it wasn't you, contact the brand").
    async fn relinked(&mut self, token: &str) -> Result<Outcome, StoreError> {
        let refused = |t: &Self| t.refused(linkstar_app::AppError::TokenUsed);
        let (Some(me), Ok(token)) = (self.creator(), linkstar_core::invite::InviteToken::parse(token)) else {
            return refused(self);
        };
        let me = me.id;
        let invite = {
            let mut tx = self.a.app.store().begin().await?;
            tx.invite(&token.hash()).await?
        };
        let Some(invite) = invite.filter(|i| i.creator_id == me) else { return refused(self) };
        let Some(deal) = self.own_deal(invite.deal_id).await? else { return refused(self) };
        let campaign = self.campaign_name(&deal).await?;
        let mut text = self.line(Line::AlreadyLinked { campaign: &campaign });
        let next = self.line(Line::Help { topic: HelpTopic::of(deal.stage), campaign: &campaign });
        text.push_str("\n\n");
        text.push_str(&next);
        let mut reply = Reply::text(text);
        if matches!(deal.stage, Stage::Offered) {
            reply.buttons = offer_buttons(&self.a.words, &deal, self.language);
        }
        Ok(Outcome::say(reply))
    }

    /// A button press.
    pub(crate) async fn button(&mut self, data: &str) -> Result<Outcome, StoreError> {
        let Some(action) = Action::decode(data) else { return Ok(self.say(Line::ButtonStale)) };
        let deal_id = match &action {
            Action::Accept(d, _)
            | Action::Decline(d)
            | Action::ProposeFee(d)
            | Action::Brief(d)
            | Action::Pick(d)
            | Action::PostLive(d) => Some(*d),
            Action::Language(_) | Action::Cancel => None,
        };
        let deal = match deal_id {
            Some(id) => match self.own_deal(id).await? {
                Some(deal) => Some(deal),
                None => return self.refused(linkstar_app::AppError::NotYourDeal),
            },
            None => None,
        };
        match (action, deal) {
            (Action::Accept(_, shown), Some(deal)) => self.accept(&deal, &shown).await,
            (Action::Decline(_), Some(deal)) => match self.a.app.decline_offer(self.chat, deal.id).await {
                Ok(_) => {
                    let campaign = self.campaign_name(&deal).await?;
                    Ok(Outcome { close_buttons: true, ..self.say(Line::Declined { campaign: &campaign }) })
                }
                Err(e) => self.refused(e),
            },
            (Action::ProposeFee(_), Some(deal)) => {
                if !matches!(deal.stage, Stage::Offered | Stage::Negotiating) {
                    return self.refused(illegal(&deal, linkstar_core::stage::StageEvent::Counter));
                }
                self.dialog = Dialog::AwaitingFee { deal: deal.id };
                let campaign = self.campaign_name(&deal).await?;
                let text = self.line(Line::AskFee { campaign: &campaign, example: deal.terms.fee });
                let mut outcome = Outcome::say(self.with_cancel(text));
                outcome.awaiting_fee = true;
                Ok(outcome)
            }
            (Action::Brief(_), Some(deal)) => self.brief(&deal).await,
            (Action::Pick(_), Some(deal)) => match std::mem::take(&mut self.dialog) {
                Dialog::ChoosingDeal { upload } => self.submit_draft(&deal, upload).await,
                other => {
                    self.dialog = other;
                    Ok(self.say(Line::ButtonStale))
                }
            },
            (Action::Language(tag), _) => self.choose_language(&tag).await,
            (Action::Cancel, _) => self.cancel().await,
            (Action::PostLive(_), Some(deal)) => match std::mem::take(&mut self.dialog) {
                Dialog::ConfirmingPost { deal: waiting, url } if waiting == deal.id => {
                    let mut outcome = self.submit_post(&deal, &url).await?;
                    outcome.close_buttons = true;
                    Ok(outcome)
                }
                other => {
                    self.dialog = other;
                    Ok(self.say(Line::ButtonStale))
                }
            },
            _ => Ok(self.say(Line::ButtonStale)),
        }
    }

    /// Accept: only the terms the creator was shown, identified by their fingerprint.
    async fn accept(&mut self, deal: &Deal, shown: &str) -> Result<Outcome, StoreError> {
        if let (Some(accepted), Some(me)) = (&deal.accepted, self.creator())
            && !matches!(deal.stage, Stage::Offered | Stage::Negotiating)
        {
            let campaign = self.campaign_name(deal).await?;
            let zone = &me.profile.time_zone;
            let mut text = self.line(Line::AlreadyAccepted { campaign: &campaign, on: accepted.at, zone });
            if !deal.stage.is_final() {
                text.push_str("\n\n");
                text.push_str(&self.line(Line::Help { topic: HelpTopic::of(deal.stage), campaign: &campaign }));
            }
            return Ok(Outcome { close_buttons: true, ..Outcome::say(Reply::text(text)) });
        }
        let current = deal.terms.fingerprint();
        if current.0.get(..SHOWN_HASH_LEN) != Some(shown) {
            return self.refused(linkstar_core::DomainError::TermsChanged.into());
        }
        match self.a.app.accept_offer(self.chat, deal.id, current).await {
            Ok(_) => {
                let campaign = self.campaign_name(deal).await?;
                Ok(Outcome { close_buttons: true, ..self.say(Line::Accepted { campaign: &campaign }) })
            }
            Err(e) => self.refused(e),
        }
    }

    /// `/language` choice.
    async fn choose_language(&mut self, tag: &str) -> Result<Outcome, StoreError> {
        let Some(language) = Language::matching(tag) else { return Ok(self.say(Line::ButtonStale)) };
        match self.a.app.choose_language(self.chat, Some(language.locale())).await {
            Ok(()) => {
                self.language = language;
                let text = self.a.words.language_changed(language);
                Ok(Outcome { close_buttons: true, ..Outcome::say(Reply::text(text)) })
            }
            Err(e) => self.refused(e),
        }
    }

    /// Text: a fee in the counter-offer dialogue, a post link, or an answer to what the
    /// assistant waits for (the offer buttons again, the draft, the post link).
    pub(crate) async fn text(&mut self, text: &str) -> Result<Outcome, StoreError> {
        if let Dialog::AwaitingFee { deal } = self.dialog {
            return self.fee(deal, text).await;
        }
        let deals = self.deals().await?;
        let approved: Vec<&Deal> = deals.iter().filter(|d| d.stage == Stage::Approved).collect();
        if !approved.is_empty() && crate::posts::looks_like_link(text) {
            return self.post_link(&approved, text).await;
        }
        // Only an offer that can still be answered (the scheduler may not have expired
        // one whose respond-by has passed yet).
        let now = self.a.app.clock().now();
        if let Some(deal) = deals.iter().rev().find(|d| d.stage == Stage::Offered && d.terms.respond_by > now) {
            let campaign = self.campaign_name(deal).await?;
            let text = self.line(Line::ExpectAnswer { campaign: &campaign });
            return Ok(Outcome::say(Reply { text, buttons: offer_buttons(&self.a.words, deal, self.language) }));
        }
        if let Some(deal) = deals.iter().rev().find(|d| waits_for_draft(d)) {
            let campaign = self.campaign_name(deal).await?;
            return Ok(self.say(Line::ExpectFile { campaign: &campaign }));
        }
        if let Some(deal) = approved.last() {
            let campaign = self.campaign_name(deal).await?;
            return Ok(self.say(Line::PostLinkExpected { campaign: &campaign }));
        }
        Ok(self.say(Line::NothingExpected))
    }

    /// The fee of a counter-offer: `600`, `600,50`, `Rp 5.000.000`, `600 EUR`. Until a
    /// fee is sent or the creator cancels, the dialogue stays in fee entry.
    async fn fee(&mut self, id: DealId, text: &str) -> Result<Outcome, StoreError> {
        let Some(deal) = self.own_deal(id).await? else {
            self.dialog = Dialog::Idle;
            return Ok(self.say(Line::DealUnavailable));
        };
        let example = deal.terms.fee;
        let fee = match read_fee(text, example.currency) {
            Ok(fee) => fee,
            Err(FeeProblem::Unreadable) => {
                return Ok(Outcome::say(self.with_cancel(self.line(Line::FeeInvalid { example }))));
            }
            Err(FeeProblem::WrongCurrency { found, .. }) => {
                let line = self.line(Line::FeeWrongCurrency { found: &found, example });
                return Ok(Outcome::say(self.with_cancel(line)));
            }
        };
        match self.a.app.counter_offer(self.chat, id, fee).await {
            Ok(_) => {
                self.dialog = Dialog::Idle;
                Ok(self.say(Line::CounterSent { fee }))
            }
            // A value the rules refuse: still in fee entry, so a better one can follow.
            Err(e) if e.code() == "invalid-value" => {
                let mut outcome = self.refused(e)?;
                if let Some(reply) = outcome.replies.first_mut() {
                    *reply = self.with_cancel(std::mem::take(&mut reply.text));
                }
                Ok(outcome)
            }
            Err(e) => {
                self.dialog = Dialog::Idle;
                self.refused(e)
            }
        }
    }

    /// `/cancel` or the Cancel button: leaves the fee entry or the early post link.
    pub(crate) async fn cancel(&mut self) -> Result<Outcome, StoreError> {
        match std::mem::take(&mut self.dialog) {
            Dialog::AwaitingFee { deal } => {
                let Some(deal) = self.own_deal(deal).await? else { return Ok(self.say(Line::NothingToCancel)) };
                let campaign = self.campaign_name(&deal).await?;
                let mut reply = Reply::text(self.line(Line::FeeCancelled { campaign: &campaign }));
                if matches!(deal.stage, Stage::Offered | Stage::Negotiating) {
                    reply.buttons = offer_buttons(&self.a.words, &deal, self.language);
                }
                Ok(Outcome { close_buttons: true, ..Outcome::say(reply) })
            }
            Dialog::ConfirmingPost { deal, .. } => {
                let (Some(deal), Some(me)) = (self.own_deal(deal).await?, self.creator()) else {
                    return Ok(self.say(Line::NothingToCancel));
                };
                let zone = &me.profile.time_zone;
                let opens = deal.terms.publish_window.opens;
                Ok(Outcome { close_buttons: true, ..self.say(Line::PostEarlyCancelled { opens, zone }) })
            }
            other => {
                self.dialog = other;
                Ok(self.say(Line::NothingToCancel))
            }
        }
    }

    /// A reply with a Cancel button under it.
    pub(crate) fn with_cancel(&self, text: String) -> Reply {
        let label = self.a.words.label(Label::ButtonCancel, self.language);
        Reply { text, buttons: vec![vec![Button { label, data: Action::Cancel.encode() }]] }
    }

    /// A file: checked at once, then stored as a draft of the deal waiting for one,
    /// or held while the creator picks the deal.
    pub(crate) async fn file(&mut self, upload: Upload) -> Result<Outcome, StoreError> {
        if let Some(problem) = checks::check_file(&upload.facts, &self.a.limits).first() {
            return Ok(Outcome::say(Reply::text(self.a.words.file_check(problem, self.language))));
        }
        let fetched = !upload.facts.sha256.is_empty();
        let draft = DraftUpload { kind: upload.kind, caption: upload.caption, file: Some(upload.facts) };
        let waiting: Vec<Deal> = self.deals().await?.into_iter().filter(waits_for_draft).collect();
        if let (false, Some(deal)) = (fetched, waiting.last()) {
            // The frontend did not fetch the file because nothing waited for one when it
            // arrived; a deal does now, so the creator sends it again rather than a draft
            // without content being stored.
            let campaign = self.campaign_name(deal).await?;
            return Ok(self.say(Line::ExpectFile { campaign: &campaign }));
        }
        match waiting.as_slice() {
            [] => Ok(self.say(Line::NothingExpected)),
            [deal] => self.submit_draft(deal, draft).await,
            several => {
                let mut buttons = Vec::new();
                for deal in several.iter().rev() {
                    let label = self.campaign_name(deal).await?;
                    buttons.push(vec![Button { label, data: Action::Pick(deal.id).encode() }]);
                }
                self.dialog = Dialog::ChoosingDeal { upload: draft };
                Ok(Outcome::say(Reply { text: self.line(Line::WhichDeal), buttons }))
            }
        }
    }

    /// Stores a draft and answers with the automatic check results.
    async fn submit_draft(&mut self, deal: &Deal, draft: DraftUpload) -> Result<Outcome, StoreError> {
        let caption = draft.caption.clone();
        let receipt = match self.a.app.submit_draft(self.chat, deal.id, draft, &self.a.limits).await {
            Ok(r) => r,
            Err(e) => return self.refused(e),
        };
        let campaign = self.a.chats.find_campaign_by_id(deal.campaign_id).await?;
        let name = campaign.as_ref().map(|c| c.spec.name.clone()).unwrap_or_default();
        let mut text = self.line(Line::DraftReceived { campaign: &name, version: receipt.version });
        let problems = match (&campaign, self.creator()) {
            (Some(c), Some(me)) => checks::check_caption(&caption, &c.spec.compliance, me.profile.country),
            _ => Vec::new(),
        };
        text.push_str("\n\n");
        if problems.is_empty() {
            text.push_str(&self.line(Line::ChecksPassed));
        } else {
            text.push_str(&self.line(Line::ChecksFound));
            for p in &problems {
                text.push_str("\n• ");
                text.push_str(&self.a.words.caption_check(p, self.language));
            }
        }
        Ok(Outcome::say(Reply::text(text)))
    }
}

/// Whether a deal waits for a (new) draft.
pub(crate) fn waits_for_draft(deal: &Deal) -> bool {
    matches!(deal.stage, Stage::Contracted | Stage::ChangesRequested)
}

fn illegal(deal: &Deal, event: linkstar_core::stage::StageEvent) -> linkstar_app::AppError {
    linkstar_core::DomainError::IllegalTransition { from: deal.stage, event }.into()
}
