//! Automatic checks whose results creators and operators see: captions against the
//! campaign's compliance rules, uploaded files against size and type limits, post links
//! against the platform and the creator's handle, and how well a creator fits a campaign.
//!
//! Checks are pure and return typed values, never sentences: each problem has a stable
//! `code()` (listed in [`CHECK_CODES`], or `post-link-*` for [`LinkProblem`]) that the
//! frontends turn into a localized message. `Display` texts are for logs only.

pub mod caption;
pub mod disclosure;
pub mod fee;
pub mod file;
pub mod fit;
pub mod link;

pub use caption::{CaptionProblem, check_caption};
pub use disclosure::disclosure_tags_for;
pub use fee::{FeeProblem, read_fee};
pub use file::{FileFacts, FileLimits, FileProblem, check_file};
pub use fit::{FitCriterion, FitPart, FitScore, fit_score};
pub use link::{LinkProblem, MAX_LINK_CHARS, ParsedLink, PostLink, check_link_shape, check_post_link, parse_post_link};

/// Every code a caption or file check can report, for tests that each has a message.
/// Post-link codes are domain errors and live in [`crate::error::DOMAIN_ERROR_CODES`].
pub const CHECK_CODES: &[&str] = &[
    "check-missing-disclosure",
    "check-missing-hashtag",
    "check-missing-mention",
    "check-forbidden-claim",
    "check-caption-too-long",
    "check-file-empty",
    "check-file-too-large",
    "check-file-type",
];

/// Shared fixtures for the checks' tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::creator::{CreatorProfile, PoolStatus, SocialAccount};
    use crate::place::{Country, Handle, Locale, Platform, TimeZoneName};

    /// A Brazilian beauty creator on TikTok (`@ana.lima`, micro) and Instagram.
    pub(crate) fn creator() -> CreatorProfile {
        let account = |platform, handle: &str, followers, engagement_bp| SocialAccount {
            platform,
            handle: Handle::parse(handle).expect("valid handle"),
            followers,
            engagement_bp,
        };
        CreatorProfile {
            name: "Ana Lima".into(),
            accounts: vec![
                account(Platform::TikTok, "@Ana.Lima", 85_000, 420),
                account(Platform::Instagram, "ana.lima.ig", 40_000, 250),
            ],
            country: Country::parse("BR").expect("valid country"),
            languages: vec!["pt".into(), "es".into()],
            preferred_locale: Some(Locale::parse("pt-BR").expect("valid locale")),
            time_zone: TimeZoneName::parse("America/Sao_Paulo").expect("valid zone"),
            categories: vec!["beauty".into(), "lifestyle".into()],
            audience_countries: vec![Country::parse("BR").expect("valid country")],
            rate_card: Default::default(),
            risk_flags: vec![],
            rating: Some(4),
            pool_status: PoolStatus::Normal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::DOMAIN_ERROR_CODES;

    #[test]
    fn every_problem_code_is_listed() {
        let caption = [
            CaptionProblem::MissingDisclosure { accepted: vec![] },
            CaptionProblem::MissingHashtag { tag: String::new() },
            CaptionProblem::MissingMention { handle: String::new() },
            CaptionProblem::ForbiddenClaim { claim: String::new() },
            CaptionProblem::TooLong { chars: 2, max: 1 },
        ];
        let file = [
            FileProblem::Empty,
            FileProblem::TooLarge { size_bytes: 2, max_bytes: 1 },
            FileProblem::TypeNotAllowed { mime: String::new(), allowed: vec![] },
        ];
        let mut codes: Vec<&str> = caption.iter().map(CaptionProblem::code).collect();
        codes.extend(file.iter().map(FileProblem::code));
        assert_eq!(codes, CHECK_CODES);

        let links = [
            LinkProblem::NotAUrl,
            LinkProblem::WrongPlatform { expected: vec![], found: None },
            LinkProblem::WrongAccount { expected: String::new(), found: String::new() },
            LinkProblem::AlreadyUsed,
            LinkProblem::ShortLink,
        ];
        for problem in links {
            assert!(DOMAIN_ERROR_CODES.contains(&problem.code()), "{}", problem.code());
        }
    }
}
