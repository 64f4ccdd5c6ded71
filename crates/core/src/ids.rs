//! Typed row identifiers, so a `DealId` is never passed where a `CreatorId` is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

id_type!(
    /// A brand (or an agency's client brand).
    BrandId,
    /// A person working the dashboard.
    OperatorId,
    /// A campaign of a brand.
    CampaignId,
    /// A creator in the pool.
    CreatorId,
    /// One collaboration between a campaign and a creator.
    DealId,
    /// One uploaded draft version.
    DraftId,
    /// A live post submitted for a deal.
    PostId,
    /// A scheduled or completed payment.
    PaymentId,
    /// An audit log entry.
    EventId,
    /// A queued outbound message.
    OutboxId
);
