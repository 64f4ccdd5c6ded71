//! A large creator pool in seconds: bulk SQL that clones the pool's first creator into
//! `n` creators with unique handles and varied countries, languages, categories,
//! followers and engagement, on either backend. For benchmarks and the tests that need
//! more creators than a page or a planner threshold; far faster than importing a CSV.
//! [`grow_deals`] does the same for deals.

use linkstar_store::SqlStore;

/// Countries the clones live in, in turn: `n % 4` picks one.
pub const COUNTRIES: [&str; 4] = ["BR", "DE", "JP", "US"];

/// Categories the clones post in, in turn: `n % 5` picks one.
pub const CATEGORIES: [&str; 5] = ["beauty", "gaming", "food", "travel", "fitness"];

/// Adds `n` creators cloned from the pool's first one (which must exist: seed a
/// [`crate::World`] first). Clone `k` (1-based) lives in `COUNTRIES[k % 4]`, speaks that
/// country's language, posts in `CATEGORIES[k % 5]`, has only a TikTok account
/// `bulk<id>`, `(k × 7919) mod 3,000,000` followers and `1 + k mod 8`% engagement.
pub async fn grow_creators(store: &SqlStore, n: u64) {
    let sql = format!(
        "WITH RECURSIVE seq(n) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT n + 1 FROM seq WHERE n < {n}) \
         INSERT INTO creators (name, country, languages, preferred_locale, time_zone, categories, \
         audience_countries, rate_card, risk_flags, risky, rating, pool_status, tiktok_handle, tiktok_followers, \
         tiktok_er, top_followers, top_er) \
         SELECT 'Bulk Creator ' || (b.base + n), \
         CASE n % 4 WHEN 0 THEN 'BR' WHEN 1 THEN 'DE' WHEN 2 THEN 'JP' ELSE 'US' END, \
         CASE n % 4 WHEN 0 THEN ',pt,' WHEN 1 THEN ',de,' WHEN 2 THEN ',ja,' ELSE ',en,' END, \
         NULL, t.time_zone, \
         CASE n % 5 WHEN 0 THEN ',beauty,' WHEN 1 THEN ',gaming,' WHEN 2 THEN ',food,' WHEN 3 THEN ',travel,' \
         ELSE ',fitness,' END, \
         CASE n % 4 WHEN 0 THEN ',BR,' WHEN 1 THEN ',DE,AT,' WHEN 2 THEN ',JP,' ELSE ',US,CA,' END, \
         t.rate_card, ',', 0, 4, 'normal', \
         'bulk' || (b.base + n), (n * 7919) % 3000000, 100 + (n % 8) * 100, (n * 7919) % 3000000, \
         100 + (n % 8) * 100 \
         FROM seq, (SELECT * FROM creators ORDER BY id LIMIT 1) t, \
         (SELECT COALESCE(MAX(id), 0) AS base FROM creators) b"
    );
    store.execute_raw(&sql).await.expect("bulk creators");
}

/// Adds `n` deals cloned from the first deal (seed the demo first), spread over the
/// first three campaigns, the pool's creators and every stage, each changed a second
/// before the previous one. No payments, drafts or history: for list and search speed.
pub async fn grow_deals(store: &SqlStore, n: u64) {
    let stages = "CASE n % 13 WHEN 0 THEN 'offered' WHEN 1 THEN 'negotiating' WHEN 2 THEN 'contracted' \
                  WHEN 3 THEN 'in_review' WHEN 4 THEN 'changes_requested' WHEN 5 THEN 'approved' \
                  WHEN 6 THEN 'published' WHEN 7 THEN 'verified' WHEN 8 THEN 'completed' WHEN 9 THEN 'removed' \
                  WHEN 10 THEN 'declined' WHEN 11 THEN 'expired' ELSE 'cancelled' END";
    let sql = format!(
        "WITH RECURSIVE seq(n) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT n + 1 FROM seq WHERE n < {n}) \
         INSERT INTO deals (campaign_id, creator_id, stage, terms, terms_hash, draft_versions, change_requests, \
         extra_rounds, fee_minor, currency, respond_by, draft_due, created_at, updated_at) \
         SELECT 1 + n % 3, 1 + n % k.most, {stages}, d.terms, d.terms_hash, 1, 0, 0, d.fee_minor, d.currency, \
         d.respond_by, d.draft_due, d.created_at, d.updated_at - n * 1000 \
         FROM seq, (SELECT * FROM deals ORDER BY id LIMIT 1) d, (SELECT MAX(id) AS most FROM creators) k"
    );
    store.execute_raw(&sql).await.expect("bulk deals");
}
