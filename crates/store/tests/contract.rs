//! The contract suite: every operation on every backend. SQLite always runs; PostgreSQL
//! runs too when `LINKSTAR_TEST_POSTGRES_URL` is set. Each test gets fresh databases.

use linkstar_app::{AppError, Store};
use linkstar_core::DomainError;
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::ids::{DealId, EventId};
use linkstar_core::money::Money;
use linkstar_core::payment::{PaymentKind, PaymentStatus};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_core::stage::Stage;
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World, backends};

fn video(caption: &str, size: u64) -> DraftUpload {
    DraftUpload {
        kind: DraftKind::Video,
        caption: caption.into(),
        file: Some(FileFacts {
            name: "draft.mp4".into(),
            mime: "video/mp4".into(),
            size_bytes: size,
            sha256: "ab".repeat(32),
        }),
    }
}

fn limits() -> FileLimits {
    FileLimits {
        max_bytes: 10_000_000,
        allowed_types: vec!["video/".into(), "image/".into(), "application/pdf".into()],
    }
}

async fn event_count(db: &TestDb) -> usize {
    db.store.audit_events(EventId(0), 100_000).await.expect("events").len()
}

async fn notices(db: &TestDb) -> Vec<&'static str> {
    db.store.outbox(false, 10_000).await.expect("outbox").iter().map(|m| m.notice.id()).collect()
}

#[tokio::test]
async fn the_whole_flow_from_offer_to_completed() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let app = &db.app;
        let (deal, chat) = w.linked_offer(app, "5001").await;
        let shown = terms(Platform::TikTok).fingerprint();
        let d = app.accept_offer(&chat, deal, shown.clone()).await.expect("accept");
        assert_eq!(d.stage, Stage::Contracted, "{}", db.label);
        assert_eq!(d.accepted.as_ref().map(|a| a.via.as_str()), Some("telegram:5001"));

        let r = app.submit_draft(&chat, deal, video("Love it #glowserum", 1_000), &limits()).await.expect("draft 1");
        assert_eq!(r.version, 1);
        assert!(r.problems.contains(&"check-missing-disclosure".to_string()), "{:?}", r.problems);
        let d = app.request_changes(w.reviewer, deal, "Add #publi please", false).await.expect("changes");
        assert_eq!((d.stage, d.change_requests), (Stage::ChangesRequested, 1));
        let r =
            app.submit_draft(&chat, deal, video("Love it #glowserum #publi", 1_000), &limits()).await.expect("draft 2");
        assert_eq!((r.version, r.problems.len()), (2, 0), "{:?}", r.problems);
        app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        let d = app
            .submit_post(&chat, deal, "https://www.tiktok.com/@ana.lima/video/7312345678901234567?is_from_webapp=1")
            .await
            .expect("post");
        assert_eq!(d.stage, Stage::Published);
        let d = app.verify_post(w.reviewer, deal).await.expect("verify");
        assert_eq!(d.stage, Stage::Verified);

        let payments = db.store.payments(deal).await.expect("payments");
        let kinds: Vec<_> = payments.iter().map(|p| (p.kind, p.amount.minor)).collect();
        assert_eq!(kinds, vec![(PaymentKind::Deposit, 15_000), (PaymentKind::Balance, 35_000)]);
        for p in &payments {
            app.mark_paid(w.finance, p.id, &format!("SEPA-{}", p.id)).await.expect("paid");
        }
        let summary = db.store.list_deals(None, 10).await.expect("deals");
        assert_eq!(summary[0].deal.stage, Stage::Completed, "{}: paying the last payment settles", db.label);

        assert_eq!(
            notices(&db).await,
            vec![
                "invite",
                "contract-confirmed",
                "payment-scheduled",
                "draft-submitted",
                "changes-requested",
                "draft-submitted",
                "draft-approved",
                "post-submitted",
                "post-verified",
                "payment-scheduled",
                "payment-paid",
                "payment-paid",
            ],
            "{}",
            db.label
        );
        let checked = app.verify_audit().await.expect("verify").expect("intact chain");
        assert_eq!(checked as usize, event_count(&db).await);
    }
}

