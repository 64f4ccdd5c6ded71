//! The engine: one update in, the replies out. Loads the chat's conversation and
//! creator, picks the reader's language, dispatches to a flow and saves the dialogue.

use std::sync::Arc;

use linkstar_app::chat_port::ChatStore;
use linkstar_app::{App, AppError, StoreError};
use linkstar_core::checks::FileLimits;
use linkstar_core::creator::Creator;
use linkstar_core::deal::Deal;
use linkstar_core::place::ChatAccount;
use linkstar_i18n::{Language, Line, Localizer, negotiate};

use crate::input::{Inbound, Input, Outcome, Reply};
use crate::state::Dialog;

/// The creator assistant. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Assistant {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) app: App,
    pub(crate) chats: Arc<dyn ChatStore>,
    pub(crate) words: Arc<Localizer>,
    pub(crate) limits: FileLimits,
}

/// One update being handled: who, in which language, and the dialogue so far.
pub(crate) struct Turn<'a> {
    pub(crate) a: &'a Inner,
    pub(crate) chat: &'a ChatAccount,
    pub(crate) creator: Option<Creator>,
    pub(crate) language: Language,
    pub(crate) dialog: Dialog,
}

impl Assistant {
    /// An assistant acting through `app`, remembering conversations in `chats`, speaking
    /// through `words`, and accepting draft files within `limits`.
    pub fn new(app: App, chats: Arc<dyn ChatStore>, words: Arc<Localizer>, limits: FileLimits) -> Assistant {
        Assistant { inner: Arc::new(Inner { app, chats, words, limits }) }
    }

    /// The draft file limits, so a frontend can skip fetching a file that breaks them.
    pub fn file_limits(&self) -> &FileLimits {
        &self.inner.limits
    }

    /// The words it speaks through, so a frontend's own refusals (a group chat, someone
    /// else's button) are in the same language files.
    pub fn words(&self) -> &Localizer {
        &self.inner.words
    }

    /// The operations the assistant acts through.
    pub fn app(&self) -> &App {
        &self.inner.app
    }

    /// Whether a file from `chat` would be taken as a draft now: the chat is linked and
    /// one of its creator's deals waits for a draft. Frontends download a file only when
    /// this holds, so nothing nobody asked for is fetched or kept; the assistant then
    /// answers the upload as it answers any file (`Input::File` without a hash).
    pub async fn awaits_file(&self, chat: &ChatAccount) -> Result<bool, StoreError> {
        let chats = &self.inner.chats;
        let Some((creator, _)) = chats.chat_creator(chat).await? else { return Ok(false) };
        Ok(chats.creator_deals(creator.id).await?.iter().any(crate::flows::waits_for_draft))
    }

    /// Whether text from `chat` would be taken as the answer a step waits for now: a fee
    /// after Propose a fee, or a post link while a deal is approved. Reads only; a
    /// frontend uses it to decide whether an edited message is such an answer.
    pub async fn awaits_text(&self, chat: &ChatAccount) -> Result<bool, StoreError> {
        let chats = &self.inner.chats;
        let Some((creator, _)) = chats.chat_creator(chat).await? else { return Ok(false) };
        let state = chats.conversation(chat).await?.map(|c| c.state).unwrap_or_default();
        if matches!(Dialog::parse(&state), Dialog::AwaitingFee { .. }) {
            return Ok(true);
        }
        Ok(chats.creator_deals(creator.id).await?.iter().any(|d| d.stage == linkstar_core::stage::Stage::Approved))
    }

    /// The language `chat` is answered in, resolved as [`Assistant::handle`] resolves
    /// it (`code` is the platform's language code of this update, if any), without
    /// claiming or saving anything: a frontend can word its own forms at once.
    pub async fn chat_language(&self, chat: &ChatAccount, code: Option<&str>) -> Result<Language, StoreError> {
        let chats = &self.inner.chats;
        let stored = chats.conversation(chat).await?.and_then(|c| c.language_code);
        let creator = chats.chat_creator(chat).await?.map(|(c, _)| c);
        self.language(creator.as_ref(), code.or(stored.as_deref())).await
    }

