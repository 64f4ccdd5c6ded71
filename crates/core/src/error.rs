//! The one error type of the domain, with stable codes that frontends translate.

use crate::stage::{Stage, StageEvent};

/// Why a domain rule refused something. Each variant has a stable [`code`](Self::code)
/// that the frontends map to a localized message; the `Display` text is for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The event is not allowed in the deal's current stage.
    #[error("a deal in stage {from} cannot {event}")]
    IllegalTransition {
        /// Stage the deal is in.
        from: Stage,
        /// What was attempted.
        event: StageEvent,
    },
    /// Every included revision round is used and no operator override was given.
    #[error("all {included} included revision rounds are used")]
    RevisionRoundsExhausted {
        /// Rounds included in the terms.
        included: u32,
    },
    /// Payments other than the deposit may only be completed after verification.
    #[error("this payment cannot be paid before the post is verified")]
    PaymentBeforeVerification,
    /// A deal cannot be settled while payments are still open.
    #[error("{open} payments are still open")]
    PaymentsOpen {
        /// How many payments are not yet paid or cancelled.
        open: usize,
    },
    /// The acceptance names terms that are not the ones currently offered.
    #[error("the terms changed since they were shown; they must be accepted again")]
    TermsChanged,
    /// A value failed validation.
    #[error("invalid {field}: {reason}")]
    Invalid {
        /// Which value (`money`, `currency`, `country`, `time-zone`, `locale`, ...).
        field: &'static str,
        /// Human-readable reason for logs and operators.
        reason: String,
    },
    /// The brief template does not parse or names unknown variables.
    #[error("brief template: {0}")]
    BriefTemplate(String),
    /// The post link is not acceptable.
    #[error("post link: {0}")]
    PostLink(crate::checks::LinkProblem),
    /// A review note starts with a time that is not a moment of a video (`0:75`), or
    /// with a time and nothing to change.
    #[error("review notes, line {line}: {time:?} is not a time (m:ss or h:mm:ss) followed by a note")]
    ReviewNoteTime {
        /// The line of the notes (1-based).
        line: usize,
        /// The word that was read as a time.
        time: String,
    },
}

impl DomainError {
    /// Shorthand for [`DomainError::Invalid`].
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Self::Invalid { field, reason: reason.into() }
    }

    /// The stable error code, also the Fluent message id suffix (`error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::IllegalTransition { .. } => "illegal-transition",
            Self::RevisionRoundsExhausted { .. } => "revision-rounds-exhausted",
            Self::PaymentBeforeVerification => "payment-before-verification",
            Self::PaymentsOpen { .. } => "payments-open",
            Self::TermsChanged => "terms-changed",
            Self::Invalid { .. } => "invalid-value",
            Self::BriefTemplate(_) => "brief-template-invalid",
            Self::PostLink(p) => p.code(),
            Self::ReviewNoteTime { .. } => "review-note-time",
        }
    }
}

/// Every code [`DomainError::code`] can return, for checks that each has a message.
pub const DOMAIN_ERROR_CODES: &[&str] = &[
    "illegal-transition",
    "revision-rounds-exhausted",
    "payment-before-verification",
    "payments-open",
    "terms-changed",
    "invalid-value",
    "brief-template-invalid",
    "post-link-not-a-url",
    "post-link-wrong-platform",
    "post-link-wrong-account",
    "post-link-already-used",
    "post-link-short",
    "review-note-time",
];
