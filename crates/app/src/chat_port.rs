//! The storage port of the creator assistant and the delivery worker: conversation
//! state, processed inbound updates, the reads a chat needs, and the outbox lease loop.
//! `crates/store` implements it next to [`Store`](crate::Store); the assistant only
//! reaches domain state changes through [`App`](crate::App) operations.

use async_trait::async_trait;

use jiff::SignedDuration;
use linkstar_core::campaign::Campaign;
use linkstar_core::creator::Creator;
use linkstar_core::deal::Deal;
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId, OutboxId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_core::time::Timestamp;

use crate::port::StoreResult;

/// What the assistant remembers about one chat between messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conversation {
    /// The dialogue state, as the assistant's own JSON.
    pub state: String,
    /// The language code the chat platform last reported for the user (`es`, `zh-hans`).
    pub language_code: Option<String>,
}

/// An outbox row claimed by one worker under a lease.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedMessage {
    /// Row id.
    pub id: OutboxId,
    /// Who it is for: a creator, or a brand's operator alert chat.
    pub recipient: Recipient,
    /// What to say, rendered at send time.
    pub notice: Notice,
    /// Delivery attempts made before this one.
    pub attempts: u32,
    /// When the recipient's last message was marked sent (by any worker, before any
    /// restart): the chat's gap is measured from it at send time.
    pub last_sent_at: Option<Timestamp>,
}

/// A claim of due outbox rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxClaim<'a> {
    /// Who claims (unique per worker process).
    pub owner: &'a str,
    /// Only rows whose creator has a reachable chat on this platform.
    pub platform: ChatPlatform,
    /// Also rows for these brands' operators, whose alert chat is on this platform.
    pub operators: &'a [BrandId],
    /// Now: rows due at or before it, with no live lease.
    pub now: Timestamp,
    /// The lease ends here; an unfinished row is claimable again afterwards.
    pub lease_until: Timestamp,
    /// At most this many rows (at most one per recipient, the oldest pending one).
    pub limit: u32,
}

/// A send asked for against a chat's own budget (an operators' alert group), shared by
/// every worker through the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatBudget<'a> {
    /// The chat (`telegram:-100777`).
    pub chat: &'a str,
    /// Now.
    pub now: Timestamp,
    /// At most this many sends to the chat in any `window`.
    pub burst: u32,
    /// The budget's window (Telegram groups: a minute).
    pub window: SignedDuration,
    /// The shortest gap between two sends to the chat.
    pub gap: SignedDuration,
}

/// The answer to a [`ChatBudget`] request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetGrant {
    /// Go ahead; the send is recorded under this id, at `now` until
    /// [`ChatStore::chat_send_answered`] moves it to the time its answer came back.
    Granted(i64),
    /// The budget is spent; ask again at this instant.
    NotBefore(Timestamp),
}

/// Storage for the creator assistant and the delivery worker.
#[async_trait]
pub trait ChatStore: Send + Sync {
    /// Records an inbound update id; `false` when it was recorded before (a redelivery).
    async fn claim_update(&self, platform: ChatPlatform, update_id: &str, at: Timestamp) -> StoreResult<bool>;
    /// The conversation of a chat, if it has one.
    async fn conversation(&self, chat: &ChatAccount) -> StoreResult<Option<Conversation>>;
    /// Saves the conversation of a chat.
    async fn save_conversation(
        &self,
        chat: &ChatAccount,
        conversation: &Conversation,
        at: Timestamp,
    ) -> StoreResult<()>;
    /// The creator a chat is linked to and whether the chat is marked unreachable.
    async fn chat_creator(&self, chat: &ChatAccount) -> StoreResult<Option<(Creator, bool)>>;
    /// A creator's deals, newest first.
    async fn creator_deals(&self, creator: CreatorId) -> StoreResult<Vec<Deal>>;
    /// A deal.
    async fn find_deal(&self, id: DealId) -> StoreResult<Option<Deal>>;
    /// A campaign.
    async fn find_campaign_by_id(&self, id: CampaignId) -> StoreResult<Option<Campaign>>;
    /// A creator.
    async fn find_creator_by_id(&self, id: CreatorId) -> StoreResult<Option<Creator>>;

    /// Claims due messages for creators and alert chats (see [`OutboxClaim`]). A row is
    /// claimed only when no older row for the same recipient is still pending, so each
    /// chat gets its messages in order even with several workers.
    async fn claim_outbox(&self, claim: &OutboxClaim<'_>) -> StoreResult<Vec<ClaimedMessage>>;
    /// The chat a creator is reached on for a platform: the newest reachable link.
    async fn creator_chat(&self, creator: CreatorId, platform: ChatPlatform) -> StoreResult<Option<ChatAccount>>;
    /// Marks a row sent and ends its lease.
    async fn outbox_sent(&self, id: OutboxId, at: Timestamp) -> StoreResult<()>;
    /// Ends a row's lease and makes it due again at `next_at`; `attempted` counts an attempt.
    async fn outbox_retry(&self, id: OutboxId, next_at: Timestamp, attempted: bool, error: &str) -> StoreResult<()>;
    /// Gives a row up (status `failed`) after too many attempts or an unrenderable payload.
    async fn outbox_failed(&self, id: OutboxId, error: &str) -> StoreResult<()>;
    /// Extends to `lease_until` the leases of those of `ids` that are pending and still
    /// leased by `owner`, so no row is taken over while its worker is still waiting to
    /// send it or sending it. Returns how many rows it extended.
    async fn outbox_renew(&self, owner: &str, ids: &[OutboxId], lease_until: Timestamp) -> StoreResult<u64>;

    /// Records a send to a chat with a budget of its own if the budget allows it now,
    /// atomically for every worker (see [`ChatBudget`]).
    async fn reserve_chat_send(&self, budget: &ChatBudget<'_>) -> StoreResult<BudgetGrant>;
    /// Moves a granted send to the time its answer came back (sends count from then).
    async fn chat_send_answered(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// Takes back a granted send that never left.
    async fn chat_send_cancelled(&self, id: i64) -> StoreResult<()>;
}
