//! Foundation benchmarks on a SQLite file (run: `cargo bench --bench foundation`):
//! 1. importing 100,000 creators from CSV (parse + import, as `creators import` does);
//! 2. a creator search with 4 filters over 1,000,000 creators, and its ratio to running
//!    the same SQL without turning rows into creators;
//! 3. one operation (submit draft) at p50/p95.
//!
//! Set `LINKSTAR_BENCH_CREATORS` to change the pool size of (2).

use std::time::{Duration, Instant};

use linkstar_app::Store;
use linkstar_core::checks::{FileFacts, FileLimits};
use linkstar_core::content::{DraftKind, DraftUpload};
use linkstar_core::creator::CreatorQuery;
use linkstar_core::place::{ChatAccount, ChatPlatform, Country, Platform};
use linkstar_testkit::world::terms;
use linkstar_testkit::{TestDb, World};

const COUNTRIES: [(&str, &str, &str); 10] = [
    ("BR", "pt", "America/Sao_Paulo"),
    ("ES", "es", "Europe/Madrid"),
    ("MX", "es", "America/Mexico_City"),
    ("DE", "de", "Europe/Berlin"),
    ("FR", "fr", "Europe/Paris"),
    ("ID", "id", "Asia/Jakarta"),
    ("TH", "th", "Asia/Bangkok"),
    ("VN", "vi", "Asia/Ho_Chi_Minh"),
    ("JP", "ja", "Asia/Tokyo"),
    ("CN", "zh", "Asia/Shanghai"),
];
const CATEGORIES: [&str; 6] = ["beauty", "fashion", "gaming", "food", "travel", "fitness"];

