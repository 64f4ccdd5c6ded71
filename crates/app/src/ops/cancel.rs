//! Calling a deal off, and the preview of what that would do. Both take each payment's
//! fate from [`Payment::on_deal_cancelled`], so the preview and the act cannot disagree.

use serde_json::json;

use linkstar_core::audit::Actor;
use linkstar_core::brand::Permission;
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::{DealId, OperatorId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::payment::{CancelEffect, Payment, PaymentStatus};
use linkstar_core::stage::Stage;

use super::{App, AppResult, authorize, event, operator_deal, stage_payload};
use crate::error::AppError;

/// What cancelling a deal would do, for a confirmation that names it all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelPreview {
    /// The deal.
    pub deal: DealId,
    /// Its stage now (cancelling is possible from it).
    pub stage: Stage,
    /// Campaign name.
    pub campaign: String,
    /// Creator name.
    pub creator: String,
    /// Every payment of the deal, in due order, with what cancelling does to it.
    pub payments: Vec<CancelLine>,
}

/// One payment in a [`CancelPreview`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelLine {
    /// The payment as it is now (kind, amount, status, due date).
    pub payment: Payment,
    /// What cancelling does to it.
    pub effect: CancelEffect,
}

impl CancelPreview {
    /// The payments cancelling would void.
    pub fn voided(&self) -> impl Iterator<Item = &Payment> {
        self.payments.iter().filter(|l| l.effect == CancelEffect::Voided).map(|l| &l.payment)
    }
}

impl App {
    /// What cancelling the deal would do, without doing it: refused exactly as
    /// [`App::cancel_deal`] would refuse (role, brand, stage).
    pub async fn cancel_preview(&self, by: OperatorId, id: DealId) -> AppResult<CancelPreview> {
        let now = self.clock.now();
        let op = self.store.operator_by_id(by).await?.ok_or(AppError::NotFound("operator"))?;
        if !op.role.allows(Permission::MakeOffers) {
            return Err(AppError::Forbidden {
                role: op.role.as_str(),
                action: super::permission_name(Permission::MakeOffers),
            });
        }
        let deal = self.store.find_deal(id).await?.ok_or(AppError::NotFound("deal"))?;
        let campaign = self
            .store
            .find_campaign(&deal.campaign_id.to_string())
            .await?
            .filter(|c| c.id == deal.campaign_id && c.brand_id == op.brand_id)
            .ok_or(AppError::NotFound("deal"))?;
        deal.apply(DealEvent::Cancel, now)?;
        let creator = self
            .store
            .find_creator(&deal.creator_id.to_string())
            .await?
            .map(|c| c.profile.name)
            .ok_or(AppError::NotFound("creator"))?;
        let mut payments = self.store.payments(id).await?;
        payments.sort_by_key(|p| (p.due_at, p.id));
        let payments =
            payments.into_iter().map(|payment| CancelLine { effect: payment.on_deal_cancelled(), payment }).collect();
        Ok(CancelPreview { deal: id, stage: deal.stage, campaign: campaign.spec.name, creator, payments })
    }

    /// Calls a deal off before publishing; each payment goes as
    /// [`Payment::on_deal_cancelled`] says (open ones are voided, paid ones stay paid).
    pub async fn cancel_deal(&self, by: OperatorId, id: DealId, reason: &str) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let after = before.apply(DealEvent::Cancel, now)?.deal;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let mut voided = Vec::new();
        for mut p in tx.deal_payments(id).await? {
            if p.on_deal_cancelled() == CancelEffect::Voided {
                p.status = PaymentStatus::Cancelled;
                tx.update_payment(&p).await?;
                voided.push(p.id);
            }
        }
        let extra = json!({ "reason": reason, "voided_payments": voided });
        tx.append_event(event(
            Actor::Operator(op.id),
            Some(id),
            "deal.cancel",
            stage_payload(&before, &after, extra),
            now,
        ))
        .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let notice = Notice::DealCancelled { deal: id, campaign: campaign.spec.name };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }
}
