//! The activity timeline read model: the store's page with operators named.

use std::collections::BTreeMap;

use linkstar_core::audit::Actor;
use linkstar_core::ids::OperatorId;

use super::{App, AppResult};
use crate::error::AppError;
use crate::timeline::{TimelineEntry, TimelineFilter, TimelinePage, TimelineQuery, TimelineWhat};

/// The largest page a timeline serves.
const MAX_PAGE: u32 = 500;

impl App {
    /// A page of the operator's brand's activity, newest first: creator messages in,
    /// operator actions, deliveries and failures, reminders — each with its creator and
    /// campaign by name. Every role of the brand may read it. A campaign or creator
    /// filter that matches nothing of the brand gives an empty page.
    pub async fn timeline(
        &self,
        by: OperatorId,
        filter: &TimelineFilter,
        page: TimelinePage,
    ) -> AppResult<Vec<TimelineEntry>> {
        let op = self.operator_reading(by).await?;
        if page.limit == 0 || page.limit > MAX_PAGE {
            let why = format!("a page holds 1 to {MAX_PAGE} entries");
            return Err(linkstar_core::DomainError::invalid("page", why).into());
        }
        let query = TimelineQuery { brand: op.brand_id, filter: filter.clone(), page };
        let rows = self.store.timeline(&query).await?;
        let mut names: BTreeMap<OperatorId, Option<String>> = BTreeMap::new();
        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            let operator = match &row.what {
                TimelineWhat::Event { actor: Actor::Operator(id), .. } => {
                    if !names.contains_key(id) {
                        let name = self.store.operator_by_id(*id).await.map_err(AppError::from)?.map(|o| o.name);
                        names.insert(*id, name);
                    }
                    names.get(id).cloned().flatten()
                }
                _ => None,
            };
            entries.push(TimelineEntry {
                at: row.at,
                kind: row.kind(),
                deal: row.deal,
                campaign: row.campaign,
                creator: row.creator,
                handle: row.handle,
                operator,
                what: row.what,
            });
        }
        Ok(entries)
    }
}
