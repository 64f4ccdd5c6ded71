//! The activity timeline: one paged query over a brand's audit events and delivered or
//! failed outbox messages, joined to their deal's campaign and creator for names.
//!
//! Each side is cut to `offset + limit` rows newest first before the two are merged, so
//! a page reads no more than it could show: events walk `audit_events_at` (or, for one
//! campaign or creator, `audit_events_deal` through the deal indexes), messages walk
//! `outbox_deal (deal_id, id)` from the brand's deals.

use sqlx::AssertSqlSafe;
use sqlx::any::AnyRow;

use linkstar_app::timeline::{TimelineQuery, TimelineRow, TimelineWhat};
use linkstar_core::audit::{ActivityKind, Actor, AuditKind};
use linkstar_core::ids::{DealId, EventId, OutboxId};

use crate::backend::{SqlStore, backend_err};
use crate::codec::{R, corrupt, get, ts};

impl SqlStore {
    /// A page of the timeline.
    pub(crate) async fn timeline_of(&self, q: &TimelineQuery) -> R<Vec<TimelineRow>> {
        let f = &q.filter;
        let flag = |k: ActivityKind| i64::from(f.wants(k));
        // Kind strings come from core's constant list (`a-z`, `_`, `.`), never from input.
        let reminders: Vec<String> = ActivityKind::reminder_kinds()
            .map(AuditKind::as_str)
            .filter(|k| k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'))
            .map(|k| format!("'{k}'"))
            .collect();
        let reminders = reminders.join(", ");
        let window = i64::try_from(q.page.offset.saturating_add(u64::from(q.page.limit))).unwrap_or(i64::MAX);
        let sql = format!(
            "SELECT * FROM ( \
               SELECT * FROM ( \
                 SELECT e.at AS at, CAST(0 AS BIGINT) AS source, e.id AS seq, e.kind AS kind, e.actor AS actor, \
                        '' AS status, '' AS last_error, d.id AS deal, c.name AS campaign_name, p.name AS creator_name, \
                        COALESCE(p.tiktok_handle, p.instagram_handle, p.youtube_handle) AS handle \
                 FROM audit_events e JOIN deals d ON d.id = e.deal_id \
                 JOIN campaigns c ON c.id = d.campaign_id JOIN creators p ON p.id = d.creator_id \
                 WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2) AND ($3 < 0 OR d.creator_id = $3) \
                   AND ((e.kind IN ({reminders}) AND $4 = 1) \
                     OR (e.kind NOT IN ({reminders}) AND ((e.actor LIKE 'creator:%' AND $5 = 1) \
                       OR (e.actor LIKE 'operator:%' AND $6 = 1) OR (e.actor = 'system' AND $7 = 1)))) \
                 ORDER BY e.at DESC, e.id DESC LIMIT $10 \
               ) events \
               UNION ALL \
               SELECT * FROM ( \
                 SELECT COALESCE(o.sent_at, o.created_at) AS at, CAST(1 AS BIGINT) AS source, o.id AS seq, \
                        o.message_id AS kind, o.recipient_kind AS actor, o.status AS status, \
                        COALESCE(o.last_error, '') AS last_error, d.id AS deal, c.name AS campaign_name, \
                        p.name AS creator_name, COALESCE(p.tiktok_handle, p.instagram_handle, p.youtube_handle) AS handle \
                 FROM outbox o JOIN deals d ON d.id = o.deal_id \
                 JOIN campaigns c ON c.id = d.campaign_id JOIN creators p ON p.id = d.creator_id \
                 WHERE c.brand_id = $1 AND ($2 < 0 OR d.campaign_id = $2) AND ($3 < 0 OR d.creator_id = $3) \
                   AND ((o.status = 'sent' AND $8 = 1) OR (o.status = 'failed' AND $9 = 1)) \
                 ORDER BY COALESCE(o.sent_at, o.created_at) DESC, o.id DESC LIMIT $10 \
               ) messages \
             ) merged ORDER BY at DESC, source DESC, seq DESC LIMIT $11 OFFSET $12"
        );
        let offset = i64::try_from(q.page.offset).unwrap_or(i64::MAX);
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(q.brand.0)
            .bind(f.campaign.map_or(-1, |c| c.0))
            .bind(f.creator.map_or(-1, |c| c.0))
            .bind(flag(ActivityKind::Reminder))
            .bind(flag(ActivityKind::CreatorMessage))
            .bind(flag(ActivityKind::OperatorAction))
            .bind(flag(ActivityKind::System))
            .bind(flag(ActivityKind::Delivery))
            .bind(flag(ActivityKind::DeliveryFailure))
            .bind(window)
            .bind(i64::from(q.page.limit))
            .bind(offset)
            .fetch_all(&self.pool)
            .await
            .map_err(backend_err)?;
        rows.iter().map(row).collect()
    }
}

fn row(r: &AnyRow) -> R<TimelineRow> {
    let kind: String = get(r, "kind")?;
    let actor: String = get(r, "actor")?;
    let what = if get::<i64>(r, "source")? == 0 {
        let actor = Actor::decode(&actor).ok_or_else(|| corrupt("audit_events.actor", &actor))?;
        TimelineWhat::Event { id: EventId(get(r, "seq")?), kind: AuditKind::parse(&kind), actor }
    } else {
        let failed = get::<String>(r, "status")? == "failed";
        let error = get::<String>(r, "last_error")?;
        TimelineWhat::Message {
            id: OutboxId(get(r, "seq")?),
            notice: kind,
            to_creator: actor == "creator",
            error: failed.then_some(error),
        }
    };
    Ok(TimelineRow {
        at: ts(r, "at")?,
        what,
        deal: DealId(get(r, "deal")?),
        campaign: get(r, "campaign_name")?,
        creator: get(r, "creator_name")?,
        handle: get(r, "handle")?,
    })
}
