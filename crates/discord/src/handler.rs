//! The event handler: interactions and DMs in, assistant replies out.

use std::sync::Arc;

use serenity::all::{
    ApplicationId, Command, CommandInteraction, ComponentInteraction, Context, CreateActionRow, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateModal,
    EditInteractionResponse, EventHandler, InputTextStyle, Interaction, Message, ModalInteraction, Ready,
};

use linkstar_assistant::{Inbound, Input, Outcome, Upload};
use linkstar_core::checks::{FileFacts, check_file};
use linkstar_i18n::Label;

use crate::Bridge;
use crate::commands::definitions;
use crate::mapping::{CommandInput, account, command_input, dm_input, draft_kind, messages, modal_input};
use crate::rest::{Rest, RestError};

/// Handles gateway events with the assistant.
pub struct Handler {
    bridge: Arc<Bridge>,
    /// Sends the redirected REST calls (see [`Rest`]); one connection pool per bot.
    client: reqwest::Client,
}

impl Handler {
    /// A handler over `bridge`.
    pub fn new(bridge: Arc<Bridge>) -> Handler {
        Handler { bridge, client: reqwest::Client::new() }
    }
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(bot = %ready.user.name, "discord gateway ready");
        // A failure only costs the command list, so it is logged and the bot goes on.
        if let Err(e) = Command::set_global_commands(&ctx.http, definitions(&self.bridge.words)).await {
            tracing::warn!(error = %e, "registering the slash commands failed");
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let result = match interaction {
            Interaction::Command(c) => self.on_command(&ctx, &c).await,
            Interaction::Component(c) => self.on_button(&ctx, &c).await,
            Interaction::Modal(m) => self.on_modal(&ctx, &m).await,
            _ => Ok(()),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "handling a Discord interaction failed");
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot || msg.guild_id.is_some() {
            return;
        }
        if let Err(e) = self.on_dm(&ctx, &msg).await {
            tracing::warn!(error = %e, "handling a Discord DM failed");
        }
    }
}

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

impl Handler {
    fn rest(&self, ctx: &Context) -> Rest {
        Rest::new(ctx.http.clone(), self.client.clone())
    }

