//! The dashboard's read port: the queries the operator dashboard needs beyond [`Store`]'s
//! (review queue by SLA, payments due and overdue, campaign money, paged deal lists, the
//! change-feed head). Every list is paged so a frame never waits for a whole table.
//!
//! It is a trait of its own, beside [`Store`], so frontends that only read can hold it
//! without the write side; `crates/store` implements both on one adapter.
//!
//! [`Store`]: crate::port::Store

use async_trait::async_trait;

use linkstar_core::audit::AuditEvent;
use linkstar_core::campaign::Campaign;
use linkstar_core::content::Review;
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId, EventId};
use linkstar_core::money::Money;
use linkstar_core::payment::Payment;
use linkstar_core::place::{Locale, TimeZoneName};
use linkstar_core::stage::Stage;
use linkstar_core::time::Timestamp;

use crate::port::{DealSummary, OutboxMessage, StoreResult};

/// What needs an operator now, for the "needs you now" strip.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attention {
    /// Drafts waiting for review.
    pub drafts_waiting: u64,
    /// Of those, drafts past the brand's review SLA.
    pub reviews_overdue: u64,
    /// Counter-offers waiting for an answer.
    pub counters: u64,
    /// Open payments past their due date.
    pub payments_overdue: u64,
    /// Deals flagged overdue: a draft or the live post missed its deadline.
    pub deals_overdue: u64,
}

/// A page of deals in one stage (or all stages), newest change first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DealPage {
    /// The operator's brand.
    pub brand: BrandId,
    /// Only this campaign.
    pub campaign: Option<CampaignId>,
    /// Only this stage.
    pub stage: Option<Stage>,
    /// Rows to skip.
    pub offset: u64,
    /// Page size.
    pub limit: u32,
}

/// A draft waiting for review, with the instant the brand's review time runs out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// The deal and its names.
    pub summary: DealSummary,
    /// When the newest draft arrived.
    pub submitted_at: Timestamp,
    /// When the review SLA runs out.
    pub due_at: Timestamp,
}

/// Which payments a payments page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentFilter {
    /// Open and not yet past due, soonest first.
    Due,
    /// Open and past due, oldest first.
    Overdue,
    /// Paid, most recent first.
    Paid,
}

/// A payment with the names a list needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentLine {
    /// The payment.
    pub payment: Payment,
    /// Campaign name.
    pub campaign: String,
    /// Creator name.
    pub creator: String,
}

/// A campaign's money and progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignFigures {
    /// The campaign.
    pub campaign: Campaign,
    /// Fees of contracted deals, in the budget's currency.
    pub committed: Money,
    /// Payments made, in the budget's currency.
    pub paid: Money,
    /// Deals with a contract.
    pub contracted: u64,
    /// Of those, deals whose post is published or later.
    pub delivered: u64,
    /// Deals in any stage.
    pub deals: u64,
    /// Views of the newest metrics of each post.
    pub views: i64,
    /// Clicks, likewise.
    pub clicks: i64,
    /// Conversions, likewise.
    pub conversions: i64,
    /// Attributed revenue in minor units of the budget's currency.
    pub revenue_minor: i64,
}

/// The delivery side at a glance: outbox counts and creators the bots cannot reach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxHealth {
    /// Messages waiting to be sent.
    pub pending: u64,
    /// Messages sent.
    pub sent: u64,
    /// Messages given up on.
    pub failed: u64,
    /// Chat accounts marked unreachable.
    pub unreachable: u64,
    /// When the newest message was sent.
    pub last_sent_at: Option<Timestamp>,
    /// When the oldest pending message was queued.
    pub oldest_pending_at: Option<Timestamp>,
}

/// Who a creator is for showing them their messages: language and time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatorVoice {
    /// The creator's chosen language, if any.
    pub locale: Option<Locale>,
    /// Where they live.
    pub time_zone: TimeZoneName,
}

/// The dashboard's reads.
#[async_trait]
pub trait DashboardReads: Send + Sync {
    /// The newest audit event id: the change feed's head, polled for live refresh.
    async fn audit_head(&self) -> StoreResult<EventId>;
    /// What needs the brand's operators now.
    async fn attention(&self, brand: BrandId, now: Timestamp) -> StoreResult<Attention>;
    /// Deal counts per stage of the brand, optionally for one campaign, in flow order.
    async fn stage_counts(&self, brand: BrandId, campaign: Option<CampaignId>) -> StoreResult<Vec<(Stage, u64)>>;
    /// A page of deals.
    async fn deals_page(&self, page: &DealPage) -> StoreResult<Vec<DealSummary>>;
    /// One deal with its names.
    async fn deal_summary(&self, deal: DealId) -> StoreResult<Option<DealSummary>>;
    /// Drafts waiting for review, the one whose SLA runs out first first.
    async fn review_queue(&self, brand: BrandId, offset: u64, limit: u32) -> StoreResult<Vec<ReviewItem>>;
    /// Reviews of a deal's drafts, oldest first.
    async fn reviews(&self, deal: DealId) -> StoreResult<Vec<Review>>;
    /// A page of the brand's payments.
    async fn payments_page(
        &self,
        brand: BrandId,
        filter: PaymentFilter,
        now: Timestamp,
        offset: u64,
        limit: u32,
    ) -> StoreResult<Vec<PaymentLine>>;
    /// Money and progress of each of the brand's campaigns, in id order.
    async fn campaign_figures(&self, brand: BrandId) -> StoreResult<Vec<CampaignFigures>>;
    /// A deal's audit events, oldest first.
    async fn deal_events(&self, deal: DealId, limit: u32) -> StoreResult<Vec<AuditEvent>>;
    /// Messages queued for a creator, oldest first, with their language and zone.
    async fn creator_messages(&self, creator: CreatorId, limit: u32)
    -> StoreResult<(CreatorVoice, Vec<OutboxMessage>)>;
    /// Outbox counts and reachability.
    async fn outbox_health(&self) -> StoreResult<OutboxHealth>;
    /// The newest outbox messages, newest first.
    async fn recent_outbox(&self, limit: u32) -> StoreResult<Vec<OutboxMessage>>;
    /// Audit events per UTC day for the `days` days ending with the day of `until`.
    async fn daily_events(&self, until: Timestamp, days: u32) -> StoreResult<Vec<u64>>;
    /// A deal's pending reminders and automatic steps, soonest first.
    async fn deal_reminders(&self, deal: DealId) -> StoreResult<Vec<crate::schedule_port::ScheduledRow>>;
}
