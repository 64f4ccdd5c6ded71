//! The flows that change something: linking, the offer buttons, the counter-offer
//! dialogue, drafts and post links. Each ends in an `App` operation.

use linkstar_app::StoreError;
use linkstar_core::checks::{self, parse_post_link};
use linkstar_core::content::DraftUpload;
use linkstar_core::deal::Deal;
use linkstar_core::ids::DealId;
use linkstar_core::money::Money;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Line};

use crate::engine::Turn;
use crate::input::{Action, Button, Outcome, Reply, SHOWN_HASH_LEN, Upload};
use crate::state::Dialog;

impl Turn<'_> {
    /// `/start TOKEN`: links the chat to the invited creator.
    pub(crate) async fn link(&mut self, token: &str) -> Result<Outcome, StoreError> {
        let (creator, deal) = match self.a.app.link_chat(self.chat, token).await {
            Ok(linked) => linked,
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

    /// A button press.
    pub(crate) async fn button(&mut self, data: &str) -> Result<Outcome, StoreError> {
        let Some(action) = Action::decode(data) else { return Ok(self.say(Line::ButtonStale)) };
        let deal_id = match &action {
            Action::Accept(d, _) | Action::Decline(d) | Action::ProposeFee(d) | Action::Brief(d) | Action::Pick(d) => {
                Some(*d)
            }
            Action::Language(_) => None,
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
                let mut outcome = self.say(Line::AskFee { campaign: &campaign, example: deal.terms.fee });
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
            _ => Ok(self.say(Line::ButtonStale)),
        }
    }

    /// Accept: only the terms the creator was shown, identified by their fingerprint.
    async fn accept(&mut self, deal: &Deal, shown: &str) -> Result<Outcome, StoreError> {
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

    /// Text: a fee in the counter-offer dialogue, a post link, or something unexpected.
    pub(crate) async fn text(&mut self, text: &str) -> Result<Outcome, StoreError> {
        if let Dialog::AwaitingFee { deal } = self.dialog {
            return self.fee(deal, text).await;
        }
        let deals = self.deals().await?;
        if looks_like_link(text) {
            let platform = parse_post_link(text).ok().map(|p| p.platform);
            let approved: Vec<&Deal> = deals.iter().filter(|d| d.stage == Stage::Approved).collect();
            let target = approved
                .iter()
                .find(|d| platform.is_some_and(|p| d.terms.deliverables.iter().any(|x| x.platform == p)))
                .or(approved.last());
            if let Some(deal) = target {
                return match self.a.app.submit_post(self.chat, deal.id, text).await {
                    Ok(_) => {
                        let campaign = self.campaign_name(deal).await?;
                        Ok(self.say(Line::PostReceived { campaign: &campaign }))
                    }
                    Err(e) => self.refused(e),
                };
            }
        }
        match deals.iter().rev().find(|d| waits_for_draft(d)) {
            Some(deal) => {
                let campaign = self.campaign_name(deal).await?;
                Ok(self.say(Line::ExpectFile { campaign: &campaign }))
            }
            None => Ok(self.say(Line::NothingExpected)),
        }
    }

    /// The fee of a counter-offer: `600`, `600.50`, `600,50`, `600 EUR`.
    async fn fee(&mut self, id: DealId, text: &str) -> Result<Outcome, StoreError> {
        let Some(deal) = self.own_deal(id).await? else {
            self.dialog = Dialog::Idle;
            return self.refused(linkstar_app::AppError::NotYourDeal);
        };
        let example = deal.terms.fee;
        let Some(fee) = parse_fee(text, example) else { return Ok(self.say(Line::FeeInvalid { example })) };
        self.dialog = Dialog::Idle;
        match self.a.app.counter_offer(self.chat, id, fee).await {
            Ok(_) => Ok(self.say(Line::CounterSent { fee })),
            Err(e) => self.refused(e),
        }
    }

    /// A file: checked at once, then stored as a draft of the deal waiting for one,
    /// or held while the creator picks the deal.
    pub(crate) async fn file(&mut self, upload: Upload) -> Result<Outcome, StoreError> {
        if let Some(problem) = checks::check_file(&upload.facts, &self.a.limits).first() {
            return Ok(Outcome::say(Reply::text(self.a.words.file_check(problem, self.language))));
        }
        let draft = DraftUpload { kind: upload.kind, caption: upload.caption, file: Some(upload.facts) };
        let waiting: Vec<Deal> = self.deals().await?.into_iter().filter(waits_for_draft).collect();
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

fn looks_like_link(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    !t.contains(char::is_whitespace) && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
}

/// Reads a fee in the deal's currency; a named other currency is kept so the domain
/// rule can say the counter-offer must be in the deal's currency.
fn parse_fee(text: &str, like: Money) -> Option<Money> {
    let cleaned = text.trim().replace(['\u{a0}', '\''], " ");
    if let Ok(m) = Money::parse(&cleaned.replace(',', ".")) {
        return Some(m);
    }
    let amount: String = cleaned.chars().filter(|c| !c.is_whitespace()).collect();
    let amount = match (amount.rfind(','), amount.rfind('.')) {
        // `1.234,50` or `1,234.50`: the last separator is the decimal point.
        (Some(c), Some(d)) if c > d => amount.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => amount.replace(',', ""),
        (Some(c), None) if amount.len() - c - 1 == 3 && like.currency.minor_digits() != 3 => amount.replace(',', ""),
        (Some(_), None) => amount.replace(',', "."),
        _ => amount,
    };
    Money::from_decimal(&amount, like.currency).ok().filter(|m| m.minor > 0)
}

fn illegal(deal: &Deal, event: linkstar_core::stage::StageEvent) -> linkstar_app::AppError {
    linkstar_core::DomainError::IllegalTransition { from: deal.stage, event }.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_core::money::Currency;

    #[test]
    fn fees_are_read_the_way_people_type_them() {
        let eur = Money::new(50_000, Currency::parse("EUR").expect("EUR"));
        let minor = |t: &str| parse_fee(t, eur).map(|m| m.minor);
        assert_eq!(minor("600"), Some(60_000));
        assert_eq!(minor("600.50"), Some(60_050));
        assert_eq!(minor("600,50"), Some(60_050));
        assert_eq!(minor("1.234,50"), Some(123_450));
        assert_eq!(minor("1,234.50"), Some(123_450));
        assert_eq!(minor("1,200"), Some(120_000));
        assert_eq!(minor("600 EUR"), Some(60_000));
        assert_eq!(parse_fee("600 USD", eur).map(|m| m.currency.code()), Some("USD"));
        for bad in ["", "lots", "-5", "0", "6 0 0 x"] {
            assert_eq!(minor(bad), None, "{bad}");
        }
    }
}
