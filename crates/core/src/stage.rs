//! The deal stage graph of PRODUCT.md §2, as a pure function from (stage, event) to the
//! next stage. Rules that need more than the stage (revision rounds, payments, terms) live
//! in [`crate::deal::Deal::apply`].

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::DomainError;

/// Where a deal is in the collaboration flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Invited; waiting for the creator's answer.
    Offered,
    /// The creator proposed another fee; waiting for the operator.
    Negotiating,
    /// Terms accepted and frozen; waiting for the first draft.
    Contracted,
    /// A draft waits for the brand's review.
    InReview,
    /// The brand asked for changes; waiting for a new version.
    ChangesRequested,
    /// A draft is approved; waiting for the live post.
    Approved,
    /// The live post link was submitted; waiting for verification.
    Published,
    /// The post is verified; waiting for payments to settle.
    Verified,
    /// Everything is paid. Final.
    Completed,
    /// The post came down too early. Final.
    Removed,
    /// The creator declined. Final.
    Declined,
    /// No answer by the respond-by date. Final.
    Expired,
    /// Cancelled before publishing. Final.
    Cancelled,
}

impl Stage {
    /// Every stage, in flow order.
    pub const ALL: [Stage; 13] = [
        Stage::Offered,
        Stage::Negotiating,
        Stage::Contracted,
        Stage::InReview,
        Stage::ChangesRequested,
        Stage::Approved,
        Stage::Published,
        Stage::Verified,
        Stage::Completed,
        Stage::Removed,
        Stage::Declined,
        Stage::Expired,
        Stage::Cancelled,
    ];

