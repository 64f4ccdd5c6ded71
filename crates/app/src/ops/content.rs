//! Drafts, reviews, posts and metrics.

use serde_json::json;

use linkstar_core::DomainError;
use linkstar_core::attribution;
use linkstar_core::audit::Actor;
use linkstar_core::brand::Permission;
use linkstar_core::checks::{self, FileLimits};
use linkstar_core::content::{Decision, DraftUpload, Review};
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::{DealId, OperatorId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::ChatAccount;

use super::offers::schedule;
use super::{App, AppResult, authorize, creator_deal, event, operator_deal, stage_payload};
use crate::error::AppError;
use crate::port::MetricsSnapshot;

/// What the creator learns right after uploading a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftReceipt {
    /// The version number given to the draft.
    pub version: u32,
    /// Check codes the caption failed (`check-missing-disclosure`, ...), to fix before posting.
    pub problems: Vec<String>,
}

impl App {
    /// The creator uploads a draft. A file too large or of a type not allowed is refused
    /// (nothing stored); caption problems are stored and returned for an instant answer.
    pub async fn submit_draft(
        &self,
        chat: &ChatAccount,
        id: DealId,
        upload: DraftUpload,
        limits: &FileLimits,
    ) -> AppResult<DraftReceipt> {
        upload.validate()?;
        if let Some(file) = &upload.file
            && let Some(problem) = checks::check_file(file, limits).first()
        {
            return Err(AppError::FileRefused { code: problem.code() });
        }
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let (creator, before) = creator_deal(tx.as_mut(), chat, id).await?;
        let after = before.apply(DealEvent::SubmitDraft, now)?.deal;
        let campaign = tx.campaign(after.campaign_id).await?;
        let person = tx.creator(creator).await?;
        let problems: Vec<String> =
            checks::check_caption(&upload.caption, &campaign.spec.compliance, person.profile.country)
                .iter()
                .map(|p| p.code().to_string())
                .collect();
        let version = after.draft_versions;
        tx.insert_draft(id, version, &upload, &problems, now).await?;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let extra =
            json!({ "version": version, "problems": problems, "file": upload.file.as_ref().map(|f| &f.sha256) });
        tx.append_event(event(
            Actor::Creator(creator),
            Some(id),
            "draft.submit",
            stage_payload(&before, &after, extra),
            now,
        ))
        .await?;
        let notice = Notice::DraftSubmitted { deal: id, creator: person.profile.name, version };
        tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
        tx.commit().await?;
        Ok(DraftReceipt { version, problems })
    }

    /// The brand approves the draft under review; the creator gets the publish window
    /// and tracking link.
    pub async fn approve_draft(&self, by: OperatorId, id: DealId, notes: &str) -> AppResult<Deal> {
        self.review(by, id, Decision::Approved, notes, false).await
    }

    /// The brand asks for changes. Past the included rounds, `override_rounds` must be set.
    /// Notes whose lines start with a video time (`0:12 show the label`, `1:02:03 …`)
    /// reach the creator as a list; a time that is not one (`0:75`) is refused.
    pub async fn request_changes(
        &self,
        by: OperatorId,
        id: DealId,
        notes: &str,
        override_rounds: bool,
    ) -> AppResult<Deal> {
        if notes.trim().is_empty() {
            return Err(DomainError::invalid("notes", "say what should change").into());
        }
        // Lines starting with a time (`0:12 show the label`) reach the creator as a list;
        // an impossible time is refused here rather than sent.
        linkstar_core::review_notes::ReviewNotes::parse(notes)?;
        self.review(by, id, Decision::ChangesRequested, notes, override_rounds).await
    }