    /// When `data` is a "Propose a fee" button of one of `chat`'s own deals: the
    /// question the assistant would ask, in the chat's language (see
    /// [`Assistant::chat_language`]). Reads only, so a platform with forms (Discord's
    /// modals) can open its form before any write could keep it waiting; the form's
    /// answer then goes through [`Assistant::handle`] as the press followed by the
    /// amount, which checks the stage and makes the counter-offer. `None` for any other
    /// button and for someone else's deal (the press is then handled as usual).
    pub async fn fee_question(
        &self,
        chat: &ChatAccount,
        code: Option<&str>,
        data: &str,
    ) -> Result<Option<(Language, String)>, StoreError> {
        let Some(crate::input::Action::ProposeFee(id)) = crate::input::Action::decode(data) else { return Ok(None) };
        let chats = &self.inner.chats;
        let Some((creator, _)) = chats.chat_creator(chat).await? else { return Ok(None) };
        let Some(deal) = chats.find_deal(id).await?.filter(|d| d.creator_id == creator.id) else { return Ok(None) };
        let language = self.chat_language(chat, code).await?;
        let campaign = chats.find_campaign_by_id(deal.campaign_id).await?.map(|c| c.spec.name).unwrap_or_default();
        let question = self.inner.words.say(Line::AskFee { campaign: &campaign, example: deal.terms.fee }, language);
        Ok(Some((language, question)))
    }

    /// Handles one update. A redelivered update id is skipped. Refusals (bad input, a
    /// stage that does not allow the action, someone else's deal) are replies in the
    /// creator's language; only a storage failure is an error.
    pub async fn handle(&self, inbound: Inbound) -> Result<Outcome, StoreError> {
        let a = &*self.inner;
        let now = a.app.clock().now();
        if let Some(id) = &inbound.update_id
            && !a.chats.claim_update(inbound.chat.platform, id, now).await?
        {
            tracing::debug!(update = %id, "update seen before; skipped");
            return Ok(Outcome { duplicate: true, ..Outcome::default() });
        }
        let mut stored = a.chats.conversation(&inbound.chat).await?;
        let mut conversation = stored.clone().unwrap_or_default();
        if inbound.language_code.is_some() && conversation.language_code != inbound.language_code {
            conversation.language_code.clone_from(&inbound.language_code);
            // Saved before the flow runs: the delivery worker renders notices the flow
            // queues (the invite right after linking) in this language, possibly before
            // this update is done.
            a.chats.save_conversation(&inbound.chat, &conversation, now).await?;
            stored = Some(conversation.clone());
        }
        let linked = a.chats.chat_creator(&inbound.chat).await?;
        if let Some((_, true)) = &linked {
            // They wrote again, so they unblocked the bot: deliver what waited.
            if let Err(e) = a.app.set_chat_reachable(&inbound.chat, true).await {
                tracing::warn!(error = %e, "could not mark the chat reachable");
            }
        }
        let creator = linked.map(|(c, _)| c);
        let language = self.language(creator.as_ref(), conversation.language_code.as_deref()).await?;
        let mut turn = Turn { a, chat: &inbound.chat, creator, language, dialog: Dialog::parse(&conversation.state) };
        let mut outcome = match turn.creator.is_some() {
            false => turn.unlinked(inbound.input).await?,
            true => turn.linked(inbound.input).await?,
        };
        // The turn's language, or the one a /language choice just switched to.
        outcome.language = turn.language;
        conversation.state = turn.dialog.to_json();
        if stored.as_ref() != Some(&conversation) {
            a.chats.save_conversation(&inbound.chat, &conversation, now).await?;
        }
        Ok(outcome)
    }

