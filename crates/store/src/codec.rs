//! Conversions between stored rows and domain values. Rows that no longer parse (edited
//! by hand, say) surface as a storage error naming the table, never as a panic.

use sqlx::Row;
use sqlx::any::AnyRow;

use linkstar_app::StoreError;
use linkstar_app::port::{Invite, OutboxMessage};
use linkstar_core::audit::{Actor, AuditEvent, NewEvent};
use linkstar_core::campaign::{Campaign, CampaignStatus};
use linkstar_core::content::{Draft, DraftKind, DraftUpload};
use linkstar_core::creator::{Creator, CreatorProfile, PoolStatus, RiskFlag, SocialAccount};
use linkstar_core::deal::{Acceptance, Deal};
use linkstar_core::ids::*;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::money::{Currency, Money};
use linkstar_core::payment::{Payment, PaymentKind, PaymentStatus};
use linkstar_core::place::{ChatAccount, Country, Handle, Locale, Platform, TimeZoneName};
use linkstar_core::stage::Stage;
use linkstar_core::terms::TermsHash;
use linkstar_core::time::{Timestamp, from_millis};

use crate::backend::backend_err;

pub(crate) type R<T> = Result<T, StoreError>;

/// A stored row that no longer parses, named by its table.
pub(crate) fn corrupt(table: &str, what: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(format!("a stored {table} row does not parse: {what}"))
}

pub(crate) fn get<'r, T>(row: &'r AnyRow, col: &str) -> R<T>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    row.try_get(col).map_err(backend_err)
}

pub(crate) fn ts(row: &AnyRow, col: &str) -> R<Timestamp> {
    Ok(from_millis(get::<i64>(row, col)?))
}

pub(crate) fn opt_ts(row: &AnyRow, col: &str) -> R<Option<Timestamp>> {
    Ok(get::<Option<i64>>(row, col)?.map(from_millis))
}

/// `[a, b]` → `,a,b,` so that `LIKE '%,a,%'` finds one item.
pub(crate) fn join_list<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    let mut out = String::from(",");
    for i in items {
        out.push_str(i.as_ref());
        out.push(',');
    }
    out
}

pub(crate) fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').filter(|s| !s.is_empty())
}

pub(crate) fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(table: &str, text: &str) -> R<T> {
    serde_json::from_str(text).map_err(|e| corrupt(table, e))
}

pub(crate) fn creator(row: &AnyRow, chats: Vec<ChatAccount>) -> R<Creator> {
    let bad = |e: linkstar_core::DomainError| corrupt("creators", e);
    let mut accounts = Vec::new();
    for platform in Platform::ALL {
        let p = platform.as_str();
        if let Some(handle) = get::<Option<String>>(row, &format!("{p}_handle"))? {
            accounts.push(SocialAccount {
                platform,
                handle: Handle::parse(&handle).map_err(bad)?,
                followers: get::<Option<i64>>(row, &format!("{p}_followers"))?.unwrap_or(0).max(0) as u64,
                engagement_bp: get::<Option<i64>>(row, &format!("{p}_er"))?.unwrap_or(0).max(0) as u32,
            });
        }
    }
    let profile = CreatorProfile {
        name: get(row, "name")?,
        accounts,
        country: Country::parse(&get::<String>(row, "country")?).map_err(bad)?,
        languages: split_list(&get::<String>(row, "languages")?).map(String::from).collect(),
        preferred_locale: get::<Option<String>>(row, "preferred_locale")?
            .map(|l| Locale::parse(&l))
            .transpose()
            .map_err(bad)?,
        time_zone: TimeZoneName::parse(&get::<String>(row, "time_zone")?).map_err(bad)?,
        categories: split_list(&get::<String>(row, "categories")?).map(String::from).collect(),
        audience_countries: split_list(&get::<String>(row, "audience_countries")?)
            .map(Country::parse)
            .collect::<Result<_, _>>()
            .map_err(bad)?,
        rate_card: from_json("creators", &get::<String>(row, "rate_card")?)?,
        risk_flags: split_list(&get::<String>(row, "risk_flags")?)
            .map(RiskFlag::parse)
            .collect::<Result<_, _>>()
            .map_err(bad)?,
        rating: get::<Option<i64>>(row, "rating")?.map(|r| r.clamp(0, 5) as u8),
        pool_status: PoolStatus::parse(&get::<String>(row, "pool_status")?).map_err(bad)?,
    };
    Ok(Creator { id: CreatorId(get(row, "id")?), profile, chats })
}

pub(crate) fn campaign(row: &AnyRow) -> R<Campaign> {
    let status = match get::<String>(row, "status")?.as_str() {
        "draft" => CampaignStatus::Draft,
        "active" => CampaignStatus::Active,
        "closed" => CampaignStatus::Closed,
        other => return Err(corrupt("campaigns", other)),
    };
    Ok(Campaign {
        id: CampaignId(get(row, "id")?),
        brand_id: BrandId(get(row, "brand_id")?),
        status,
        spec: from_json("campaigns", &get::<String>(row, "spec")?)?,
    })
}

pub(crate) fn campaign_status(s: CampaignStatus) -> &'static str {
    match s {
        CampaignStatus::Draft => "draft",
        CampaignStatus::Active => "active",
        CampaignStatus::Closed => "closed",
    }
}

