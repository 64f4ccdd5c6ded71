//! Operator alerts: the daily digest, queued once a day per brand.

use jiff::civil::Time;
use serde_json::json;

use linkstar_core::alerts::{self, Digest};
use linkstar_core::audit::{Actor, AuditKind};
use linkstar_core::ids::BrandId;
use linkstar_core::message::{Notice, Recipient};
use linkstar_core::place::TimeZoneName;

use super::{App, AppResult, event};

/// What [`App::queue_digest`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestOutcome {
    /// Queued for the operators' alert chat.
    Queued(Box<Digest>),
    /// Today's digest was queued already (by this or another process).
    AlreadyQueued,
    /// It is not yet the digest's time of day in the operators' zone.
    NotYet,
}

impl App {
    /// Queues a brand's daily digest once its local time of day `at` has come in the
    /// operators' `zone`, at most once per local day: one transaction records the day
    /// (the first writer wins; any other process, or this one after a restart, finds it
    /// recorded and queues nothing), reads what needs the operators' attention, appends
    /// an `alerts.digest` audit event and queues the digest for the alert chat. After
    /// downtime past the digest's time, the day's digest goes out late rather than never;
    /// missed earlier days are not sent.
    pub async fn queue_digest(&self, brand: BrandId, zone: &TimeZoneName, at: Time) -> AppResult<DigestOutcome> {
        let now = self.clock.now();
        let day = alerts::local_day(now, zone);
        if now < alerts::digest_due(day, at, zone) {
            return Ok(DigestOutcome::NotYet);
        }
        let mut tx = self.begin().await?;
        if !tx.record_digest_day(brand, day, now).await? {
            return Ok(DigestOutcome::AlreadyQueued);
        }
        let (_, day_end) = alerts::day_bounds(day, zone);
        let facts = tx.digest_facts(brand, now, day_end).await?;
        let digest = Box::new(alerts::compose_digest(&facts, day, now, zone));
        let payload = json!({
            "brand": brand.0,
            "day": day.to_string(),
            "reviews_late": digest.reviews_late.count,
            "counters": digest.counters.count,
            "payments_overdue": digest.payments_overdue.count,
            "unreachable": digest.unreachable.count,
            "deadlines_overdue": digest.deadlines_overdue.count,
            "due_today": digest.due_today.count,
        });
        tx.append_event(event(Actor::System, None, AuditKind::AlertsDigest, payload, now)).await?;
        tx.enqueue(Recipient::Operators(brand), &Notice::DailyDigest { digest: digest.clone() }, now).await?;
        tx.commit().await?;
        Ok(DigestOutcome::Queued(digest))
    }
}
