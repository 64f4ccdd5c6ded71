//! Typed messages to creators and operators. The outbox stores a [`Notice`] as its
//! message id plus arguments (serde: `{"id": "...", ...fields}`) and the i18n crate
//! renders it in the recipient's language and time zone when it is sent.

use serde::{Deserialize, Serialize};

use crate::alerts::Digest;
use crate::ids::{BrandId, CreatorId, DealId};
use crate::money::Money;
use crate::place::ChatPlatform;
use crate::reminder::DeadlineKind;
use crate::time::Timestamp;

/// Who an outbox message is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Recipient {
    /// A creator, on the chat account they use.
    Creator(CreatorId),
    /// The brand's operator alert chat.
    Operators(BrandId),
}

/// Something a creator or the operators must be told. Each variant is one Fluent
/// message (`notice-<id>`); its fields are the message's arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum Notice {
    /// A new offer for the creator (the invite card).
    Invite {
        /// The deal offered.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// Product promoted.
        product: String,
        /// Fixed fee (zero for pure commission).
        fee: Money,
        /// Answer by.
        respond_by: Timestamp,
    },
    /// The operator changed the terms; the creator must accept again.
    OfferRevised {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// Fee now offered.
        fee: Money,
        /// Names of the terms that changed (`fee`, `draft_due`, ...).
        changed: Vec<String>,
        /// Answer by.
        respond_by: Timestamp,
        /// The brand's note, when it answered a counter-offer with its own fee.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The brand declined the creator's proposed fee; its offer stands.
    CounterDeclined {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// The offer's fee, which stands.
        fee: Money,
        /// Answer by (the offer's respond-by).
        due: Timestamp,
        /// The brand's note; empty when none.
        #[serde(default)]
        note: String,
    },
    /// The brand refused the submitted post link; the creator should send another.
    PostRefused {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// The refused link.
        url: String,
        /// Why.
        reason: String,
    },
    /// The creator's acceptance is recorded; the contract stands.
    ContractConfirmed {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// When the first draft is due.
        draft_due: Timestamp,
        /// Short form of the terms fingerprint, as evidence.
        terms_hash: String,
    },
    /// The brand asked for changes to a draft.
    ChangesRequested {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// The reviewer's notes.
        notes: String,
        /// This round's number (1-based).
        round: u32,
        /// Rounds included in the terms.
        rounds: u32,
    },
    /// The draft is approved: publish within the window.
    DraftApproved {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// Publish from.
        publish_opens: Timestamp,
        /// Publish until.
        publish_closes: Timestamp,
        /// The deal's tracking link, if the campaign has one.
        tracking_link: Option<String>,
        /// The deal's discount code for the creator's audience, if it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        discount_code: Option<String>,
    },
    /// The live post is verified.
    PostVerified {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
    },
    /// A payment to the creator was scheduled.
    PaymentScheduled {
        /// The deal.
        deal: DealId,
        /// Amount.
        amount: Money,
        /// Due date.
        due: Timestamp,
    },
    /// A payment to the creator was made.
    PaymentPaid {
        /// The deal.
        deal: DealId,
        /// Amount.
        amount: Money,
        /// Bank or payout reference.
        reference: String,
    },
    /// The brand cancelled the deal.
    DealCancelled {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
    },
    /// The offer expired unanswered.
    InviteExpired {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
    },
    /// A deadline is near or passed: rendered with the due time in the creator's zone
    /// and the time left as of sending.
    Reminder {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// Which deadline.
        deadline: DeadlineKind,
        /// When it is due.
        due: Timestamp,
    },
    /// To operators: a draft left unreviewed past the review SLA was approved
    /// automatically, as the campaign allows.
    DraftAutoApproved {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// The review SLA that ran out, in hours.
        hours: u32,
    },
    /// To operators: a creator proposed another fee.
    CounterReceived {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Fee proposed.
        fee: Money,
    },
    /// To operators: a creator declined.
    OfferDeclined {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
    },
    /// To operators: a draft waits for review.
    DraftSubmitted {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Draft version number.
        version: u32,
    },
    /// To operators: a live post link waits for verification.
    PostSubmitted {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// The post URL.
        url: String,
    },
    /// To operators: no chat reaches a creator any more (they blocked the bot or
    /// closed their DMs); their messages wait until they write again.
    CreatorUnreachable {
        /// Creator name.
        creator: String,
        /// The platform whose chat failed.
        platform: ChatPlatform,
    },
    /// To operators: the daily digest of what needs their attention.
    DailyDigest {
        /// What it lists, rendered in the operators' language when sent.
        digest: Box<Digest>,
    },
    /// To operators: a payment the brand owes is near or past its due date; rendered
    /// with the due time and how far off it is as of sending.
    PaymentDue {
        /// The deal.
        deal: DealId,
        /// Creator name (the payee).
        creator: String,
        /// Amount owed.
        amount: Money,
        /// When it is due.
        due: Timestamp,
    },
    /// To operators: the creator missed the draft deadline (first draft or revision).
    DraftOverdue {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// The missed deadline.
        due: Timestamp,
    },
    /// To operators: the publish window closed without the live post.
    PostOverdue {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// When the window closed.
        due: Timestamp,
    },
    /// To operators: a draft waits for review past the SLA (the campaign does not
    /// approve automatically).
    ReviewOverdue {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// The review SLA that ran out, in hours.
        hours: u32,
    },
    /// To operators: a creator's counter-offer still waits for their answer; rendered
    /// with the answer-by and how far off it is as of sending.
    CounterPending {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Fee proposed.
        fee: Money,
        /// When the negotiation expires unanswered.
        due: Timestamp,
    },
    /// To operators: nobody answered a creator's counter-offer in time; the deal expired.
    CounterExpired {
        /// The deal.
        deal: DealId,
        /// Creator name.
        creator: String,
        /// Fee proposed.
        fee: Money,
    },
    /// To the creator: the brand did not answer their proposed fee in time; the offer
    /// has expired.
    NegotiationExpired {
        /// The deal.
        deal: DealId,
        /// Campaign name.
        campaign: String,
        /// The fee they proposed.
        fee: Money,
    },
}

