//! The IO side: what views ask for ([`Request`]), what comes back ([`Loaded`]), and the
//! [`Worker`] that runs requests against the store and the app operations. The event loop
//! runs the worker off the draw path; tests run it inline.

use std::sync::Arc;

use linkstar_app::dashboard::{
    Attention, CampaignFigures, CreatorVoice, DashboardReads, DealPage, OutboxHealth, PaymentFilter, PaymentLine,
    ReviewItem,
};
use linkstar_app::port::{DealSummary, OutboxMessage};
use linkstar_app::{App, AppError, CancelPreview, Negotiation};
use linkstar_core::audit::AuditEvent;
use linkstar_core::brand::Operator;
use linkstar_core::campaign::{Campaign, CampaignSpec};
use linkstar_core::content::{Draft, Review};
use linkstar_core::creator::{Creator, CreatorQuery};
use linkstar_core::ids::{CampaignId, CreatorId, DealId, EventId, PaymentId};
use linkstar_core::money::Money;
use linkstar_core::payment::Payment;
use linkstar_core::stage::Stage;
use linkstar_core::terms::Terms;

/// Rows per page of every paged list.
pub const PAGE: u32 = 100;

/// Deals loaded per pipeline column: the newest ones, more than a tall screen shows.
pub const COLUMN: u32 = 50;

/// A read or an operation the dashboard needs done.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// The audit head, for live refresh.
    Head,
    /// The "needs you now" counts.
    Attention,
    /// Stage counts and the first page of each stage.
    Pipeline(Option<CampaignId>),
    /// Campaigns with their money.
    Campaigns,
    /// A page of the creator pool.
    Creators(CreatorQuery),
    /// A page of the review queue.
    Reviews(u64),
    /// Drafts and reviews of a deal in review.
    ReviewDetail(DealId),
    /// Everything about one deal.
    Deal(DealId),
    /// A page of payments.
    Payments(PaymentFilter, u64),
    /// Report figures and the activity curve.
    Reports,
    /// Outbox health and the newest messages.
    Activity,
    /// What cancelling a deal would do to its payments.
    CancelPreview(DealId),
    /// An operation.
    Do(Op),
    /// Work on a draft's file: its picture, a saved copy, the system viewer.
    Files(crate::draft_file::FileRequest),
}

/// The kind of a read, for "the newest request of a kind wins": a newer request of the
/// same kind makes an older one stale (its task is aborted, its answer dropped).
/// Operations have no slot: each one runs and is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// [`Request::Head`].
    Head,
    /// [`Request::Attention`].
    Attention,
    /// [`Request::Pipeline`].
    Pipeline,
    /// [`Request::Campaigns`].
    Campaigns,
    /// [`Request::Creators`].
    Creators,
    /// [`Request::Reviews`].
    Reviews,
    /// [`Request::ReviewDetail`].
    ReviewDetail,
    /// [`Request::Deal`].
    Deal,
    /// [`Request::Payments`].
    Payments,
    /// [`Request::Reports`].
    Reports,
    /// [`Request::Activity`].
    Activity,
    /// [`Request::CancelPreview`].
    CancelPreview,
}

impl Request {
    /// The request's kind; `None` for operations.
    pub fn slot(&self) -> Option<Slot> {
        Some(match self {
            Request::Head => Slot::Head,
            Request::Attention => Slot::Attention,
            Request::Pipeline(_) => Slot::Pipeline,
            Request::Campaigns => Slot::Campaigns,
            Request::Creators(_) => Slot::Creators,
            Request::Reviews(_) => Slot::Reviews,
            Request::ReviewDetail(_) => Slot::ReviewDetail,
            Request::Deal(_) => Slot::Deal,
            Request::Payments(..) => Slot::Payments,
            Request::Reports => Slot::Reports,
            Request::Activity => Slot::Activity,
            Request::CancelPreview(_) => Slot::CancelPreview,
            // Saving is an action, never dropped; a picture is drawn only for the draft
            // it was read for, so a late one cannot show over another.
            Request::Do(_) | Request::Files(_) => return None,
        })
    }
}

/// A request as the dashboard issued it: numbered, so that an answer to a request that a
/// newer one of its kind replaced is recognised and dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    /// Issue order, unique per dashboard.
    pub seq: u64,
    /// What to run.
    pub request: Request,
}

/// An operation, always run through the app (its transaction, audit event and outbox).
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Approve the draft in review.
    Approve(DealId),
    /// Request changes with notes.
    RequestChanges(DealId, String),
    /// Mark a payment paid with its reference.
    MarkPaid(PaymentId, String),
    /// Offer the same terms to several creators.
    MakeOffers(CampaignId, Vec<CreatorId>, Box<Terms>),
    /// Create a campaign.
    CreateCampaign(Box<CampaignSpec>),
    /// Replace a campaign's spec.
    UpdateCampaign(CampaignId, Box<CampaignSpec>),
    /// Take the creator's counter-offer.
    AcceptCounter(DealId),
    /// Verify the submitted post link.
    VerifyPost(DealId),
    /// Cancel a deal, with the reason the creator reads.
    CancelDeal(DealId, String),
    /// Answer a counter-offer with the brand's fee and a note.
    CounterBack(DealId, Money, String),
    /// Decline a counter-offer, with a note; the offer stands.
    DeclineCounter(DealId, String),
    /// Refuse a submitted post link, with the reason the creator reads.
    RefusePost(DealId, String),
}