/// A well-mixed hash (splitmix64), so attributes of synthetic creators do not correlate
/// the way `i % n` patterns would (which made some filter combinations match nobody).
fn mix(i: u64, salt: u64) -> u64 {
    let mut z = i.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(salt.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A CSV of `n` creators starting at number `from`, deterministic.
fn csv(from: u64, n: u64) -> String {
    let mut out = linkstar_csv::creators::HEADER.join(",");
    out.push('\n');
    for i in from..from + n {
        let (country, lang, tz) = COUNTRIES[(mix(i, 1) % 10) as usize];
        // Audiences are skewed: most creators are small.
        let followers = mix(i, 2) % 3_000_000 / (1 + mix(i, 3) % 20);
        let er = format!("{}.{:02}", mix(i, 4) % 10, mix(i, 5) % 100);
        let cat = CATEGORIES[(mix(i, 6) % 6) as usize];
        let ig = if mix(i, 7).is_multiple_of(3) { format!("ig.c{i}") } else { String::new() };
        let (igf, iger) =
            if ig.is_empty() { (String::new(), String::new()) } else { ((followers / 2).to_string(), er.clone()) };
        out.push_str(&format!(
            "Creator {i},{country},{lang};en,,{tz},{cat},{country},tt.c{i},{followers},{er},{ig},{igf},{iger},,,,,{},,\n",
            if mix(i, 8).is_multiple_of(11) { "fake_followers" } else { "" },
        ));
    }
    out
}

async fn import(db: &TestDb, admin: linkstar_core::ids::OperatorId, text: &str) -> usize {
    let mut rows = Vec::with_capacity(5_000);
    let mut total = 0;
    let mut it = linkstar_csv::creators::read(text.as_bytes()).peekable();
    while it.peek().is_some() {
        rows.extend(it.by_ref().take(5_000).filter_map(Result::ok));
        total += db.app.import_creators(admin, std::mem::take(&mut rows)).await.expect("import").imported.len();
    }
    total
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // 1. Import 100,000 creators.
    let db = TestDb::sqlite().await;
    let w = World::seed(&db.app).await;
    let text = csv(0, 100_000);
    let t = Instant::now();
    let parsed = linkstar_csv::creators::read(text.as_bytes()).filter(Result::is_ok).count();
    println!("import: parsing alone: {parsed} rows in {:.2?}", t.elapsed());
    let t = Instant::now();
    let n = import(&db, w.admin, &text).await;
    println!("import: {n} creators from CSV in {:.2?}", t.elapsed());

    // 2. Search over a large pool.
    let pool: u64 = std::env::var("LINKSTAR_BENCH_CREATORS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let t = Instant::now();
    let mut from = 100_000;
    while from < pool {
        let n = (pool - from).min(100_000);
        import(&db, w.admin, &csv(from, n)).await;
        from += n;
    }
    println!(
        "search: pool of {} creators built in {:.2?}",
        db.store.count_creators().await.expect("count"),
        t.elapsed()
    );
    let queries = [
        CreatorQuery {
            platform: Some(Platform::TikTok),
            country: Some(Country::parse("BR").expect("BR")),
            language: Some("pt".into()),
            min_followers: Some(10_000),
            ..Default::default()
        },
        CreatorQuery {
            country: Some(Country::parse("DE").expect("DE")),
            category: Some("beauty".into()),
            min_engagement_bp: Some(300),
            exclude_risky: true,
            ..Default::default()
        },
        CreatorQuery {
            platform: Some(Platform::Instagram),
            language: Some("es".into()),
            tier: Some(linkstar_core::campaign::Tier::Micro),
            category: Some("gaming".into()),
            ..Default::default()
        },
    ];
    let nobody = CreatorQuery {
        // Worst case: a combination nobody matches makes the search check every creator
        // of the country.
        country: Some(Country::parse("DE").expect("DE")),
        category: Some("knitting".into()),
        min_engagement_bp: Some(300),
        exclude_risky: true,
        ..Default::default()
    };
    for q in queries.iter().chain([&nobody]) {
        let (mut full, mut raw) = (Vec::new(), Vec::new());
        for _ in 0..30 {
            let t = Instant::now();
            let found = db.store.search_creators(q).await.expect("search").len();
            full.push(t.elapsed());
            let t = Instant::now();
            let rows = db.store.raw_creator_search_count(q).await.expect("raw");
            raw.push(t.elapsed());
            assert_eq!(found, rows);
        }
        let (f, r) = (percentile(&mut full, 0.5), percentile(&mut raw, 0.5));
        println!(
            "search: {:?} … p50 {f:.2?} (p95 {:.2?}); same SQL without decoding p50 {r:.2?}; ratio {:.2}",
            (
                q.platform,
                q.country.map(|c| c.to_string()),
                &q.language,
                &q.category,
                q.min_followers,
                q.min_engagement_bp,
                q.tier
            ),
            percentile(&mut full, 0.95),
            f.as_secs_f64() / r.as_secs_f64()
        );
    }

    // 3. One operation: submit draft, on deals in the contracted stage.
    let mut samples = Vec::new();
    let limits = FileLimits::default();
    let upload = DraftUpload {
        kind: DraftKind::Video,
        caption: "#publi #glowserum".into(),
        file: Some(FileFacts {
            name: "d.mp4".into(),
            mime: "video/mp4".into(),
            size_bytes: 1_000_000,
            sha256: "ab".repeat(32),
        }),
    };
    for i in 0..300u64 {
        let p = db.store.find_creator(&format!("tt.c{i}")).await.expect("find").expect("creator");
        let inv = db.app.make_offer(w.manager, w.campaign, p.id, terms(Platform::TikTok)).await.expect("offer");
        let chat = ChatAccount { platform: ChatPlatform::Telegram, external_id: format!("b{i}") };
        db.app.link_chat(&chat, inv.token.expose()).await.expect("link");
        db.app.accept_offer(&chat, inv.deal_id, terms(Platform::TikTok).fingerprint()).await.expect("accept");
        let t = Instant::now();
        db.app.submit_draft(&chat, inv.deal_id, upload.clone(), &limits).await.expect("draft");
        samples.push(t.elapsed());
    }
    println!(
        "operation: submit draft p50 {:.2?}, p95 {:.2?} over {} runs",
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.95),
        samples.len()
    );
}
