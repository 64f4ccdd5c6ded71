//! Brand set-up: brands, operators, campaigns.

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::brand::{Brand, Permission, Role};
use linkstar_core::brief;
use linkstar_core::campaign::{CampaignSpec, CampaignStatus};
use linkstar_core::ids::{BrandId, CampaignId, OperatorId};

use super::{App, AppResult, authorize, event};
use crate::error::AppError;
use crate::port::{NewBrand, NewOperator, StoreError};

impl App {
    /// Creates a brand. Anyone may create the first brand; after that, only an admin.
    pub async fn create_brand(&self, by: Option<OperatorId>, brand: NewBrand) -> AppResult<Brand> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let actor = match by {
            Some(id) => Actor::Operator(authorize(tx.as_mut(), id, Permission::ManageTeam).await?.id),
            None => Actor::System,
        };
        if brand.name.trim().is_empty() {
            return Err(linkstar_core::DomainError::invalid("brand", "the name is empty").into());
        }
        let id = tx.insert_brand(&brand).await.map_err(conflict("brand name"))?;
        tx.append_event(event(actor, None, AuditKind::BrandCreate, json!({ "brand": id, "name": brand.name }), now))
            .await?;
        let created = tx.brand(id).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Adds an operator. A brand's first operator must be an admin and needs no one's
    /// permission; later ones are added by an admin.
    pub async fn create_operator(&self, by: Option<OperatorId>, op: NewOperator) -> AppResult<OperatorId> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        tx.brand(op.brand_id).await.map_err(not_found("brand"))?;
        let existing = tx.count_operators(op.brand_id).await?;
        let actor = match by {
            Some(id) => Actor::Operator(authorize(tx.as_mut(), id, Permission::ManageTeam).await?.id),
            None if existing == 0 && op.role == Role::Admin => Actor::System,
            None => return Err(AppError::Forbidden { role: "nobody", action: "manage the team" }),
        };
        if op.username.trim().is_empty() || op.name.trim().is_empty() {
            return Err(linkstar_core::DomainError::invalid("operator", "name and username are needed").into());
        }
        let id = tx.insert_operator(&op).await.map_err(conflict("operator username"))?;
        let payload = json!({ "operator": id, "username": op.username, "role": op.role.as_str() });
        tx.append_event(event(actor, None, AuditKind::OperatorCreate, payload, now)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Creates a campaign after validating its spec, including the brief template.
    pub async fn create_campaign(&self, by: OperatorId, brand: BrandId, spec: CampaignSpec) -> AppResult<CampaignId> {
        spec.validate()?;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::ManageCampaigns).await?;
        if op.brand_id != brand {
            return Err(AppError::NotFound("brand"));
        }
        let id = tx.insert_campaign(brand, CampaignStatus::Active, &spec).await.map_err(conflict("campaign name"))?;
        let payload = json!({ "campaign": id, "name": spec.name, "budget": spec.budget.to_string() });
        tx.append_event(event(Actor::Operator(op.id), None, AuditKind::CampaignCreate, payload, now)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces a campaign's set-up (including its brief template, checked on save).
    pub async fn update_campaign(&self, by: OperatorId, id: CampaignId, spec: CampaignSpec) -> AppResult<()> {
        spec.validate()?;
        brief::validate(&spec.brief)?;
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::ManageCampaigns).await?;
        let mut campaign = tx.campaign(id).await.map_err(not_found("campaign"))?;
        if campaign.brand_id != op.brand_id {
            return Err(AppError::NotFound("campaign"));
        }
        campaign.spec = spec;
        tx.update_campaign(&campaign).await.map_err(conflict("campaign name"))?;
        let payload = json!({ "campaign": id, "name": campaign.spec.name });
        tx.append_event(event(Actor::Operator(op.id), None, AuditKind::CampaignUpdate, payload, now)).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Maps a unique-rule violation to a clear duplicate error.
pub(super) fn conflict(what: &'static str) -> impl Fn(StoreError) -> AppError {
    move |e| match e {
        StoreError::Conflict(_) => AppError::Duplicate(what.to_string()),
        other => other.into(),
    }
}

/// Maps a missing row to a clear not-found error.
pub(super) fn not_found(what: &'static str) -> impl Fn(StoreError) -> AppError {
    move |e| match e {
        StoreError::NotFound(_) => AppError::NotFound(what),
        other => other.into(),
    }
}