impl Notice {
    /// The message id stored in the outbox row (`invite`, `changes-requested`, ...).
    pub fn id(&self) -> &'static str {
        match self {
            Notice::Invite { .. } => "invite",
            Notice::OfferRevised { .. } => "offer-revised",
            Notice::CounterDeclined { .. } => "counter-declined",
            Notice::PostRefused { .. } => "post-refused",
            Notice::ContractConfirmed { .. } => "contract-confirmed",
            Notice::ChangesRequested { .. } => "changes-requested",
            Notice::DraftApproved { .. } => "draft-approved",
            Notice::PostVerified { .. } => "post-verified",
            Notice::PaymentScheduled { .. } => "payment-scheduled",
            Notice::PaymentPaid { .. } => "payment-paid",
            Notice::DealCancelled { .. } => "deal-cancelled",
            Notice::InviteExpired { .. } => "invite-expired",
            Notice::Reminder { .. } => "reminder",
            Notice::DraftAutoApproved { .. } => "draft-auto-approved",
            Notice::CounterReceived { .. } => "counter-received",
            Notice::OfferDeclined { .. } => "offer-declined",
            Notice::DraftSubmitted { .. } => "draft-submitted",
            Notice::PostSubmitted { .. } => "post-submitted",
            Notice::CreatorUnreachable { .. } => "creator-unreachable",
            Notice::DailyDigest { .. } => "daily-digest",
            Notice::PaymentDue { .. } => "payment-due",
            Notice::DraftOverdue { .. } => "draft-overdue",
            Notice::PostOverdue { .. } => "post-overdue",
            Notice::ReviewOverdue { .. } => "review-overdue",
            Notice::CounterPending { .. } => "counter-pending",
            Notice::CounterExpired { .. } => "counter-expired",
            Notice::NegotiationExpired { .. } => "negotiation-expired",
        }
    }

    /// The deal the notice is about; `None` for notices about no one deal (a creator
    /// out of reach, the daily digest).
    pub fn deal(&self) -> Option<DealId> {
        match self {
            Notice::Invite { deal, .. }
            | Notice::OfferRevised { deal, .. }
            | Notice::CounterDeclined { deal, .. }
            | Notice::PostRefused { deal, .. }
            | Notice::ContractConfirmed { deal, .. }
            | Notice::ChangesRequested { deal, .. }
            | Notice::DraftApproved { deal, .. }
            | Notice::PostVerified { deal, .. }
            | Notice::PaymentScheduled { deal, .. }
            | Notice::PaymentPaid { deal, .. }
            | Notice::DealCancelled { deal, .. }
            | Notice::InviteExpired { deal, .. }
            | Notice::Reminder { deal, .. }
            | Notice::DraftAutoApproved { deal, .. }
            | Notice::CounterReceived { deal, .. }
            | Notice::OfferDeclined { deal, .. }
            | Notice::DraftSubmitted { deal, .. }
            | Notice::PostSubmitted { deal, .. }
            | Notice::PaymentDue { deal, .. }
            | Notice::DraftOverdue { deal, .. }
            | Notice::PostOverdue { deal, .. }
            | Notice::ReviewOverdue { deal, .. }
            | Notice::CounterPending { deal, .. }
            | Notice::CounterExpired { deal, .. }
            | Notice::NegotiationExpired { deal, .. } => Some(*deal),
            Notice::CreatorUnreachable { .. } | Notice::DailyDigest { .. } => None,
        }
    }

    /// The whole notice as JSON (id plus arguments), the outbox row's payload.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored payload back.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[test]
    fn notices_round_trip_with_their_id() {
        let n = Notice::CounterReceived {
            deal: DealId(7),
            creator: "Ana".into(),
            fee: Money::new(120_000, Currency::parse("BRL").expect("BRL")),
        };
        let json = n.to_json();
        assert!(json.starts_with(r#"{"id":"counter-received""#), "{json}");
        assert_eq!(Notice::from_json(&json).ok(), Some(n));
    }

    #[test]
    fn revised_offers_stored_before_notes_still_read() {
        let old = r#"{"id":"offer-revised","deal":3,"campaign":"Glow","fee":{"minor":65000,"currency":"EUR"},"changed":["fee"],"respond_by":"2026-12-01T12:00:00Z"}"#;
        let n = Notice::from_json(old);
        assert!(matches!(n, Ok(Notice::OfferRevised { note: None, .. })), "{n:?}");
        let back = n.map(|n| n.to_json()).unwrap_or_default();
        assert!(!back.contains("note"), "no note, no field: {back}");
    }

    #[test]
    fn operator_notices_without_a_deal_round_trip() {
        let n = Notice::CreatorUnreachable { creator: "Ana".into(), platform: ChatPlatform::Discord };
        let json = n.to_json();
        assert_eq!(json, r#"{"id":"creator-unreachable","creator":"Ana","platform":"discord"}"#);
        assert_eq!(Notice::from_json(&json).ok(), Some(n.clone()));
        assert_eq!(n.deal(), None);
    }
}
