//! Refusing a submitted post link: the deal goes back to waiting for a link, the link
//! counts as unused again, and the creator hears why.

use serde_json::json;

use linkstar_core::DomainError;
use linkstar_core::audit::Actor;
use linkstar_core::brand::Permission;
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::{DealId, OperatorId};
use linkstar_core::message::{Notice, Recipient};

use super::{App, AppResult, authorize, event, operator_deal, stage_payload};

impl App {
    /// The brand refuses the submitted post link with a reason the creator receives in
    /// their language. The deal waits for a post link again and the refused link is
    /// freed, so the creator may send a corrected one (or the same post once fixed).
    pub async fn refuse_post(&self, by: OperatorId, id: DealId, reason: &str) -> AppResult<Deal> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DomainError::invalid("reason", "say why the post is refused").into());
        }
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let after = before.apply(DealEvent::RefusePost, now)?.deal;
        let url = tx.remove_post(id).await?.or_else(|| before.post_url.clone()).unwrap_or_default();
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let extra = json!({ "url": url, "reason": reason });
        tx.append_event(event(
            Actor::Operator(op.id),
            Some(id),
            "post.refuse",
            stage_payload(&before, &after, extra),
            now,
        ))
        .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let notice = Notice::PostRefused { deal: id, campaign: campaign.spec.name, url, reason: reason.to_string() };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }
}
