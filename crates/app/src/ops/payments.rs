//! Paying creators, and checking the audit chain.

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind, BrokenChain, ChainVerifier};
use linkstar_core::brand::Permission;
use linkstar_core::campaign::CampaignStatus;
use linkstar_core::deal::DealEvent;
use linkstar_core::ids::{EventId, OperatorId, PaymentId};
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::payment::{Payment, PaymentStatus};
use linkstar_core::stage::Stage;

use super::setup::not_found;
use super::{App, AppResult, authorize, event, operator_deal, stage_payload};

impl App {
    /// Marks a payment paid with its payout reference (finance or admin only). The
    /// balance can only be paid after verification; when the last open payment of a
    /// verified deal is paid, the deal settles.
    pub async fn mark_paid(&self, by: OperatorId, id: PaymentId, reference: &str) -> AppResult<Payment> {
        let reference = Payment::validate_reference(reference)?;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::PayCreators).await?;
        let mut payment = tx.payment(id).await.map_err(not_found("payment"))?;
        let deal = operator_deal(tx.as_mut(), &op, payment.deal_id).await?;
        if !payment.status.is_open() {
            return Err(linkstar_core::DomainError::invalid(
                "payment",
                format!("this payment is {}", payment.status.as_str()),
            )
            .into());
        }
        deal.may_pay(payment.kind)?;
        payment.status = PaymentStatus::Paid;
        payment.reference = Some(reference.clone());
        payment.paid_by = Some(op.id);
        payment.paid_at = Some(now);
        tx.update_payment(&payment).await?;
        let payload = json!({ "payment": id, "kind": payment.kind.as_str(), "amount": payment.amount.to_string(), "reference": reference });
        tx.append_event(event(Actor::Operator(op.id), Some(deal.id), AuditKind::PaymentPaid, payload, now)).await?;
        let notice = Notice::PaymentPaid { deal: deal.id, amount: payment.amount, reference };
        tx.enqueue(Recipient::Creator(deal.creator_id), &notice, now).await?;
        let open = tx.deal_payments(deal.id).await?.iter().filter(|p| p.status.is_open()).count();
        let closed = tx.campaign(deal.campaign_id).await?.status == CampaignStatus::Closed;
        if deal.stage == Stage::Verified && open == 0 && !deal.awaits_commission(closed) {
            let settled = deal.apply(DealEvent::Settle { open_payments: 0 }, now)?.deal;
            tx.update_deal(&settled, now).await?;
            super::deadlines::replan(tx.as_mut(), &settled, now).await?;
            tx.append_event(event(
                Actor::System,
                Some(deal.id),
                AuditKind::DealSettle,
                stage_payload(&deal, &settled, json!({})),
                now,
            ))
            .await?;
        } else {
            // The paid payment's reminders are cancelled with the rest and not planned again.
            super::deadlines::replan(tx.as_mut(), &deal, now).await?;
        }
        tx.commit().await?;
        Ok(payment)
    }

    /// Walks the whole audit log and checks its hash chain, returning how many events
    /// were checked or the first event that does not verify.
    pub async fn verify_audit(&self) -> AppResult<Result<u64, BrokenChain>> {
        let mut verifier = ChainVerifier::default();
        let mut after = EventId(0);
        loop {
            let page = self.store.audit_events(after, 5_000).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            for e in &page {
                if let Err(broken) = verifier.check(e) {
                    return Ok(Err(broken));
                }
            }
        }
        Ok(Ok(verifier.checked()))
    }
}
