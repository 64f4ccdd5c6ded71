//! The dialogue state of one chat, stored as JSON in the conversation row.

use serde::{Deserialize, Serialize};

use linkstar_core::content::DraftUpload;
use linkstar_core::ids::DealId;

/// Where a chat's dialogue is between two messages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub(crate) enum Dialog {
    /// Nothing pending.
    #[default]
    Idle,
    /// The creator tapped "Propose a fee": the next text is the fee.
    AwaitingFee {
        /// The deal.
        deal: DealId,
    },
    /// A post link arrived before the deal's publish window opens: the creator confirms
    /// the post is live (or cancels) before it is submitted.
    ConfirmingPost {
        /// The deal.
        deal: DealId,
        /// The link as sent.
        url: String,
    },
    /// A draft arrived while several deals wait for one: the next pick decides.
    ChoosingDeal {
        /// The draft, already stored in the blob store.
        upload: DraftUpload,
    },
}

impl Dialog {
    /// Reads a stored state; an unreadable one (from an older version) starts over.
    pub(crate) fn parse(json: &str) -> Dialog {
        if json.is_empty() {
            return Dialog::Idle;
        }
        serde_json::from_str(json).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "unreadable dialogue state; starting over");
            Dialog::Idle
        })
    }

    /// The stored form.
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
