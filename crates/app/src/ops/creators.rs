//! The creator pool: imports and language choice.

use serde_json::json;

use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::brand::Permission;
use linkstar_core::creator::CreatorProfile;
use linkstar_core::ids::{CreatorId, OperatorId};
use linkstar_core::place::{ChatAccount, Locale};

use super::{App, AppResult, authorize, event, linked_creator};

/// What an import did: how many rows were added and why the others were refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Ids of the creators added, in input order.
    pub imported: Vec<CreatorId>,
    /// Refused rows: the caller's line number and the reason.
    pub rejected: Vec<(u64, String)>,
}

impl App {
    /// Imports a batch of creators in one transaction. Rows whose handles already
    /// belong to someone (in the pool or earlier in the batch) or that fail validation
    /// are reported with their line numbers; the good rows are kept.
    pub async fn import_creators(&self, by: OperatorId, rows: Vec<(u64, CreatorProfile)>) -> AppResult<ImportReport> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let op = authorize(tx.as_mut(), by, Permission::ManageCampaigns).await?;
        let mut report = ImportReport::default();
        let wanted: Vec<_> =
            rows.iter().flat_map(|(_, p)| p.accounts.iter().map(|a| (a.platform, a.handle.clone()))).collect();
        let mut taken: std::collections::HashSet<_> = tx.existing_handles(&wanted).await?.into_iter().collect();
        let mut good = Vec::with_capacity(rows.len());
        for (line, profile) in rows {
            if let Err(e) = profile.validate() {
                report.rejected.push((line, e.to_string()));
                continue;
            }
            let dup = profile.accounts.iter().find(|a| taken.contains(&(a.platform, a.handle.clone())));
            if let Some(a) = dup {
                report.rejected.push((line, format!("the {} handle @{} is already in the pool", a.platform, a.handle)));
                continue;
            }
            taken.extend(profile.accounts.iter().map(|a| (a.platform, a.handle.clone())));
            good.push(profile);
        }
        if !good.is_empty() {
            report.imported = tx.insert_creators(&good).await?;
            let payload = json!({
                "imported": report.imported.len(),
                "first": report.imported.first(),
                "last": report.imported.last(),
                "rejected": report.rejected.len(),
            });
            tx.append_event(event(Actor::Operator(op.id), None, AuditKind::CreatorsImport, payload, now)).await?;
            tx.commit().await?;
        }
        Ok(report)
    }

    /// Saves the language a linked creator chose (`None` goes back to automatic).
    pub async fn choose_language(&self, chat: &ChatAccount, locale: Option<Locale>) -> AppResult<()> {
        let now = self.clock.now();
        let mut tx = self.begin().await?;
        let creator = linked_creator(tx.as_mut(), chat).await?;
        tx.set_creator_locale(creator, locale.as_ref()).await?;
        let payload = json!({ "locale": locale.as_ref().map(Locale::as_str) });
        tx.append_event(event(Actor::Creator(creator), None, AuditKind::CreatorLanguage, payload, now)).await?;
        tx.commit().await?;
        Ok(())
    }
}
