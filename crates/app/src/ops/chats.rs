//! Chat accounts as the delivery worker sees them: reachable or not.

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::ChatAccount;

use super::{App, AppResult, event, linked_creator};

impl App {
    /// Records that a creator's chat cannot be reached (they blocked the bot) or can be
    /// again (they wrote to it). Unreachable chats get no outbox messages; the rows wait.
    /// The change is an audit event, so operators see it in the activity feed, and an
    /// unreachable chat is also a `creator-unreachable` alert to the operators of every
    /// brand the creator has an open deal with. Returns whether anything changed.
    pub async fn set_chat_reachable(&self, chat: &ChatAccount, reachable: bool) -> AppResult<bool> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let creator = linked_creator(tx.as_mut(), chat).await?;
        if !tx.set_chat_unreachable(chat, !reachable).await? {
            return Ok(false);
        }
        let kind = if reachable { AuditKind::ChatReachable } else { AuditKind::ChatUnreachable };
        let payload = json!({ "chat": format!("{}:{}", chat.platform.as_str(), chat.external_id) });
        tx.append_event(event(Actor::Creator(creator), None, kind, payload, now)).await?;
        if !reachable {
            // Every brand waiting on the creator is told, in the same transaction.
            let name = tx.creator(creator).await?.profile.name;
            let told = Notice::CreatorUnreachable { creator: name, platform: chat.platform };
            for brand in tx.creator_brands(creator).await? {
                tx.enqueue(Recipient::Operators(brand), &told, now).await?;
            }
        }
        tx.commit().await?;
        Ok(true)
    }
}
