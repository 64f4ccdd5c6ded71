//! Rows the money-and-results part of the storage port returns (attribution, payouts),
//! kept apart from `port.rs` so that file stays about the flow.

use linkstar_core::attribution::DiscountCode;
use linkstar_core::ids::{BrandId, CampaignId, CreatorId, DealId};
use linkstar_core::money::Currency;
use linkstar_core::payment::{Payment, PaymentStatus};
use linkstar_core::stage::Stage;

/// A deal with what the shop needs to attribute its sales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionFacts {
    /// The deal.
    pub deal: DealId,
    /// Its campaign.
    pub campaign: CampaignId,
    /// The creator.
    pub creator: CreatorId,
    /// The creator's name.
    pub creator_name: String,
    /// Where the deal is.
    pub stage: Stage,
    /// The deal's discount code, if it has one.
    pub discount_code: Option<DiscountCode>,
}

/// Which payments a payout list holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutFilter {
    /// Only this brand's payments.
    pub brand: BrandId,
    /// Only payments in this currency.
    pub currency: Option<Currency>,
    /// Only payments in these statuses (empty: every status).
    pub statuses: Vec<PaymentStatus>,
    /// Only this campaign's payments.
    pub campaign: Option<CampaignId>,
}

/// A payment with the names a payout file shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayoutRow {
    /// The payment.
    pub payment: Payment,
    /// Campaign name.
    pub campaign: String,
    /// The creator.
    pub creator: CreatorId,
    /// Creator name.
    pub creator_name: String,
}
