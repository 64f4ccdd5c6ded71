//! Invites and negotiation: offer, link, accept, decline, counter, revise, expire, cancel.

use serde_json::json;

use linkstar_core::audit::Actor;
use linkstar_core::brand::Permission;
use linkstar_core::creator::PoolStatus;
use linkstar_core::deal::{Deal, DealEvent};
use linkstar_core::ids::{CampaignId, CreatorId, DealId, OperatorId};
use linkstar_core::invite::InviteToken;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::Money;
use linkstar_core::place::ChatAccount;
use linkstar_core::reminder::ReminderPolicy;
use linkstar_core::terms::{Terms, TermsHash};
use linkstar_core::time::Timestamp;

use super::setup::not_found;
use super::{App, AppResult, authorize, creator_deal, event, operator_deal, stage_payload};
use crate::error::AppError;
use crate::port::{Invite, Tx};

/// A new offer and the token that lets the creator link their chat to it.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// The deal created.
    pub deal_id: DealId,
    /// The single-use token, shown once.
    pub token: InviteToken,
}

impl App {
    /// Makes an offer to a creator: creates the deal, a single-use 128-bit token that
    /// expires at the respond-by date, and queues the invite card.
    pub async fn make_offer(
        &self,
        by: OperatorId,
        campaign: CampaignId,
        creator: CreatorId,
        terms: Terms,
    ) -> AppResult<Invitation> {
        let now = self.clock.now();
        if terms.respond_by <= now {
            return Err(linkstar_core::DomainError::invalid("terms", "the respond-by date is in the past").into());
        }
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let camp = tx.campaign(campaign).await.map_err(not_found("campaign"))?;
        if camp.brand_id != op.brand_id {
            return Err(AppError::NotFound("campaign"));
        }
        let person = tx.creator(creator).await.map_err(not_found("creator"))?;
        if person.profile.pool_status == PoolStatus::Blocked {
            return Err(linkstar_core::DomainError::invalid("creator", "this creator is blocked").into());
        }
        if tx.open_deal_exists(campaign, creator).await? {
            return Err(AppError::Duplicate("an open offer for this creator in this campaign".into()));
        }
        let fresh = Deal::offer(DealId(0), campaign, creator, terms)?;
        let deal_id = tx.insert_deal(&fresh, now).await?;
        let token = InviteToken::from_bytes(rand::random());
        let invite = Invite {
            token_hash: token.hash(),
            deal_id,
            creator_id: creator,
            expires_at: fresh.terms.respond_by,
            used_at: None,
        };
        tx.insert_invite(&invite).await?;
        let mut planned = fresh.clone();
        planned.id = deal_id;
        super::deadlines::replan(tx.as_mut(), &planned, now).await?;
        let payload = json!({ "to": "offered", "campaign": campaign, "creator": creator, "fee": fresh.terms.fee.to_string(), "terms_hash": fresh.terms.fingerprint() });
        tx.append_event(event(Actor::Operator(op.id), Some(deal_id), "deal.offer", payload, now)).await?;
        let notice = Notice::Invite {
            deal: deal_id,
            campaign: camp.spec.name.clone(),
            product: camp.spec.product.name.clone(),
            fee: fresh.terms.fee,
            respond_by: fresh.terms.respond_by,
        };
        tx.enqueue(Recipient::Creator(creator), &notice, now).await?;
        tx.commit().await?;
        Ok(Invitation { deal_id, token })
    }

    /// Links a chat account to the creator an invite was made for. The token must exist,
    /// be unused and unexpired; a chat already linked to someone else is refused.
    pub async fn link_chat(&self, chat: &ChatAccount, token_text: &str) -> AppResult<(CreatorId, DealId)> {
        let now = self.clock.now();
        let token = InviteToken::parse(token_text).map_err(|_| AppError::TokenUnknown)?;
        let mut tx = self.begin().await?;
        let invite = tx.invite(&token.hash()).await?.ok_or(AppError::TokenUnknown)?;
        if invite.used_at.is_some() {
            return Err(AppError::TokenUsed);
        }
        if invite.expires_at <= now {
            return Err(AppError::TokenExpired);
        }
        match tx.creator_by_chat(chat).await? {
            Some(other) if other != invite.creator_id => {
                return Err(AppError::Duplicate("this chat account is linked to another creator".into()));
            }
            Some(_) => {}
            None => tx.link_chat(invite.creator_id, chat, now).await?,
        }
        tx.use_invite(&invite.token_hash, now, chat).await?;
        let payload = json!({ "chat": format!("{}:{}", chat.platform.as_str(), chat.external_id) });
        tx.append_event(event(Actor::Creator(invite.creator_id), Some(invite.deal_id), "chat.link", payload, now))
            .await?;
        tx.commit().await?;
        Ok((invite.creator_id, invite.deal_id))
    }

