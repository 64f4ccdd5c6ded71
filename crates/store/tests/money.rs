//! Money and results on every backend: payment schedules through campaign close,
//! discount codes, metrics imports, FX and the campaign report. SQLite always runs;
//! PostgreSQL too when `LINKSTAR_TEST_POSTGRES_URL` is set.

use linkstar_app::{App, AppError, Store};
use linkstar_core::attribution::{DealKey, DiscountCode, tracking_code};
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::ids::{CreatorId, DealId};
use linkstar_core::message::Notice;
use linkstar_core::metrics::{FigureUpdate, MetricsEntry};
use linkstar_core::money::{Currency, Money};
use linkstar_core::payment::{PaymentKind, PaymentStatus};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::stage::Stage;
use linkstar_core::terms::{PaymentModel, Terms};
use linkstar_testkit::world::terms;
use linkstar_testkit::{World, backends};

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::parse("EUR").expect("EUR"))
}

/// Takes a new offer to `creator` through to a draft waiting for review.
async fn in_review(app: &App, w: &World, creator: CreatorId, t: Terms, chat_id: &str) -> (DealId, ChatAccount) {
    let offer = app.make_offer(w.manager, w.campaign, creator, t.clone()).await.expect("offer");
    let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: chat_id.into() };
    app.link_chat(&chat, offer.token.expose()).await.expect("link");
    let deal = offer.deal_id;
    app.accept_offer(&chat, deal, t.fingerprint()).await.expect("accept");
    let file = FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
    let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
    let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] };
    app.submit_draft(&chat, deal, draft, &limits).await.expect("draft");
    (deal, chat)
}

/// Takes a new offer to `creator` through to a verified post, returning the deal.
async fn verified(app: &App, w: &World, creator: CreatorId, t: Terms, chat_id: &str, post: &str) -> DealId {
    let (deal, chat) = in_review(app, w, creator, t, chat_id).await;
    app.approve_draft(w.reviewer, deal, "").await.expect("approve");
    app.submit_post(&chat, deal, post).await.expect("post");
    app.verify_post(w.reviewer, deal).await.expect("verify");
    deal
}

fn revenue(key: DealKey, amount: &str) -> MetricsEntry {
    MetricsEntry {
        key,
        at: None,
        update: FigureUpdate { clicks: Some(100), conversions: Some(4), ..FigureUpdate::default() },
        revenue: Some(amount.into()),
    }
}

async fn stage(app: &App, deal: DealId) -> Stage {
    let all = app.store().list_deals(None, 100).await.expect("deals");
    all.into_iter().find(|d| d.deal.id == deal).map(|d| d.deal.stage).expect("deal")
}

#[tokio::test]
async fn hybrid_and_cps_deals_settle_only_after_the_campaign_closes() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        let mut hybrid = terms(Platform::TikTok);
        hybrid.payment_model = PaymentModel::Hybrid { rate_bp: 1_000, cap: Some(eur(5_000)) };
        let a = verified(app, &w, w.ana, hybrid, "1", "https://www.tiktok.com/@ana.lima/video/1").await;
        let mut cps = terms(Platform::Instagram);
        cps.fee = eur(0);
        cps.payment_model = PaymentModel::Cps { rate_bp: 1_500, cap: None };
        let b = verified(app, &w, w.bea, cps, "2", "https://www.instagram.com/p/Cx1/").await;

        let kinds =
            |p: Vec<linkstar_core::payment::Payment>| p.iter().map(|p| (p.kind, p.amount.minor)).collect::<Vec<_>>();
        assert_eq!(
            kinds(db.store.payments(a).await.expect("p")),
            vec![(PaymentKind::Deposit, 15_000), (PaymentKind::Balance, 35_000)]
        );
        assert!(db.store.payments(b).await.expect("p").is_empty(), "{label}: pure CPS schedules nothing before close");
        for p in db.store.payments(a).await.expect("p") {
            app.mark_paid(w.finance, p.id, "SEPA-1").await.expect("paid");
        }
        assert_eq!(stage(app, a).await, Stage::Verified, "{label}: the hybrid deal waits for its commission");

        // Revenue: 800.00 EUR for Ana (10 % = 80.00, capped at 50.00) and 1,234.55 for Bea (15 % = 185.18).
        let rows = vec![
            (2, revenue(DealKey::Tracking(w.ana, a), "800.00")),
            (3, revenue(DealKey::PostUrl("https://www.instagram.com/p/Cx1/".into()), "1234.55 EUR")),
        ];
        assert_eq!(app.import_metrics(w.reviewer, rows).await.expect("import").imported, 2);
        let closed = app.close_campaign(w.manager, w.campaign).await.expect("close");
        assert_eq!(closed.commissions, vec![(a, eur(5_000)), (b, eur(18_518))], "{label}");
        assert!(app.close_campaign(w.manager, w.campaign).await.is_err(), "closing twice");
        for deal in [a, b] {
            let commission =
                db.store.payments(deal).await.expect("p").into_iter().find(|p| p.kind == PaymentKind::Commission);
            let commission = commission.expect("commission");
            assert_eq!(commission.status, PaymentStatus::Due);
            app.mark_paid(w.finance, commission.id, "SEPA-2").await.expect("paid");
            assert_eq!(stage(app, deal).await, Stage::Completed, "{label}");
        }
        let bonus = app.add_bonus(w.manager, a, eur(2_500), "best video of the month").await.expect("bonus");
        assert!(app.add_bonus(w.manager, a, Money::parse("5 USD").expect("usd"), "x").await.is_err());
        let payouts =
            app.payouts(w.finance, Some(eur(0).currency), vec![PaymentStatus::Due], None).await.expect("payouts");
        assert_eq!(payouts.iter().map(|p| p.payment.id).collect::<Vec<_>>(), vec![bonus], "{label}");
        assert_eq!(payouts[0].creator_name, "Ana Lima");
    }
}

