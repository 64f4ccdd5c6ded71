//! Creator pool contract: imports with duplicates, searches with filters.

use linkstar_app::Store;
use linkstar_core::campaign::Tier;
use linkstar_core::creator::{CreatorQuery, RiskFlag};
use linkstar_core::place::{Country, Platform};
use linkstar_testkit::world::creator;
use linkstar_testkit::{World, backends};

#[tokio::test]
async fn imports_keep_good_rows_and_report_duplicates() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let mut empty = creator("", Platform::TikTok, "@nobody", "DE", "de", "Europe/Berlin");
        empty.name = " ".into();
        let rows = vec![
            (2, creator("Carla", Platform::TikTok, "@carla.m", "MX", "es", "America/Mexico_City")),
            (3, creator("Ana Again", Platform::TikTok, "@ana.lima", "BR", "pt", "America/Sao_Paulo")),
            (4, creator("Carla Twin", Platform::TikTok, "@carla.m", "MX", "es", "America/Mexico_City")),
            (5, empty),
            (6, creator("Dewi", Platform::YouTube, "@dewi.id", "ID", "id", "Asia/Jakarta")),
        ];
        let report = db.app.import_creators(w.admin, rows).await.expect("import");
        assert_eq!(report.imported.len(), 2, "{}", db.label);
        let lines: Vec<u64> = report.rejected.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![3, 4, 5]);
        assert!(report.rejected[0].1.contains("@ana.lima"), "{}", report.rejected[0].1);
        assert_eq!(db.store.count_creators().await.expect("count"), 4);
        let viewer = db.app.import_creators(w.viewer, vec![]).await;
        assert!(viewer.is_err(), "viewers import nothing");
    }
}

#[tokio::test]
async fn search_filters_combine() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        let mut big = creator("Big Star", Platform::TikTok, "@big.star", "BR", "pt", "America/Sao_Paulo");
        big.accounts[0].followers = 2_500_000;
        let mut risky = creator("Risky", Platform::TikTok, "@risky.one", "BR", "pt", "America/Sao_Paulo");
        risky.risk_flags = vec![RiskFlag::FakeFollowers];
        let mut es = creator("Lola", Platform::TikTok, "@lola.es", "ES", "es", "Europe/Madrid");
        es.categories = vec!["gaming".into()];
        db.app.import_creators(w.admin, vec![(1, big), (2, risky), (3, es)]).await.expect("import");

        let names = |v: Vec<linkstar_core::creator::Creator>| v.into_iter().map(|c| c.profile.name).collect::<Vec<_>>();
        let br = CreatorQuery {
            platform: Some(Platform::TikTok),
            country: Some(Country::parse("BR").expect("BR")),
            language: Some("pt".into()),
            ..Default::default()
        };
        assert_eq!(names(db.store.search_creators(&br).await.expect("search")), vec!["Big Star", "Ana Lima", "Risky"]);
        let safe_micro = CreatorQuery { tier: Some(Tier::Micro), exclude_risky: true, ..br.clone() };
        assert_eq!(names(db.store.search_creators(&safe_micro).await.expect("search")), vec!["Ana Lima"]);
        let gaming = CreatorQuery { category: Some("gaming".into()), ..Default::default() };
        assert_eq!(names(db.store.search_creators(&gaming).await.expect("search")), vec!["Lola"]);
        let by_handle = CreatorQuery { text: Some("@BEA".into()), ..Default::default() };
        assert_eq!(names(db.store.search_creators(&by_handle).await.expect("search")), vec!["Bea Ruiz"]);
        let page = CreatorQuery { limit: 2, offset: 2, ..Default::default() };
        assert_eq!(db.store.search_creators(&page).await.expect("search").len(), 2, "page 2 of 5 creators");
        let found = db.store.find_creator("@ana.lima").await.expect("find").map(|c| c.id);
        assert_eq!(found, Some(w.ana));
    }
}

#[tokio::test]
async fn list_filters_find_the_same_creators_whether_few_or_many_carry_the_tag() {
    for db in backends().await {
        let w = World::seed(&db.app).await;
        // 2,500 clones: "gaming" (every 5th) is rare enough to drive the search from the
        // tag index, "de" (every 4th) too; after a second batch both are too common and
        // the follower index drives. Both ways must give the same page.
        linkstar_testkit::pool::grow_creators(&db.store, 2_500).await;
        let query = CreatorQuery {
            category: Some("Gaming".into()),
            language: Some("DE".into()),
            audience_country: Some(Country::parse("AT").expect("AT")),
            min_engagement_bp: Some(500),
            limit: 500,
            ..Default::default()
        };
        let few = names(db.store.search_creators(&query).await.expect("search"));
        // Clone k is German and gaming when k ≡ 1 (mod 4) and k ≡ 1 (mod 5): k ≡ 1 (mod 20);
        // engagement 1 + k mod 8 ≥ 5% when k mod 8 ≥ 4: k ≡ 1 (mod 20) gives k mod 8 ∈ {1, 5}.
        let expected = (1..=2_500u64).filter(|k| k % 20 == 1 && k % 8 >= 4).count();
        assert_eq!(few.len(), expected, "{}", db.label);
        linkstar_testkit::pool::grow_creators(&db.store, 20_000).await;
        let mut many = Vec::new();
        for page in 0..3u64 {
            let q = CreatorQuery { offset: page * 500, ..query.clone() };
            many.extend(names(db.store.search_creators(&q).await.expect("search")));
        }
        let more = (1..=20_000u64).filter(|k| k % 20 == 1 && k % 8 >= 4).count();
        assert_eq!(many.len(), expected + more, "{}: every match, page by page", db.label);
        assert!(few.iter().all(|n| many.contains(n)), "{}", db.label);
        let nobody = CreatorQuery { category: Some("knitting".into()), ..query.clone() };
        assert!(db.store.search_creators(&nobody).await.expect("search").is_empty(), "{}", db.label);
        let elsewhere = CreatorQuery { country: Some(Country::parse("JP").expect("JP")), ..query.clone() };
        assert!(db.store.search_creators(&elsewhere).await.expect("search").is_empty(), "{}", db.label);
        let _ = w;
    }
}

fn names(v: Vec<linkstar_core::creator::Creator>) -> Vec<String> {
    v.into_iter().map(|c| c.profile.name).collect()
}