#[tokio::test]
async fn approval_carries_the_tracking_link_and_round_counts() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "5002").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 10), &limits()).await.expect("draft");
        db.app.request_changes(w.reviewer, deal, "Brighter light", false).await.expect("changes");
        let out = db.store.outbox(false, 100).await.expect("outbox");
        let round = out.iter().find_map(|m| match &m.notice {
            linkstar_core::message::Notice::ChangesRequested { round, rounds, notes, .. } => {
                Some((*round, *rounds, notes.clone()))
            }
            _ => None,
        });
        assert_eq!(round, Some((1, 2, "Brighter light".to_string())));
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 10), &limits()).await.expect("draft");
        db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        let out = db.store.outbox(false, 100).await.expect("outbox");
        let link = out.iter().find_map(|m| match &m.notice {
            linkstar_core::message::Notice::DraftApproved { tracking_link, .. } => tracking_link.clone(),
            _ => None,
        });
        let link = link.expect("tracking link");
        assert!(link.starts_with("https://shop.example.com/glow?utm_source=linkstar"), "{link}");
        assert!(link.contains(&format!("deal-{deal}")), "{link}");
    }
}

#[tokio::test]
async fn counter_offer_then_revised_terms_need_a_new_acceptance() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "5003").await;
        let old = terms(Platform::TikTok).fingerprint();
        let fee = Money::parse("650 EUR").expect("money");
        let d = db.app.counter_offer(&chat, deal, fee).await.expect("counter");
        assert_eq!(d.stage, Stage::Negotiating);
        assert!(notices(&db).await.contains(&"counter-received"));
        let d = db.app.accept_counter(w.manager, deal).await.expect("take counter");
        assert_eq!((d.stage, d.terms.fee.minor), (Stage::Offered, 65_000));
        assert!(notices(&db).await.contains(&"offer-revised"));
        let stale = db.app.accept_offer(&chat, deal, old).await;
        assert!(matches!(stale, Err(AppError::Domain(DomainError::TermsChanged))), "{stale:?}");
        let d = db.app.accept_offer(&chat, deal, d.terms.fingerprint()).await.expect("accept new terms");
        assert_eq!(d.stage, Stage::Contracted);
    }
}

#[tokio::test]
async fn decline_expire_and_cancel() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "5004").await;
        assert_eq!(db.app.decline_offer(&chat, deal).await.expect("decline").stage, Stage::Declined);
        assert!(notices(&db).await.contains(&"offer-declined"));

        let bea_offer =
            db.app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let early = db.app.expire_offer(bea_offer.deal_id).await;
        assert!(matches!(early, Err(AppError::Domain(_))), "cannot expire before respond-by: {early:?}");
        db.clock.set("2026-12-02T00:00:00Z".parse().expect("instant"));
        assert_eq!(db.app.expire_offer(bea_offer.deal_id).await.expect("expire").stage, Stage::Expired);

        db.clock.set(linkstar_testkit::db::start_time());
        let (deal2, chat2) = {
            let inv = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
            db.app.link_chat(&chat, inv.token.expose()).await.expect("link again");
            (inv.deal_id, chat.clone())
        };
        db.app.accept_offer(&chat2, deal2, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let d = db.app.cancel_deal(w.manager, deal2, "product recalled").await.expect("cancel");
        assert_eq!(d.stage, Stage::Cancelled);
        let payments = db.store.payments(deal2).await.expect("payments");
        assert!(payments.iter().all(|p| p.status == PaymentStatus::Cancelled), "open payments are cancelled");
    }
}

#[tokio::test]
async fn tokens_are_single_use_expiring_and_bound_to_one_creator() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let chat = |id: &str| ChatAccount { platform: ChatPlatform::Telegram, external_id: id.into() };
        let inv = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await.expect("offer");
        assert!(matches!(db.app.link_chat(&chat("1"), "not-a-token").await, Err(AppError::TokenUnknown)));
        assert!(matches!(db.app.link_chat(&chat("1"), &"0".repeat(32)).await, Err(AppError::TokenUnknown)));
        db.app.link_chat(&chat("1"), inv.token.expose()).await.expect("first use");
        assert!(matches!(db.app.link_chat(&chat("2"), inv.token.expose()).await, Err(AppError::TokenUsed)));

        let bea = db.app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let before = event_count(&db).await;
        let taken = db.app.link_chat(&chat("1"), bea.token.expose()).await;
        assert!(matches!(taken, Err(AppError::Duplicate(_))), "Ana's chat cannot become Bea's: {taken:?}");
        assert_eq!(event_count(&db).await, before, "a refused link writes nothing");

        db.clock.set("2026-12-01T12:00:00Z".parse().expect("instant"));
        assert!(matches!(db.app.link_chat(&chat("3"), bea.token.expose()).await, Err(AppError::TokenExpired)));
    }
}

