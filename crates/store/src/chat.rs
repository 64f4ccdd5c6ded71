//! The assistant's storage: conversation state, processed inbound updates and the reads
//! a chat needs. The outbox lease loop is in `outbox.rs`.

use async_trait::async_trait;

use linkstar_app::chat_port::{BudgetGrant, ChatBudget, ChatStore, ClaimedMessage, Conversation, OutboxClaim};
use linkstar_app::port::StoreResult;
use linkstar_core::campaign::Campaign;
use linkstar_core::creator::Creator;
use linkstar_core::deal::Deal;
use linkstar_core::ids::{CampaignId, CreatorId, DealId, OutboxId};
use linkstar_core::place::{ChatAccount, ChatPlatform};
use linkstar_core::time::{Timestamp, to_millis};

use crate::backend::{SqlStore, backend_err};
use crate::codec::{self, get};

impl SqlStore {
    /// A creator with their chat accounts, read outside a transaction.
    async fn creator_row(&self, id: CreatorId) -> StoreResult<Option<Creator>> {
        let Some(row) = sqlx::query("SELECT * FROM creators WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?
        else {
            return Ok(None);
        };
        let chats =
            sqlx::query("SELECT platform, external_id FROM chat_accounts WHERE creator_id = $1 ORDER BY linked_at")
                .bind(id.0)
                .fetch_all(&self.pool)
                .await
                .map_err(backend_err)?;
        Ok(Some(codec::creator(&row, crate::read::chat_accounts(&chats)?)?))
    }
}

#[async_trait]
impl ChatStore for SqlStore {
    async fn claim_update(&self, platform: ChatPlatform, update_id: &str, at: Timestamp) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO chat_updates (platform, update_id, received_at) VALUES ($1, $2, $3) \
             ON CONFLICT (platform, update_id) DO NOTHING",
        )
        .bind(platform.as_str())
        .bind(update_id)
        .bind(to_millis(at))
        .execute(&self.pool)
        .await
        .map_err(backend_err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn conversation(&self, chat: &ChatAccount) -> StoreResult<Option<Conversation>> {
        let row =
            sqlx::query("SELECT state, language_code FROM chat_conversations WHERE platform = $1 AND external_id = $2")
                .bind(chat.platform.as_str())
                .bind(&chat.external_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend_err)?;
        row.map(|r| Ok(Conversation { state: get(&r, "state")?, language_code: get(&r, "language_code")? })).transpose()
    }

    async fn save_conversation(&self, chat: &ChatAccount, c: &Conversation, at: Timestamp) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO chat_conversations (platform, external_id, state, language_code, updated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform, external_id) \
             DO UPDATE SET state = excluded.state, language_code = excluded.language_code, updated_at = excluded.updated_at",
        )
        .bind(chat.platform.as_str())
        .bind(&chat.external_id)
        .bind(&c.state)
        .bind(c.language_code.clone())
        .bind(to_millis(at))
        .execute(&self.pool)
        .await
        .map_err(backend_err)?;
        Ok(())
    }

    async fn chat_creator(&self, chat: &ChatAccount) -> StoreResult<Option<(Creator, bool)>> {
        let row =
            sqlx::query("SELECT creator_id, unreachable FROM chat_accounts WHERE platform = $1 AND external_id = $2")
                .bind(chat.platform.as_str())
                .bind(&chat.external_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend_err)?;
        let Some(row) = row else { return Ok(None) };
        let unreachable = get::<i64>(&row, "unreachable")? != 0;
        Ok(self.creator_row(CreatorId(get(&row, "creator_id")?)).await?.map(|c| (c, unreachable)))
    }

    async fn creator_deals(&self, creator: CreatorId) -> StoreResult<Vec<Deal>> {
        sqlx::query("SELECT * FROM deals WHERE creator_id = $1 ORDER BY id DESC")
            .bind(creator.0)
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?
            .iter()
            .map(codec::deal)
            .collect()
    }

    async fn find_deal(&self, id: DealId) -> StoreResult<Option<Deal>> {
        let row = sqlx::query("SELECT * FROM deals WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.as_ref().map(codec::deal).transpose()
    }

    async fn find_campaign_by_id(&self, id: CampaignId) -> StoreResult<Option<Campaign>> {
        let row = sqlx::query("SELECT * FROM campaigns WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend_err)?;
        row.as_ref().map(codec::campaign).transpose()
    }

    async fn find_creator_by_id(&self, id: CreatorId) -> StoreResult<Option<Creator>> {
        self.creator_row(id).await
    }

    async fn claim_outbox(&self, claim: &OutboxClaim<'_>) -> StoreResult<Vec<ClaimedMessage>> {
        self.claim(claim).await
    }

    async fn creator_chat(&self, creator: CreatorId, platform: ChatPlatform) -> StoreResult<Option<ChatAccount>> {
        self.reachable_chat(creator, platform).await
    }

    async fn outbox_sent(&self, id: OutboxId, at: Timestamp) -> StoreResult<()> {
        self.mark_sent(id, at).await
    }

    async fn outbox_retry(&self, id: OutboxId, next_at: Timestamp, attempted: bool, error: &str) -> StoreResult<()> {
        self.reschedule(id, next_at, attempted, error).await
    }

    async fn outbox_failed(&self, id: OutboxId, error: &str) -> StoreResult<()> {
        self.give_up(id, error).await
    }

    async fn outbox_renew(&self, owner: &str, ids: &[OutboxId], lease_until: Timestamp) -> StoreResult<u64> {
        self.renew(owner, ids, lease_until).await
    }

    async fn reserve_chat_send(&self, budget: &ChatBudget<'_>) -> StoreResult<BudgetGrant> {
        self.reserve_send(budget).await
    }

    async fn chat_send_answered(&self, id: i64, at: Timestamp) -> StoreResult<()> {
        self.send_answered(id, at).await
    }

    async fn chat_send_cancelled(&self, id: i64) -> StoreResult<()> {
        self.send_cancelled(id).await
    }
}
