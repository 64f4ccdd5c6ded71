//! The storage port. `crates/store` implements it on SQLite and PostgreSQL; operations
//! only ever talk to these traits.

use async_trait::async_trait;

use linkstar_core::audit::{AuditEvent, NewEvent};
use linkstar_core::brand::{Brand, Operator, Role};
use linkstar_core::campaign::{Campaign, CampaignSpec, CampaignStatus};
use linkstar_core::content::{Draft, DraftUpload, Review};
use linkstar_core::creator::{Creator, CreatorProfile, CreatorQuery};
use linkstar_core::deal::Deal;
use linkstar_core::ids::*;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::payment::{Payment, PaymentPlan};
use linkstar_core::place::{ChatAccount, Handle, Locale, Platform};
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;

use linkstar_core::attribution::DiscountCode;
use linkstar_core::fx::FxRate;
use linkstar_core::report::{DealFacts, SpeedCounts};

pub use crate::port_money::{AttributionFacts, PayoutFilter, PayoutRow};

/// A storage failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The row does not exist.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A unique rule was violated.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database failed.
    #[error("{0}")]
    Backend(String),
}

/// Result of storage calls.
pub type StoreResult<T> = Result<T, StoreError>;

/// A brand to create.
#[derive(Debug, Clone)]
pub struct NewBrand {
    /// Display name.
    pub name: String,
    /// Legal name.
    pub legal_name: String,
    /// Default currency.
    pub default_currency: linkstar_core::Currency,
    /// Disclosure tags per market.
    pub disclosure_rules: std::collections::BTreeMap<linkstar_core::place::Country, Vec<String>>,
}

/// An operator to create.
#[derive(Debug, Clone)]
pub struct NewOperator {
    /// Brand.
    pub brand_id: BrandId,
    /// Display name.
    pub name: String,
    /// OS user name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// Dashboard language.
    pub locale: Locale,
}

/// A stored invite (the token itself is never stored, only its hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    /// SHA-256 of the token.
    pub token_hash: String,
    /// The deal offered.
    pub deal_id: DealId,
    /// The creator invited.
    pub creator_id: CreatorId,
    /// When the token stops working.
    pub expires_at: Timestamp,
    /// When it was used, if it was.
    pub used_at: Option<Timestamp>,
}

/// A metrics snapshot of a post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetricsSnapshot {
    /// When measured.
    pub at: Option<Timestamp>,
    /// The figures.
    pub figures: linkstar_core::metrics::Figures,
    /// Where the figures came from (`manual`, `csv`, `youtube`).
    pub source: String,
}

/// A queued outbox message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    /// Row id.
    pub id: OutboxId,
    /// For whom.
    pub recipient: Recipient,
    /// What.
    pub notice: Notice,
    /// When queued.
    pub created_at: Timestamp,
    /// `pending`, `sent` or `failed`.
    pub status: String,
}

/// A deal with the names an overview needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealSummary {
    /// The deal.
    pub deal: Deal,
    /// Campaign name.
    pub campaign: String,
    /// Creator name.
    pub creator: String,
    /// The missed deadline, while the deal is flagged overdue.
    pub overdue_since: Option<Timestamp>,
}

/// Storage outside a transaction: reads, and opening a write transaction.
#[async_trait]
pub trait Store: Send + Sync {
    /// Opens a write transaction. It takes the audit chain lock first, so writers are
    /// serialized and the chain never forks.
    async fn begin(&self) -> StoreResult<Box<dyn Tx>>;
    /// Pages through the creator pool.
    async fn search_creators(&self, q: &CreatorQuery) -> StoreResult<Vec<Creator>>;
    /// Creators with ids above `after`, in id order (for export).
    async fn creators_after(&self, after: CreatorId, limit: u32) -> StoreResult<Vec<Creator>>;
    /// Number of creators in the pool.
    async fn count_creators(&self) -> StoreResult<u64>;
    /// Campaigns of all brands.
    async fn list_campaigns(&self) -> StoreResult<Vec<Campaign>>;
    /// A campaign by name (case-insensitive) or id.
    async fn find_campaign(&self, name_or_id: &str) -> StoreResult<Option<Campaign>>;
    /// A creator by handle (`@name` on any platform) or id.
    async fn find_creator(&self, handle_or_id: &str) -> StoreResult<Option<Creator>>;
    /// Deal counts per stage, optionally for one campaign.
    async fn pipeline(&self, campaign: Option<CampaignId>) -> StoreResult<Vec<(Stage, u64)>>;
    /// Deals with names, newest first.
    async fn list_deals(&self, campaign: Option<CampaignId>, limit: u32) -> StoreResult<Vec<DealSummary>>;
    /// Audit events with ids above `after`, in order.
    async fn audit_events(&self, after: EventId, limit: u32) -> StoreResult<Vec<AuditEvent>>;
    /// Outbox messages, oldest first (pending ones first when `pending_only`).
    async fn outbox(&self, pending_only: bool, limit: u32) -> StoreResult<Vec<OutboxMessage>>;
    /// Payments of a deal.
    async fn payments(&self, deal: DealId) -> StoreResult<Vec<Payment>>;
    /// Draft versions of a deal, oldest first.
    async fn drafts(&self, deal: DealId) -> StoreResult<Vec<Draft>>;
    /// An operator by OS user name.
    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<Operator>>;

