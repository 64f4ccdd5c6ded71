//! A write transaction: the `Tx` port on one database transaction.

use async_trait::async_trait;
use sqlx::{Any, AssertSqlSafe, Transaction};

use linkstar_app::StoreError;
use linkstar_app::port::{Invite, MetricsSnapshot, NewBrand, NewOperator, StoreResult, Tx};
use linkstar_app::schedule_port::{DealClock, NewReminder, UnplannedPage};
use linkstar_core::audit::{NewEvent, chain_hash};
use linkstar_core::brand::{Brand, Operator, Role};
use linkstar_core::campaign::{Campaign, CampaignSpec, CampaignStatus};
use linkstar_core::content::{Draft, DraftUpload, Review};
use linkstar_core::creator::{Creator, CreatorProfile};
use linkstar_core::deal::Deal;
use linkstar_core::ids::*;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::Currency;
use linkstar_core::payment::{Payment, PaymentPlan, PaymentStatus};
use linkstar_core::place::{ChatAccount, Handle, Locale, Platform};
use linkstar_core::time::{Timestamp, to_millis};

use linkstar_core::attribution::DiscountCode;
use linkstar_core::fx::FxRate;

use crate::backend::{Backend, SqlStore, backend_err};
use crate::codec::{self, R, get, join_list, json};

/// An open write transaction holding the audit-chain lock.
pub(crate) struct SqlTx {
    pub(crate) tx: Transaction<'static, Any>,
    backend: Backend,
}

impl SqlTx {
    /// The `i`-th (1-based) placeholder of a generated statement. SQLite gets anonymous
    /// `?`: it looks numbered parameters up by a linear scan, which made a 500-row insert
    /// quadratic in its thousands of parameters.
    fn mark(&self, i: usize) -> String {
        match self.backend {
            Backend::Sqlite => "?".to_string(),
            Backend::Postgres => format!("${i}"),
        }
    }
}

impl SqlStore {
    /// Opens a write transaction and takes the chain lock first: SQLite's
    /// `BEGIN IMMEDIATE` takes the database write lock at once (so a later write can
    /// never fail on a stale snapshot); PostgreSQL locks the chain head row.
    pub(crate) async fn begin_write(&self) -> R<SqlTx> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(backend_err)?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await.map_err(backend_err)?;
                sqlx::query("SELECT last_id FROM audit_head WHERE singleton = 1 FOR UPDATE")
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(backend_err)?;
                tx
            }
        };
        Ok(SqlTx { tx, backend: self.backend })
    }
}

fn not_found(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| match e {
        sqlx::Error::RowNotFound => StoreError::NotFound(what),
        other => backend_err(other),
    }
}

fn n(v: u32) -> i64 {
    i64::from(v)
}

const CREATOR_COLUMNS: &str = "name, country, languages, preferred_locale, time_zone, categories, \
    audience_countries, rate_card, risk_flags, risky, rating, pool_status, \
    tiktok_handle, tiktok_followers, tiktok_er, instagram_handle, instagram_followers, instagram_er, \
    youtube_handle, youtube_followers, youtube_er, top_followers, top_er";
const CREATOR_ARITY: usize = 23;
/// Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters.
const CREATOR_BATCH: usize = 500;

