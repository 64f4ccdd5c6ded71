//! Which disclosure tags mark a post as paid promotion in each market.
//!
//! A campaign may set its own tags per market ([`Compliance::disclosure_tags`]); markets
//! it leaves out use the built-in table below, which follows the usual practice of each
//! country's advertising rules (for example Germany expects `#Werbung` or `#Anzeige`, and
//! `#ad` alone is not enough there). Markets missing from the table fall back to `#ad`.

use crate::campaign::Compliance;
use crate::place::Country;

/// Built-in disclosure tags by market: alpha-2 codes and the tags accepted there.
const DEFAULT_TAGS: &[(&[&str], &[&str])] = &[
    (&["US", "GB", "CA", "AU", "NZ", "IE", "SG", "PH", "IN", "MY", "ZA", "NG", "KE"], &["#ad", "#sponsored"]),
    (&["DE", "AT"], &["#Werbung", "#Anzeige"]),
    (&["ES", "MX", "AR", "CO", "CL", "PE"], &["#publicidad"]),
    (&["BR", "PT"], &["#publi", "#publicidade"]),
    (&["ID"], &["#iklan"]),
    (&["FR"], &["#publicité", "#sponsorisé"]),
    (&["JP"], &["#PR", "#広告"]),
    (&["CN"], &["#广告"]),
    (&["TH"], &["#โฆษณา"]),
    (&["VN"], &["#quảngcáo"]),
];

/// The tag used where neither the campaign nor the built-in table names one.
const FALLBACK_TAG: &str = "#ad";

/// The disclosure tags accepted in `market`, any one of which satisfies the check: the
/// campaign's own list for that market when it has a non-empty one, else the built-in
/// table, else `#ad`. Tags come back as written, each starting with `#`.
pub fn disclosure_tags_for(market: Country, compliance: &Compliance) -> Vec<String> {
    let own: Vec<String> = compliance
        .disclosure_tags
        .get(&market)
        .into_iter()
        .flatten()
        .map(|t| t.trim().trim_start_matches('#'))
        .filter(|t| !t.is_empty())
        .map(|t| format!("#{t}"))
        .collect();
    if !own.is_empty() {
        return own;
    }
    DEFAULT_TAGS
        .iter()
        .find(|(markets, _)| markets.contains(&market.as_str()))
        .map_or(vec![FALLBACK_TAG], |(_, tags)| tags.to_vec())
        .into_iter()
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn country(code: &str) -> Country {
        Country::parse(code).expect("valid country")
    }

    #[test]
    fn built_in_tags_follow_the_market() {
        let none = Compliance::default();
        assert_eq!(disclosure_tags_for(country("DE"), &none), ["#Werbung", "#Anzeige"]);
        assert_eq!(disclosure_tags_for(country("GB"), &none), ["#ad", "#sponsored"]);
        assert_eq!(disclosure_tags_for(country("BR"), &none), ["#publi", "#publicidade"]);
        assert_eq!(disclosure_tags_for(country("JP"), &none), ["#PR", "#広告"]);
        assert_eq!(disclosure_tags_for(country("IS"), &none), ["#ad"]);
    }

    #[test]
    fn the_campaign_overrides_the_table() {
        let compliance = Compliance {
            disclosure_tags: BTreeMap::from([
                (country("DE"), vec!["bezahltePartnerschaft".to_string()]),
                (country("FR"), vec![" ".to_string()]),
            ]),
            ..Compliance::default()
        };
        assert_eq!(disclosure_tags_for(country("DE"), &compliance), ["#bezahltePartnerschaft"]);
        // A blank list means the operator set nothing usable: the table applies.
        assert_eq!(disclosure_tags_for(country("FR"), &compliance), ["#publicité", "#sponsorisé"]);
    }

    #[test]
    fn every_table_entry_is_a_country_and_a_tag() {
        for (markets, tags) in DEFAULT_TAGS {
            assert!(markets.iter().all(|m| Country::parse(m).is_ok()), "{markets:?}");
            assert!(tags.iter().all(|t| t.starts_with('#') && t.len() > 1), "{tags:?}");
        }
    }
}