#[tokio::test]
async fn a_campaign_with_deals_in_progress_does_not_close() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        w.linked_offer(&db.app, "9").await;
        let err = db.app.close_campaign(w.manager, w.campaign).await.expect_err("an open offer");
        assert!(err.to_string().contains("1 deals are still in progress"), "{err}");
        assert!(matches!(db.app.close_campaign(w.reviewer, w.campaign).await, Err(AppError::Forbidden { .. })));
    }
}

#[tokio::test]
async fn balances_fall_due_after_the_live_days_and_early_removal_forfeits_them() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        let mut t = terms(Platform::TikTok);
        t.min_live_days = 10;
        let deal = verified(app, &w, w.ana, t, "1", "https://www.tiktok.com/@ana.lima/video/1").await;
        let mut t = terms(Platform::Instagram);
        t.min_live_days = 30;
        let early = verified(app, &w, w.bea, t, "2", "https://www.instagram.com/p/Cx2/").await;
        let balance =
            |ps: Vec<linkstar_core::payment::Payment>| ps.into_iter().find(|p| p.kind == PaymentKind::Balance);
        assert_eq!(
            balance(db.store.payments(deal).await.expect("p")).map(|p| p.status),
            Some(PaymentStatus::Scheduled)
        );
        assert!(app.advance_payments().await.expect("advance").is_empty(), "{label}: not yet");
        db.clock.advance_hours(24 * 10);
        assert_eq!(app.advance_payments().await.expect("advance").len(), 1, "{label}");
        assert_eq!(balance(db.store.payments(deal).await.expect("p")).map(|p| p.status), Some(PaymentStatus::Due));

        app.flag_post_removed(w.reviewer, early).await.expect("removed");
        let ps = db.store.payments(early).await.expect("p");
        assert_eq!(balance(ps.clone()).map(|p| p.status), Some(PaymentStatus::Cancelled), "{label}");
        assert!(ps.iter().any(|p| p.kind == PaymentKind::Deposit && p.status.is_open()), "the deposit stays owed");
    }
}