    // Money and results (issue 8).
    /// An operator by id (for read-only operations that need no transaction).
    async fn operator_by_id(&self, id: OperatorId) -> StoreResult<Option<Operator>>;
    /// A brand by id, outside a transaction.
    async fn brand_by_id(&self, id: BrandId) -> StoreResult<Option<Brand>>;
    /// Every exchange rate entered.
    async fn fx_rates(&self) -> StoreResult<Vec<FxRate>>;
    /// The campaign's deals with the facts its report needs (newest metrics, payment
    /// totals, each creator's record across campaigns).
    async fn report_deals(&self, campaign: CampaignId) -> StoreResult<Vec<DealFacts>>;
    /// Review and payment speed of a brand, across its campaigns or in one: operator
    /// decisions on drafts (within each deal's review SLA or not), payments made, and open
    /// payments overdue as of `now`.
    async fn speed(&self, brand: BrandId, campaign: Option<CampaignId>, now: Timestamp) -> StoreResult<SpeedCounts>;
    /// Deals with their attribution facts, for one campaign or all of a brand's.
    async fn attribution(&self, brand: BrandId, campaign: Option<CampaignId>) -> StoreResult<Vec<AttributionFacts>>;
    /// Payments with names, oldest due first.
    async fn payouts(&self, filter: &PayoutFilter) -> StoreResult<Vec<PayoutRow>>;
    /// A deal's metrics snapshots, oldest first.
    async fn metrics_history(&self, deal: DealId) -> StoreResult<Vec<MetricsSnapshot>>;
    /// Live posts of a campaign on a platform (published or verified deals): deal and URL.
    async fn campaign_posts(&self, campaign: CampaignId, platform: Platform) -> StoreResult<Vec<(DealId, String)>>;

    // Reminders (issue 7).
    /// [`Tx::unplanned_page`] outside a transaction: the back-fill reads the next page
    /// while the previous one is written, and writes it only if nothing else has changed
    /// since the page's head.
    async fn unplanned_page(&self, after: DealId, limit: u32) -> StoreResult<crate::schedule_port::UnplannedPage>;
    /// [`Tx::deal_clock`] outside a transaction, for showing a deal's deadlines.
    async fn deal_clock(&self, deal: DealId) -> StoreResult<crate::schedule_port::DealClock>;

    // Operator read models (issue 15).
    /// One deal, outside a transaction; `None` when there is no such deal.
    async fn find_deal(&self, id: DealId) -> StoreResult<Option<Deal>>;
    /// A deal's audit events, oldest first, at most `limit`.
    async fn deal_history(&self, deal: DealId, limit: u32) -> StoreResult<Vec<AuditEvent>>;
}

/// One write transaction. Dropping it without [`commit`](Tx::commit) rolls back.
#[async_trait]
pub trait Tx: Send {
    /// Makes everything in the transaction durable.
    async fn commit(self: Box<Self>) -> StoreResult<()>;

    /// Appends an audit event to the chain.
    async fn append_event(&mut self, event: NewEvent) -> StoreResult<EventId>;
    /// Queues a message.
    async fn enqueue(&mut self, recipient: Recipient, notice: &Notice, at: Timestamp) -> StoreResult<OutboxId>;

