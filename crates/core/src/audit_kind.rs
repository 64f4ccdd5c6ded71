//! What an audit event records, typed. The stored kind strings (`deal.accept`, …) are
//! covered by the hash chain, so each variant writes exactly the string stored before it
//! existed (a golden test pins every one); kinds this version does not know — from
//! older or newer versions — read as [`AuditKind::Other`] and write back unchanged.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares the kinds once: variant, stored string, activity group, doc.
macro_rules! audit_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal => $group:ident, )*) => {
        /// What an audit event records.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum AuditKind {
            $( $(#[$doc])* $variant, )*
            /// A kind this version does not know, kept as stored.
            Other(String),
        }

        impl AuditKind {
            /// Every known kind.
            pub const KNOWN: &'static [AuditKind] = &[$( AuditKind::$variant, )*];

            /// The stored kind string.
            pub fn as_str(&self) -> &str {
                match self {
                    $( AuditKind::$variant => $text, )*
                    AuditKind::Other(text) => text,
                }
            }

            /// Reads a stored kind string; unknown ones are kept as [`AuditKind::Other`].
            pub fn parse(text: &str) -> AuditKind {
                match text {
                    $( $text => AuditKind::$variant, )*
                    other => AuditKind::Other(other.to_string()),
                }
            }

            /// Which part of the activity timeline the kind belongs to, when the actor
            /// alone does not say it (see [`ActivityKind::of`]).
            fn group(&self) -> Group {
                match self {
                    $( AuditKind::$variant => Group::$group, )*
                    AuditKind::Other(_) => Group::ByActor,
                }
            }
        }
    };
}

audit_kinds! {
    /// A brand was created.
    BrandCreate = "brand.create" => ByActor,
    /// An operator was added.
    OperatorCreate = "operator.create" => ByActor,
    /// A campaign was created.
    CampaignCreate = "campaign.create" => ByActor,
    /// A campaign's spec was edited.
    CampaignUpdate = "campaign.update" => ByActor,
    /// A campaign was closed (commissions computed, deals settled).
    CampaignClose = "campaign.close" => ByActor,
    /// Creators were imported into the pool.
    CreatorsImport = "creators.import" => ByActor,
    /// A creator chose their language.
    CreatorLanguage = "creator.language" => ByActor,
    /// A chat account was linked to a creator.
    ChatLink = "chat.link" => ByActor,
    /// A creator's chat became reachable again.
    ChatReachable = "chat.reachable" => ByActor,
    /// A creator's chat stopped being reachable.
    ChatUnreachable = "chat.unreachable" => ByActor,
    /// An offer was made.
    DealOffer = "deal.offer" => ByActor,
    /// The creator accepted.
    DealAccept = "deal.accept" => ByActor,
    /// The creator declined.
    DealDecline = "deal.decline" => ByActor,
    /// The creator proposed another fee.
    DealCounter = "deal.counter" => ByActor,
    /// The brand revised the offer.
    DealRevise = "deal.revise" => ByActor,
    /// The brand took the creator's fee.
    DealAcceptCounter = "deal.accept_counter" => ByActor,
    /// The brand answered a counter-offer with its own fee.
    DealCounterBack = "deal.counter_back" => ByActor,
    /// The brand declined a counter-offer; its offer stood.
    DealDeclineCounter = "deal.decline_counter" => ByActor,
    /// The offer expired unanswered.
    DealExpire = "deal.expire" => ByActor,
    /// The deal was cancelled.
    DealCancel = "deal.cancel" => ByActor,
    /// Every payment settled; the deal completed.
    DealSettle = "deal.settle" => ByActor,
    /// A deadline of the deal was missed.
    DealOverdue = "deal.overdue" => Reminder,
    /// The deal's discount code was set or cleared.
    DealDiscountCode = "deal.discount_code" => ByActor,
    /// A draft version arrived.
    DraftSubmit = "draft.submit" => ByActor,
    /// A draft was approved.
    DraftApprove = "draft.approve" => ByActor,
    /// Changes to a draft were requested.
    DraftRequestChanges = "draft.request_changes" => ByActor,
    /// A review waited past its SLA.
    ReviewOverdue = "review.overdue" => Reminder,
    /// A live post link arrived.
    PostSubmit = "post.submit" => ByActor,
    /// The live post was verified.
    PostVerify = "post.verify" => ByActor,
    /// The post link was refused; the creator sends another.
    PostRefuse = "post.refuse" => ByActor,
    /// The post came down too early.
    PostRemoved = "post.removed" => ByActor,
    /// Metrics were recorded by hand.
    MetricsRecord = "metrics.record" => ByActor,
    /// Metrics were imported from a file.
    MetricsImport = "metrics.import" => ByActor,
    /// Metrics were fetched from a platform.
    MetricsFetch = "metrics.fetch" => ByActor,
    /// A payment was scheduled.
    PaymentSchedule = "payment.schedule" => ByActor,
    /// A payment fell due.
    PaymentDue = "payment.due" => Reminder,
    /// A payment was marked paid.
    PaymentPaid = "payment.paid" => ByActor,
    /// The operators were reminded of a payment.
    PaymentReminder = "payment.reminder" => Reminder,
    /// An exchange rate was entered.
    FxRate = "fx.rate" => ByActor,
    /// A creator was reminded of a deadline.
    ReminderSend = "reminder.send" => Reminder,
    /// The operators were reminded of a waiting counter-offer.
    CounterReminder = "counter.reminder" => Reminder,
    /// Reminders were planned for deals that had none.
    RemindersBackfill = "reminders.backfill" => ByActor,
    /// The operators' daily digest was queued.
    AlertsDigest = "alerts.digest" => Reminder,
}