#[tokio::test]
async fn discount_codes_reach_the_creator_and_the_shop_list() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        let (deal, chat) = w.linked_offer(app, "5").await;
        assert_eq!(
            app.set_discount_code(w.manager, deal, Some("ana10")).await.expect("code").map(|c| c.to_string()),
            Some("ANA10".into())
        );
        let bea = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let dup = app.set_discount_code(w.manager, bea.deal_id, Some("ANA10")).await;
        assert!(matches!(dup, Err(AppError::Duplicate(_))), "{label}: {dup:?}");
        assert!(app.set_discount_code(w.manager, deal, Some("a")).await.is_err(), "too short");
        assert!(matches!(app.set_discount_code(w.viewer, deal, Some("X10")).await, Err(AppError::Forbidden { .. })));

        app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let file =
            FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
        let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
        app.submit_draft(&chat, deal, draft, &FileLimits { max_bytes: 100, allowed_types: vec!["video/".into()] })
            .await
            .expect("draft");
        app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        let approved = db.store.outbox(false, 100).await.expect("outbox").into_iter().find_map(|m| match m.notice {
            Notice::DraftApproved { tracking_link, discount_code, .. } => Some((tracking_link, discount_code)),
            _ => None,
        });
        let (link, code) = approved.expect("approval notice");
        assert_eq!(code.as_deref(), Some("ANA10"), "{label}");
        assert!(link.is_some_and(|l| l.contains(&tracking_code(w.ana, deal))));

        let list = app.attribution(w.viewer, Some(w.campaign)).await.expect("attribution");
        assert_eq!(list.len(), 2);
        assert_eq!((list[0].deal, list[0].discount_code.as_deref()), (deal, Some("ANA10")));
        assert!(
            list[0]
                .tracking_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://shop.example.com/glow?utm_source=linkstar"))
        );
        assert_eq!(list[1].discount_code, None);
    }
}

#[tokio::test]
async fn metrics_imports_keep_good_rows_and_name_bad_ones() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        let deal =
            verified(app, &w, w.ana, terms(Platform::TikTok), "1", "https://www.tiktok.com/@ana.lima/video/7").await;
        app.set_discount_code(w.manager, deal, Some("ANA10")).await.expect("code");
        let offered = app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let views = |n| FigureUpdate { views: Some(n), ..FigureUpdate::default() };
        let entry = |key, update, revenue: Option<&str>| MetricsEntry {
            key,
            at: None,
            update,
            revenue: revenue.map(String::from),
        };
        let rows = vec![
            (2, entry(DealKey::PostUrl("https://www.tiktok.com/@ana.lima/video/7".into()), views(1_000), None)),
            (
                3,
                entry(
                    DealKey::Discount(DiscountCode::parse("ana10").expect("code")),
                    FigureUpdate::default(),
                    Some("99.90"),
                ),
            ),
            (4, entry(DealKey::Tracking(w.ana, deal), views(2_000), None)),
            (5, entry(DealKey::Tracking(w.bea, deal), views(1), None)),
            (6, entry(DealKey::Discount(DiscountCode::parse("NOPE1").expect("code")), views(1), None)),
            (7, entry(DealKey::Tracking(w.bea, offered.deal_id), views(1), None)),
            (8, entry(DealKey::Tracking(w.ana, deal), views(1), Some("1.234"))),
            (9, entry(DealKey::PostUrl("https://www.tiktok.com/@ana.lima/video/8".into()), views(1), None)),
        ];
        let report = app.import_metrics(w.reviewer, rows).await.expect("import");
        assert_eq!(report.imported, 3, "{label}: {:?}", report.rejected);
        let lines: Vec<u64> = report.rejected.iter().map(|r| r.0).collect();
        assert_eq!(lines, vec![5, 6, 7, 8, 9], "{label}");
        assert!(report.rejected[2].1.contains("no live post"), "{:?}", report.rejected);
        assert!(report.rejected[3].1.contains("1.234"), "{:?}", report.rejected);
        let last = db.store.metrics_history(deal).await.expect("history").pop().expect("snapshot");
        assert_eq!(
            (last.figures.views, last.figures.revenue_minor, last.source.as_str()),
            (2_000, 9_990, "csv"),
            "{label}"
        );
    }
}