    /// The creator's language: their saved choice, else the platform's code, else the
    /// default of the campaign of their newest deal, else en-US.
    async fn language(&self, creator: Option<&Creator>, code: Option<&str>) -> Result<Language, StoreError> {
        let saved = creator.and_then(|c| c.profile.preferred_locale.as_ref()).map(|l| l.as_str().to_string());
        if saved.is_some() || code.is_some() {
            return Ok(negotiate(saved.as_deref(), code, None));
        }
        let Some(creator) = creator else { return Ok(Language::default()) };
        let default = match self.inner.chats.creator_deals(creator.id).await?.first() {
            Some(deal) => self
                .inner
                .chats
                .find_campaign_by_id(deal.campaign_id)
                .await?
                .and_then(|c| c.spec.default_locale().map(|l| l.as_str().to_string())),
            None => None,
        };
        Ok(negotiate(None, None, default.as_deref()))
    }
}

impl Turn<'_> {
    /// A chat not linked to a creator can only link.
    async fn unlinked(&mut self, input: Input) -> Result<Outcome, StoreError> {
        match input {
            Input::Command { name, argument } if name == "start" && !argument.is_empty() => self.link(&argument).await,
            Input::Command { name, .. } if name == "start" => Ok(self.say(Line::Welcome)),
            Input::Command { name, .. } if name == "help" => {
                Ok(self.say(Line::Help { topic: linkstar_i18n::HelpTopic::NotLinked, campaign: "" }))
            }
            _ => Ok(self.say(Line::NotLinked)),
        }
    }

    /// A linked creator's update.
    async fn linked(&mut self, input: Input) -> Result<Outcome, StoreError> {
        match input {
            Input::Command { name, argument } => match name.as_str() {
                "start" if !argument.is_empty() => self.link(&argument).await,
                "start" | "help" => self.help().await,
                "status" => self.status().await,
                "language" => Ok(self.language_menu()),
                "cancel" => self.cancel().await,
                _ => Ok(self.say(Line::UnknownCommand)),
            },
            Input::Button(data) => self.button(&data).await,
            Input::Text(text) => self.text(&text).await,
            Input::File(upload) => self.file(upload).await,
            Input::Unreadable => Ok(Outcome::say(Reply::text(self.a.words.error("storage", self.language)))),
        }
    }

    /// One line in the reader's language.
    pub(crate) fn line(&self, line: Line<'_>) -> String {
        self.a.words.say_on(line, self.language, self.chat.platform)
    }

    /// An outcome of one line.
    pub(crate) fn say(&self, line: Line<'_>) -> Outcome {
        Outcome::say(Reply::text(self.line(line)))
    }

    /// A refused operation, explained; storage failures stay errors. A deal that is
    /// not theirs gets the same answer as one that does not exist.
    pub(crate) fn refused(&self, e: AppError) -> Result<Outcome, StoreError> {
        if let AppError::Store(StoreError::Backend(_)) = &e {
            tracing::error!(error = %e, "operation failed");
        }
        if matches!(e.code(), "not-your-deal" | "not-found") {
            return Ok(self.say(Line::DealUnavailable));
        }
        Ok(Outcome::say(Reply::text(self.a.words.error(e.code(), self.language))))
    }

    /// The linked creator.
    pub(crate) fn creator(&self) -> Option<&Creator> {
        self.creator.as_ref()
    }

    /// A deal of the linked creator; someone else's deal and a missing one look the same.
    pub(crate) async fn own_deal(&self, id: linkstar_core::ids::DealId) -> Result<Option<Deal>, StoreError> {
        let Some(me) = self.creator() else { return Ok(None) };
        Ok(self.a.chats.find_deal(id).await?.filter(|d| d.creator_id == me.id))
    }

    /// The linked creator's deals, newest first.
    pub(crate) async fn deals(&self) -> Result<Vec<Deal>, StoreError> {
        match self.creator() {
            Some(me) => self.a.chats.creator_deals(me.id).await,
            None => Ok(Vec::new()),
        }
    }

    /// A campaign's name ("" when it vanished).
    pub(crate) async fn campaign_name(&self, deal: &Deal) -> Result<String, StoreError> {
        Ok(self.a.chats.find_campaign_by_id(deal.campaign_id).await?.map(|c| c.spec.name).unwrap_or_default())
    }
}