    /// The stored name (`in_review`), also the Fluent id suffix (`stage-in_review`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Stage::Offered => "offered",
            Stage::Negotiating => "negotiating",
            Stage::Contracted => "contracted",
            Stage::InReview => "in_review",
            Stage::ChangesRequested => "changes_requested",
            Stage::Approved => "approved",
            Stage::Published => "published",
            Stage::Verified => "verified",
            Stage::Completed => "completed",
            Stage::Removed => "removed",
            Stage::Declined => "declined",
            Stage::Expired => "expired",
            Stage::Cancelled => "cancelled",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .ok_or_else(|| DomainError::invalid("stage", format!("unknown stage {name:?}")))
    }

    /// Whether nothing can happen to the deal any more.
    pub fn is_final(&self) -> bool {
        matches!(self, Stage::Completed | Stage::Removed | Stage::Declined | Stage::Expired | Stage::Cancelled)
    }

    /// Whether the creator has a contract (accepted terms) in this stage.
    pub fn is_contracted(&self) -> bool {
        matches!(
            self,
            Stage::Contracted
                | Stage::InReview
                | Stage::ChangesRequested
                | Stage::Approved
                | Stage::Published
                | Stage::Verified
                | Stage::Completed
                | Stage::Removed
        )
    }

    /// The stage a deal moves to on `event`, or the typed refusal.
    pub fn next(self, event: StageEvent) -> Result<Stage, DomainError> {
        use Stage::*;
        use StageEvent as E;
        let next = match (self, event) {
            (Offered, E::Accept) => Contracted,
            (Offered | Negotiating, E::Decline) => Declined,
            (Offered, E::Counter) => Negotiating,
            (Offered | Negotiating, E::Expire) => Expired,
            (Offered | Negotiating | Contracted, E::ReviseOffer) => Offered,
            (Negotiating, E::DeclineCounter) => Offered,
            (Contracted | ChangesRequested, E::SubmitDraft) => InReview,
            (InReview, E::Approve) => Approved,
            (InReview, E::RequestChanges) => ChangesRequested,
            (Approved, E::SubmitPost) => Published,
            (Published, E::Verify) => Verified,
            (Published, E::RefusePost) => Approved,
            (Verified, E::Settle) => Completed,
            (Published | Verified, E::RemovedEarly) => Removed,
            (Offered | Negotiating | Contracted | InReview | ChangesRequested | Approved, E::Cancel) => Cancelled,
            (from, event) => return Err(DomainError::IllegalTransition { from, event }),
        };
        Ok(next)
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What can happen to a deal, without its data (see [`crate::deal::DealEvent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageEvent {
    /// The creator accepts the offered terms.
    Accept,
    /// The creator declines.
    Decline,
    /// The creator proposes another fee.
    Counter,
    /// The operator changes the terms (or takes the creator's counter-offer).
    ReviseOffer,
    /// The brand declines the creator's proposed fee; its own offer stands.
    DeclineCounter,
    /// The respond-by date (or, negotiating, the brand's answer-by) passed unanswered.
    Expire,
    /// The creator uploads a draft version.
    SubmitDraft,
    /// The brand approves the draft under review.
    Approve,
    /// The brand asks for changes.
    RequestChanges,
    /// The creator submits the live post link.
    SubmitPost,
    /// The brand verifies the live post.
    Verify,
    /// The brand refuses the submitted post link; the creator sends another.
    RefusePost,
    /// Every payment is settled.
    Settle,
    /// The post was taken down too early.
    RemovedEarly,
    /// The deal is called off.
    Cancel,
}

impl StageEvent {
    /// Every event kind.
    pub const ALL: [StageEvent; 15] = [
        StageEvent::Accept,
        StageEvent::Decline,
        StageEvent::Counter,
        StageEvent::ReviseOffer,
        StageEvent::DeclineCounter,
        StageEvent::Expire,
        StageEvent::SubmitDraft,
        StageEvent::Approve,
        StageEvent::RequestChanges,
        StageEvent::SubmitPost,
        StageEvent::Verify,
        StageEvent::RefusePost,
        StageEvent::Settle,
        StageEvent::RemovedEarly,
        StageEvent::Cancel,
    ];

    /// Stable snake_case name, used in audit events and Fluent ids.
    pub fn as_str(&self) -> &'static str {
        match self {
            StageEvent::Accept => "accept",
            StageEvent::Decline => "decline",
            StageEvent::Counter => "counter",
            StageEvent::ReviseOffer => "revise_offer",
            StageEvent::DeclineCounter => "decline_counter",
            StageEvent::Expire => "expire",
            StageEvent::SubmitDraft => "submit_draft",
            StageEvent::Approve => "approve",
            StageEvent::RequestChanges => "request_changes",
            StageEvent::SubmitPost => "submit_post",
            StageEvent::Verify => "verify",
            StageEvent::RefusePost => "refuse_post",
            StageEvent::Settle => "settle",
            StageEvent::RemovedEarly => "removed_early",
            StageEvent::Cancel => "cancel",
        }
    }
}

impl fmt::Display for StageEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_happy_path_reaches_completed() {
        let path = [
            StageEvent::Accept,
            StageEvent::SubmitDraft,
            StageEvent::RequestChanges,
            StageEvent::SubmitDraft,
            StageEvent::Approve,
            StageEvent::SubmitPost,
            StageEvent::Verify,
            StageEvent::Settle,
        ];
        let end = path.iter().try_fold(Stage::Offered, |s, e| s.next(*e));
        assert_eq!(end, Ok(Stage::Completed));
    }

    #[test]
    fn final_stages_accept_nothing() {
        for stage in Stage::ALL.into_iter().filter(Stage::is_final) {
            for event in StageEvent::ALL {
                assert!(stage.next(event).is_err(), "{stage} must refuse {event}");
            }
        }
    }

    #[test]
    fn cancel_only_before_published() {
        assert_eq!(Stage::Approved.next(StageEvent::Cancel), Ok(Stage::Cancelled));
        assert!(Stage::Published.next(StageEvent::Cancel).is_err());
    }

    #[test]
    fn a_declined_counter_returns_to_the_offer() {
        assert_eq!(Stage::Negotiating.next(StageEvent::DeclineCounter), Ok(Stage::Offered));
        assert!(Stage::Offered.next(StageEvent::DeclineCounter).is_err(), "no counter to decline");
    }

    #[test]
    fn a_refused_post_waits_for_another_link() {
        assert_eq!(Stage::Published.next(StageEvent::RefusePost), Ok(Stage::Approved));
        assert!(Stage::Verified.next(StageEvent::RefusePost).is_err(), "a verified post stands");
        assert!(Stage::Approved.next(StageEvent::RefusePost).is_err(), "no post to refuse");
    }

    #[test]
    fn names_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Ok(stage));
        }
    }
}
