//! The event handler: interactions, DMs and their edits in, assistant replies out.

use std::sync::Arc;

use serenity::all::{Command, Context, EventHandler, Interaction, Message, MessageUpdateEvent, Ready, UserId};

use linkstar_assistant::{Inbound, Input, Outcome, Reply};
use linkstar_i18n::{DiscordLine, negotiate};

use crate::Bridge;
use crate::commands::definitions;
use crate::mapping::{account, dm_input};
use crate::rest::{Rest, RestError};

/// Handles gateway events with the assistant.
pub struct Handler {
    pub(crate) bridge: Arc<Bridge>,
    /// Sends the redirected REST calls (see [`Rest`]) and downloads attachments; one
    /// connection pool per bot.
    pub(crate) client: reqwest::Client,
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
        let rest = self.rest(&ctx);
        let (user, result) = match &interaction {
            Interaction::Command(c) => (c.user.id, self.on_command(&rest, c).await),
            Interaction::Component(c) => (c.user.id, self.on_button(&rest, c).await),
            Interaction::Modal(m) => (m.user.id, self.on_modal(&rest, m).await),
            _ => return,
        };
        if let Err(e) = result {
            tracing::warn!(chat = %user, error = %e, "answering a Discord interaction failed");
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot || msg.guild_id.is_some() {
            return;
        }
        if let Err(e) = self.on_dm(&self.rest(&ctx), &msg).await {
            tracing::warn!(chat = %msg.author.id, error = %e, "answering a Discord DM failed");
        }
    }

    async fn message_update(&self, ctx: Context, _: Option<Message>, _: Option<Message>, event: MessageUpdateEvent) {
        // Discord also sends updates when it adds link previews to a message; only an
        // edit by a person (a new `edited_timestamp`) in a DM is news.
        let Some(author) = event.author.as_ref().filter(|a| !a.bot) else { return };
        if event.guild_id.is_some() || event.edited_timestamp.is_none() {
            return;
        }
        if let Err(e) = self.on_edit(&self.rest(&ctx), author.id, &event).await {
            tracing::warn!(chat = %author.id, error = %e, "answering an edited Discord DM failed");
        }
    }
}

/// What a handler step can fail with (a REST call the retries could not save).
pub(crate) type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

impl Handler {
    fn rest(&self, ctx: &Context) -> Rest {
        Rest::new(ctx.http.clone(), self.client.clone())
    }

    /// A DM: text (or `/command` typed as text) or an attached draft.
    async fn on_dm(&self, rest: &Rest, msg: &Message) -> Result {
        let input = match msg.attachments.first() {
            Some(attachment) => self.file_input(&account(msg.author.id), attachment, msg.content.clone()).await,
            None => dm_input(&msg.content),
        };
        let outcome = self.handle(msg.author.id, msg.id.to_string(), None, input).await;
        self.dm_replies(rest, msg.author.id, &outcome.replies).await
    }

    /// An edited DM: taken as the input when it is what a step waits for (the fee, a
    /// post link, the awaited file), otherwise answered, so an edit is never silently
    /// ignored.
    async fn on_edit(&self, rest: &Rest, user: UserId, event: &MessageUpdateEvent) -> Result {
        let assistant = &self.bridge.assistant;
        let chat = account(user);
        let content = event.content.clone().unwrap_or_default();
        let input = match event.attachments.as_deref().and_then(<[_]>::first) {
            Some(attachment) if assistant.awaits_file(&chat).await? => {
                Some(self.file_input(&chat, attachment, content).await)
            }
            Some(_) => None,
            None => match dm_input(&content) {
                Input::Text(text) if !text.is_empty() && assistant.awaits_text(&chat).await? => Some(Input::Text(text)),
                _ => None,
            },
        };
        let replies = match input {
            Some(input) => {
                // Each edit is its own update: the message id with the edit's time.
                let edited = event.edited_timestamp.and_then(|t| t.to_rfc3339()).unwrap_or_default();
                self.handle(user, format!("{}:edit:{edited}", event.id), None, input).await.replies
            }
            None => {
                let language = assistant.chat_language(&chat, None).await?;
                vec![Reply::text(self.bridge.words.discord(DiscordLine::EditNotTaken, language))]
            }
        };
        self.dm_replies(rest, user, &replies).await
    }

    async fn dm_replies(&self, rest: &Rest, user: UserId, replies: &[Reply]) -> Result {
        for reply in replies {
            retrying(|| rest.dm(user, reply)).await?;
        }
        Ok(())
    }

    /// The assistant's answer to one update. A storage failure is logged with the chat
    /// and answered with the storage error in the client's language, so a deferred
    /// interaction never hangs on "thinking…".
    pub(crate) async fn handle(&self, user: UserId, update: String, locale: Option<&str>, input: Input) -> Outcome {
        let code = locale.filter(|l| !l.is_empty());
        let inbound =
            Inbound { chat: account(user), update_id: Some(update), language_code: code.map(str::to_string), input };
        match self.bridge.assistant.handle(inbound).await {
            Ok(outcome) => outcome,
            Err(e) => {
                tracing::error!(chat = %user, error = %e, "the assistant could not handle a Discord update");
                let text = self.bridge.words.error("storage", negotiate(None, code, None));
                Outcome::say(Reply::text(text))
            }
        }
    }
}

/// Tries of a direct reply after the first.
const REPLY_ATTEMPTS: u32 = 3;
/// The longest `retry_after` a direct reply waits out (an interaction's token lives 15
/// minutes); a longer one gives the reply up.
const MAX_REPLY_WAIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs a REST call, trying again a few times after a `429` (after Discord's
/// `retry_after`), a server error or a network failure (after a short backoff), so a
/// short outage delays an answer rather than dropping it. (Outbox messages have the
/// worker's durable retries.) A refusal that stays is returned for the caller to log.
pub(crate) async fn retrying<T, F, Fut>(mut call: F) -> std::result::Result<T, RestError>
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