    /// A slash command: deferred at once (the 3-second window), then answered by
    /// editing the deferred response, further replies as follow-ups.
    async fn on_command(&self, ctx: &Context, c: &CommandInteraction) -> Result {
        let rest = self.rest(ctx);
        let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new());
        retrying(|| rest.respond(c.id, &c.token, &defer)).await?;
        let input = match command_input(&c.data) {
            CommandInput::Ready(input) => input,
            CommandInput::Draft { attachment, caption } => self.fetch(&attachment, caption).await,
        };
        let outcome = self.handle(c.user.id, c.id.get(), Some(&c.locale), input).await?;
        answer_deferred(&rest, c.application_id, &c.token, &outcome).await
    }

    /// A button: Propose a fee opens a modal; a settled card loses its buttons; the
    /// replies follow as new messages.
    async fn on_button(&self, ctx: &Context, c: &ComponentInteraction) -> Result {
        let rest = self.rest(ctx);
        let input = Input::Button(c.data.custom_id.clone());
        let outcome = self.handle(c.user.id, c.id.get(), Some(&c.locale), input).await?;
        if outcome.awaiting_fee {
            // The creator's language as the assistant resolved it (a /language choice
            // wins over the Discord client's locale).
            let words = &self.bridge.words;
            let title: String = words.label(Label::ButtonProposeFee, outcome.language).chars().take(45).collect();
            let field: String = words.label(Label::FieldFee, outcome.language).chars().take(45).collect();
            let placeholder: String =
                outcome.replies.first().map(|r| r.text.chars().take(100).collect()).unwrap_or_default();
            let input = CreateInputText::new(InputTextStyle::Short, field, "amount").placeholder(placeholder);
            let modal =
                CreateModal::new(c.data.custom_id.clone(), title).components(vec![CreateActionRow::InputText(input)]);
            let response = CreateInteractionResponse::Modal(modal);
            retrying(|| rest.respond(c.id, &c.token, &response)).await?;
            return Ok(());
        }
        let response = if outcome.close_buttons {
            CreateInteractionResponse::UpdateMessage(CreateInteractionResponseMessage::new().components(Vec::new()))
        } else {
            CreateInteractionResponse::Acknowledge
        };
        retrying(|| rest.respond(c.id, &c.token, &response)).await?;
        for (text, rows) in outcome.replies.iter().flat_map(messages) {
            let followup = CreateInteractionResponseFollowup::new().content(text).components(rows);
            retrying(|| rest.followup(c.application_id, &c.token, &followup)).await?;
        }
        Ok(())
    }

    /// The fee modal: the typed amount is the answer to the fee question.
    async fn on_modal(&self, ctx: &Context, m: &ModalInteraction) -> Result {
        let rest = self.rest(ctx);
        let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new());
        retrying(|| rest.respond(m.id, &m.token, &defer)).await?;
        let outcome = self.handle(m.user.id, m.id.get(), Some(&m.locale), modal_input(&m.data)).await?;
        answer_deferred(&rest, m.application_id, &m.token, &outcome).await
    }

    /// A DM: text (or `/command` typed as text) or an attached draft.
    async fn on_dm(&self, ctx: &Context, msg: &Message) -> Result {
        let input = match msg.attachments.first() {
            Some(attachment) => self.fetch(attachment, msg.content.clone()).await,
            None => dm_input(&msg.content),
        };
        let outcome = self.handle(msg.author.id, msg.id.get(), None, input).await?;
        let rest = self.rest(ctx);
        for reply in &outcome.replies {
            retrying(|| rest.dm(msg.author.id, reply)).await?;
        }
        Ok(())
    }

    async fn handle(
        &self,
        user: serenity::all::UserId,
        update: u64,
        locale: Option<&str>,
        input: Input,
    ) -> Result<Outcome> {
        let inbound = Inbound {
            chat: account(user),
            update_id: Some(update.to_string()),
            language_code: locale.filter(|l| !l.is_empty()).map(str::to_string),
            input,
        };
        Ok(self.bridge.assistant.handle(inbound).await?)
    }

    /// An attachment as a draft: fetched into the blob store only when within the
    /// limits (a file that breaks them is answered with the check result).
    async fn fetch(&self, attachment: &serenity::all::Attachment, caption: String) -> Input {
        let mut facts = FileFacts {
            name: attachment.filename.clone(),
            mime: attachment.content_type.clone().unwrap_or_default(),
            size_bytes: u64::from(attachment.size),
            sha256: String::new(),
        };
        let limits = self.bridge.assistant.file_limits();
        if check_file(&facts, limits).is_empty() {
            match self.download(attachment, limits.max_bytes).await {
                Ok((sha256, size)) => {
                    facts.sha256 = sha256;
                    facts.size_bytes = size;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "fetching a draft attachment failed");
                    return Input::Unreadable;
                }
            }
        }
        Input::File(Upload { kind: draft_kind(attachment.content_type.as_deref()), facts, caption })
    }

    async fn download(&self, attachment: &serenity::all::Attachment, max: u64) -> Result<(String, u64)> {
        let bytes = attachment.download().await?;
        let blobs = &self.bridge.blobs;
        let mut writer = blobs.writer(max).await?;
        if let Err(e) = writer.write(&bytes).await {
            writer.abandon().await;
            return Err(e.into());
        }
        Ok(writer.finish(blobs).await?)
    }
}

/// Answers a deferred interaction: the first reply replaces the "thinking…" response,
/// the others follow up; no reply removes it.
async fn answer_deferred(rest: &Rest, application: ApplicationId, token: &str, outcome: &Outcome) -> Result {
    let mut pieces = outcome.replies.iter().flat_map(messages);
    match pieces.next() {
        Some((text, rows)) => {
            let edit = EditInteractionResponse::new().content(text).components(rows);
            retrying(|| rest.edit_original(application, token, &edit)).await?;
        }
        None => retrying(|| rest.delete_original(application, token)).await?,
    }
    for (text, rows) in pieces {
        let followup = CreateInteractionResponseFollowup::new().content(text).components(rows);
        retrying(|| rest.followup(application, token, &followup)).await?;
    }
    Ok(())
}

/// Tries of a direct reply after the first.
const REPLY_ATTEMPTS: u32 = 3;
/// The longest `retry_after` a direct reply waits out (an interaction's token lives 15
/// minutes); a longer one gives the reply up.
const MAX_REPLY_WAIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs a REST call, trying again a few times after a `429` (after Discord's
/// `retry_after`), a server error or a network failure (after a short backoff), so a
/// short outage delays an answer rather than dropping it. (Outbox messages have the
/// worker's durable retries.)
async fn retrying<T, F, Fut>(mut call: F) -> std::result::Result<T, RestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = std::result::Result<T, RestError>>,
{
    let mut attempt = 0;
    loop {
        match call().await {
            Err(e) if attempt < REPLY_ATTEMPTS && e.is_transient() => {
                let wait = match e {
                    RestError::RateLimited(wait) if wait <= MAX_REPLY_WAIT => wait,
                    RestError::RateLimited(_) => return Err(e),
                    _ => std::time::Duration::from_millis(250) * 2u32.pow(attempt),
                };
                tracing::debug!(error = %e, ?wait, "a reply failed; trying again");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}
