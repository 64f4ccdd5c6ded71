//! `offers send --search "…"`: the creator pool's filters (the dashboard's filter form)
//! written as one line of `key:value` terms and plain words, read into a [`CreatorQuery`].

use linkstar_core::campaign::Tier;
use linkstar_core::creator::{CreatorQuery, PoolStatus};
use linkstar_core::place::{Country, Platform};

/// The most creators one search sends offers to (the store's page limit).
pub const LIMIT: u32 = 500;

/// Reads `text` into a query. `Err` carries the first term that means nothing.
///
/// Terms: `platform:tiktok`, `country:ES`, `language:es`, `category:beauty`,
/// `audience:MX`, `tier:micro`, `min-followers:10000`, `max-followers:500000`,
/// `min-engagement:3.5` (percent), `status:active`, `no-risk`; other words search the
/// name or handle.
pub fn parse(text: &str) -> Result<CreatorQuery, String> {
    let mut q = CreatorQuery { limit: LIMIT, ..CreatorQuery::default() };
    let mut words = Vec::new();
    for term in text.split_whitespace() {
        let bad = || term.to_string();
        if term.eq_ignore_ascii_case("no-risk") {
            q.exclude_risky = true;
            continue;
        }
        let Some((key, value)) = term.split_once(':') else {
            words.push(term);
            continue;
        };
        match key.to_ascii_lowercase().as_str() {
            "platform" => q.platform = Some(Platform::parse(value).map_err(|_| bad())?),
            "country" => q.country = Some(Country::parse(value).map_err(|_| bad())?),
            "audience" => q.audience_country = Some(Country::parse(value).map_err(|_| bad())?),
            "language" if !value.is_empty() => q.language = Some(value.to_ascii_lowercase()),
            "category" if !value.is_empty() => q.category = Some(value.to_lowercase()),
            "tier" => q.tier = Some(Tier::parse(value).map_err(|_| bad())?),
            "min-followers" => q.min_followers = Some(value.parse().map_err(|_| bad())?),
            "max-followers" => q.max_followers = Some(value.parse().map_err(|_| bad())?),
            "min-engagement" => q.min_engagement_bp = Some(percent_bp(value).ok_or_else(bad)?),
            "status" => q.pool_status = Some(PoolStatus::parse(value).map_err(|_| bad())?),
            _ => return Err(bad()),
        }
    }
    if !words.is_empty() {
        q.text = Some(words.join(" "));
    }
    Ok(q)
}

/// `3.5` (percent) as 350 basis points; at most two decimals.
fn percent_bp(value: &str) -> Option<u32> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if whole.is_empty() || fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction: u32 = if fraction.is_empty() { 0 } else { format!("{fraction:0<2}").parse().ok()? };
    whole.parse::<u32>().ok()?.checked_mul(100)?.checked_add(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(parse("min-engagement:3.555").expect_err("a bad term"), "min-engagement:3.555");
    }
}