pub(crate) fn deal(row: &AnyRow) -> R<Deal> {
    let terms: linkstar_core::terms::Terms = from_json("deals", &get::<String>(row, "terms")?)?;
    let accepted = match get::<Option<String>>(row, "accepted_hash")? {
        Some(hash) => Some(Acceptance {
            terms_hash: TermsHash(hash),
            at: opt_ts(row, "accepted_at")?.unwrap_or_default(),
            via: get::<Option<String>>(row, "accepted_via")?.unwrap_or_default(),
        }),
        None => None,
    };
    let currency = terms.fee.currency;
    let count = |col: &str| -> R<u32> { Ok(get::<i64>(row, col)?.max(0) as u32) };
    Ok(Deal {
        id: DealId(get(row, "id")?),
        campaign_id: CampaignId(get(row, "campaign_id")?),
        creator_id: CreatorId(get(row, "creator_id")?),
        stage: Stage::parse(&get::<String>(row, "stage")?).map_err(|e| corrupt("deals", e))?,
        accepted,
        counter_fee: get::<Option<i64>>(row, "counter_fee_minor")?.map(|m| Money::new(m, currency)),
        draft_versions: count("draft_versions")?,
        change_requests: count("change_requests")?,
        extra_rounds: count("extra_rounds")?,
        approved_version: get::<Option<i64>>(row, "approved_version")?.map(|v| v.max(0) as u32),
        post_url: get(row, "post_url")?,
        terms,
    })
}

pub(crate) fn money(row: &AnyRow, minor: &str, currency: &str, table: &str) -> R<Money> {
    let cur = Currency::parse(&get::<String>(row, currency)?).map_err(|e| corrupt(table, e))?;
    Ok(Money::new(get(row, minor)?, cur))
}

pub(crate) fn payment(row: &AnyRow) -> R<Payment> {
    let bad = |e| corrupt("payments", e);
    Ok(Payment {
        id: PaymentId(get(row, "id")?),
        deal_id: DealId(get(row, "deal_id")?),
        kind: PaymentKind::parse(&get::<String>(row, "kind")?).map_err(bad)?,
        amount: money(row, "amount_minor", "currency", "payments")?,
        due_at: ts(row, "due_at")?,
        status: PaymentStatus::parse(&get::<String>(row, "status")?).map_err(bad)?,
        reference: get(row, "reference")?,
        paid_by: get::<Option<i64>>(row, "paid_by")?.map(OperatorId),
        paid_at: opt_ts(row, "paid_at")?,
    })
}

pub(crate) fn draft(row: &AnyRow) -> R<Draft> {
    let file = get::<Option<String>>(row, "file")?.map(|f| from_json("drafts", &f)).transpose()?;
    Ok(Draft {
        id: DraftId(get(row, "id")?),
        deal_id: DealId(get(row, "deal_id")?),
        version: get::<i64>(row, "version")?.max(0) as u32,
        upload: DraftUpload {
            kind: DraftKind::parse(&get::<String>(row, "kind")?).map_err(|e| corrupt("drafts", e))?,
            caption: get(row, "caption")?,
            file,
        },
        problems: from_json("drafts", &get::<String>(row, "problems")?)?,
        submitted_at: ts(row, "submitted_at")?,
    })
}

pub(crate) fn invite(row: &AnyRow) -> R<Invite> {
    Ok(Invite {
        token_hash: get(row, "token_hash")?,
        deal_id: DealId(get(row, "deal_id")?),
        creator_id: CreatorId(get(row, "creator_id")?),
        expires_at: ts(row, "expires_at")?,
        used_at: opt_ts(row, "used_at")?,
    })
}

pub(crate) fn audit_event(row: &AnyRow) -> R<AuditEvent> {
    let actor: String = get(row, "actor")?;
    Ok(AuditEvent {
        id: EventId(get(row, "id")?),
        event: NewEvent {
            at: ts(row, "at")?,
            actor: Actor::decode(&actor).ok_or_else(|| corrupt("audit_events", &actor))?,
            deal_id: get::<Option<i64>>(row, "deal_id")?.map(DealId),
            kind: get(row, "kind")?,
            payload: get(row, "payload")?,
        },
        prev_hash: get(row, "prev_hash")?,
        hash: get(row, "hash")?,
    })
}

pub(crate) fn recipient_parts(r: Recipient) -> (&'static str, i64) {
    match r {
        Recipient::Creator(id) => ("creator", id.0),
        Recipient::Operators(id) => ("operators", id.0),
    }
}

pub(crate) fn outbox(row: &AnyRow) -> R<OutboxMessage> {
    let id: i64 = get(row, "recipient_id")?;
    let recipient = match get::<String>(row, "recipient_kind")?.as_str() {
        "creator" => Recipient::Creator(CreatorId(id)),
        "operators" => Recipient::Operators(BrandId(id)),
        other => return Err(corrupt("outbox", other)),
    };
    let payload: String = get(row, "payload")?;
    Ok(OutboxMessage {
        id: OutboxId(get(row, "id")?),
        recipient,
        notice: Notice::from_json(&payload).map_err(|e| corrupt("outbox", e))?,
        created_at: ts(row, "created_at")?,
        status: get(row, "status")?,
    })
}