/// Everything about one deal, for the deal view.
#[derive(Debug, Clone, PartialEq)]
pub struct DealFile {
    /// The deal and its names.
    pub summary: DealSummary,
    /// Its audit events.
    pub events: Vec<AuditEvent>,
    /// The creator's language and zone, for rendering their messages.
    pub voice: CreatorVoice,
    /// Messages about this deal queued for the creator.
    pub messages: Vec<OutboxMessage>,
    /// Its payments.
    pub payments: Vec<Payment>,
    /// Its pending reminders and automatic steps, soonest first.
    pub reminders: Vec<linkstar_app::schedule_port::ScheduledRow>,
    /// Offer, counter-offers and answers: the round, the answer-by instant, the history.
    pub negotiation: Negotiation,
}

/// A draft in review with its history and its creator, for the review detail pane.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewFile {
    /// The deal.
    pub deal: DealId,
    /// Every draft version, oldest first.
    pub drafts: Vec<Draft>,
    /// Every review of those drafts.
    pub reviews: Vec<Review>,
    /// The creator (their country decides the disclosure rule checked).
    pub creator: Option<Creator>,
}

/// What a request produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// The audit head.
    Head(EventId),
    /// Attention counts.
    Attention(Attention),
    /// Stage counts and each stage's first page.
    Pipeline(Vec<(Stage, u64)>, Vec<Vec<DealSummary>>),
    /// Campaign figures.
    Campaigns(Vec<CampaignFigures>),
    /// A creator page and the campaigns to score fit against.
    Creators(Vec<Creator>, Vec<Campaign>),
    /// A review queue page.
    Reviews(Vec<ReviewItem>),
    /// Drafts and reviews of a deal.
    ReviewDetail(Box<ReviewFile>),
    /// One deal.
    Deal(Box<DealFile>),
    /// A payments page.
    Payments(PaymentFilter, Vec<PaymentLine>),
    /// Report figures and events per day.
    Reports(Vec<CampaignFigures>, Vec<u64>),
    /// Outbox health and messages.
    Activity(OutboxHealth, Vec<OutboxMessage>),
    /// What cancelling a deal would do.
    CancelPreview(Box<CancelPreview>),
    /// An operation finished: how many things it did, and the error codes of refusals.
    Done(Op, usize, Vec<String>),
    /// A read failed (shown, then retried on the next refresh).
    Failed(String),
    /// What work on a draft's file produced.
    Files(crate::draft_file::FileLoaded),
}

/// Runs requests for one operator.
#[derive(Clone)]
pub struct Worker {
    app: App,
    reads: Arc<dyn DashboardReads>,
    operator: Operator,
    files: Option<Arc<dyn crate::draft_file::DraftFiles>>,
}

fn code(e: impl Into<AppError>) -> String {
    e.into().code().to_string()
}

impl Worker {
    /// A worker acting as `operator`.
    pub fn new(app: App, reads: Arc<dyn DashboardReads>, operator: Operator) -> Worker {
        Worker { app, reads, operator, files: None }
    }

    /// The same worker, reading draft files from `files` (the blob store).
    pub fn with_files(mut self, files: Arc<dyn crate::draft_file::DraftFiles>) -> Worker {
        self.files = Some(files);
        self
    }

    /// Runs one request. Failures come back as [`Loaded::Failed`] with an error code.
    pub async fn run(&self, request: Request) -> Loaded {
        match self.load(request).await {
            Ok(loaded) => loaded,
            Err(e) => {
                tracing::warn!(code = %e, "dashboard read failed");
                Loaded::Failed(e)
            }
        }
    }

