//! Slash commands, buttons and the fee modal.
//!
//! Every interaction is acknowledged before any database work (Discord's 3-second
//! window; a long import can hold SQLite's write lock for longer): commands and modal
//! submits are deferred, buttons get a deferred update. Propose a fee is the exception:
//! a modal cannot follow a deferral, so it opens at once from reads alone. Anywhere but
//! the bot's DM every answer is ephemeral, and a button is pressed only by the person
//! its message answered.

use serenity::all::{
    ApplicationId, CommandInteraction, ComponentInteraction, CreateActionRow, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateModal,
    EditInteractionResponse, InputTextStyle, ModalInteraction,
};

use linkstar_assistant::{Input, Outcome};
use linkstar_i18n::{DiscordLine, Label, Language, negotiate};

use crate::handler::{Handler, Result, retrying};
use crate::mapping::{CommandInput, account, command_input, messages, modal_input};
use crate::place::{Place, owner};
use crate::rest::Rest;

/// A deferral: "thinking…", ephemeral where others read along.
fn defer(place: Place) -> CreateInteractionResponse {
    let message = CreateInteractionResponseMessage::new();
    CreateInteractionResponse::Defer(if place.is_shared() { message.ephemeral(true) } else { message })
}

impl Handler {
    /// A slash command: deferred at once, then answered by editing the deferred
    /// response, further replies as follow-ups.
    pub(crate) async fn on_command(&self, rest: &Rest, c: &CommandInteraction) -> Result {
        let place = Place::of(c.guild_id, c.context);
        let deferral = defer(place);
        retrying(|| rest.respond(c.id, &c.token, &deferral)).await?;
        let input = match command_input(&c.data) {
            CommandInput::Ready(input) => input,
            CommandInput::Draft { attachment, caption } => {
                self.file_input(&account(c.user.id), &attachment, caption).await
            }
        };
        let outcome = self.handle(c.user.id, c.id.to_string(), Some(&c.locale), input).await;
        answer_deferred(rest, c.application_id, &c.token, &outcome, place).await
    }

    /// A button. Someone else's is refused before anything is read or written; Propose
    /// a fee opens the modal at once; any other press gets a deferred update first, then
    /// the assistant's work, then a settled card loses its buttons (an edit of the
    /// original message) and the replies follow.
    pub(crate) async fn on_button(&self, rest: &Rest, c: &ComponentInteraction) -> Result {
        let place = Place::of(c.guild_id, c.context);
        let chat = account(c.user.id);
        if owner(&c.message, place, c.user.id) != Some(c.user.id) {
            tracing::info!(chat = %c.user.id, message = %c.message.id, "a press on someone else's message refused");
            let language = match self.bridge.assistant.chat_language(&chat, Some(&c.locale)).await {
                Ok(language) => language,
                Err(_) => negotiate(None, Some(&c.locale), None),
            };
            let text = self.bridge.words.discord(DiscordLine::NotYourButton, language);
            let refusal = CreateInteractionResponseMessage::new().content(text).ephemeral(true);
            let refusal = CreateInteractionResponse::Message(refusal);
            retrying(|| rest.respond(c.id, &c.token, &refusal)).await?;
            return Ok(());
        }
        let data = &c.data.custom_id;
        match self.bridge.assistant.fee_question(&chat, Some(&c.locale), data).await {
            Ok(Some((language, question))) => {
                let modal = CreateInteractionResponse::Modal(self.fee_modal(data, language, &question));
                retrying(|| rest.respond(c.id, &c.token, &modal)).await?;
                return Ok(());
            }
            Ok(None) => {}
            // The press is then handled as any other, and the assistant says what failed.
            Err(e) => tracing::warn!(chat = %c.user.id, error = %e, "reading the fee question failed"),
        }
        retrying(|| rest.respond(c.id, &c.token, &CreateInteractionResponse::Acknowledge)).await?;
        let outcome = self.handle(c.user.id, c.id.to_string(), Some(&c.locale), Input::Button(data.clone())).await;
        if outcome.close_buttons {
            let edit = EditInteractionResponse::new().components(Vec::new());
            retrying(|| rest.edit_original(c.application_id, &c.token, &edit)).await?;
        }
        for (text, rows) in outcome.replies.iter().flat_map(messages) {
            let followup = followup(text, rows, place);
            retrying(|| rest.followup(c.application_id, &c.token, &followup)).await?;
        }
        Ok(())
    }

    /// The fee modal: its title and field in the creator's language, the question as
    /// the placeholder; its id is the button's, so the submit knows the deal.
    fn fee_modal(&self, data: &str, language: Language, question: &str) -> CreateModal {
        let words = &self.bridge.words;
        // Discord's limits: a title and a label of 45 characters, a placeholder of 100.
        let title: String = words.label(Label::ButtonProposeFee, language).chars().take(45).collect();
        let field: String = words.label(Label::FieldFee, language).chars().take(45).collect();
        let placeholder: String = question.chars().take(100).collect();
        let input = CreateInputText::new(InputTextStyle::Short, field, "amount").placeholder(placeholder);
        CreateModal::new(data, title).components(vec![CreateActionRow::InputText(input)])
    }

    /// The fee modal's submit: deferred, then the press (the assistant checks the deal
    /// and its stage) and the typed amount (the counter-offer). A refused amount leaves
    /// the dialogue waiting for a fee, so the creator can try again.
    pub(crate) async fn on_modal(&self, rest: &Rest, m: &ModalInteraction) -> Result {
        let place = Place::of_channel(m.guild_id, m.channel.as_ref());
        let deferral = defer(place);
        retrying(|| rest.respond(m.id, &m.token, &deferral)).await?;
        let press = Input::Button(m.data.custom_id.clone());
        let pressed = self.handle(m.user.id, m.id.to_string(), Some(&m.locale), press).await;
        let outcome = if pressed.awaiting_fee {
            let update = format!("{}:amount", m.id);
            self.handle(m.user.id, update, Some(&m.locale), modal_input(&m.data)).await
        } else {
            pressed
        };
        answer_deferred(rest, m.application_id, &m.token, &outcome, place).await
    }
}

/// A follow-up message, ephemeral where others read along.
fn followup(text: String, rows: Vec<CreateActionRow>, place: Place) -> CreateInteractionResponseFollowup {
    let message = CreateInteractionResponseFollowup::new().content(text).components(rows);
    if place.is_shared() { message.ephemeral(true) } else { message }
}

/// Answers a deferred interaction: the first reply replaces the "thinking…" response
/// (ephemeral when the deferral was), the others follow up; no reply removes it.
async fn answer_deferred(
    rest: &Rest,
    application: ApplicationId,
    token: &str,
    outcome: &Outcome,
    place: Place,
) -> Result {
    let mut pieces = outcome.replies.iter().flat_map(messages);
    match pieces.next() {
        Some((text, rows)) => {
            let edit = EditInteractionResponse::new().content(text).components(rows);
            retrying(|| rest.edit_original(application, token, &edit)).await?;
        }
        None => retrying(|| rest.delete_original(application, token)).await?,
    }
    for (text, rows) in pieces {
        let followup = followup(text, rows, place);
        retrying(|| rest.followup(application, token, &followup)).await?;
    }
    Ok(())
}
