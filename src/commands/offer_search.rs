//! `offers send --search "…"`: the creator pool's filters (the dashboard's filter form,
//! `creators search`'s flags) written as one line of `key:value` terms and plain words.
//! Each value is read by core's one rule ([`PoolFilterText`]), so a filter means the
//! same here as in the dashboard and in `creators search`.

use linkstar_core::creator::CreatorQuery;
use linkstar_core::place::Country;
use linkstar_core::pool_filter::{PoolFilterField, PoolFilterText};

/// The most creators one search sends offers to (the store's page limit).
pub const LIMIT: u32 = 500;

/// Reads `text` into a query. `Err` carries the first term that means nothing.
///
/// Terms: `platform:tiktok`, `country:ES`, `language:es`, `category:beauty`,
/// `audience:MX`, `tier:micro`, `min-followers:10000`, `max-followers:500000`,
/// `min-engagement:3.5` (percent), `status:favourite` (or `pool-status:`), `no-risk`
/// (or `exclude-risky`); other words search the name or handle.
pub fn parse(text: &str) -> Result<CreatorQuery, String> {
    // (field, the value, the term as typed for the error)
    let mut fields: Vec<(PoolFilterField, &str, &str)> = Vec::new();
    let mut audience = None;
    let mut exclude_risky = false;
    let mut words = Vec::new();
    for term in text.split_whitespace() {
        if term.eq_ignore_ascii_case("no-risk") || term.eq_ignore_ascii_case("exclude-risky") {
            exclude_risky = true;
            continue;
        }
        let Some((key, value)) = term.split_once(':') else {
            words.push(term);
            continue;
        };
        let field = match key.to_ascii_lowercase().as_str() {
            "audience" => {
                audience = Some(Country::parse(value).map_err(|_| term.to_string())?);
                continue;
            }
            "status" => PoolFilterField::PoolStatus,
            other => PoolFilterField::ALL.into_iter().find(|f| f.as_str() == other).ok_or_else(|| term.to_string())?,
        };
        if value.is_empty() || field == PoolFilterField::Text {
            return Err(term.to_string());
        }
        fields.push((field, value, term));
    }
    let text = words.join(" ");
    let value = |field: PoolFilterField| fields.iter().rev().find(|(f, ..)| *f == field).map_or("", |(_, v, _)| v);
    let typed = PoolFilterText {
        platform: value(PoolFilterField::Platform),
        country: value(PoolFilterField::Country),
        language: value(PoolFilterField::Language),
        category: value(PoolFilterField::Category),
        min_followers: value(PoolFilterField::MinFollowers),
        max_followers: value(PoolFilterField::MaxFollowers),
        min_engagement: value(PoolFilterField::MinEngagement),
        tier: value(PoolFilterField::Tier),
        exclude_risky,
        pool_status: value(PoolFilterField::PoolStatus),
        text: &text,
    };
    let mut query = typed.query().map_err(|bad| {
        fields.iter().rev().find(|(f, ..)| *f == bad).map_or_else(|| text.clone(), |(.., term)| term.to_string())
    })?;
    query.audience_country = audience;
    query.limit = LIMIT;
    query.offset = 0;
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_core::place::Platform;

    #[test]
    fn terms_fill_the_dashboards_filters_and_words_search_names() {
        let q =
            parse("platform:instagram country:es min-followers:10000 min-engagement:3.5 no-risk bea").expect("query");
        assert_eq!(q.platform, Some(Platform::Instagram));
        assert_eq!(q.country, Some(Country::parse("ES").expect("ES")));
        assert_eq!(q.min_followers, Some(10_000));
        assert_eq!(q.min_engagement_bp, Some(350));
        assert!(q.exclude_risky);
        assert_eq!(q.text.as_deref(), Some("bea"));
        assert_eq!(q.limit, LIMIT);
    }

    #[test]
    fn a_term_that_means_nothing_is_named() {
        assert_eq!(parse("platform:myspace").expect_err("a bad term"), "platform:myspace");
        assert_eq!(parse("followers:10").expect_err("a bad term"), "followers:10");
        assert_eq!(parse("no-risk min-engagement:lots").expect_err("a bad term"), "min-engagement:lots");
        assert_eq!(parse("min-engagement:150").expect_err("over 100 %"), "min-engagement:150");
    }

    #[test]
    fn values_read_as_the_dashboard_reads_them() {
        // One rule for every surface: the dashboard rounds 3.555 % to 356 basis points,
        // and reads "10,000" followers as ten thousand.
        let q = parse("min-engagement:3.555 min-followers:10,000 status:favourite").expect("query");
        assert_eq!(q.min_engagement_bp, Some(356));
        assert_eq!(q.min_followers, Some(10_000));
        assert!(q.pool_status.is_some());
    }
}