#[tokio::test]
async fn a_creator_cannot_touch_another_creators_deal() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (ana_deal, _) = w.linked_offer(&db.app, "6001").await;
        let bea = db.app.make_offer(w.manager, w.campaign, w.bea, terms(Platform::Instagram)).await.expect("offer");
        let bea_chat = ChatAccount { platform: ChatPlatform::Discord, external_id: "777".into() };
        db.app.link_chat(&bea_chat, bea.token.expose()).await.expect("link");
        let before = event_count(&db).await;
        let hash = terms(Platform::TikTok).fingerprint();
        assert!(matches!(db.app.accept_offer(&bea_chat, ana_deal, hash.clone()).await, Err(AppError::NotYourDeal)));
        assert!(matches!(db.app.decline_offer(&bea_chat, ana_deal).await, Err(AppError::NotYourDeal)));
        assert!(matches!(db.app.accept_offer(&bea_chat, DealId(999_999), hash).await, Err(AppError::NotYourDeal)));
        let stranger = ChatAccount { platform: ChatPlatform::Telegram, external_id: "999".into() };
        assert!(matches!(db.app.decline_offer(&stranger, ana_deal).await, Err(AppError::NotFound("creator"))));
        assert_eq!(event_count(&db).await, before);
    }
}

#[tokio::test]
async fn roles_limit_what_operators_may_do() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "7001").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        let refused = db.app.approve_draft(w.viewer, deal, "").await;
        assert!(matches!(refused, Err(AppError::Forbidden { role: "viewer", .. })), "{refused:?}");
        let deposit = db.store.payments(deal).await.expect("payments")[0].id;
        assert!(matches!(db.app.mark_paid(w.manager, deposit, "X-1").await, Err(AppError::Forbidden { .. })));
        assert!(
            matches!(db.app.mark_paid(w.finance, deposit, "  ").await, Err(AppError::Domain(_))),
            "a reference is required"
        );
        let paid = db.app.mark_paid(w.finance, deposit, "X-1").await.expect("finance pays the deposit");
        assert_eq!((paid.status, paid.paid_by), (PaymentStatus::Paid, Some(w.finance)));
        assert!(db.app.mark_paid(w.finance, deposit, "X-2").await.is_err(), "paid twice");
        assert!(matches!(
            db.app.make_offer(w.reviewer, w.campaign, w.bea, terms(Platform::Instagram)).await,
            Err(AppError::Forbidden { .. })
        ));
    }
}

#[tokio::test]
async fn revision_rounds_are_enforced_unless_overridden() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "8001").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        for _ in 0..2 {
            db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
            db.app.request_changes(w.reviewer, deal, "again", false).await.expect("changes");
        }
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        let third = db.app.request_changes(w.reviewer, deal, "again", false).await;
        assert!(
            matches!(third, Err(AppError::Domain(DomainError::RevisionRoundsExhausted { included: 2 }))),
            "{third:?}"
        );
        let d = db.app.request_changes(w.reviewer, deal, "one more, on us", true).await.expect("override");
        assert_eq!((d.change_requests, d.extra_rounds), (3, 1));
        assert_eq!(db.store.drafts(deal).await.expect("drafts").len(), 3, "every version is kept");
    }
}

