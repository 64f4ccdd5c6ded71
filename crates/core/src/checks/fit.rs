//! The fit score that ranks creators against a campaign's wanted profile.
//!
//! Six criteria, weighted by how much they usually decide a collaboration; the weights
//! add up to 100, so a creator matching everything scores 100:
//!
//! | Criterion  | Weight | Full points                                  | Half points                      |
//! |------------|-------:|----------------------------------------------|----------------------------------|
//! | platform   | 25     | an account on a wanted platform              | —                                |
//! | category   | 20     | a wanted category (case-insensitive)         | —                                |
//! | tier       | 15     | in a wanted tier                             | a tier next to a wanted one      |
//! | country    | 15     | lives in a wanted country                    | a wanted country in the audience |
//! | engagement | 15     | at least the minimum rate                    | pro rata below the minimum       |
//! | language   | 10     | speaks a wanted language                     | —                                |
//!
//! A criterion the profile leaves empty (or a minimum engagement of 0) gives everyone
//! full points, so an empty profile scores every creator 100. Tier and engagement look
//! at the creator's accounts on the wanted platforms when there are any, else at all
//! accounts. Risk flags and pool status are not part of the fit: the pool search filters
//! on them. The score is integer arithmetic, rounded half up: the same input always
//! gives the same score.

use serde::{Deserialize, Serialize};

use crate::campaign::{Tier, WantedProfile};
use crate::creator::{CreatorProfile, SocialAccount};

/// One thing the fit score looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FitCriterion {
    /// Has an account on a wanted platform.
    Platform,
    /// Creates content in a wanted category.
    Category,
    /// Has a wanted follower tier.
    Tier,
    /// Lives in (or is watched in) a wanted country.
    Country,
    /// Reaches the minimum engagement rate.
    Engagement,
    /// Speaks a wanted language.
    Language,
}

impl FitCriterion {
    /// Every criterion, heaviest first.
    pub const ALL: [FitCriterion; 6] = [
        FitCriterion::Platform,
        FitCriterion::Category,
        FitCriterion::Tier,
        FitCriterion::Country,
        FitCriterion::Engagement,
        FitCriterion::Language,
    ];

    /// Points the criterion is worth; all weights add up to 100.
    pub fn weight(&self) -> u32 {
        match self {
            FitCriterion::Platform => 25,
            FitCriterion::Category => 20,
            FitCriterion::Tier | FitCriterion::Country | FitCriterion::Engagement => 15,
            FitCriterion::Language => 10,
        }
    }

    /// Lowercase name, for message ids and storage.
    pub fn as_str(&self) -> &'static str {
        match self {
            FitCriterion::Platform => "platform",
            FitCriterion::Category => "category",
            FitCriterion::Tier => "tier",
            FitCriterion::Country => "country",
            FitCriterion::Engagement => "engagement",
            FitCriterion::Language => "language",
        }
    }
}

/// How a creator did on one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FitPart {
    /// The criterion.
    pub criterion: FitCriterion,
    /// Whether the wanted profile asks for this at all; when not, the share is full.
    pub asked: bool,
    /// Share of the criterion's weight earned, in basis points (10,000 = all of it).
    pub share_bp: u32,
}

impl FitPart {
    /// Points earned out of [`FitCriterion::weight`], in tenths (75 = 7.5 points).
    pub fn tenths(&self) -> u32 {
        (self.criterion.weight() * self.share_bp + 500) / 1_000
    }
}

/// A creator's fit for a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FitScore {
    /// 0 to 100; higher fits better.
    pub score: u8,
    /// One part per criterion, in [`FitCriterion::ALL`] order.
    pub parts: Vec<FitPart>,
}

const FULL: u32 = 10_000;
const HALF: u32 = 5_000;

/// Scores how well `creator` fits `wanted` (see the module docs for the rules).
pub fn fit_score(creator: &CreatorProfile, wanted: &WantedProfile) -> FitScore {
    let parts: Vec<FitPart> = FitCriterion::ALL
        .into_iter()
        .map(|criterion| FitPart {
            criterion,
            asked: asked(criterion, wanted),
            share_bp: share(criterion, creator, wanted),
        })
        .collect();
    let total: u32 = parts.iter().map(|p| p.criterion.weight() * p.share_bp).sum();
    // At most 100 × 10,000, so the rounded quotient fits a u8.
    let score = u8::try_from((total + HALF) / FULL).unwrap_or(100);
    FitScore { score, parts }
}

fn asked(criterion: FitCriterion, wanted: &WantedProfile) -> bool {
    match criterion {
        FitCriterion::Platform => !wanted.platforms.is_empty(),
        FitCriterion::Category => !wanted.categories.is_empty(),
        FitCriterion::Tier => !wanted.tiers.is_empty(),
        FitCriterion::Country => !wanted.countries.is_empty(),
        FitCriterion::Engagement => wanted.min_engagement_bp > 0,
        FitCriterion::Language => !wanted.languages.is_empty(),
    }
}

