//! Planning the deals that have no reminder rows yet: the back-fill `linkstar serve` runs
//! at start and `linkstar reminders plan` runs on demand (deals from before reminders
//! existed get theirs otherwise only when an operation next touches them).
//!
//! Pages of deals are read and planned outside the write lock while the previous page
//! is written, so reading and writing overlap. Every change to a deal, its payments,
//! its creator or its campaign appends an audit event in its transaction, so a page read
//! outside the lock is written as read only when nothing but the back-fill itself has
//! committed since the page's audit head; otherwise it is read again inside the write
//! transaction.

use std::collections::HashMap;

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::ids::{DealId, EventId};
use linkstar_core::time::Timestamp;

use super::deadlines::deal_rows;
use super::{App, AppResult, event};
use crate::port::StoreError;
use crate::schedule_port::{NewReminder, UnplannedPage};

/// Deals planned per back-fill transaction.
const BACKFILL_BATCH: u32 = 2_000;

/// What the back-fill planned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BackfillReport {
    /// Deals that had no rows and were looked at.
    pub deals: u64,
    /// Rows planned for them.
    pub rows: u64,
}

/// A page of deals without rows, read and planned outside the write lock; written by
/// [`App::write_backfill_page`].
#[derive(Debug, Clone)]
pub struct BackfillPage {
    /// The page holds deals with ids above this.
    after: DealId,
    /// Deals per page.
    batch: u32,
    /// The audit head read before the deals.
    head: EventId,
    /// When it was planned.
    now: Timestamp,
    /// Its first and last deal; `None` when no deal is left to plan.
    span: Option<(DealId, DealId)>,
    /// Deals in the page.
    deals: u64,
    /// The rows planned for them.
    rows: Vec<NewReminder>,
}

impl BackfillPage {
    /// The last deal in the page: the next page starts after it. `None` when no deal
    /// was left to plan.
    pub fn last(&self) -> Option<DealId> {
        self.span.map(|(_, last)| last)
    }
}

/// What writing one page did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackfillStep {
    /// The `reminders.backfill` audit event written; `None` when the page, read again,
    /// had no deal left.
    pub event: Option<EventId>,
    /// The last deal planned: the next page starts after it.
    pub last: Option<DealId>,
    /// Deals planned.
    pub deals: u64,
    /// Rows written.
    pub rows: u64,
    /// Whether something else had committed since the page was read, so it was read
    /// and planned again inside the transaction.
    pub reread: bool,
}

/// Plans every deal of a page under its campaign's reminder policy.
fn plan_page(page: &UnplannedPage, now: Timestamp) -> AppResult<Vec<NewReminder>> {
    let campaigns: HashMap<_, _> = page.campaigns.iter().map(|c| (c.id, c)).collect();
    let mut rows = Vec::with_capacity(page.deals.len() * 6);
    for deal in &page.deals {
        let campaign = campaigns.get(&deal.campaign).ok_or(StoreError::NotFound("campaign"))?;
        rows.extend(deal_rows(campaign, deal, now));
    }
    Ok(rows)
}

fn span(page: &UnplannedPage) -> Option<(DealId, DealId)> {
    Some((page.deals.first()?.id, page.deals.last()?.id))
}

impl App {
    /// Plans the rows of every deal in a non-final stage that has none at all, in pages
    /// of 2,000 deals, one transaction and one audit event each.
    pub async fn plan_missing_reminders(&self) -> AppResult<BackfillReport> {
        self.plan_missing_reminders_in(BACKFILL_BATCH).await
    }

    /// [`App::plan_missing_reminders`] with `batch` deals per transaction. The next page
    /// is read and planned while the previous one is written.
    pub async fn plan_missing_reminders_in(&self, batch: u32) -> AppResult<BackfillReport> {
        let mut report = BackfillReport::default();
        let mut page = self.backfill_page(DealId(0), batch).await?;
        let mut written = None;
        while let Some(last) = page.last() {
            let (step, next) =
                futures::future::join(self.write_backfill_page(page, written), self.backfill_page(last, batch)).await;
            let step = step?;
            report.deals += step.deals;
            report.rows += step.rows;
            written = step.event;
            page = match (step.reread, step.last) {
                (false, _) => next?,
                // The page read beside a stale one may overlap what was planned instead.
                (true, Some(last)) => self.backfill_page(last, batch).await?,
                (true, None) => break,
            };
        }
        Ok(report)
    }

    /// Reads and plans up to `batch` deals without rows after `after`, outside the
    /// write lock.
    pub async fn backfill_page(&self, after: DealId, batch: u32) -> AppResult<BackfillPage> {
        let now = self.clock.now();
        let batch = batch.max(1);
        let page = self.store.unplanned_page(after, batch).await?;
        let rows = plan_page(&page, now)?;
        Ok(BackfillPage { after, batch, head: page.head, now, span: span(&page), deals: page.deals.len() as u64, rows })
    }

    /// Writes a page's rows in one transaction with one audit event. `written` is the
    /// back-fill's own event committed while the page was being read, if any: the page
    /// holds when nothing else has committed since its head; otherwise it is read and
    /// planned again here, behind the write lock.
    pub async fn write_backfill_page(&self, page: BackfillPage, written: Option<EventId>) -> AppResult<BackfillStep> {
        let mut tx = self.begin().await?;
        let head = tx.audit_head().await?;
        let holds = head == page.head || (written == Some(head) && head.0 == page.head.0 + 1);
        let (span, deals, rows) = if holds {
            (page.span, page.deals, page.rows)
        } else {
            let fresh = tx.unplanned_page(page.after, page.batch).await?;
            let rows = plan_page(&fresh, page.now)?;
            (span(&fresh), fresh.deals.len() as u64, rows)
        };
        let Some((first, last)) = span else {
            return Ok(BackfillStep { event: None, last: None, deals: 0, rows: 0, reread: !holds });
        };
        tx.insert_reminders(&rows, page.now).await?;
        let payload = json!({ "deals": deals, "rows": rows.len(), "first": first, "last": last });
        let id = tx.append_event(event(Actor::System, None, AuditKind::RemindersBackfill, payload, page.now)).await?;
        tx.commit().await?;
        Ok(BackfillStep { event: Some(id), last: Some(last), deals, rows: rows.len() as u64, reread: !holds })
    }
}
