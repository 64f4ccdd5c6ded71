//! The caption check run the moment a creator uploads a draft: disclosure tag for the
//! market, required hashtags and mentions, forbidden claims, and length.
//!
//! Hashtags are matched as whole tags, case-insensitively: `#Ad` satisfies `#ad`, while
//! `#adventure` and `#ads` do not. A tag runs from `#` (or the full-width `＃`) over
//! letters, digits, `_` and combining marks, so an emoji or punctuation right after it
//! (`#ad🔥`, `#ad,`) ends the tag. Mentions are `@name` not preceded by a letter or
//! digit, so an e-mail address is not a mention. Text is compared as given: a tag typed
//! in decomposed Unicode (NFD) does not match its composed form.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::disclosure::disclosure_tags_for;
use crate::campaign::Compliance;
use crate::place::Country;

/// Something in a caption the creator should fix before posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum CaptionProblem {
    /// None of the market's disclosure tags is in the caption.
    #[serde(rename = "check-missing-disclosure")]
    MissingDisclosure {
        /// The tags that would satisfy the rule, any one of them.
        accepted: Vec<String>,
    },
    /// A hashtag the campaign requires is missing.
    #[serde(rename = "check-missing-hashtag")]
    MissingHashtag {
        /// The tag, with `#`.
        tag: String,
    },
    /// An account the campaign requires to be mentioned is missing.
    #[serde(rename = "check-missing-mention")]
    MissingMention {
        /// The handle, with `@`.
        handle: String,
    },
    /// The caption makes a claim the campaign forbids.
    #[serde(rename = "check-forbidden-claim")]
    ForbiddenClaim {
        /// The forbidden claim as the operator wrote it.
        claim: String,
    },
    /// The caption is longer than allowed.
    #[serde(rename = "check-caption-too-long")]
    TooLong {
        /// Characters in the caption.
        chars: usize,
        /// Most characters allowed.
        max: u32,
    },
}

impl CaptionProblem {
    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingDisclosure { .. } => "check-missing-disclosure",
            Self::MissingHashtag { .. } => "check-missing-hashtag",
            Self::MissingMention { .. } => "check-missing-mention",
            Self::ForbiddenClaim { .. } => "check-forbidden-claim",
            Self::TooLong { .. } => "check-caption-too-long",
        }
    }
}

impl std::fmt::Display for CaptionProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MissingDisclosure { accepted } => {
                write!(f, "no disclosure tag (one of {})", accepted.join(", "))
            }
            Self::MissingHashtag { tag } => write!(f, "required hashtag {tag} missing"),
            Self::MissingMention { handle } => write!(f, "required mention {handle} missing"),
            Self::ForbiddenClaim { claim } => write!(f, "forbidden claim {claim:?}"),
            Self::TooLong { chars, max } => write!(f, "{chars} characters, at most {max} allowed"),
        }
    }
}

/// Checks a caption against the campaign's rules for `market`. Problems come in a fixed
/// order: disclosure, hashtags, mentions, claims, length; an empty list means all is well.
pub fn check_caption(caption: &str, compliance: &Compliance, market: Country) -> Vec<CaptionProblem> {
    let tags = hashtags(caption);
    let mentions = mentions(caption);
    let mut problems = Vec::new();

    let accepted = disclosure_tags_for(market, compliance);
    if !accepted.iter().any(|t| tags.contains(&normalize(t))) {
        problems.push(CaptionProblem::MissingDisclosure { accepted });
    }
    for written in &compliance.required_hashtags {
        // Matched without regard to case, quoted as the brand wrote it (`#GlowLumen`).
        let tag = normalize(written);
        if !tag.is_empty() && !tags.contains(&tag) {
            let shown = written.trim().trim_start_matches(['#', '＃']);
            problems.push(CaptionProblem::MissingHashtag { tag: format!("#{shown}") });
        }
    }
    for handle in compliance.required_mentions.iter().map(|m| normalize(m)) {
        if !handle.is_empty() && !mentions.contains(&handle) {
            problems.push(CaptionProblem::MissingMention { handle: format!("@{handle}") });
        }
    }
    let text = fold(caption);
    for claim in &compliance.forbidden_claims {
        let needle = fold(claim);
        if !needle.is_empty() && text.contains(&needle) {
            problems.push(CaptionProblem::ForbiddenClaim { claim: claim.trim().to_string() });
        }
    }
    let chars = caption.chars().count();
    if let Some(max) = compliance.max_caption_chars
        && chars > max as usize
    {
        problems.push(CaptionProblem::TooLong { chars, max });
    }
    problems
}

/// A tag or handle as compared: without its `#`/`@` sign, trimmed, lower case.
fn normalize(text: &str) -> String {
    text.trim().trim_start_matches(['#', '＃', '@', '＠']).to_lowercase()
}

/// Lower case with runs of whitespace collapsed, so `100%  Natural` finds `100% natural`.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The hashtags of a caption, normalized.
fn hashtags(caption: &str) -> BTreeSet<String> {
    words_after(caption, &['#', '＃'], is_tag_char).map(|t| t.to_lowercase()).collect()
}

/// The mentioned handles of a caption, normalized; `me@brand.com` mentions nobody.
fn mentions(caption: &str) -> BTreeSet<String> {
    let handle_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-');
    let mut found = BTreeSet::new();
    let mut previous = ' ';
    for (i, c) in caption.char_indices() {
        if matches!(c, '@' | '＠') && !handle_char(previous) {
            let rest = &caption[i + c.len_utf8()..];
            let end = rest.find(|ch: char| !handle_char(ch)).unwrap_or(rest.len());
            let handle = rest[..end].trim_end_matches(['.', '-']);
            if !handle.is_empty() {
                found.insert(handle.to_lowercase());
            }
        }
        previous = c;
    }
    found
}