    async fn review(
        &self,
        by: OperatorId,
        id: DealId,
        decision: Decision,
        notes: &str,
        override_rounds: bool,
    ) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::ReviewDrafts).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let ev = match decision {
            Decision::Approved => DealEvent::Approve,
            Decision::ChangesRequested => DealEvent::RequestChanges { override_rounds },
        };
        let after = before.apply(ev, now)?.deal;
        let draft = tx.latest_draft(id).await?.ok_or(AppError::NotFound("draft"))?;
        let review = Review { draft_id: draft.id, decision, notes: notes.trim().to_string(), by: Some(op.id), at: now };
        tx.insert_review(id, &review).await?;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let kind = match decision {
            Decision::Approved => "draft.approve",
            Decision::ChangesRequested => "draft.request_changes",
        };
        let extra = json!({ "version": draft.version, "notes": review.notes, "round": after.change_requests, "override": override_rounds });
        tx.append_event(event(Actor::Operator(op.id), Some(id), kind, stage_payload(&before, &after, extra), now))
            .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let notice = match decision {
            Decision::Approved => approval_notice(tx.as_mut(), &campaign, &after).await?,
            Decision::ChangesRequested => Notice::ChangesRequested {
                deal: id,
                campaign: campaign.spec.name.clone(),
                notes: review.notes.clone(),
                round: after.change_requests,
                rounds: after.rounds_allowed(),
            },
        };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// The creator submits the live post's link. It must be on a deliverable's platform,
    /// on the creator's own account where the link shows it, and not used before.
    pub async fn submit_post(&self, chat: &ChatAccount, id: DealId, url: &str) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let (creator, before) = creator_deal(tx.as_mut(), chat, id).await?;
        // Check the stage first so a creator who is not yet approved hears that, not a link problem.
        linkstar_core::stage::Stage::next(before.stage, linkstar_core::stage::StageEvent::SubmitPost)?;
        let person = tx.creator(creator).await?;
        let platforms: Vec<_> = before.terms.deliverables.iter().map(|d| d.platform).collect();
        let link = checks::check_post_link(url, &platforms, &person.profile, false).map_err(DomainError::PostLink)?;
        if tx.post_url_used(&link.url).await? {
            return Err(DomainError::PostLink(checks::LinkProblem::AlreadyUsed).into());
        }
        let after = before.apply(DealEvent::SubmitPost { url: link.url.clone() }, now)?.deal;
        tx.insert_post(id, &link.url, link.platform, now).await?;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let extra = json!({ "url": link.url, "platform": link.platform, "handle_confirmed": link.handle_confirmed });
        tx.append_event(event(
            Actor::Creator(creator),
            Some(id),
            "post.submit",
            stage_payload(&before, &after, extra),
            now,
        ))
        .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let notice = Notice::PostSubmitted { deal: id, creator: person.profile.name, url: link.url };
        tx.enqueue(Recipient::Operators(campaign.brand_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// The brand verifies the live post; the balance becomes scheduled.
    pub async fn verify_post(&self, by: OperatorId, id: DealId) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let out = before.apply(DealEvent::Verify, now)?;
        let after = out.deal;
        tx.verify_post(id, now).await?;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        tx.append_event(event(
            Actor::Operator(op.id),
            Some(id),
            "post.verify",
            stage_payload(&before, &after, json!({})),
            now,
        ))
        .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let notice = Notice::PostVerified { deal: id, campaign: campaign.spec.name };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        schedule(tx.as_mut(), &after, &out.schedule, now).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Records a metrics snapshot for a deal's live post.
    pub async fn record_metrics(&self, by: OperatorId, id: DealId, mut snapshot: MetricsSnapshot) -> AppResult<()> {
        let now = self.clock.now();
        snapshot.figures.validate()?;
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        let deal = operator_deal(tx.as_mut(), &op, id).await?;
        if deal.post_url.is_none() {
            return Err(DomainError::invalid("metrics", "the deal has no live post yet").into());
        }
        snapshot.at = Some(snapshot.at.unwrap_or(now));
        if snapshot.source.is_empty() {
            snapshot.source = "manual".into();
        }
        tx.insert_metrics(id, &snapshot).await?;
        let payload = json!({ "views": snapshot.figures.views, "clicks": snapshot.figures.clicks, "conversions": snapshot.figures.conversions, "source": snapshot.source });
        tx.append_event(event(Actor::Operator(op.id), Some(id), "metrics.record", payload, now)).await?;
        tx.commit().await?;
        Ok(())
    }
}

impl App {
    /// The live post came down before it should have: the deal is flagged removed.
    pub async fn flag_post_removed(&self, by: OperatorId, id: DealId) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::VerifyPosts).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let after = before.apply(DealEvent::RemovedEarly, now)?.deal;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        // A balance that waited for the post to stay live is not earned.
        let mut forfeited = Vec::new();
        for mut p in tx.deal_payments(id).await? {
            if p.status.is_open() && after.balance_forfeited(p.kind, p.due_at, now) {
                p.status = linkstar_core::payment::PaymentStatus::Cancelled;
                tx.update_payment(&p).await?;
                forfeited.push(p.id);
            }
        }
        tx.append_event(event(
            Actor::Operator(op.id),
            Some(id),
            "post.removed",
            stage_payload(&before, &after, json!({ "forfeited_payments": forfeited })),
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(after)
    }
}

/// What the creator reads when a draft is approved: the publish window, the deal's
/// tracking link and its discount code. Manual and automatic approvals send the same.
pub(super) async fn approval_notice(
    tx: &mut dyn crate::port::Tx,
    campaign: &linkstar_core::campaign::Campaign,
    deal: &Deal,
) -> AppResult<Notice> {
    Ok(Notice::DraftApproved {
        deal: deal.id,
        campaign: campaign.spec.name.clone(),
        publish_opens: deal.terms.publish_window.opens,
        publish_closes: deal.terms.publish_window.closes,
        tracking_link: attribution::tracking_link(
            campaign.spec.tracking_link_base.as_deref(),
            &campaign.spec.name,
            deal.creator_id,
            deal.id,
        ),
        discount_code: tx.discount_code(deal.id).await?.map(|c| c.to_string()),
    })
}