    /// Creates a brand.
    async fn insert_brand(&mut self, brand: &NewBrand) -> StoreResult<BrandId>;
    /// Reads a brand.
    async fn brand(&mut self, id: BrandId) -> StoreResult<Brand>;
    /// Creates an operator (username unique).
    async fn insert_operator(&mut self, op: &NewOperator) -> StoreResult<OperatorId>;
    /// Reads an operator.
    async fn operator(&mut self, id: OperatorId) -> StoreResult<Operator>;
    /// Operators of a brand.
    async fn count_operators(&mut self, brand: BrandId) -> StoreResult<u64>;

    /// Creates a campaign (name unique per brand).
    async fn insert_campaign(
        &mut self,
        brand: BrandId,
        status: CampaignStatus,
        spec: &CampaignSpec,
    ) -> StoreResult<CampaignId>;
    /// Reads a campaign.
    async fn campaign(&mut self, id: CampaignId) -> StoreResult<Campaign>;
    /// Replaces a campaign's spec and status.
    async fn update_campaign(&mut self, campaign: &Campaign) -> StoreResult<()>;

    /// Which of these handles already belong to a creator.
    async fn existing_handles(&mut self, handles: &[(Platform, Handle)]) -> StoreResult<Vec<(Platform, Handle)>>;
    /// Inserts creators, returning their ids in order.
    async fn insert_creators(&mut self, creators: &[CreatorProfile]) -> StoreResult<Vec<CreatorId>>;
    /// Reads a creator.
    async fn creator(&mut self, id: CreatorId) -> StoreResult<Creator>;
    /// The creator a chat account is linked to.
    async fn creator_by_chat(&mut self, chat: &ChatAccount) -> StoreResult<Option<CreatorId>>;
    /// Links a chat account to a creator.
    async fn link_chat(&mut self, creator: CreatorId, chat: &ChatAccount, at: Timestamp) -> StoreResult<()>;
    /// Saves the creator's chosen language.
    async fn set_creator_locale(&mut self, creator: CreatorId, locale: Option<&Locale>) -> StoreResult<()>;

    /// Inserts a deal (its `id` is ignored) and returns the new id.
    async fn insert_deal(&mut self, deal: &Deal, at: Timestamp) -> StoreResult<DealId>;
    /// Reads a deal.
    async fn deal(&mut self, id: DealId) -> StoreResult<Deal>;
    /// Writes a deal's new state.
    async fn update_deal(&mut self, deal: &Deal, at: Timestamp) -> StoreResult<()>;
    /// Whether the creator has a deal in the campaign that is not final.
    async fn open_deal_exists(&mut self, campaign: CampaignId, creator: CreatorId) -> StoreResult<bool>;

    /// Stores an invite.
    async fn insert_invite(&mut self, invite: &Invite) -> StoreResult<()>;
    /// Reads an invite by token hash.
    async fn invite(&mut self, token_hash: &str) -> StoreResult<Option<Invite>>;
    /// Marks an invite used.
    async fn use_invite(&mut self, token_hash: &str, at: Timestamp, chat: &ChatAccount) -> StoreResult<()>;

    /// Stores a draft version.
    async fn insert_draft(
        &mut self,
        deal: DealId,
        version: u32,
        upload: &DraftUpload,
        problems: &[String],
        at: Timestamp,
    ) -> StoreResult<DraftId>;
    /// The newest draft of a deal.
    async fn latest_draft(&mut self, deal: DealId) -> StoreResult<Option<Draft>>;
    /// Stores a review.
    async fn insert_review(&mut self, deal: DealId, review: &Review) -> StoreResult<()>;

    /// Whether a post URL was already submitted for any deal.
    async fn post_url_used(&mut self, url: &str) -> StoreResult<bool>;
    /// Stores a post.
    async fn insert_post(&mut self, deal: DealId, url: &str, platform: Platform, at: Timestamp) -> StoreResult<PostId>;
    /// Marks a deal's post verified.
    async fn verify_post(&mut self, deal: DealId, at: Timestamp) -> StoreResult<()>;
    /// Drops a deal's unverified post, so its link counts as unused again; returns the
    /// link dropped. The audit event keeps the refused link.
    async fn remove_post(&mut self, deal: DealId) -> StoreResult<Option<String>>;
    /// Stores a metrics snapshot for a deal's post.
    async fn insert_metrics(&mut self, deal: DealId, m: &MetricsSnapshot) -> StoreResult<()>;

