//! The event handler: interactions and DMs in, assistant replies out.

use std::sync::Arc;

use serenity::all::{
    Command, CommandInteraction, ComponentInteraction, Context, CreateActionRow, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateModal,
    EditInteractionResponse, EventHandler, HttpError, InputTextStyle, Interaction, Message, ModalInteraction, Ready,
};

use linkstar_assistant::{Inbound, Input, Outcome, Upload};
use linkstar_core::checks::{FileFacts, check_file};
use linkstar_i18n::{Label, negotiate};

use crate::Bridge;
use crate::commands::definitions;
use crate::mapping::{CommandInput, account, command_input, dm_input, draft_kind, messages, modal_input};
use crate::sender::send_dm;

/// Answers a deferred interaction: the first reply replaces the "thinking…" response,
/// the others follow up. Slash commands and modal submits are different serenity types
/// with the same methods and no shared trait, hence a macro rather than a function.
macro_rules! answer_deferred {
    ($interaction:expr, $ctx:expr, $outcome:expr) => {{
        let mut pieces = $outcome.replies.iter().flat_map(messages);
        match pieces.next() {
            Some((text, rows)) => {
                retrying(|| {
                    $interaction.edit_response(
                        &$ctx.http,
                        EditInteractionResponse::new().content(text.clone()).components(rows.clone()),
                    )
                })
                .await?;
            }
            None => $interaction.delete_response(&$ctx.http).await?,
        }
        for (text, rows) in pieces {
            retrying(|| {
                $interaction.create_followup(
                    &$ctx.http,
                    CreateInteractionResponseFollowup::new().content(text.clone()).components(rows.clone()),
                )
            })
            .await?;
        }
    }};
}

/// Handles gateway events with the assistant.
pub struct Handler {
    bridge: Arc<Bridge>,
}

impl Handler {
    /// A handler over `bridge`.
    pub fn new(bridge: Arc<Bridge>) -> Handler {
        Handler { bridge }
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
    /// A slash command: deferred at once (the 3-second window), then answered by
    /// editing the deferred response, further replies as follow-ups.
    async fn on_command(&self, ctx: &Context, c: &CommandInteraction) -> Result {
        c.create_response(&ctx.http, CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new())).await?;
        let input = match command_input(&c.data) {
            CommandInput::Ready(input) => input,
            CommandInput::Draft { attachment, caption } => self.fetch(&attachment, caption).await,
        };
        let outcome = self.handle(c.user.id, c.id.get(), Some(&c.locale), input).await?;
        answer_deferred!(c, ctx, outcome);
        Ok(())
    }

    /// A button: Propose a fee opens a modal; a settled card loses its buttons; the
    /// replies follow as new messages.
    async fn on_button(&self, ctx: &Context, c: &ComponentInteraction) -> Result {
        let input = Input::Button(c.data.custom_id.clone());
        let outcome = self.handle(c.user.id, c.id.get(), Some(&c.locale), input).await?;
        if outcome.awaiting_fee {
            let language = negotiate(None, Some(&c.locale), None);
            let words = &self.bridge.words;
            let title: String = words.label(Label::ButtonProposeFee, language).chars().take(45).collect();
            let field: String = words.label(Label::FieldFee, language).chars().take(45).collect();
            let placeholder: String =
                outcome.replies.first().map(|r| r.text.chars().take(100).collect()).unwrap_or_default();
            let input = CreateInputText::new(InputTextStyle::Short, field, "amount").placeholder(placeholder);
            let modal =
                CreateModal::new(c.data.custom_id.clone(), title).components(vec![CreateActionRow::InputText(input)]);
            c.create_response(&ctx.http, CreateInteractionResponse::Modal(modal)).await?;
            return Ok(());
        }
        let response = if outcome.close_buttons {
            CreateInteractionResponse::UpdateMessage(CreateInteractionResponseMessage::new().components(Vec::new()))
        } else {
            CreateInteractionResponse::Acknowledge
        };
        retrying(|| c.create_response(&ctx.http, response.clone())).await?;
        for (text, rows) in outcome.replies.iter().flat_map(messages) {
            retrying(|| {
                c.create_followup(
                    &ctx.http,
                    CreateInteractionResponseFollowup::new().content(text.clone()).components(rows.clone()),
                )
            })
            .await?;
        }
        Ok(())
    }

    /// The fee modal: the typed amount is the answer to the fee question.
    async fn on_modal(&self, ctx: &Context, m: &ModalInteraction) -> Result {
        m.create_response(&ctx.http, CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new())).await?;
        let outcome = self.handle(m.user.id, m.id.get(), Some(&m.locale), modal_input(&m.data)).await?;
        answer_deferred!(m, ctx, outcome);
        Ok(())
    }

    /// A DM: text (or `/command` typed as text) or an attached draft.
    async fn on_dm(&self, ctx: &Context, msg: &Message) -> Result {
        let input = match msg.attachments.first() {
            Some(attachment) => self.fetch(attachment, msg.content.clone()).await,
            None => dm_input(&msg.content),
        };
        let outcome = self.handle(msg.author.id, msg.id.get(), None, input).await?;
        for reply in &outcome.replies {
            retrying(|| send_dm(&ctx.http, msg.author.id, reply)).await?;
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

/// Tries of a direct reply after the first.
const REPLY_ATTEMPTS: u32 = 3;

/// Runs a REST call, trying again a few times after a `429`, a server error or a
/// network failure, so a short outage delays an answer rather than dropping it.
/// (Outbox messages have the worker's durable retries.)
async fn retrying<T, F, Fut>(mut call: F) -> serenity::Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = serenity::Result<T>>,
{
    let mut attempt = 0;
    loop {
        match call().await {
            Err(e) if attempt < REPLY_ATTEMPTS && transient(&e) => {
                tokio::time::sleep(std::time::Duration::from_millis(250) * 2u32.pow(attempt)).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// A failure worth another try.
fn transient(e: &serenity::Error) -> bool {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.as_u16() == 429 || r.status_code.is_server_error()
        }
        serenity::Error::Http(HttpError::Request(_)) => true,
        _ => false,
    }
}