/// How [`ActivityKind::of`] places a kind.
enum Group {
    /// By who acted: creator, operator or LinkStar.
    ByActor,
    /// A reminder or a missed deadline, whoever recorded it.
    Reminder,
}

impl fmt::Display for AuditKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuditKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuditKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(AuditKind::parse(&String::deserialize(d)?))
    }
}

/// The kinds of entry in the operators' activity timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// A creator did something through their chat (answered, sent a draft or a link).
    CreatorMessage,
    /// An operator acted.
    OperatorAction,
    /// A message reached its recipient.
    Delivery,
    /// A message could not be delivered.
    DeliveryFailure,
    /// A reminder was sent, or a deadline passed.
    Reminder,
    /// LinkStar moved something by itself (expiry, settling, imports).
    System,
}

impl ActivityKind {
    /// Every kind, in display order.
    pub const ALL: [ActivityKind; 6] = [
        ActivityKind::CreatorMessage,
        ActivityKind::OperatorAction,
        ActivityKind::Delivery,
        ActivityKind::DeliveryFailure,
        ActivityKind::Reminder,
        ActivityKind::System,
    ];

    /// Stable snake_case name, for filters and Fluent ids.
    pub fn as_str(&self) -> &'static str {
        match self {
            ActivityKind::CreatorMessage => "creator_message",
            ActivityKind::OperatorAction => "operator_action",
            ActivityKind::Delivery => "delivery",
            ActivityKind::DeliveryFailure => "delivery_failure",
            ActivityKind::Reminder => "reminder",
            ActivityKind::System => "system",
        }
    }

    /// Parses a stable name.
    pub fn parse(text: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Where an audit event recorded by `actor` belongs.
    pub fn of(kind: &AuditKind, actor: &crate::audit::Actor) -> ActivityKind {
        use crate::audit::Actor;
        match (kind.group(), actor) {
            (Group::Reminder, _) => ActivityKind::Reminder,
            (Group::ByActor, Actor::Creator(_)) => ActivityKind::CreatorMessage,
            (Group::ByActor, Actor::Operator(_)) => ActivityKind::OperatorAction,
            (Group::ByActor, Actor::System) => ActivityKind::System,
        }
    }

    /// The audit kinds that are reminders whoever recorded them.
    pub fn reminder_kinds() -> impl Iterator<Item = &'static AuditKind> {
        AuditKind::KNOWN.iter().filter(|k| matches!(k.group(), Group::Reminder))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::Actor;
    use crate::ids::{CreatorId, OperatorId};

    /// The strings the hash chain covers. Changing one breaks every stored chain, so this
    /// list only ever grows.
    const GOLDEN: &[&str] = &[
        "brand.create",
        "operator.create",
        "campaign.create",
        "campaign.update",
        "campaign.close",
        "creators.import",
        "creator.language",
        "chat.link",
        "chat.reachable",
        "chat.unreachable",
        "deal.offer",
        "deal.accept",
        "deal.decline",
        "deal.counter",
        "deal.revise",
        "deal.accept_counter",
        "deal.counter_back",
        "deal.decline_counter",
        "deal.expire",
        "deal.cancel",
        "deal.settle",
        "deal.overdue",
        "deal.discount_code",
        "draft.submit",
        "draft.approve",
        "draft.request_changes",
        "review.overdue",
        "post.submit",
        "post.verify",
        "post.refuse",
        "post.removed",
        "metrics.record",
        "metrics.import",
        "metrics.fetch",
        "payment.schedule",
        "payment.due",
        "payment.paid",
        "payment.reminder",
        "fx.rate",
        "reminder.send",
        "counter.reminder",
        "reminders.backfill",
        "alerts.digest",
    ];

    #[test]
    fn every_kind_writes_the_string_stored_before_it() {
        let written: Vec<&str> = AuditKind::KNOWN.iter().map(AuditKind::as_str).collect();
        assert_eq!(written, GOLDEN);
        for kind in AuditKind::KNOWN {
            assert_eq!(&AuditKind::parse(kind.as_str()), kind);
            let json = serde_json::to_string(kind).expect("json");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<AuditKind>(&json).ok().as_ref(), Some(kind));
        }
    }

    #[test]
    fn unknown_kinds_are_kept_as_stored() {
        let kind = AuditKind::parse("deal.teleport");
        assert_eq!(kind, AuditKind::Other("deal.teleport".into()));
        assert_eq!(kind.as_str(), "deal.teleport");
    }

    #[test]
    fn activity_follows_the_actor_except_for_reminders() {
        let creator = Actor::Creator(CreatorId(1));
        let operator = Actor::Operator(OperatorId(1));
        assert_eq!(ActivityKind::of(&AuditKind::DealCounter, &creator), ActivityKind::CreatorMessage);
        assert_eq!(ActivityKind::of(&AuditKind::DealCounterBack, &operator), ActivityKind::OperatorAction);
        assert_eq!(ActivityKind::of(&AuditKind::DealExpire, &Actor::System), ActivityKind::System);
        assert_eq!(ActivityKind::of(&AuditKind::ReminderSend, &Actor::System), ActivityKind::Reminder);
        assert_eq!(ActivityKind::of(&AuditKind::Other("x.y".into()), &creator), ActivityKind::CreatorMessage);
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::parse(kind.as_str()), Some(kind));
        }
    }
}