    /// The creator accepts the terms they were shown. The fingerprint must match the
    /// current terms, so an acceptance of superseded terms is refused.
    pub async fn accept_offer(&self, chat: &ChatAccount, deal: DealId, shown: TermsHash) -> AppResult<Deal> {
        let via = format!("{}:{}", chat.platform.as_str(), chat.external_id);
        self.creator_move(chat, deal, "deal.accept", |now| DealEvent::Accept {
            terms_hash: shown.clone(),
            at: now,
            via: via.clone(),
        })
        .await
    }

    /// The creator declines.
    pub async fn decline_offer(&self, chat: &ChatAccount, deal: DealId) -> AppResult<Deal> {
        self.creator_move(chat, deal, "deal.decline", |_| DealEvent::Decline).await
    }

    /// The creator proposes another fee.
    pub async fn counter_offer(&self, chat: &ChatAccount, deal: DealId, fee: Money) -> AppResult<Deal> {
        self.creator_move(chat, deal, "deal.counter", |_| DealEvent::Counter { fee }).await
    }

    /// A creator's stage move: own deal only, then the core rule, rows, event, outbox.
    async fn creator_move(
        &self,
        chat: &ChatAccount,
        id: DealId,
        kind: &str,
        make: impl Fn(Timestamp) -> DealEvent,
    ) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let (creator, before) = creator_deal(tx.as_mut(), chat, id).await?;
        let out = before.apply(make(now), now)?;
        let after = out.deal;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let extra = json!({ "terms_hash": after.accepted.as_ref().map(|a| a.terms_hash.clone()), "counter_fee": after.counter_fee.map(|f| f.to_string()) });
        tx.append_event(event(Actor::Creator(creator), Some(id), kind, stage_payload(&before, &after, extra), now))
            .await?;
        let campaign = tx.campaign(after.campaign_id).await?;
        let name = tx.creator(creator).await?.profile.name;
        let brand = Recipient::Operators(campaign.brand_id);
        match kind {
            "deal.accept" => {
                let hash = after.terms.fingerprint().0;
                let notice = Notice::ContractConfirmed {
                    deal: id,
                    campaign: campaign.spec.name.clone(),
                    draft_due: after.terms.draft_due,
                    terms_hash: hash.chars().take(12).collect(),
                };
                tx.enqueue(Recipient::Creator(creator), &notice, now).await?;
                schedule(tx.as_mut(), &after, &out.schedule, now).await?;
            }
            "deal.decline" => {
                tx.enqueue(brand, &Notice::OfferDeclined { deal: id, creator: name }, now).await?;
            }
            _ => {
                if let Some(fee) = after.counter_fee {
                    tx.enqueue(brand, &Notice::CounterReceived { deal: id, creator: name, fee }, now).await?;
                }
            }
        }
        tx.commit().await?;
        Ok(after)
    }

    /// The operator offers new terms (before any draft). The creator sees what changed
    /// and must accept again.
    pub async fn revise_offer(&self, by: OperatorId, id: DealId, terms: Terms) -> AppResult<Deal> {
        self.revise(by, id, "deal.revise", None, move |_, _, _| Ok(terms)).await
    }

    /// The operator takes the creator's proposed fee: the offer is revised to it and the
    /// creator confirms by accepting. If the offer's respond-by has passed meanwhile, the
    /// creator gets the campaign's counter-offer answer time from now to confirm.
    pub async fn accept_counter(&self, by: OperatorId, id: DealId) -> AppResult<Deal> {
        self.revise(by, id, "deal.accept_counter", None, |deal, policy, now| {
            let fee = deal.counter_fee.ok_or(linkstar_core::DomainError::IllegalTransition {
                from: deal.stage,
                event: linkstar_core::stage::StageEvent::ReviseOffer,
            })?;
            Ok(countered_terms(deal, fee, policy, now))
        })
        .await
    }

    /// Revises a deal's terms to what `new_terms` makes of the current deal, in one
    /// transaction, and tells the creator what changed.
    pub(super) async fn revise(
        &self,
        by: OperatorId,
        id: DealId,
        kind: &str,
        note: Option<String>,
        new_terms: impl FnOnce(&Deal, &ReminderPolicy, Timestamp) -> AppResult<Terms>,
    ) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::MakeOffers).await?;
        let before = operator_deal(tx.as_mut(), &op, id).await?;
        let campaign = tx.campaign(before.campaign_id).await?;
        let terms = new_terms(&before, &campaign.spec.reminders, now)?;
        if terms.respond_by <= now {
            return Err(linkstar_core::DomainError::invalid("terms", "the respond-by date is in the past").into());
        }
        let changed: Vec<String> = before.terms.changed_fields(&terms).into_iter().map(String::from).collect();
        let after = before.apply(DealEvent::ReviseOffer { terms: Box::new(terms) }, now)?.deal;
        tx.update_deal(&after, now).await?;
        super::deadlines::replan(tx.as_mut(), &after, now).await?;
        let extra = json!({ "changed": changed, "terms_hash": after.terms.fingerprint(), "fee": after.terms.fee.to_string(), "note": note });
        tx.append_event(event(Actor::Operator(op.id), Some(id), kind, stage_payload(&before, &after, extra), now))
            .await?;
        let notice = Notice::OfferRevised {
            deal: id,
            campaign: campaign.spec.name,
            fee: after.terms.fee,
            changed,
            respond_by: after.terms.respond_by,
            note,
        };
        tx.enqueue(Recipient::Creator(after.creator_id), &notice, now).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// The respond-by date passed without an answer (or, negotiating, the brand's time
    /// to answer the counter-offer ran out): the offer expires.
    pub async fn expire_offer(&self, id: DealId) -> AppResult<Deal> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let before = tx.deal(id).await.map_err(not_found("deal"))?;
        let campaign = tx.campaign(before.campaign_id).await?;
        let due = match before.stage {
            linkstar_core::stage::Stage::Negotiating => {
                let rules = linkstar_core::reminder::ReminderRules::from_policy(&campaign.spec.reminders);
                let due = linkstar_core::reminder::counter_deadline(&rules, tx.deal_clock(id).await?.stage_at);
                if now < due {
                    let why = "the brand's time to answer the counter-offer has not run out";
                    return Err(linkstar_core::DomainError::invalid("time", why).into());
                }
                due
            }
            _ => before.terms.respond_by,
        };
        let after = super::deadlines::expire(tx.as_mut(), &before, &campaign, due, now).await?;
        tx.commit().await?;
        Ok(after)
    }
}