#[async_trait]
impl Tx for SqlTx {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        self.tx.commit().await.map_err(backend_err)
    }

    async fn append_event(&mut self, e: NewEvent) -> StoreResult<EventId> {
        let head = sqlx::query("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")
            .fetch_one(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        let id = EventId(get::<i64>(&head, "last_id")? + 1);
        let prev: String = get(&head, "last_hash")?;
        let hash = chain_hash(&prev, id, &e);
        sqlx::query(
            "INSERT INTO audit_events (id, at, actor, deal_id, kind, payload, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.0)
        .bind(to_millis(e.at))
        .bind(e.actor.encode())
        .bind(e.deal_id.map(|d| d.0))
        .bind(&e.kind)
        .bind(&e.payload)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        sqlx::query("UPDATE audit_head SET last_id = $1, last_hash = $2 WHERE singleton = 1")
            .bind(id.0)
            .bind(&hash)
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(id)
    }

    async fn enqueue(&mut self, recipient: Recipient, notice: &Notice, at: Timestamp) -> StoreResult<OutboxId> {
        let (kind, id) = codec::recipient_parts(recipient);
        let row = sqlx::query(
            "INSERT INTO outbox (recipient_kind, recipient_id, message_id, payload, status, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5) RETURNING id",
        )
        .bind(kind)
        .bind(id)
        .bind(notice.id())
        .bind(notice.to_json())
        .bind(to_millis(at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(OutboxId(get(&row, "id")?))
    }

    async fn insert_brand(&mut self, b: &NewBrand) -> StoreResult<BrandId> {
        let row = sqlx::query(
            "INSERT INTO brands (name, legal_name, default_currency, disclosure_rules) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(b.name.trim())
        .bind(b.legal_name.trim())
        .bind(b.default_currency.code())
        .bind(json(&b.disclosure_rules))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(BrandId(get(&row, "id")?))
    }

    async fn brand(&mut self, id: BrandId) -> StoreResult<Brand> {
        let row = sqlx::query("SELECT * FROM brands WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("brand"))?;
        let currency = Currency::parse(&get::<String>(&row, "default_currency")?)
            .map_err(|e| StoreError::Backend(e.to_string()))?;
        Ok(Brand {
            id,
            name: get(&row, "name")?,
            legal_name: get(&row, "legal_name")?,
            default_currency: currency,
            disclosure_rules: codec::from_json("brands", &get::<String>(&row, "disclosure_rules")?)?,
        })
    }

    async fn insert_operator(&mut self, op: &NewOperator) -> StoreResult<OperatorId> {
        let row = sqlx::query(
            "INSERT INTO operators (brand_id, name, username, role, locale) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(op.brand_id.0)
        .bind(op.name.trim())
        .bind(op.username.trim())
        .bind(op.role.as_str())
        .bind(op.locale.as_str())
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(OperatorId(get(&row, "id")?))
    }

    async fn operator(&mut self, id: OperatorId) -> StoreResult<Operator> {
        let row = sqlx::query("SELECT * FROM operators WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("operator"))?;
        operator_row(&row)
    }

    async fn count_operators(&mut self, brand: BrandId) -> StoreResult<u64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM operators WHERE brand_id = $1")
            .bind(brand.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(get::<i64>(&row, "n")?.max(0) as u64)
    }

    async fn insert_campaign(
        &mut self,
        brand: BrandId,
        status: CampaignStatus,
        spec: &CampaignSpec,
    ) -> StoreResult<CampaignId> {
        let row = sqlx::query(
            "INSERT INTO campaigns (brand_id, name, status, spec, budget_minor, currency, starts_at, ends_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(brand.0)
        .bind(spec.name.trim())
        .bind(codec::campaign_status(status))
        .bind(json(spec))
        .bind(spec.budget.minor)
        .bind(spec.budget.currency.code())
        .bind(to_millis(spec.starts_at))
        .bind(to_millis(spec.ends_at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(CampaignId(get(&row, "id")?))
    }

    async fn campaign(&mut self, id: CampaignId) -> StoreResult<Campaign> {
        let row = sqlx::query("SELECT id, brand_id, status, spec FROM campaigns WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("campaign"))?;
        codec::campaign(&row)
    }

    async fn update_campaign(&mut self, c: &Campaign) -> StoreResult<()> {
        sqlx::query(
            "UPDATE campaigns SET name = $1, status = $2, spec = $3, budget_minor = $4, currency = $5, \
             starts_at = $6, ends_at = $7 WHERE id = $8",
        )
        .bind(c.spec.name.trim())
        .bind(codec::campaign_status(c.status))
        .bind(json(&c.spec))
        .bind(c.spec.budget.minor)
        .bind(c.spec.budget.currency.code())
        .bind(to_millis(c.spec.starts_at))
        .bind(to_millis(c.spec.ends_at))
        .bind(c.id.0)
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    async fn existing_handles(&mut self, handles: &[(Platform, Handle)]) -> StoreResult<Vec<(Platform, Handle)>> {
        let mut found = Vec::new();
        for platform in Platform::ALL {
            let names: Vec<&str> = handles.iter().filter(|(p, _)| *p == platform).map(|(_, h)| h.as_str()).collect();
            for chunk in names.chunks(CREATOR_BATCH) {
                let marks: Vec<String> = (1..=chunk.len()).map(|i| self.mark(i)).collect();
                let p = platform.as_str();
                let sql = format!("SELECT {p}_handle AS h FROM creators WHERE {p}_handle IN ({})", marks.join(", "));
                let mut q = sqlx::query(AssertSqlSafe(sql));
                for h in chunk {
                    q = q.bind(*h);
                }
                for row in q.fetch_all(&mut *self.tx).await.map_err(backend_err)? {
                    let h: String = get(&row, "h")?;
                    if let Ok(handle) = Handle::parse(&h) {
                        found.push((platform, handle));
                    }
                }
            }
        }
        Ok(found)
    }

    async fn insert_creators(&mut self, creators: &[CreatorProfile]) -> StoreResult<Vec<CreatorId>> {
        let mut ids = Vec::with_capacity(creators.len());
        for chunk in creators.chunks(CREATOR_BATCH) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let marks: Vec<String> = (1..=CREATOR_ARITY).map(|c| self.mark(r * CREATOR_ARITY + c)).collect();
                    format!("({})", marks.join(", "))
                })
                .collect();
            let sql = format!("INSERT INTO creators ({CREATOR_COLUMNS}) VALUES {} RETURNING id", rows.join(", "));
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for p in chunk {
                let top = p.accounts.iter().max_by_key(|a| a.followers);
                q = q
                    .bind(p.name.trim().to_string())
                    .bind(p.country.as_str().to_string())
                    .bind(join_list(&p.languages))
                    .bind(p.preferred_locale.as_ref().map(|l| l.as_str().to_string()))
                    .bind(p.time_zone.as_str().to_string())
                    .bind(join_list(&p.categories))
                    .bind(join_list(p.audience_countries.iter().map(|c| c.as_str())))
                    .bind(json(&p.rate_card))
                    .bind(join_list(p.risk_flags.iter().map(|f| f.as_str())))
                    .bind(i64::from(!p.risk_flags.is_empty()))
                    .bind(p.rating.map(i64::from))
                    .bind(p.pool_status.as_str());
                for platform in Platform::ALL {
                    let a = p.account(platform);
                    q = q
                        .bind(a.map(|a| a.handle.as_str().to_string()))
                        .bind(a.map(|a| a.followers.min(i64::MAX as u64) as i64))
                        .bind(a.map(|a| i64::from(a.engagement_bp)));
                }
                q = q
                    .bind(top.map_or(0, |a| a.followers.min(i64::MAX as u64) as i64))
                    .bind(p.accounts.iter().map(|a| i64::from(a.engagement_bp)).max().unwrap_or(0));
            }
            let mut batch: Vec<i64> = q
                .fetch_all(&mut *self.tx)
                .await
                .map_err(backend_err)?
                .iter()
                .map(|r| get::<i64>(r, "id"))
                .collect::<Result<_, _>>()?;
            // Rows of one VALUES list get ascending ids in list order while we hold the
            // write lock; RETURNING itself promises no order.
            batch.sort_unstable();
            ids.extend(batch.into_iter().map(CreatorId));
        }
        Ok(ids)
    }

    async fn creator(&mut self, id: CreatorId) -> StoreResult<Creator> {
        let row = sqlx::query("SELECT * FROM creators WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("creator"))?;
        let chats =
            sqlx::query("SELECT platform, external_id FROM chat_accounts WHERE creator_id = $1 ORDER BY linked_at")
                .bind(id.0)
                .fetch_all(&mut *self.tx)
                .await
                .map_err(backend_err)?;
        codec::creator(&row, crate::read::chat_accounts(&chats)?)
    }

    async fn creator_by_chat(&mut self, chat: &ChatAccount) -> StoreResult<Option<CreatorId>> {
        let row = sqlx::query("SELECT creator_id FROM chat_accounts WHERE platform = $1 AND external_id = $2")
            .bind(chat.platform.as_str())
            .bind(&chat.external_id)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        row.map(|r| get::<i64>(&r, "creator_id").map(CreatorId)).transpose()
    }

    async fn link_chat(&mut self, creator: CreatorId, chat: &ChatAccount, at: Timestamp) -> StoreResult<()> {
        sqlx::query("INSERT INTO chat_accounts (platform, external_id, creator_id, linked_at) VALUES ($1, $2, $3, $4)")
            .bind(chat.platform.as_str())
            .bind(&chat.external_id)
            .bind(creator.0)
            .bind(to_millis(at))
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    async fn set_creator_locale(&mut self, creator: CreatorId, locale: Option<&Locale>) -> StoreResult<()> {
        sqlx::query("UPDATE creators SET preferred_locale = $1 WHERE id = $2")
            .bind(locale.map(|l| l.as_str().to_string()))
            .bind(creator.0)
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    async fn insert_deal(&mut self, d: &Deal, at: Timestamp) -> StoreResult<DealId> {
        let row = sqlx::query(
            "INSERT INTO deals (campaign_id, creator_id, stage, terms, terms_hash, draft_versions, change_requests, \
             extra_rounds, fee_minor, currency, respond_by, draft_due, created_at, updated_at, stage_at) \
             VALUES ($1, $2, $3, $4, $5, 0, 0, 0, $6, $7, $8, $9, $10, $10, $10) RETURNING id",
        )
        .bind(d.campaign_id.0)
        .bind(d.creator_id.0)
        .bind(d.stage.as_str())
        .bind(d.terms.canonical())
        .bind(d.terms.fingerprint().0)
        .bind(d.terms.fee.minor)
        .bind(d.terms.fee.currency.code())
        .bind(to_millis(d.terms.respond_by))
        .bind(to_millis(d.terms.draft_due))
        .bind(to_millis(at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(DealId(get(&row, "id")?))
    }

    async fn deal(&mut self, id: DealId) -> StoreResult<Deal> {
        let row = sqlx::query("SELECT * FROM deals WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("deal"))?;
        codec::deal(&row)
    }

    async fn update_deal(&mut self, d: &Deal, at: Timestamp) -> StoreResult<()> {
        sqlx::query(
            "UPDATE deals SET stage = $1, terms = $2, terms_hash = $3, accepted_hash = $4, accepted_at = $5, \
             accepted_via = $6, counter_fee_minor = $7, draft_versions = $8, change_requests = $9, extra_rounds = $10, \
             approved_version = $11, post_url = $12, fee_minor = $13, currency = $14, respond_by = $15, draft_due = $16, \
             updated_at = $17, stage_at = CASE WHEN stage = $1 THEN stage_at ELSE $17 END, \
             overdue_at = CASE WHEN stage = $1 THEN overdue_at ELSE NULL END WHERE id = $18",
        )
        .bind(d.stage.as_str())
        .bind(d.terms.canonical())
        .bind(d.terms.fingerprint().0)
        .bind(d.accepted.as_ref().map(|a| a.terms_hash.0.clone()))
        .bind(d.accepted.as_ref().map(|a| to_millis(a.at)))
        .bind(d.accepted.as_ref().map(|a| a.via.clone()))
        .bind(d.counter_fee.map(|f| f.minor))
        .bind(n(d.draft_versions))
        .bind(n(d.change_requests))
        .bind(n(d.extra_rounds))
        .bind(d.approved_version.map(n))
        .bind(d.post_url.clone())
        .bind(d.terms.fee.minor)
        .bind(d.terms.fee.currency.code())
        .bind(to_millis(d.terms.respond_by))
        .bind(to_millis(d.terms.draft_due))
        .bind(to_millis(at))
        .bind(d.id.0)
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    async fn open_deal_exists(&mut self, campaign: CampaignId, creator: CreatorId) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM deals WHERE campaign_id = $1 AND creator_id = $2 \
             AND stage NOT IN ('completed', 'removed', 'declined', 'expired', 'cancelled')",
        )
        .bind(campaign.0)
        .bind(creator.0)
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(get::<i64>(&row, "n")? > 0)
    }

    async fn insert_invite(&mut self, i: &Invite) -> StoreResult<()> {
        sqlx::query("INSERT INTO invites (token_hash, deal_id, creator_id, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(&i.token_hash)
            .bind(i.deal_id.0)
            .bind(i.creator_id.0)
            .bind(to_millis(i.expires_at))
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    async fn invite(&mut self, token_hash: &str) -> StoreResult<Option<Invite>> {
        let row = sqlx::query("SELECT * FROM invites WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        row.map(|r| codec::invite(&r)).transpose()
    }

    async fn use_invite(&mut self, token_hash: &str, at: Timestamp, chat: &ChatAccount) -> StoreResult<()> {
        let done =
            sqlx::query("UPDATE invites SET used_at = $1, used_by = $2 WHERE token_hash = $3 AND used_at IS NULL")
                .bind(to_millis(at))
                .bind(format!("{}:{}", chat.platform.as_str(), chat.external_id))
                .bind(token_hash)
                .execute(&mut *self.tx)
                .await
                .map_err(backend_err)?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict("invite already used".into()));
        }
        Ok(())
    }

    async fn insert_draft(
        &mut self,
        deal: DealId,
        version: u32,
        u: &DraftUpload,
        problems: &[String],
        at: Timestamp,
    ) -> StoreResult<DraftId> {
        let row = sqlx::query(
            "INSERT INTO drafts (deal_id, version, kind, caption, file, problems, submitted_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(deal.0)
        .bind(n(version))
        .bind(u.kind.as_str())
        .bind(&u.caption)
        .bind(u.file.as_ref().map(json))
        .bind(json(&problems))
        .bind(to_millis(at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(DraftId(get(&row, "id")?))
    }

    async fn latest_draft(&mut self, deal: DealId) -> StoreResult<Option<Draft>> {
        let row = sqlx::query("SELECT * FROM drafts WHERE deal_id = $1 ORDER BY version DESC LIMIT 1")
            .bind(deal.0)
            .fetch_optional(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        row.map(|r| codec::draft(&r)).transpose()
    }

    async fn insert_review(&mut self, deal: DealId, r: &Review) -> StoreResult<()> {
        let decision = match r.decision {
            linkstar_core::content::Decision::Approved => "approved",
            linkstar_core::content::Decision::ChangesRequested => "changes_requested",
        };
        sqlx::query(
            "INSERT INTO reviews (deal_id, draft_id, decision, notes, operator_id, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(deal.0)
        .bind(r.draft_id.0)
        .bind(decision)
        .bind(&r.notes)
        .bind(r.by.map(|o| o.0))
        .bind(to_millis(r.at))
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    async fn post_url_used(&mut self, url: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM posts WHERE url = $1")
            .bind(url)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(get::<i64>(&row, "n")? > 0)
    }

    async fn insert_post(&mut self, deal: DealId, url: &str, platform: Platform, at: Timestamp) -> StoreResult<PostId> {
        let row = sqlx::query(
            "INSERT INTO posts (deal_id, url, platform, submitted_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(deal.0)
        .bind(url)
        .bind(platform.as_str())
        .bind(to_millis(at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(PostId(get(&row, "id")?))
    }

    async fn verify_post(&mut self, deal: DealId, at: Timestamp) -> StoreResult<()> {
        sqlx::query("UPDATE posts SET verified_at = $1 WHERE deal_id = $2 AND verified_at IS NULL")
            .bind(to_millis(at))
            .bind(deal.0)
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    async fn remove_post(&mut self, deal: DealId) -> StoreResult<Option<String>> {
        crate::operator::remove_post(&mut self.tx, deal).await
    }

    async fn insert_metrics(&mut self, deal: DealId, m: &MetricsSnapshot) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO metrics (deal_id, at, views, likes, comments, shares, saves, clicks, conversions, revenue_minor, source) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(deal.0)
        .bind(m.at.map(to_millis).unwrap_or_default())
        .bind(m.figures.views)
        .bind(m.figures.likes)
        .bind(m.figures.comments)
        .bind(m.figures.shares)
        .bind(m.figures.saves)
        .bind(m.figures.clicks)
        .bind(m.figures.conversions)
        .bind(m.figures.revenue_minor)
        .bind(&m.source)
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    async fn insert_payment(&mut self, deal: DealId, plan: &PaymentPlan, at: Timestamp) -> StoreResult<PaymentId> {
        let status = if plan.due <= at { PaymentStatus::Due } else { PaymentStatus::Scheduled };
        let row = sqlx::query(
            "INSERT INTO payments (deal_id, kind, amount_minor, currency, due_at, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(deal.0)
        .bind(plan.kind.as_str())
        .bind(plan.amount.minor)
        .bind(plan.amount.currency.code())
        .bind(to_millis(plan.due))
        .bind(status.as_str())
        .bind(to_millis(at))
        .fetch_one(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(PaymentId(get(&row, "id")?))
    }

    async fn payment(&mut self, id: PaymentId) -> StoreResult<Payment> {
        let row = sqlx::query("SELECT * FROM payments WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(not_found("payment"))?;
        codec::payment(&row)
    }

    async fn deal_payments(&mut self, deal: DealId) -> StoreResult<Vec<Payment>> {
        sqlx::query("SELECT * FROM payments WHERE deal_id = $1 ORDER BY id")
            .bind(deal.0)
            .fetch_all(&mut *self.tx)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::payment)
            .collect()
    }

    async fn update_payment(&mut self, p: &Payment) -> StoreResult<()> {
        sqlx::query("UPDATE payments SET status = $1, reference = $2, paid_by = $3, paid_at = $4 WHERE id = $5")
            .bind(p.status.as_str())
            .bind(p.reference.clone())
            .bind(p.paid_by.map(|o| o.0))
            .bind(p.paid_at.map(to_millis))
            .bind(p.id.0)
            .execute(&mut *self.tx)
            .await
            .map_err(backend_err)?;
        Ok(())
    }

    async fn set_chat_unreachable(&mut self, chat: &ChatAccount, unreachable: bool) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE chat_accounts SET unreachable = $1 WHERE platform = $2 AND external_id = $3 AND unreachable <> $1",
        )
        .bind(i64::from(unreachable))
        .bind(chat.platform.as_str())
        .bind(&chat.external_id)
        .execute(&mut *self.tx)
        .await
        .map_err(backend_err)?;
        Ok(done.rows_affected() > 0)
    }

    // Money and results (issue 8): the SQL is in money.rs.
    async fn set_discount_code(&mut self, deal: DealId, code: Option<&DiscountCode>, at: Timestamp) -> StoreResult<()> {
        crate::money::set_discount_code(&mut self.tx, deal, code, at).await
    }

    async fn discount_code(&mut self, deal: DealId) -> StoreResult<Option<DiscountCode>> {
        crate::money::discount_code(&mut self.tx, deal).await
    }

    async fn deal_by_discount_code(&mut self, code: &DiscountCode) -> StoreResult<Option<DealId>> {
        crate::money::deal_by_discount_code(&mut self.tx, code).await
    }

    async fn deal_by_post_url(&mut self, url: &str) -> StoreResult<Option<DealId>> {
        crate::money::deal_by_post_url(&mut self.tx, url).await
    }

    async fn upsert_fx_rate(&mut self, rate: &FxRate, by: OperatorId, at: Timestamp) -> StoreResult<()> {
        crate::money::upsert_fx_rate(&mut self.tx, rate, by, at).await
    }

    async fn campaign_deals(&mut self, campaign: CampaignId) -> StoreResult<Vec<Deal>> {
        crate::money::campaign_deals(&mut self.tx, campaign.0).await
    }

    async fn latest_metrics(&mut self, deal: DealId) -> StoreResult<Option<MetricsSnapshot>> {
        crate::money::latest_metrics(&mut self.tx, deal).await
    }

    async fn payments_due_by(&mut self, now: Timestamp) -> StoreResult<Vec<Payment>> {
        crate::money::payments_due_by(&mut self.tx, now).await
    }

    async fn cancel_reminders(&mut self, deal: DealId, at: Timestamp) -> StoreResult<u64> {
        crate::reminders::cancel(&mut self.tx, deal, at).await
    }

    async fn insert_reminders(&mut self, rows: &[NewReminder], at: Timestamp) -> StoreResult<()> {
        crate::reminders::insert(&mut self.tx, self.backend, rows, at).await
    }

    async fn deal_clock(&mut self, deal: DealId) -> StoreResult<DealClock> {
        crate::reminders::deal_clock(&mut self.tx, deal).await
    }

    async fn mark_overdue(&mut self, deal: DealId, due: Timestamp) -> StoreResult<bool> {
        crate::reminders::mark_overdue(&mut self.tx, deal, due).await
    }

    async fn unplanned_page(&mut self, after: DealId, limit: u32) -> StoreResult<UnplannedPage> {
        crate::reminders::unplanned_page(&mut self.tx, self.backend, after, limit).await
    }

    async fn audit_head(&mut self) -> StoreResult<EventId> {
        crate::reminders::audit_head(&mut self.tx).await
    }

    async fn finish_reminders(
        &mut self,
        deal: DealId,
        action: linkstar_core::reminder::Action,
        now: Timestamp,
    ) -> StoreResult<u64> {
        crate::reminders::finish(&mut self.tx, deal, action, now).await
    }

    async fn record_digest_day(&mut self, brand: BrandId, day: jiff::civil::Date, at: Timestamp) -> StoreResult<bool> {
        crate::alerts::record_digest_day(&mut self.tx, brand, day, at).await
    }

    async fn digest_facts(
        &mut self,
        brand: BrandId,
        now: Timestamp,
        day_end: Timestamp,
    ) -> StoreResult<linkstar_core::alerts::DigestFacts> {
        crate::alerts::digest_facts(&mut self.tx, brand, now, day_end).await
    }

    async fn creator_brands(&mut self, creator: CreatorId) -> StoreResult<Vec<BrandId>> {
        crate::alerts::creator_brands(&mut self.tx, creator).await
    }
}

pub(crate) fn operator_row(row: &sqlx::any::AnyRow) -> R<Operator> {
    let bad = |e: linkstar_core::DomainError| StoreError::Backend(e.to_string());
    Ok(Operator {
        id: OperatorId(get(row, "id")?),
        brand_id: BrandId(get(row, "brand_id")?),
        name: get(row, "name")?,
        username: get(row, "username")?,
        role: Role::parse(&get::<String>(row, "role")?).map_err(bad)?,
        locale: Locale::parse(&get::<String>(row, "locale")?).map_err(bad)?,
    })
}
