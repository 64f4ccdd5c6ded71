//! The real YouTube fetcher (reqwest) against the fake Data API on 127.0.0.1, and the
//! app's fetch operation on both backends.

use linkstar_app::{FetchError, MetricsFetcher, Store};
use linkstar_core::attribution::DealKey;
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::metrics::{FigureUpdate, MetricsEntry};
use linkstar_core::place::{ChatAccount, ChatPlatform, Platform};
use linkstar_fetch::YouTubeFetcher;
use linkstar_testkit::world::{creator, terms};
use linkstar_testkit::youtube::FAKE_YOUTUBE_KEY;
use linkstar_testkit::{FakeYouTube, World, backends};

const VIDEO: &str = "dQw4w9WgXcQ";

#[tokio::test]
async fn reads_statistics_and_reports_each_failure() {
    let fake = FakeYouTube::start().await;
    fake.set(VIDEO, (120_000, Some(4_800), 310));
    fake.set("aaaaaaaaaaa", (50, None, 2));
    let yt = YouTubeFetcher::new(&fake.base_url, FAKE_YOUTUBE_KEY).expect("fetcher");
    let got = yt.fetch(&format!("https://youtu.be/{VIDEO}")).await.expect("statistics");
    assert_eq!(
        got,
        FigureUpdate { views: Some(120_000), likes: Some(4_800), comments: Some(310), ..FigureUpdate::default() }
    );
    let hidden = yt.fetch("https://www.youtube.com/shorts/aaaaaaaaaaa").await.expect("statistics");
    assert_eq!((hidden.views, hidden.likes), (Some(50), None), "hidden likes stay unknown");
    assert_eq!(yt.fetch("https://www.youtube.com/watch?v=bbbbbbbbbbb").await, Err(FetchError::NotFound));
    assert!(matches!(yt.fetch("https://www.tiktok.com/@ana/video/1").await, Err(FetchError::NotSupported { .. })));
    let wrong_key = YouTubeFetcher::new(&fake.base_url, "nope").expect("fetcher");
    let refused = wrong_key.fetch(&format!("https://youtu.be/{VIDEO}")).await;
    assert!(matches!(&refused, Err(FetchError::Refused(m)) if m.contains("API key not valid")), "{refused:?}");
    assert_eq!(fake.requests(), 4, "the unsupported link never reached the API");
    assert!(!format!("{wrong_key:?}").contains("nope"), "the key never shows in Debug");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let dead = format!("http://{}/", closed.local_addr().expect("addr"));
    drop(closed);
    let offline = YouTubeFetcher::new(&dead, FAKE_YOUTUBE_KEY).expect("fetcher");
    let err = offline.fetch(&format!("https://youtu.be/{VIDEO}")).await;
    assert!(matches!(&err, Err(FetchError::Network(m)) if !m.contains(FAKE_YOUTUBE_KEY)), "{err:?}");
}

#[tokio::test]
async fn the_app_records_fetched_figures_on_top_of_shop_figures() {
    let fake = FakeYouTube::start().await;
    fake.set(VIDEO, (90_000, Some(3_000), 120));
    let yt = YouTubeFetcher::new(&fake.base_url, FAKE_YOUTUBE_KEY).expect("fetcher");
    for db in backends().await {
        let app = &db.app;
        let w = World::seed(app).await;
        let cy = creator("Cy Tube", Platform::YouTube, "@cy.tube", "ES", "es", "Europe/Madrid");
        let cy = app.import_creators(w.admin, vec![(2, cy)]).await.expect("creator").imported[0];
        let offer = app.make_offer(w.manager, w.campaign, cy, terms(Platform::YouTube)).await.expect("offer");
        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: "4242".into() };
        app.link_chat(&chat, offer.token.expose()).await.expect("link");
        let deal = offer.deal_id;
        app.accept_offer(&chat, deal, terms(Platform::YouTube).fingerprint()).await.expect("accept");
        let file =
            FileFacts { name: "v.mp4".into(), mime: "video/mp4".into(), size_bytes: 10, sha256: "ab".repeat(32) };
        let draft = DraftUpload { kind: DraftKind::Video, caption: "#publi #glowserum".into(), file: Some(file) };
        let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/".into()] };
        app.submit_draft(&chat, deal, draft, &limits).await.expect("draft");
        app.approve_draft(w.reviewer, deal, "").await.expect("approve");
        app.submit_post(&chat, deal, &format!("https://www.youtube.com/watch?v={VIDEO}")).await.expect("post");

        let shop = MetricsEntry {
            key: DealKey::PostUrl(format!("https://www.youtube.com/watch?v={VIDEO}")),
            at: None,
            update: FigureUpdate { clicks: Some(800), conversions: Some(12), ..FigureUpdate::default() },
            revenue: Some("480.00".into()),
        };
        let imported = app.import_metrics(w.reviewer, vec![(2, shop)]).await.expect("import");
        assert_eq!((imported.imported, imported.rejected.len()), (1, 0), "{}", db.label);
        db.clock.advance_hours(24);

        let report = app.fetch_metrics(w.reviewer, w.campaign, &yt).await.expect("fetch");
        assert_eq!((report.recorded, report.failed), (vec![deal], vec![]), "{}", db.label);
        let history = db.store.metrics_history(deal).await.expect("history");
        let last = history.last().expect("a snapshot");
        let f = &last.figures;
        assert_eq!((f.views, f.likes, f.comments), (90_000, 3_000, 120), "{}", db.label);
        assert_eq!((f.clicks, f.conversions, f.revenue_minor), (800, 12, 48_000), "shop figures carry over");
        assert_eq!(last.source, "youtube");
        assert!(app.fetch_metrics(w.viewer, w.campaign, &yt).await.is_err(), "viewers may not record metrics");
    }
}
