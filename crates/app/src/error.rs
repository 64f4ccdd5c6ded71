//! Errors of operations, each with a stable code the frontends translate.

use linkstar_core::DomainError;

use crate::port::StoreError;

/// Why an operation was refused or failed. Nothing was written when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A domain rule refused the change.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The named thing does not exist (or the chat is not linked to a creator).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A creator tried to see or act on someone else's deal.
    #[error("this deal belongs to another creator")]
    NotYourDeal,
    /// No invite has this token.
    #[error("unknown invite token")]
    TokenUnknown,
    /// The invite token was already used.
    #[error("this invite token was already used")]
    TokenUsed,
    /// The invite token expired.
    #[error("this invite token has expired")]
    TokenExpired,
    /// The operator's role does not allow the action.
    #[error("a {role} may not {action}")]
    Forbidden {
        /// The operator's role.
        role: &'static str,
        /// What was attempted.
        action: &'static str,
    },
    /// The thing already exists (a handle, a name, an open offer, a used post link).
    #[error("already exists: {0}")]
    Duplicate(String),
    /// An uploaded file was refused by a check (`check-file-too-large`, `check-file-type`).
    #[error("file refused: {code}")]
    FileRefused {
        /// The check code.
        code: &'static str,
    },
    /// The database failed; the transaction was rolled back.
    #[error("storage: {0}")]
    Store(#[from] StoreError),
}

impl AppError {
    /// The stable code (`error-<code>` in Fluent).
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Domain(e) => e.code(),
            AppError::NotFound(_) => "not-found",
            AppError::NotYourDeal => "not-your-deal",
            AppError::TokenUnknown => "token-unknown",
            AppError::TokenUsed => "token-used",
            AppError::TokenExpired => "token-expired",
            AppError::Forbidden { .. } => "forbidden",
            AppError::Duplicate(_) => "duplicate",
            AppError::FileRefused { code } => code,
            AppError::Store(StoreError::NotFound(_)) => "not-found",
            AppError::Store(StoreError::Conflict(_)) => "duplicate",
            AppError::Store(StoreError::Backend(_)) => "storage",
        }
    }
}

/// Every code [`AppError::code`] can return besides the domain's own.
pub const APP_ERROR_CODES: &[&str] = &[
    "not-found",
    "not-your-deal",
    "token-unknown",
    "token-used",
    "token-expired",
    "forbidden",
    "duplicate",
    "storage",
];
