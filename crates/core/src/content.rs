//! What creators hand in: draft versions with their reviews, and the live post.

use serde::{Deserialize, Serialize};

use crate::DomainError;
use crate::checks::FileFacts;
use crate::ids::{DealId, DraftId, OperatorId, PostId};
use crate::place::Platform;
use crate::time::Timestamp;

/// What a draft is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DraftKind {
    /// A document or other file.
    File,
    /// A photo.
    Photo,
    /// A video.
    Video,
    /// Text only (a script or caption).
    Text,
}

impl DraftKind {
    /// Stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            DraftKind::File => "file",
            DraftKind::Photo => "photo",
            DraftKind::Video => "video",
            DraftKind::Text => "text",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name {
            "file" => Ok(Self::File),
            "photo" => Ok(Self::Photo),
            "video" => Ok(Self::Video),
            "text" => Ok(Self::Text),
            other => Err(DomainError::invalid("draft", format!("unknown draft kind {other:?}"))),
        }
    }
}

/// A draft as the creator submits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftUpload {
    /// What it is.
    pub kind: DraftKind,
    /// The caption or text.
    pub caption: String,
    /// The stored file, unless text only.
    pub file: Option<FileFacts>,
}

impl DraftUpload {
    /// A draft needs a file, or text when it is text only.
    pub fn validate(&self) -> Result<(), DomainError> {
        match (&self.kind, &self.file) {
            (DraftKind::Text, _) if self.caption.trim().is_empty() => {
                Err(DomainError::invalid("draft", "a text draft needs text"))
            }
            (DraftKind::Text, _) => Ok(()),
            (_, None) => Err(DomainError::invalid("draft", "this draft needs a file")),
            _ => Ok(()),
        }
    }
}

/// A stored draft version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Row id.
    pub id: DraftId,
    /// The deal.
    pub deal_id: DealId,
    /// 1-based version number.
    pub version: u32,
    /// What was uploaded.
    pub upload: DraftUpload,
    /// Check codes found at upload (`check-missing-disclosure`, ...).
    pub problems: Vec<String>,
    /// When.
    pub submitted_at: Timestamp,
}

/// The brand's decision on a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Approved.
    Approved,
    /// Changes requested.
    ChangesRequested,
}

/// A review of a draft version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The draft reviewed.
    pub draft_id: DraftId,
    /// Approved or changes requested.
    pub decision: Decision,
    /// Notes for the creator.
    pub notes: String,
    /// Who reviewed; `None` for an automatic approval after the SLA.
    pub by: Option<OperatorId>,
    /// When.
    pub at: Timestamp,
}

/// A live post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    /// Row id.
    pub id: PostId,
    /// The deal.
    pub deal_id: DealId,
    /// Normalized URL.
    pub url: String,
    /// Platform of the URL.
    pub platform: Platform,
    /// When it was submitted.
    pub submitted_at: Timestamp,
    /// When it was verified.
    pub verified_at: Option<Timestamp>,
}
