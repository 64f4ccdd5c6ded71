//! Money operations: discount codes, exchange rates, bonuses, payments falling due, and
//! closing a campaign (commission from attributed revenue, then settling).

use serde_json::json;

use linkstar_core::DomainError;
use linkstar_core::attribution::DiscountCode;
use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::brand::Permission;
use linkstar_core::campaign::CampaignStatus;
use linkstar_core::deal::DealEvent;
use linkstar_core::fx::{Date, FxRate, Rate};
use linkstar_core::ids::{CampaignId, DealId, OperatorId, PaymentId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::{Currency, Money};
use linkstar_core::payment::PaymentStatus;
use linkstar_core::settlement;
use linkstar_core::stage::Stage;

use super::offers::schedule;
use super::setup::{conflict, not_found};
use super::{App, AppResult, authorize, event, operator_deal, stage_payload};
use crate::error::AppError;

/// What closing a campaign did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseReport {
    /// Commissions scheduled, per deal.
    pub commissions: Vec<(DealId, Money)>,
    /// Deals that settled because nothing is left to pay.
    pub settled: Vec<DealId>,
}

impl App {
    /// Gives a deal its shop discount code (or removes it with `None`). The creator
    /// receives it with the draft approval; codes are unique across deals.
    pub async fn set_discount_code(
        &self,
        by: OperatorId,
        id: DealId,
        code: Option<&str>,
    ) -> AppResult<Option<DiscountCode>> {
        let code = code.map(DiscountCode::parse).transpose()?;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let deal = operator_deal(tx.as_mut(), &op, id).await?;
        if deal.stage.is_final() {
            return Err(DomainError::invalid("discount-code", format!("the deal is {}", deal.stage)).into());
        }
        tx.set_discount_code(id, code.as_ref(), now).await.map_err(conflict("discount code"))?;
        let payload = json!({ "code": code.as_ref().map(|c| c.as_str()) });
        tx.append_event(event(Actor::Operator(op.id), Some(id), AuditKind::DealDiscountCode, payload, now)).await?;
        tx.commit().await?;
        Ok(code)
    }

    /// Records an exchange rate for a day (finance or admin): one `from` is worth `rate`
    /// `to`. A second rate for the same pair and day replaces the first; both are audited.
    pub async fn set_fx_rate(
        &self,
        by: OperatorId,
        from: Currency,
        to: Currency,
        rate: Rate,
        date: Date,
    ) -> AppResult<FxRate> {
        let fx = FxRate::new(from, to, rate, date)?;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::PayCreators).await?;
        tx.upsert_fx_rate(&fx, op.id, now).await?;
        let payload = json!({ "from": from.code(), "to": to.code(), "rate": rate.to_string(), "date": date });
        tx.append_event(event(Actor::Operator(op.id), None, AuditKind::FxRate, payload, now)).await?;
        tx.commit().await?;
        Ok(fx)
    }

    /// Adds a bonus to a contracted deal, due at once; the creator is told.
    pub async fn add_bonus(&self, by: OperatorId, id: DealId, amount: Money, reason: &str) -> AppResult<PaymentId> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DomainError::invalid("payment", "say why the bonus is paid").into());
        }
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let deal = operator_deal(tx.as_mut(), &op, id).await?;
        let plan = deal.bonus(amount, now)?;
        let payment = tx.insert_payment(id, &plan, now).await?;
        let payload = json!({ "payment": payment, "kind": "bonus", "amount": amount.to_string(), "reason": reason });
        tx.append_event(event(Actor::Operator(op.id), Some(id), AuditKind::PaymentSchedule, payload, now)).await?;
        let notice = Notice::PaymentScheduled { deal: id, amount, due: now };
        tx.enqueue(Recipient::Creator(deal.creator_id), &notice, now).await?;
        super::deadlines::replan(tx.as_mut(), &deal, now).await?;
        tx.commit().await?;
        Ok(payment)
    }

    /// Moves every scheduled payment whose due date has come to `due` (run by the
    /// scheduler, or `linkstar payments due`). Returns the payments moved.
    pub async fn advance_payments(&self) -> AppResult<Vec<PaymentId>> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let mut moved = Vec::new();
        for mut p in tx.payments_due_by(now).await? {
            p.status = PaymentStatus::Due;
            tx.update_payment(&p).await?;
            let payload = json!({ "payment": p.id, "kind": p.kind.as_str(), "amount": p.amount.to_string() });
            tx.append_event(event(Actor::System, Some(p.deal_id), AuditKind::PaymentDue, payload, now)).await?;
            moved.push(p.id);
        }
        tx.commit().await?;
        Ok(moved)
    }

    /// Closes a campaign: every deal must be final or verified. Each verified CPS or
    /// hybrid deal gets its commission from the newest attributed revenue (rate, cap);
    /// deals with nothing left to pay settle.
    pub async fn close_campaign(&self, by: OperatorId, id: CampaignId) -> AppResult<CloseReport> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::ManageCampaigns).await?;
        let mut campaign = tx.campaign(id).await.map_err(not_found("campaign"))?;
        if campaign.brand_id != op.brand_id {
            return Err(AppError::NotFound("campaign"));
        }
        if campaign.status == CampaignStatus::Closed {
            return Err(DomainError::invalid("campaign", "the campaign is already closed").into());
        }
        let deals = tx.campaign_deals(id).await?;
        settlement::may_close(&deals.iter().map(|d| d.stage).collect::<Vec<_>>())?;
        let mut report = CloseReport { commissions: Vec::new(), settled: Vec::new() };
        for deal in deals.iter().filter(|d| d.stage == Stage::Verified) {
            let revenue = tx.latest_metrics(deal.id).await?.map_or(0, |m| m.figures.revenue_minor);
            let plan = deal.commission_at_close(Money::new(revenue, deal.terms.fee.currency), now)?;
            if let Some(plan) = plan {
                report.commissions.push((deal.id, plan.amount));
                schedule(tx.as_mut(), deal, std::slice::from_ref(&plan), now).await?;
            }
            let open = tx.deal_payments(deal.id).await?.iter().filter(|p| p.status.is_open()).count();
            if open == 0 {
                let settled = deal.apply(DealEvent::Settle { open_payments: 0 }, now)?.deal;
                tx.update_deal(&settled, now).await?;
                super::deadlines::replan(tx.as_mut(), &settled, now).await?;
                let payload = stage_payload(deal, &settled, json!({}));
                tx.append_event(event(Actor::System, Some(deal.id), AuditKind::DealSettle, payload, now)).await?;
                report.settled.push(deal.id);
            }
        }
        campaign.status = CampaignStatus::Closed;
        tx.update_campaign(&campaign).await?;
        let commissions: Vec<_> = report.commissions.iter().map(|(d, m)| json!([d, m.to_string()])).collect();
        let payload = json!({ "campaign": id, "commissions": commissions, "settled": report.settled });
        tx.append_event(event(Actor::Operator(op.id), None, AuditKind::CampaignClose, payload, now)).await?;
        tx.commit().await?;
        Ok(report)
    }
}
