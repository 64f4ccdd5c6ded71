//! The dashboard's reads on every backend: counts, the review queue by SLA, payments by
//! due date, campaign money, the change feed. SQLite always; PostgreSQL when configured.

use linkstar_app::dashboard::{DashboardReads, DealPage, PaymentFilter};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::place::Platform;
use linkstar_core::stage::Stage;
use linkstar_testkit::world::terms;
use linkstar_testkit::{World, backends};

fn draft() -> DraftUpload {
    DraftUpload {
        kind: DraftKind::Video,
        caption: "Love it #glowserum #ad".into(),
        file: Some(FileFacts {
            name: "d.mp4".into(),
            mime: "video/mp4".into(),
            size_bytes: 10,
            sha256: "ab".repeat(32),
        }),
    }
}

#[tokio::test]
async fn the_dashboard_reads_agree_on_both_backends() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let app = &db.app;
        let s = db.store.as_ref();
        let head = s.audit_head().await.expect("head");
        let (deal, chat) = w.linked_offer(app, "7001").await;
        assert!(s.audit_head().await.expect("head") > head, "{}", db.label);
        app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] };
        app.submit_draft(&chat, deal, draft(), &limits).await.expect("draft");

        let counts = s.stage_counts(w.brand, None).await.expect("counts");
        assert_eq!(counts.iter().find(|(st, _)| *st == Stage::InReview).map(|(_, n)| *n), Some(1), "{}", db.label);
        let page =
            DealPage { brand: w.brand, campaign: Some(w.campaign), stage: Some(Stage::InReview), offset: 0, limit: 10 };
        assert_eq!(s.deals_page(&page).await.expect("page").len(), 1);

        let queue = s.review_queue(w.brand, 0, 10).await.expect("queue");
        assert_eq!(queue.len(), 1, "{}", db.label);
        let sla = queue[0].due_at.as_second() - queue[0].submitted_at.as_second();
        assert_eq!(sla, 48 * 3600, "the review is due 48 h after the draft ({})", db.label);
        let a = s.attention(w.brand, db.clock.now_plus_days(3)).await.expect("attention");
        assert_eq!((a.drafts_waiting, a.reviews_overdue), (1, 1), "{}", db.label);

        let later = db.clock.now_plus_days(1);
        let due = s.payments_page(w.brand, PaymentFilter::Due, db.clock.now_plus_days(-1), 0, 10).await.expect("due");
        let overdue = s.payments_page(w.brand, PaymentFilter::Overdue, later, 0, 10).await.expect("overdue");
        assert_eq!((due.len(), overdue.len()), (1, 1), "the deposit ({})", db.label);
        app.mark_paid(w.finance, overdue[0].payment.id, "REF-1").await.expect("paid");
        let paid = s.payments_page(w.brand, PaymentFilter::Paid, later, 0, 10).await.expect("paid");
        assert_eq!(paid[0].payment.reference.as_deref(), Some("REF-1"));

        let figures = s.campaign_figures(w.brand).await.expect("figures");
        assert_eq!((figures[0].committed.minor, figures[0].paid.minor, figures[0].contracted), (50_000, 15_000, 1));
        assert!(s.deal_events(deal, 100).await.expect("events").len() >= 4);
        let (_, messages) = s.creator_messages(w.ana, 100).await.expect("messages");
        assert!(messages.iter().any(|m| m.notice.id() == "invite"));
        let health = s.outbox_health().await.expect("health");
        assert!(health.pending >= 3 && health.oldest_pending_at.is_some(), "{health:?}");
        assert!(!s.recent_outbox(5).await.expect("recent").is_empty());
        let daily = s.daily_events(db.clock.now_plus_days(0), 30).await.expect("daily");
        assert_eq!(daily.len(), 30);
        assert!(daily[29] >= 5, "{daily:?} ({})", db.label);
        assert!(s.reviews(deal).await.expect("reviews").is_empty());
        assert!(s.deal_summary(deal).await.expect("summary").is_some());
    }
}

trait Days {
    fn now_plus_days(&self, days: i64) -> jiff::Timestamp;
}

impl Days for linkstar_app::ManualClock {
    fn now_plus_days(&self, days: i64) -> jiff::Timestamp {
        use linkstar_app::Clock;
        let now = self.now();
        now.checked_add(jiff::SignedDuration::from_hours(24 * days)).unwrap_or(now)
    }
}