#[tokio::test]
async fn bad_drafts_and_links_change_nothing() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "9001").await;
        let early = db.app.submit_draft(&chat, deal, video("x", 5), &limits()).await;
        assert!(matches!(early, Err(AppError::Domain(DomainError::IllegalTransition { .. }))), "{early:?}");
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let before = event_count(&db).await;
        let big = db.app.submit_draft(&chat, deal, video("x", 50_000_000), &limits()).await;
        assert!(matches!(big, Err(AppError::FileRefused { code: "check-file-too-large" })), "{big:?}");
        let mut exe = video("x", 5);
        if let Some(f) = exe.file.as_mut() {
            f.name = "virus.exe".into();
            f.mime = "application/x-msdownload".into();
        }
        assert!(matches!(
            db.app.submit_draft(&chat, deal, exe, &limits()).await,
            Err(AppError::FileRefused { code: "check-file-type" })
        ));
        assert_eq!(event_count(&db).await, before);
        assert!(db.store.drafts(deal).await.expect("drafts").is_empty());

        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        let before = event_count(&db).await;
        for (url, code) in [
            ("https://www.instagram.com/p/Cx1/", "post-link-wrong-platform"),
            ("https://www.tiktok.com/@someone.else/video/123", "post-link-wrong-account"),
            ("not a link", "post-link-not-a-url"),
        ] {
            let err = db.app.submit_post(&chat, deal, url).await.expect_err(url);
            assert_eq!(err.code(), code, "{url}");
        }
        assert_eq!(event_count(&db).await, before);
        db.app.submit_post(&chat, deal, "https://www.tiktok.com/@ana.lima/video/42").await.expect("post");
        db.app.verify_post(w.reviewer, deal).await.expect("verify");
        db.app.flag_post_removed(w.reviewer, deal).await.expect("removed early");
    }
}

#[tokio::test]
async fn a_post_link_is_used_once() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "9101").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        db.app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        db.app.submit_post(&chat, deal, "https://www.tiktok.com/@ana.lima/video/42").await.expect("post");
        db.app.verify_post(w.reviewer, deal).await.expect("verify");
        let spec = linkstar_testkit::world::campaign_spec("Second Wave");
        let c2 = db.app.create_campaign(w.manager, w.brand, spec).await.expect("campaign");
        let inv = db.app.make_offer(w.manager, c2, w.ana, terms(Platform::TikTok)).await.expect("offer");
        db.app.link_chat(&chat, inv.token.expose()).await.expect("link");
        db.app.accept_offer(&chat, inv.deal_id, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        db.app.submit_draft(&chat, inv.deal_id, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        db.app.approve_draft(w.reviewer, inv.deal_id, "").await.expect("approve");
        let reused = db.app.submit_post(&chat, inv.deal_id, "https://tiktok.com/@ana.lima/video/42?utm_source=x").await;
        assert_eq!(reused.map(|d| d.stage).map_err(|e| e.code()), Err("post-link-already-used"));
        let m = linkstar_app::port::MetricsSnapshot {
            figures: linkstar_core::metrics::Figures { views: 12_000, likes: 900, clicks: 140, ..Default::default() },
            ..Default::default()
        };
        db.app.record_metrics(w.reviewer, deal, m).await.expect("metrics");
        let neg = linkstar_app::port::MetricsSnapshot {
            figures: linkstar_core::metrics::Figures { views: -1, ..Default::default() },
            ..Default::default()
        };
        assert!(db.app.record_metrics(w.reviewer, deal, neg).await.is_err());
    }
}

#[tokio::test]
async fn setup_refuses_duplicates_and_bad_templates() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let again =
            db.app.create_campaign(w.manager, w.brand, linkstar_testkit::world::campaign_spec("glow launch")).await;
        // Names are compared as stored; the same name twice is a duplicate.
        let same =
            db.app.create_campaign(w.manager, w.brand, linkstar_testkit::world::campaign_spec("Glow Launch")).await;
        assert!(again.is_ok());
        assert!(matches!(same, Err(AppError::Duplicate(_))), "{same:?}");
        let mut bad = linkstar_testkit::world::campaign_spec("Broken Brief");
        bad.brief.default = "Hi {{ creator.nmae }}".into();
        let err = db.app.create_campaign(w.manager, w.brand, bad).await;
        assert_eq!(err.map_err(|e| e.code()), Err("brief-template-invalid"));
        let dup_offer = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await;
        assert!(dup_offer.is_ok());
        let twice = db.app.make_offer(w.manager, w.campaign, w.ana, terms(Platform::TikTok)).await;
        assert!(matches!(twice, Err(AppError::Duplicate(_))), "one open offer per creator and campaign");
        let op = linkstar_app::port::NewOperator {
            brand_id: w.brand,
            name: "Dup".into(),
            username: "viewer".into(),
            role: linkstar_core::brand::Role::Viewer,
            locale: linkstar_core::place::Locale::parse("en-US").expect("locale"),
        };
        assert!(matches!(db.app.create_operator(Some(w.admin), op.clone()).await, Err(AppError::Duplicate(_))));
        assert!(matches!(db.app.create_operator(Some(w.manager), op).await, Err(AppError::Forbidden { .. })));
    }
}