/// The current terms at another fee. If the offer's respond-by has passed meanwhile, the
/// creator gets the campaign's counter-offer answer time from now to answer.
pub(super) fn countered_terms(deal: &Deal, fee: Money, policy: &ReminderPolicy, now: Timestamp) -> Terms {
    let mut terms = deal.terms.clone();
    terms.fee = fee;
    if terms.respond_by <= now {
        terms.respond_by = counter_answer_by(policy, now);
    }
    terms
}

/// When a creator must answer an offer the brand reopened at `now`: the campaign's
/// counter-offer answer time from then.
pub(super) fn counter_answer_by(policy: &ReminderPolicy, now: Timestamp) -> Timestamp {
    let rules = linkstar_core::reminder::ReminderRules::from_policy(policy);
    linkstar_core::reminder::counter_deadline(&rules, now)
}

/// Stores the payments a transition made due, tells the creator and plans the
/// operators' payment reminders.
pub(super) async fn schedule(
    tx: &mut dyn Tx,
    deal: &Deal,
    plans: &[linkstar_core::payment::PaymentPlan],
    now: Timestamp,
) -> AppResult<()> {
    for plan in plans {
        let id = tx.insert_payment(deal.id, plan, now).await?;
        let payload =
            json!({ "payment": id, "kind": plan.kind.as_str(), "amount": plan.amount.to_string(), "due": plan.due });
        tx.append_event(event(Actor::System, Some(deal.id), "payment.schedule", payload, now)).await?;
        let notice = Notice::PaymentScheduled { deal: deal.id, amount: plan.amount, due: plan.due };
        tx.enqueue(Recipient::Creator(deal.creator_id), &notice, now).await?;
    }
    if !plans.is_empty() {
        // The operators are reminded of the new payments.
        super::deadlines::replan(tx, deal, now).await?;
    }
    Ok(())
}