/// Each non-empty run of `part` characters right after one of the `signs`.
fn words_after<'a>(text: &'a str, signs: &'a [char], part: fn(char) -> bool) -> impl Iterator<Item = &'a str> + 'a {
    text.match_indices(signs).filter_map(move |(i, sign)| {
        let rest = &text[i + sign.len()..];
        let end = rest.find(|c: char| !part(c)).unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

/// Letters, digits, `_`, and the combining marks that scripts such as Thai, Hindi or
/// decomposed Latin write inside words (Rust's `is_alphanumeric` excludes some of them).
fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c,
            '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{064B}'..='\u{065F}'
            | '\u{0E31}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{0EB1}'..='\u{0EBC}'
            | '\u{0EC8}'..='\u{0ECE}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}' | '\u{20D0}'..='\u{20FF}' | '\u{3099}'..='\u{309A}'
            | '\u{FE20}'..='\u{FE2F}')
        // Indic, Myanmar and Khmer blocks, less their sentence punctuation.
        || (matches!(c, '\u{0900}'..='\u{0DFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
            && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}' | '\u{0DF4}'
                | '\u{104A}'..='\u{104F}' | '\u{17D4}'..='\u{17DA}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::parse(code).expect("valid country")
    }

    fn codes(problems: &[CaptionProblem]) -> Vec<&'static str> {
        problems.iter().map(CaptionProblem::code).collect()
    }

    fn rules() -> Compliance {
        Compliance {
            required_hashtags: vec!["#GlowUp".into()],
            required_mentions: vec!["acme.beauty".into()],
            forbidden_claims: vec!["cures acne".into()],
            max_caption_chars: Some(60),
            ..Compliance::default()
        }
    }

    #[test]
    fn a_compliant_caption_passes() {
        let caption = "Morning routine with @Acme.Beauty ✨ #glowup #ad";
        assert_eq!(check_caption(caption, &rules(), country("US")), vec![]);
    }

    #[test]
    fn disclosure_follows_the_market() {
        let none = Compliance::default();
        assert_eq!(check_caption("Neu! #Werbung", &none, country("DE")), vec![]);
        assert_eq!(check_caption("Neu! #anzeige", &none, country("AT")), vec![]);
        assert_eq!(
            check_caption("Neu! #ad", &none, country("DE")),
            vec![CaptionProblem::MissingDisclosure { accepted: vec!["#Werbung".into(), "#Anzeige".into()] }]
        );
        assert_eq!(check_caption("ใหม่ #โฆษณา", &none, country("TH")), vec![]);
        assert_eq!(check_caption("新品＃PR", &none, country("JP")), vec![]);
        assert_eq!(check_caption("Novo #publi.", &none, country("BR")), vec![]);
    }

    #[test]
    fn tags_match_whole_tags_only() {
        let none = Compliance::default();
        for caption in ["#adventure time", "#ads", "bad", "ad", "# ad"] {
            assert_eq!(codes(&check_caption(caption, &none, country("US"))), ["check-missing-disclosure"], "{caption}");
        }
        for caption in ["#AD", "trip #ad🔥", "(#ad)", "#fyp#ad", "#sponsored!"] {
            assert_eq!(check_caption(caption, &none, country("US")), vec![], "{caption}");
        }
    }

    #[test]
    fn reports_each_missing_requirement() {
        let caption = "This CURES  acne, mail me@acme.beauty #ad #glow and a very long tail";
        assert_eq!(
            check_caption(caption, &rules(), country("US")),
            vec![
                CaptionProblem::MissingHashtag { tag: "#GlowUp".into() },
                CaptionProblem::MissingMention { handle: "@acme.beauty".into() },
                CaptionProblem::ForbiddenClaim { claim: "cures acne".into() },
                CaptionProblem::TooLong { chars: 68, max: 60 },
            ]
        );
    }

    #[test]
    fn a_missing_hashtag_is_quoted_as_the_brand_wrote_it() {
        let rules =
            Compliance { required_hashtags: vec![" GlowLumen".into(), "＃SariSkin".into()], ..Compliance::default() };
        let missing = check_caption("hello", &rules, country("ID"));
        assert_eq!(
            missing[1..],
            [
                CaptionProblem::MissingHashtag { tag: "#GlowLumen".into() },
                CaptionProblem::MissingHashtag { tag: "#SariSkin".into() },
            ]
        );
        // Matching still ignores case.
        assert_eq!(check_caption("#iklan #glowlumen #SARISKIN", &rules, country("ID")), vec![]);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let rules = Compliance { max_caption_chars: Some(6), ..Compliance::default() };
        assert_eq!(check_caption("#PR 広告", &rules, country("JP")), vec![]);
        assert_eq!(codes(&check_caption("#PR 広告広", &rules, country("JP"))), ["check-caption-too-long"]);
    }

    #[test]
    fn problems_serialize_with_their_code() {
        let json = serde_json::to_string(&CaptionProblem::MissingHashtag { tag: "#x".into() });
        assert_eq!(json.ok().as_deref(), Some(r##"{"code":"check-missing-hashtag","tag":"#x"}"##));
    }
}
