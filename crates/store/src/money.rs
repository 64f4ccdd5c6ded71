//! Money and results inside a write transaction: discount codes, exchange rates, and
//! the lookups metrics imports and campaign close need. `tx.rs` delegates here.

use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::codec::corrupt;
use linkstar_app::port::MetricsSnapshot;
use linkstar_core::attribution::DiscountCode;
use linkstar_core::deal::Deal;
use linkstar_core::fx::{FxRate, Rate};
use linkstar_core::ids::{DealId, OperatorId};
use linkstar_core::metrics::Figures;
use linkstar_core::money::Currency;
use linkstar_core::payment::Payment;
use linkstar_core::time::{Timestamp, to_millis};

use crate::backend::backend_err;
use crate::codec::{self, R, get, ts};

/// A `metrics` row.
pub(crate) fn metrics_row(row: &AnyRow) -> R<MetricsSnapshot> {
    Ok(MetricsSnapshot { at: Some(ts(row, "at")?), figures: figures(row)?, source: get(row, "source")? })
}

/// The eight figure columns of a `metrics` row (also read by the report's deal rows).
pub(crate) fn figures(row: &AnyRow) -> R<Figures> {
    Ok(Figures {
        views: get(row, "views")?,
        likes: get(row, "likes")?,
        comments: get(row, "comments")?,
        shares: get(row, "shares")?,
        saves: get(row, "saves")?,
        clicks: get(row, "clicks")?,
        conversions: get(row, "conversions")?,
        revenue_minor: get(row, "revenue_minor")?,
    })
}

/// An `fx_rates` row.
pub(crate) fn fx_row(row: &AnyRow) -> R<FxRate> {
    let bad = |e: linkstar_core::DomainError| corrupt("fx_rates", e);
    let date: String = get(row, "rate_date")?;
    FxRate::new(
        Currency::parse(&get::<String>(row, "from_currency")?).map_err(bad)?,
        Currency::parse(&get::<String>(row, "to_currency")?).map_err(bad)?,
        Rate::parse(&get::<String>(row, "rate")?).map_err(bad)?,
        date.parse().map_err(|e| corrupt("fx_rates", e))?,
    )
    .map_err(bad)
}

pub(crate) async fn set_discount_code(
    conn: &mut AnyConnection,
    deal: DealId,
    code: Option<&DiscountCode>,
    at: Timestamp,
) -> R<()> {
    sqlx::query("DELETE FROM discount_codes WHERE deal_id = $1")
        .bind(deal.0)
        .execute(&mut *conn)
        .await
        .map_err(backend_err)?;
    if let Some(code) = code {
        sqlx::query("INSERT INTO discount_codes (deal_id, code, set_at) VALUES ($1, $2, $3)")
            .bind(deal.0)
            .bind(code.as_str())
            .bind(to_millis(at))
            .execute(&mut *conn)
            .await
            .map_err(backend_err)?;
    }
    Ok(())
}

pub(crate) async fn discount_code(conn: &mut AnyConnection, deal: DealId) -> R<Option<DiscountCode>> {
    let row = sqlx::query("SELECT code FROM discount_codes WHERE deal_id = $1")
        .bind(deal.0)
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?;
    row.map(|r| DiscountCode::parse(&get::<String>(&r, "code")?).map_err(|e| corrupt("discount_codes", e))).transpose()
}

pub(crate) async fn deal_by_discount_code(conn: &mut AnyConnection, code: &DiscountCode) -> R<Option<DealId>> {
    let row = sqlx::query("SELECT deal_id FROM discount_codes WHERE code = $1")
        .bind(code.as_str())
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?;
    row.map(|r| get::<i64>(&r, "deal_id").map(DealId)).transpose()
}

pub(crate) async fn deal_by_post_url(conn: &mut AnyConnection, url: &str) -> R<Option<DealId>> {
    let row = sqlx::query("SELECT deal_id FROM posts WHERE url = $1")
        .bind(url)
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?;
    row.map(|r| get::<i64>(&r, "deal_id").map(DealId)).transpose()
}

pub(crate) async fn upsert_fx_rate(conn: &mut AnyConnection, rate: &FxRate, by: OperatorId, at: Timestamp) -> R<()> {
    sqlx::query(
        "INSERT INTO fx_rates (from_currency, to_currency, rate, rate_date, entered_by, entered_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (from_currency, to_currency, rate_date) \
         DO UPDATE SET rate = excluded.rate, entered_by = excluded.entered_by, entered_at = excluded.entered_at",
    )
    .bind(rate.from.code())
    .bind(rate.to.code())
    .bind(rate.rate.to_string())
    .bind(rate.date.to_string())
    .bind(by.0)
    .bind(to_millis(at))
    .execute(conn)
    .await
    .map_err(backend_err)?;
    Ok(())
}

pub(crate) async fn campaign_deals(conn: &mut AnyConnection, campaign: i64) -> R<Vec<Deal>> {
    sqlx::query("SELECT * FROM deals WHERE campaign_id = $1 ORDER BY id")
        .bind(campaign)
        .fetch_all(conn)
        .await
        .map_err(backend_err)?
        .iter()
        .map(codec::deal)
        .collect()
}

pub(crate) async fn latest_metrics(conn: &mut AnyConnection, deal: DealId) -> R<Option<MetricsSnapshot>> {
    let row = sqlx::query("SELECT * FROM metrics WHERE deal_id = $1 ORDER BY at DESC, id DESC LIMIT 1")
        .bind(deal.0)
        .fetch_optional(conn)
        .await
        .map_err(backend_err)?;
    row.map(|r| metrics_row(&r)).transpose()
}

pub(crate) async fn payments_due_by(conn: &mut AnyConnection, now: Timestamp) -> R<Vec<Payment>> {
    sqlx::query("SELECT * FROM payments WHERE status = 'scheduled' AND due_at <= $1 ORDER BY id")
        .bind(to_millis(now))
        .fetch_all(conn)
        .await
        .map_err(backend_err)?
        .iter()
        .map(codec::payment)
        .collect()
}

/// A `brands` row, for reads outside a transaction.
pub(crate) fn brand_row(row: &AnyRow) -> R<linkstar_core::brand::Brand> {
    let bad = |e: linkstar_core::DomainError| corrupt("brands", e);
    Ok(linkstar_core::brand::Brand {
        id: linkstar_core::ids::BrandId(get(row, "id")?),
        name: get(row, "name")?,
        legal_name: get(row, "legal_name")?,
        default_currency: Currency::parse(&get::<String>(row, "default_currency")?).map_err(bad)?,
        disclosure_rules: codec::from_json("brands", &get::<String>(row, "disclosure_rules")?)?,
    })
}