fn share(criterion: FitCriterion, creator: &CreatorProfile, wanted: &WantedProfile) -> u32 {
    let full_if = |yes: bool| if yes { FULL } else { 0 };
    match criterion {
        FitCriterion::Platform if !wanted.platforms.is_empty() => {
            full_if(creator.accounts.iter().any(|a| wanted.platforms.contains(&a.platform)))
        }
        FitCriterion::Category if !wanted.categories.is_empty() => full_if(
            creator
                .categories
                .iter()
                .any(|c| wanted.categories.iter().any(|w| w.trim().to_lowercase() == c.trim().to_lowercase())),
        ),
        FitCriterion::Tier if !wanted.tiers.is_empty() => {
            let followers = relevant_accounts(creator, wanted).map(|a| a.followers).max().unwrap_or(0);
            let tier = Tier::of(followers) as i32;
            let distance = wanted.tiers.iter().map(|t| (*t as i32 - tier).abs()).min();
            match distance {
                Some(0) => FULL,
                Some(1) => HALF,
                _ => 0,
            }
        }
        FitCriterion::Country if !wanted.countries.is_empty() => {
            if wanted.countries.contains(&creator.country) {
                FULL
            } else if creator.audience_countries.iter().any(|c| wanted.countries.contains(c)) {
                HALF
            } else {
                0
            }
        }
        FitCriterion::Engagement if wanted.min_engagement_bp > 0 => {
            let best = relevant_accounts(creator, wanted).map(|a| a.engagement_bp).max().unwrap_or(0);
            let ratio = u64::from(best) * u64::from(FULL) / u64::from(wanted.min_engagement_bp);
            u32::try_from(ratio.min(u64::from(FULL))).unwrap_or(FULL)
        }
        FitCriterion::Language if !wanted.languages.is_empty() => {
            let language = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
            let spoken: Vec<String> = creator
                .languages
                .iter()
                .map(|l| language(l))
                .chain(creator.preferred_locale.iter().map(|l| language(l.as_str())))
                .collect();
            full_if(wanted.languages.iter().any(|w| spoken.contains(&language(w))))
        }
        // The profile does not ask for this: everyone gets the points.
        _ => FULL,
    }
}

/// The accounts on wanted platforms, or every account when none is on one.
fn relevant_accounts<'a>(
    creator: &'a CreatorProfile,
    wanted: &'a WantedProfile,
) -> impl Iterator<Item = &'a SocialAccount> + 'a {
    let on_wanted = |a: &&SocialAccount| wanted.platforms.contains(&a.platform);
    let any_on_wanted = creator.accounts.iter().any(|a| on_wanted(&a));
    creator.accounts.iter().filter(move |a| !any_on_wanted || on_wanted(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::creator;
    use crate::place::{Country, Platform};

    fn country(code: &str) -> Country {
        Country::parse(code).expect("valid country")
    }

    /// What the sample creator (Brazilian beauty creator, micro on TikTok) matches fully.
    fn matching() -> WantedProfile {
        WantedProfile {
            platforms: vec![Platform::TikTok, Platform::YouTube],
            tiers: vec![Tier::Micro],
            categories: vec!["Beauty".into()],
            countries: vec![country("BR")],
            languages: vec!["pt".into()],
            min_engagement_bp: 400,
        }
    }

    fn share_of(fit: &FitScore, criterion: FitCriterion) -> Option<u32> {
        fit.parts.iter().find(|p| p.criterion == criterion).map(|p| p.share_bp)
    }

    #[test]
    fn weights_add_up_to_100() {
        assert_eq!(FitCriterion::ALL.iter().map(FitCriterion::weight).sum::<u32>(), 100);
    }

    #[test]
    fn a_creator_matching_everything_scores_100() {
        let fit = fit_score(&creator(), &matching());
        assert_eq!(fit.score, 100);
        assert!(fit.parts.iter().all(|p| p.share_bp == FULL));
    }

    #[test]
    fn an_empty_profile_scores_everyone_the_same() {
        let mut other = creator();
        other.accounts.truncate(1);
        other.accounts[0].followers = 3_000_000;
        other.categories.clear();
        let empty = WantedProfile::default();
        assert!(fit_score(&other, &empty).parts.iter().all(|p| !p.asked));
        assert_eq!(fit_score(&creator(), &empty).score, fit_score(&other, &empty).score);
    }

    #[test]
    fn near_misses_earn_half_points() {
        let mut wanted = matching();
        wanted.countries = vec![country("PT")];
        wanted.tiers = vec![Tier::Mid];
        let mut ana = creator();
        ana.audience_countries.push(country("PT"));
        let fit = fit_score(&ana, &wanted);
        assert_eq!(share_of(&fit, FitCriterion::Country), Some(HALF));
        assert_eq!(share_of(&fit, FitCriterion::Tier), Some(HALF));
        assert_eq!(fit.score, 85);
    }

    #[test]
    fn engagement_below_the_minimum_counts_pro_rata() {
        let mut wanted = matching();
        wanted.min_engagement_bp = 840;
        let fit = fit_score(&creator(), &wanted);
        assert_eq!(share_of(&fit, FitCriterion::Engagement), Some(HALF));
        assert_eq!(fit.parts.iter().map(FitPart::tenths).sum::<u32>(), 925);
        assert_eq!(fit.score, 93);
    }

    #[test]
    fn only_wanted_platforms_count_for_tier_and_engagement() {
        // Ana's Instagram is smaller (micro as well) and less engaging (2.5 %).
        let mut wanted = matching();
        wanted.platforms = vec![Platform::Instagram];
        wanted.min_engagement_bp = 500;
        let fit = fit_score(&creator(), &wanted);
        assert_eq!(share_of(&fit, FitCriterion::Engagement), Some(HALF));
    }

    #[test]
    fn a_better_match_ranks_higher() {
        let wanted = matching();
        let mut elsewhere = creator();
        elsewhere.country = country("MX");
        elsewhere.audience_countries = vec![country("MX")];
        elsewhere.languages = vec!["es".into()];
        elsewhere.preferred_locale = None;
        let (ana, other) = (fit_score(&creator(), &wanted), fit_score(&elsewhere, &wanted));
        assert!(ana.score > other.score);
        assert_eq!(other.score, 75);
    }
}