    async fn load(&self, request: Request) -> Result<Loaded, String> {
        let brand = self.operator.brand_id;
        let now = self.app.clock().now();
        let r = self.reads.as_ref();
        Ok(match request {
            Request::Head => Loaded::Head(r.audit_head().await.map_err(code)?),
            Request::Attention => Loaded::Attention(r.attention(brand, now).await.map_err(code)?),
            Request::Pipeline(campaign) => {
                let counts = r.stage_counts(brand, campaign).await.map_err(code)?;
                // The stages' pages are independent: they run side by side on the pool.
                let mut set = tokio::task::JoinSet::new();
                for (i, (stage, _)) in counts.iter().enumerate().filter(|(_, (_, n))| *n > 0) {
                    let (reads, stage) = (self.reads.clone(), *stage);
                    let page = DealPage { brand, campaign, stage: Some(stage), offset: 0, limit: COLUMN };
                    set.spawn(async move { (i, reads.deals_page(&page).await) });
                }
                let mut columns = vec![Vec::new(); counts.len()];
                while let Some(done) = set.join_next().await {
                    let (i, page) = done.map_err(|_| "storage".to_string())?;
                    columns[i] = page.map_err(code)?;
                }
                Loaded::Pipeline(counts, columns)
            }
            Request::Campaigns => Loaded::Campaigns(r.campaign_figures(brand).await.map_err(code)?),
            Request::Creators(query) => {
                let creators = self.app.store().search_creators(&query).await.map_err(code)?;
                let campaigns = self.app.store().list_campaigns().await.map_err(code)?;
                Loaded::Creators(creators, campaigns.into_iter().filter(|c| c.brand_id == brand).collect())
            }
            Request::Reviews(offset) => Loaded::Reviews(r.review_queue(brand, offset, PAGE).await.map_err(code)?),
            Request::ReviewDetail(deal) => {
                let drafts = self.app.store().drafts(deal).await.map_err(code)?;
                let reviews = r.reviews(deal).await.map_err(code)?;
                let creator = match r.deal_summary(deal).await.map_err(code)? {
                    Some(s) => self.app.store().find_creator(&s.deal.creator_id.to_string()).await.map_err(code)?,
                    None => None,
                };
                Loaded::ReviewDetail(Box::new(ReviewFile { deal, drafts, reviews, creator }))
            }
            Request::Deal(deal) => {
                let summary = r.deal_summary(deal).await.map_err(code)?.ok_or_else(|| "not-found".to_string())?;
                let events = r.deal_events(deal, 500).await.map_err(code)?;
                let (voice, all) = r.creator_messages(summary.deal.creator_id, 500).await.map_err(code)?;
                let messages = all.into_iter().filter(|m| m.notice.deal() == Some(deal)).collect();
                let payments = self.app.store().payments(deal).await.map_err(code)?;
                let reminders = r.deal_reminders(deal).await.map_err(code)?;
                let negotiation = self.app.negotiation(self.operator.id, deal).await.map_err(code)?;
                Loaded::Deal(Box::new(DealFile { summary, events, voice, messages, payments, reminders, negotiation }))
            }
            Request::Payments(filter, offset) => {
                Loaded::Payments(filter, r.payments_page(brand, filter, now, offset, PAGE).await.map_err(code)?)
            }
            Request::Reports => Loaded::Reports(
                r.campaign_figures(brand).await.map_err(code)?,
                r.daily_events(now, 30).await.map_err(code)?,
            ),
            Request::Activity => {
                Loaded::Activity(r.outbox_health().await.map_err(code)?, r.recent_outbox(PAGE).await.map_err(code)?)
            }
            Request::CancelPreview(deal) => {
                Loaded::CancelPreview(Box::new(self.app.cancel_preview(self.operator.id, deal).await.map_err(code)?))
            }
            Request::Do(op) => {
                let (done, refused) = self.act(&op).await;
                Loaded::Done(op, done, refused)
            }
            Request::Files(work) => Loaded::Files(crate::draft_file::run(self.files.clone(), work).await),
        })
    }

    async fn act(&self, op: &Op) -> (usize, Vec<String>) {
        let by = self.operator.id;
        let one = |r: Result<(), AppError>| match r {
            Ok(()) => (1, Vec::new()),
            Err(e) => (0, vec![e.code().to_string()]),
        };
        match op {
            Op::Approve(deal) => one(self.app.approve_draft(by, *deal, "").await.map(drop)),
            Op::RequestChanges(deal, notes) => one(self.app.request_changes(by, *deal, notes, false).await.map(drop)),
            Op::MarkPaid(payment, reference) => one(self.app.mark_paid(by, *payment, reference).await.map(drop)),
            Op::CreateCampaign(spec) => {
                one(self.app.create_campaign(by, self.operator.brand_id, (**spec).clone()).await.map(drop))
            }
            Op::UpdateCampaign(id, spec) => one(self.app.update_campaign(by, *id, (**spec).clone()).await),
            Op::AcceptCounter(deal) => one(self.app.accept_counter(by, *deal).await.map(drop)),
            Op::VerifyPost(deal) => one(self.app.verify_post(by, *deal).await.map(drop)),
            Op::CancelDeal(deal, reason) => one(self.app.cancel_deal(by, *deal, reason).await.map(drop)),
            Op::CounterBack(deal, fee, note) => one(self.app.counter_back(by, *deal, *fee, note).await.map(drop)),
            Op::DeclineCounter(deal, note) => one(self.app.decline_counter(by, *deal, note).await.map(drop)),
            Op::RefusePost(deal, reason) => one(self.app.refuse_post(by, *deal, reason).await.map(drop)),
            Op::MakeOffers(campaign, creators, terms) => {
                let (mut done, mut refused) = (0, Vec::new());
                for creator in creators {
                    match self.app.make_offer(by, *campaign, *creator, (**terms).clone()).await {
                        Ok(_) => done += 1,
                        Err(e) => refused.push(e.code().to_string()),
                    }
                }
                (done, refused)
            }
        }
    }
}
