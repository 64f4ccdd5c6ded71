//! The creator pool as the dashboard's Creators view shows it: a filtered, paged search
//! ([`Store::search_creators`]) with each creator's fit for a chosen campaign
//! ([`fit_score`] against its wanted profile). `linkstar creators search` reads it here,
//! so the shell and the dashboard list and score the same creators.

use linkstar_core::campaign::Campaign;
use linkstar_core::checks::{FitScore, fit_score};
use linkstar_core::creator::{Creator, CreatorQuery};

use crate::port::{Store, StoreResult};

/// A creator found in the pool, with the fit for the chosen campaign (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolRow {
    /// The creator.
    pub creator: Creator,
    /// How well the creator fits the campaign's wanted profile.
    pub fit: Option<FitScore>,
}

/// One page of the pool for `query`, scored against `fit_for` when given.
pub async fn search_pool(
    store: &dyn Store,
    query: &CreatorQuery,
    fit_for: Option<&Campaign>,
) -> StoreResult<Vec<PoolRow>> {
    let creators = store.search_creators(query).await?;
    Ok(creators
        .into_iter()
        .map(|creator| {
            let fit = fit_for.map(|c| fit_score(&creator.profile, &c.spec.wanted));
            PoolRow { creator, fit }
        })
        .collect())
}
