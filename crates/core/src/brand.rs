//! Brands and the operators who work for them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::DomainError;
use crate::ids::{BrandId, OperatorId};
use crate::money::Currency;
use crate::place::{Country, Locale};

/// A brand, or an agency's client brand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brand {
    /// Row id.
    pub id: BrandId,
    /// Display name.
    pub name: String,
    /// Legal name used on contracts.
    pub legal_name: String,
    /// Currency budgets and reports use by default.
    pub default_currency: Currency,
    /// Disclosure tags accepted per market; campaigns start from these.
    pub disclosure_rules: BTreeMap<Country, Vec<String>>,
}

/// What an operator may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything, including managing operators.
    Admin,
    /// Campaigns, offers, reviews, verification.
    Manager,
    /// Reviews drafts and verifies posts.
    Reviewer,
    /// Marks payments paid.
    Finance,
    /// Reads everything, changes nothing.
    Viewer,
}

/// A kind of action an operator may be allowed to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Add operators and brands.
    ManageTeam,
    /// Create and edit campaigns, import creators.
    ManageCampaigns,
    /// Make, revise and cancel offers.
    MakeOffers,
    /// Approve drafts or request changes.
    ReviewDrafts,
    /// Verify posts and record metrics.
    VerifyPosts,
    /// Mark payments paid.
    PayCreators,
}

impl Role {
    /// Lowercase name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Reviewer => "reviewer",
            Role::Finance => "finance",
            Role::Viewer => "viewer",
        }
    }

    /// Parses a role name.
    pub fn parse(name: &str) -> Result<Self, DomainError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "admin" => Ok(Role::Admin),
            "manager" => Ok(Role::Manager),
            "reviewer" => Ok(Role::Reviewer),
            "finance" => Ok(Role::Finance),
            "viewer" => Ok(Role::Viewer),
            other => Err(DomainError::invalid("role", format!("unknown role {other:?}"))),
        }
    }

    /// Whether this role grants `permission`.
    pub fn allows(&self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Admin => true,
            Role::Manager => matches!(permission, ManageCampaigns | MakeOffers | ReviewDrafts | VerifyPosts),
            Role::Reviewer => matches!(permission, ReviewDrafts | VerifyPosts),
            Role::Finance => matches!(permission, PayCreators),
            Role::Viewer => false,
        }
    }
}

/// A person working the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    /// Row id.
    pub id: OperatorId,
    /// Brand they work for.
    pub brand_id: BrandId,
    /// Display name.
    pub name: String,
    /// The OS user name the dashboard maps to this operator.
    pub username: String,
    /// What they may do.
    pub role: Role,
    /// Dashboard language.
    pub locale: Locale,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_finance_and_admin_pay() {
        let payers: Vec<_> = [Role::Admin, Role::Manager, Role::Reviewer, Role::Finance, Role::Viewer]
            .into_iter()
            .filter(|r| r.allows(Permission::PayCreators))
            .collect();
        assert_eq!(payers, vec![Role::Admin, Role::Finance]);
    }

    #[test]
    fn viewers_do_nothing() {
        assert!(!Role::Viewer.allows(Permission::ReviewDrafts));
        assert!(!Role::Viewer.allows(Permission::MakeOffers));
    }
}