#[tokio::test]
async fn the_audit_log_is_append_only_and_tampering_is_named() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        w.linked_offer(&db.app, "9901").await;
        let refused = db.store.execute_raw("UPDATE audit_events SET payload = '{}' WHERE id = 3").await;
        assert!(refused.is_err(), "{}: the triggers keep the log append-only", db.label);
        // Someone with direct database access drops the guard and edits event 3.
        let drop = match db.store.backend() {
            linkstar_store::Backend::Sqlite => "DROP TRIGGER audit_events_no_update",
            linkstar_store::Backend::Postgres => "DROP TRIGGER audit_events_no_update ON audit_events",
        };
        db.store.execute_raw(drop).await.expect("drop trigger");
        db.store
            .execute_raw("UPDATE audit_events SET payload = '{\"forged\":true}' WHERE id = 3")
            .await
            .expect("tamper");
        let broken = db.app.verify_audit().await.expect("verify ran").expect_err("chain must break");
        assert_eq!(broken.id, EventId(3), "{}", db.label);
    }
}

#[tokio::test]
async fn revised_terms_tell_the_creator_what_changed() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let (deal, chat) = w.linked_offer(&db.app, "9201").await;
        db.app.accept_offer(&chat, deal, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let mut new_terms = terms(Platform::TikTok);
        new_terms.fee = Money::parse("550 EUR").expect("money");
        new_terms.exclusivity_days = 30;
        let viewer = db.app.revise_offer(w.viewer, deal, new_terms.clone()).await;
        assert!(matches!(viewer, Err(AppError::Forbidden { .. })));
        let d = db.app.revise_offer(w.manager, deal, new_terms.clone()).await.expect("revise");
        assert_eq!((d.stage, d.accepted.is_none()), (Stage::Offered, true), "{}", db.label);
        let changed = db.store.outbox(false, 100).await.expect("outbox").into_iter().find_map(|m| match m.notice {
            linkstar_core::message::Notice::OfferRevised { changed, .. } => Some(changed),
            _ => None,
        });
        assert_eq!(changed, Some(vec!["fee".to_string(), "exclusivity_days".to_string()]));
        let d = db.app.accept_offer(&chat, deal, new_terms.fingerprint()).await.expect("accept again");
        assert_eq!(d.terms.fee.minor, 55_000);
        // Once a draft exists the terms are settled.
        db.app.submit_draft(&chat, deal, video("#publi #glowserum", 5), &limits()).await.expect("draft");
        assert!(db.app.revise_offer(w.manager, deal, terms(Platform::TikTok)).await.is_err());
    }
}

#[tokio::test]
async fn campaigns_are_edited_and_languages_chosen() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let mut spec = linkstar_testkit::world::campaign_spec("Glow Launch");
        spec.brief.default = "Hola {{ creator.name }}".into();
        db.app.update_campaign(w.manager, w.campaign, spec.clone()).await.expect("update");
        let saved = db.store.find_campaign("glow launch").await.expect("find").expect("campaign");
        assert_eq!(saved.spec.brief.default, "Hola {{ creator.name }}");
        spec.brief.default = "{% if %}".into();
        let bad = db.app.update_campaign(w.manager, w.campaign, spec).await;
        assert_eq!(bad.map_err(|e| e.code()), Err("brief-template-invalid"));
        let kept = db.store.find_campaign("glow launch").await.expect("find").expect("campaign");
        assert_eq!(kept.spec.brief.default, "Hola {{ creator.name }}", "a refused save changes nothing");

        let (_, chat) = w.linked_offer(&db.app, "9301").await;
        let pt = linkstar_core::place::Locale::parse("pt-BR").expect("locale");
        db.app.choose_language(&chat, Some(pt.clone())).await.expect("choose");
        let ana = db.store.find_creator("@ana.lima").await.expect("find").expect("ana");
        assert_eq!(ana.profile.preferred_locale, Some(pt));
        let stranger = ChatAccount { platform: ChatPlatform::Telegram, external_id: "nobody".into() };
        assert!(db.app.choose_language(&stranger, None).await.is_err());
    }
}