#[tokio::test]
async fn the_report_converts_with_the_dated_rate_and_counts_by_hand() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        // Ana: 500.00 EUR fixed. Bea: 400.00 USD fixed.
        let a =
            verified(app, &w, w.ana, terms(Platform::TikTok), "1", "https://www.tiktok.com/@ana.lima/video/1").await;
        let mut usd = terms(Platform::Instagram);
        usd.fee = Money::parse("400 USD").expect("usd");
        let b = verified(app, &w, w.bea, usd, "2", "https://www.instagram.com/p/Cx9/").await;
        let fig = |v, l, c, k| FigureUpdate {
            views: Some(v),
            likes: Some(l),
            comments: Some(c),
            clicks: Some(k),
            ..FigureUpdate::default()
        };
        let rows = vec![
            (
                2,
                MetricsEntry {
                    key: DealKey::Tracking(w.ana, a),
                    at: None,
                    update: fig(100_000, 4_000, 1_000, 500),
                    revenue: Some("1500".into()),
                },
            ),
            (
                3,
                MetricsEntry {
                    key: DealKey::Tracking(w.bea, b),
                    at: None,
                    update: fig(20_000, 900, 100, 300),
                    revenue: Some("200".into()),
                },
            ),
        ];
        app.import_metrics(w.reviewer, rows).await.expect("import");
        let usd_c = Currency::parse("USD").expect("usd");
        let eur_c = Currency::parse("EUR").expect("eur");
        let day = |d: &str| d.parse().expect("date");
        let missing = app.campaign_report(w.viewer, w.campaign, None, Some(day("2026-11-30"))).await;
        assert!(missing.is_err_and(|e| e.to_string().contains("USD→EUR")), "{label}");
        let rate = |r: &str| linkstar_core::fx::Rate::parse(r).expect("rate");
        assert!(
            app.set_fx_rate(w.manager, usd_c, eur_c, rate("0.9"), day("2026-11-20")).await.is_err(),
            "finance only"
        );
        app.set_fx_rate(w.finance, usd_c, eur_c, rate("0.8"), day("2026-11-20")).await.expect("rate");
        app.set_fx_rate(w.finance, usd_c, eur_c, rate("0.9"), day("2026-11-20")).await.expect("corrected");
        let r = app.campaign_report(w.viewer, w.campaign, None, Some(day("2026-11-30"))).await.expect("report");
        // Committed: 500.00 + 400.00 USD × 0.9 = 860.00 EUR; paid: nothing yet.
        assert_eq!((r.total.committed, r.total.paid), (eur(86_000), eur(0)), "{label}");
        assert_eq!(
            r.rates.iter().map(|x| (x.rate.to_string(), x.date.to_string())).collect::<Vec<_>>(),
            vec![("0.9".to_string(), "2026-11-20".to_string())]
        );
        // Revenue 1,500.00 + 200 USD × 0.9 = 1,680.00; ROI (1,680 − 860) / 860 = 95.35 %.
        assert_eq!((r.total.revenue, r.total.roi_bp), (eur(168_000), Some(9_535)), "{label}");
        // Reach 120,000; engagements 6,000 → 5 %; CPM 860.00 / 120 = 7.17; CPC 860.00 / 800 = 1.08.
        assert_eq!((r.total.reach, r.total.engagement_rate_bp), (120_000, Some(500)));
        assert_eq!((r.total.cpm, r.total.cpc), (Some(eur(717)), Some(eur(108))), "{label}");
        assert_eq!(r.total.on_time_drafts_bp, Some(10_000));
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[1].reliability.deals, 1);
        assert_eq!((r.campaign_speed.reviews, r.brand_speed.reviews), (2, 2), "{label}");
        assert_eq!((r.campaign_speed.within_sla_bp, r.brand_speed.within_sla_bp), (Some(10_000), Some(10_000)));
        let in_usd =
            app.campaign_report(w.viewer, w.campaign, Some(usd_c), Some(day("2026-11-30"))).await.expect("usd");
        // 500.00 EUR / 0.9 = 555.56 USD, plus 400.00 USD.
        assert_eq!(in_usd.total.committed, Money::new(95_556, usd_c), "{label}");
    }
}

#[tokio::test]
async fn review_speed_counts_decisions_past_each_deals_sla() {
    for db in backends().await {
        let (app, label) = (&db.app, db.label);
        let w = World::seed(app).await;
        // Ana's draft waits 2 h against a 48 h SLA; Bea's waits 30 h against a 24 h SLA.
        let (a, _) = in_review(app, &w, w.ana, terms(Platform::TikTok), "1").await;
        let mut short = terms(Platform::Instagram);
        short.review_sla_hours = 24;
        let (b, _) = in_review(app, &w, w.bea, short, "2").await;
        db.clock.advance_hours(2);
        app.approve_draft(w.reviewer, a, "").await.expect("approve");
        db.clock.advance_hours(28);
        app.request_changes(w.reviewer, b, "brighter light, please", false).await.expect("changes");
        let day = "2026-12-31".parse().ok();
        let r = app.campaign_report(w.viewer, w.campaign, None, day).await.expect("report");
        let s = r.campaign_speed;
        assert_eq!((s.reviews, s.within_sla_bp), (2, Some(5_000)), "{label}: one of two within its SLA");
        assert_eq!(s.avg_review_minutes, Some(16 * 60), "{label}: (2 h + 30 h) / 2");
        assert_eq!(r.brand_speed.within_sla_bp, Some(5_000), "{label}");
    }
}
