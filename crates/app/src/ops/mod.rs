//! The operations, grouped by the part of the flow they serve. Every public method on
//! [`App`] is one transaction: nothing is written unless all of it is.

mod alerts;
mod backfill;
mod cancel;
mod chats;
mod content;
mod creators;
mod deadlines;
mod money;
mod negotiation;
mod offers;
mod payments;
mod posts;
mod results;
mod setup;

pub use alerts::DigestOutcome;
pub use backfill::{BackfillPage, BackfillReport, BackfillStep};
pub use cancel::{CancelLine, CancelPreview};
pub use content::DraftReceipt;
pub use creators::ImportReport;
pub use deadlines::ScheduledOutcome;
pub use money::CloseReport;
pub use negotiation::{Negotiation, NegotiationMove, NegotiationStep, Party};
pub use offers::Invitation;
pub use results::{AttributionLine, FetchReport, MetricsImportReport};

use std::sync::Arc;

use serde_json::Value;

use linkstar_core::audit::{Actor, NewEvent};
use linkstar_core::brand::{Operator, Permission};
use linkstar_core::deal::Deal;
use linkstar_core::ids::{CreatorId, DealId, OperatorId};
use linkstar_core::place::ChatAccount;

use crate::clock::Clock;
use crate::error::AppError;
use crate::port::{Store, StoreError, Tx};

/// Result of an operation.
pub type AppResult<T> = Result<T, AppError>;

/// The application: the store and clock every operation uses.
#[derive(Clone)]
pub struct App {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl App {
    /// Wires the application to a store and a clock. The app reads the clock at the
    /// storage precision (whole milliseconds), the one precision of instants.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self { store, clock: Arc::new(crate::clock::StoragePrecision(clock)) }
    }

    /// The store, for read-only queries.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The clock operations use.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    async fn begin(&self) -> AppResult<Box<dyn Tx>> {
        Ok(self.store.begin().await?)
    }
}

/// Builds an audit event.
fn event(
    actor: Actor,
    deal: Option<DealId>,
    kind: &str,
    payload: Value,
    at: linkstar_core::time::Timestamp,
) -> NewEvent {
    NewEvent { at, actor, deal_id: deal, kind: kind.to_string(), payload: payload.to_string() }
}

/// Loads the operator and checks their role allows `permission`.
async fn authorize(tx: &mut dyn Tx, id: OperatorId, permission: Permission) -> AppResult<Operator> {
    let op = match tx.operator(id).await {
        Ok(op) => op,
        Err(StoreError::NotFound(_)) => return Err(AppError::NotFound("operator")),
        Err(e) => return Err(e.into()),
    };
    if !op.role.allows(permission) {
        return Err(AppError::Forbidden { role: op.role.as_str(), action: permission_name(permission) });
    }
    Ok(op)
}

fn permission_name(p: Permission) -> &'static str {
    match p {
        Permission::ManageTeam => "manage the team",
        Permission::ManageCampaigns => "manage campaigns",
        Permission::MakeOffers => "make offers",
        Permission::ReviewDrafts => "review drafts",
        Permission::VerifyPosts => "verify posts",
        Permission::PayCreators => "mark payments paid",
    }
}

/// Loads a deal an operator works on: it must belong to one of their brand's campaigns.
async fn operator_deal(tx: &mut dyn Tx, op: &Operator, id: DealId) -> AppResult<Deal> {
    let deal = match tx.deal(id).await {
        Ok(d) => d,
        Err(StoreError::NotFound(_)) => return Err(AppError::NotFound("deal")),
        Err(e) => return Err(e.into()),
    };
    let campaign = tx.campaign(deal.campaign_id).await?;
    if campaign.brand_id != op.brand_id {
        return Err(AppError::NotFound("deal"));
    }
    Ok(deal)
}

/// The creator a chat account is linked to.
async fn linked_creator(tx: &mut dyn Tx, chat: &ChatAccount) -> AppResult<CreatorId> {
    tx.creator_by_chat(chat).await?.ok_or(AppError::NotFound("creator"))
}

/// Loads a deal a creator acts on. Someone else's deal and a deal that does not exist
/// get the same answer, so ids cannot be probed.
async fn creator_deal(tx: &mut dyn Tx, chat: &ChatAccount, id: DealId) -> AppResult<(CreatorId, Deal)> {
    let creator = linked_creator(tx, chat).await?;
    match tx.deal(id).await {
        Ok(deal) if deal.creator_id == creator => Ok((creator, deal)),
        Ok(_) | Err(StoreError::NotFound(_)) => Err(AppError::NotYourDeal),
        Err(e) => Err(e.into()),
    }
}

/// The stage move as audit payload.
fn stage_payload(before: &Deal, after: &Deal, extra: Value) -> Value {
    let mut v = serde_json::json!({ "from": before.stage.as_str(), "to": after.stage.as_str() });
    if let (Some(obj), Value::Object(more)) = (v.as_object_mut(), extra) {
        obj.extend(more);
    }
    v
}