    /// Schedules a payment.
    async fn insert_payment(&mut self, deal: DealId, plan: &PaymentPlan, at: Timestamp) -> StoreResult<PaymentId>;
    /// Reads a payment.
    async fn payment(&mut self, id: PaymentId) -> StoreResult<Payment>;
    /// Payments of a deal.
    async fn deal_payments(&mut self, deal: DealId) -> StoreResult<Vec<Payment>>;
    /// Writes a payment's new status and evidence.
    async fn update_payment(&mut self, payment: &Payment) -> StoreResult<()>;

    /// Marks a chat account unreachable (the user blocked the bot) or reachable again.
    async fn set_chat_unreachable(&mut self, chat: &ChatAccount, unreachable: bool) -> StoreResult<bool>;
    // Money and results (issue 8).
    /// Gives a deal a discount code (unique across deals) or takes it away.
    async fn set_discount_code(&mut self, deal: DealId, code: Option<&DiscountCode>, at: Timestamp) -> StoreResult<()>;
    /// A deal's discount code.
    async fn discount_code(&mut self, deal: DealId) -> StoreResult<Option<DiscountCode>>;
    /// The deal a discount code was given to.
    async fn deal_by_discount_code(&mut self, code: &DiscountCode) -> StoreResult<Option<DealId>>;
    /// The deal a (canonical) post URL was submitted for.
    async fn deal_by_post_url(&mut self, url: &str) -> StoreResult<Option<DealId>>;
    /// Stores a rate, replacing one entered for the same pair and day.
    async fn upsert_fx_rate(&mut self, rate: &FxRate, by: OperatorId, at: Timestamp) -> StoreResult<()>;
    /// Every deal of a campaign.
    async fn campaign_deals(&mut self, campaign: CampaignId) -> StoreResult<Vec<Deal>>;
    /// A deal's newest metrics snapshot.
    async fn latest_metrics(&mut self, deal: DealId) -> StoreResult<Option<MetricsSnapshot>>;
    /// Scheduled payments whose due date is `now` or earlier.
    async fn payments_due_by(&mut self, now: Timestamp) -> StoreResult<Vec<Payment>>;

    // Reminders and automatic transitions (issue 7).
    /// Cancels a deal's pending scheduled rows; returns how many.
    async fn cancel_reminders(&mut self, deal: DealId, at: Timestamp) -> StoreResult<u64>;
    /// Schedules rows (one statement per few thousand rows).
    async fn insert_reminders(&mut self, rows: &[crate::schedule_port::NewReminder], at: Timestamp) -> StoreResult<()>;
    /// When the deal entered its stage and since when it is overdue.
    async fn deal_clock(&mut self, deal: DealId) -> StoreResult<crate::schedule_port::DealClock>;
    /// Flags the deal overdue since `due` unless it is already flagged; returns whether
    /// this call flagged it.
    async fn mark_overdue(&mut self, deal: DealId, due: Timestamp) -> StoreResult<bool>;
    /// Up to `limit` deals after `after` (by id) in a non-final stage with no scheduled
    /// rows at all, for the back-fill.
    async fn unplanned_page(&mut self, after: DealId, limit: u32) -> StoreResult<crate::schedule_port::UnplannedPage>;
    /// The audit chain's head as this transaction sees it.
    async fn audit_head(&mut self) -> StoreResult<EventId>;
    /// Marks done every pending row of a deal and action planned at or before `now`,
    /// whoever holds its lease (so stale rows of one deadline collapse into one send, and
    /// two schedulers that each claimed one of them do not both send); returns how many.
    /// Zero means another scheduler did it.
    async fn finish_reminders(
        &mut self,
        deal: DealId,
        action: linkstar_core::reminder::Action,
        now: Timestamp,
    ) -> StoreResult<u64>;

    // Operator alerts (issue 7).
    /// Records that a brand's digest for the operators' local `day` is queued; `false`
    /// when it already was (by another process, or before a restart).
    async fn record_digest_day(&mut self, brand: BrandId, day: jiff::civil::Date, at: Timestamp) -> StoreResult<bool>;
    /// What a brand's daily digest is composed from, as of `now`, for the operators'
    /// day ending at `day_end`.
    async fn digest_facts(
        &mut self,
        brand: BrandId,
        now: Timestamp,
        day_end: Timestamp,
    ) -> StoreResult<linkstar_core::alerts::DigestFacts>;
    /// The brands a creator has an open deal with.
    async fn creator_brands(&mut self, creator: CreatorId) -> StoreResult<Vec<BrandId>>;
}
