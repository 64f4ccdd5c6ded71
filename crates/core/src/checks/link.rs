//! The post-link check run when a creator submits the link of the live post: it must
//! be a post on one of the deal's platforms, by the creator's own account, not submitted
//! before.
//!
//! Links are reduced to one canonical URL per post, so the "already used" lookup finds a
//! post however it was shared: `https`, no query (tracking parameters such as `igsh`,
//! `si`, `utm_*` go) and no fragment.
//!
//! | Platform  | Accepted                                                  | Canonical form                              |
//! |-----------|-----------------------------------------------------------|---------------------------------------------|
//! | TikTok    | `/@handle/video/ID`, `/@handle/photo/ID` (ID: 19 digits)  | `https://www.tiktok.com/@handle/video/ID`   |
//! | Instagram | `/p/ID`, `/reel/ID`, `/reels/ID`, `/tv/ID`, `/handle/p/ID` (ID: up to 40 of `A-Za-z0-9_-`) | `https://www.instagram.com/p/ID/` |
//! | Instagram | `/stories/handle/ID` (ID: 15–20 digits)                   | `https://www.instagram.com/stories/handle/ID/` |
//! | YouTube   | `watch?v=ID`, `/shorts/ID`, `/live/ID`, `youtu.be/ID`, `/@handle/shorts/ID` (ID: 11 characters) | `https://www.youtube.com/watch?v=ID` |
//!
//! A link longer than [`MAX_LINK_CHARS`] is no post link, whatever it starts with, so a
//! pasted wall of text on the creator's own handle is not taken for their post.
//!
//! [`parse_post_link`] and [`check_post_link`] read these forms leniently (any id
//! length, TikTok short links `vm.`/`vt.tiktok.com/CODE` and `/t/CODE` kept as they are),
//! because operators' records and metrics files use them too. What a creator sends in the
//! chat is first held to the real shapes above by [`check_link_shape`]: TikTok's short
//! links name neither the account nor the video, and finding them out needs a network
//! request, so they are refused with [`LinkProblem::ShortLink`] and the creator is asked
//! for the full link. `youtu.be/ID` is not such a link: it names the video.
//!
//! Only some links show the account: TikTok full links, Instagram links with a handle,
//! stories, and YouTube `/@handle/...` links. A link that shows another account than
//! the creator's is refused with [`LinkProblem::WrongAccount`]; a link that shows none
//! (`instagram.com/p/ID`, `youtu.be/ID`) is accepted with `handle_confirmed: false` so the
//! operator verifies the account by eye.

use serde::{Deserialize, Serialize};
use url::{Host, Url};

use crate::creator::CreatorProfile;
use crate::place::{Handle, Platform};

/// Why a submitted post link is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum LinkProblem {
    /// Not a URL, or not the URL of a post (a profile page, a search page).
    #[serde(rename = "post-link-not-a-url")]
    NotAUrl,
    /// A link to a platform the deal does not publish on, or to another site.
    #[serde(rename = "post-link-wrong-platform")]
    WrongPlatform {
        /// Platforms the deal publishes on.
        expected: Vec<Platform>,
        /// The platform (`instagram`) or, for other sites, the host (`facebook.com`);
        /// `None` when the link names no domain (an IP address).
        found: Option<String>,
    },
    /// The link shows another account than the creator's.
    #[serde(rename = "post-link-wrong-account")]
    WrongAccount {
        /// The creator's handle on that platform.
        expected: String,
        /// The handle in the link.
        found: String,
    },
    /// The post was already submitted, for this or another deal.
    #[serde(rename = "post-link-already-used")]
    AlreadyUsed,
    /// A short link (`vm.tiktok.com/CODE`) that names neither account nor post.
    #[serde(rename = "post-link-short")]
    ShortLink,
}

/// The longest text read as a post link. Real post links, even with their tracking
/// parameters, stay well under it.
pub const MAX_LINK_CHARS: usize = 512;

impl LinkProblem {
    /// The stable code, listed in [`crate::error::DOMAIN_ERROR_CODES`].
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotAUrl => "post-link-not-a-url",
            Self::WrongPlatform { .. } => "post-link-wrong-platform",
            Self::WrongAccount { .. } => "post-link-wrong-account",
            Self::AlreadyUsed => "post-link-already-used",
            Self::ShortLink => "post-link-short",
        }
    }
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAUrl => f.write_str("not a link to a post"),
            Self::WrongPlatform { expected, found } => {
                let expected: Vec<&str> = expected.iter().map(Platform::as_str).collect();
                let found = found.as_deref().unwrap_or("an unknown site");
                write!(f, "a link to {found}, expected {}", expected.join(" or "))
            }
            Self::WrongAccount { expected, found } => {
                write!(f, "a post by @{found}, expected @{expected}")
            }
            Self::AlreadyUsed => f.write_str("this post was already submitted"),
            Self::ShortLink => f.write_str("a short link that names no account or post"),
        }
    }
}

/// A post link taken apart, before any check against a deal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedLink {
    /// The platform.
    pub platform: Platform,
    /// The canonical URL (see the module docs).
    pub url: String,
    /// The account shown in the link, lower case, if it shows one.
    pub handle: Option<String>,
    /// The platform's id of the post.
    pub post_id: String,
}

/// A post link that passed the check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostLink {
    /// The platform.
    pub platform: Platform,
    /// The canonical URL, to store and to look up for "already used".
    pub url: String,
    /// Whether the link showed the creator's own handle; `false` when it showed none.
    pub handle_confirmed: bool,
}

/// Takes a link apart: its platform, canonical URL, handle and post id. A missing
/// `https://` is added, so `tiktok.com/@ana/video/1` is read as a link. Links to other
/// sites are [`LinkProblem::WrongPlatform`] with every supported platform expected.
pub fn parse_post_link(url: &str) -> Result<ParsedLink, LinkProblem> {
    let (platform, url) = locate(url, &Platform::ALL)?;
    post_of(platform, &url)
}

/// Checks a submitted link for a deal publishing on `platforms` (empty: any supported
/// platform). `already_used` is whether the canonical URL (from [`parse_post_link`]) is
/// already stored; it is reported only after the platform and account checks pass.
pub fn check_post_link(
    url: &str,
    platforms: &[Platform],
    creator: &CreatorProfile,
    already_used: bool,
) -> Result<PostLink, LinkProblem> {
    let (platform, url) = locate(url, platforms)?;
    let post = post_of(platform, &url)?;
    let own = creator.account(platform).map(|a| a.handle.as_str());
    let handle_confirmed = match (&post.handle, own) {
        (Some(found), Some(own)) if found != own => {
            return Err(LinkProblem::WrongAccount { expected: own.to_string(), found: found.clone() });
        }
        (Some(_), Some(_)) => true,
        // No handle in the link, or none on file for this platform: the operator checks.
        _ => false,
    };
    if already_used {
        return Err(LinkProblem::AlreadyUsed);
    }
    Ok(PostLink { platform, url: post.url, handle_confirmed })
}

/// Checks that a link a creator sends has the real shape of a post link on its
/// platform, before any check against a deal: at most [`MAX_LINK_CHARS`] long, a TikTok
/// video or photo id of 19 digits, an Instagram short code of at most 40 characters or a
/// story id of 15–20 digits, a YouTube id of 11 characters. Short links are refused
/// with [`LinkProblem::ShortLink`]. Links to other sites pass through as
/// [`LinkProblem::WrongPlatform`] so the deal's platforms can be named.
///
/// [`parse_post_link`] and [`check_post_link`] stay lenient on purpose: they also read
/// links operators record and metrics files name, which are not always in share form.
pub fn check_link_shape(url: &str) -> Result<ParsedLink, LinkProblem> {
    let parsed = parse_post_link(url)?;
    let path: Vec<String> = Url::parse(&parsed.url)
        .ok()
        .and_then(|u| u.path_segments().map(|s| s.map(str::to_string).collect()))
        .unwrap_or_default();
    let ok = match parsed.platform {
        // Every handle-less TikTok form is a short link.
        Platform::TikTok if parsed.handle.is_none() => return Err(LinkProblem::ShortLink),
        Platform::TikTok => digits(&parsed.post_id, 19..=19),
        Platform::Instagram if path.first().is_some_and(|p| p == "stories") => digits(&parsed.post_id, 15..=20),
        Platform::Instagram => shortcode(&parsed.post_id),
        Platform::YouTube => parsed.post_id.len() == 11,
    };
    if ok { Ok(parsed) } else { Err(LinkProblem::NotAUrl) }
}

/// Parses the URL and finds its platform among `platforms` (empty: all).
fn locate(text: &str, platforms: &[Platform]) -> Result<(Platform, Url), LinkProblem> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_LINK_CHARS || text.chars().any(char::is_whitespace) {
        return Err(LinkProblem::NotAUrl);
    }
    let full = if text.contains("://") { text.to_string() } else { format!("https://{text}") };
    let url = Url::parse(&full).map_err(|_| LinkProblem::NotAUrl)?;
    let host = match url.host() {
        Some(Host::Domain(d)) if matches!(url.scheme(), "http" | "https") && d.contains('.') => {
            d.trim_end_matches('.').to_ascii_lowercase()
        }
        Some(Host::Ipv4(_) | Host::Ipv6(_)) => {
            return Err(LinkProblem::WrongPlatform { expected: expected(platforms), found: None });
        }
        _ => return Err(LinkProblem::NotAUrl),
    };
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    let platform = if on("tiktok.com") {
        Some(Platform::TikTok)
    } else if on("instagram.com") || on("instagr.am") {
        Some(Platform::Instagram)
    } else if on("youtube.com") || on("youtu.be") {
        Some(Platform::YouTube)
    } else {
        None
    };
    match platform {
        Some(p) if platforms.is_empty() || platforms.contains(&p) => Ok((p, url)),
        other => Err(LinkProblem::WrongPlatform {
            expected: expected(platforms),
            found: Some(other.map_or(host.trim_start_matches("www.").to_string(), |p| p.to_string())),
        }),
    }
}

fn expected(platforms: &[Platform]) -> Vec<Platform> {
    if platforms.is_empty() { Platform::ALL.to_vec() } else { platforms.to_vec() }
}

/// Recognizes the post in a URL of a known platform.
fn post_of(platform: Platform, url: &Url) -> Result<ParsedLink, LinkProblem> {
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let segments: Vec<&str> = url.path_segments().into_iter().flatten().filter(|s| !s.is_empty()).collect();
    let post = |url: String, handle: Option<&str>, id: &str| ParsedLink {
        platform,
        url,
        handle: handle.map(str::to_string),
        post_id: id.to_string(),
    };
    let found = match (platform, segments.as_slice()) {
        (Platform::TikTok, [user, kind @ ("video" | "photo"), id]) if digits(id, 1..=MAX_LINK_CHARS) => {
            handle_of(user, true).map(|h| post(format!("https://www.tiktok.com/@{h}/{kind}/{id}"), Some(&h), id))
        }
        (Platform::TikTok, [code]) if host.starts_with("vm.") || host.starts_with("vt.") => {
            word(code).then(|| post(format!("https://{host}/{code}/"), None, code))
        }
        (Platform::TikTok, ["t", code]) if word(code) => {
            Some(post(format!("https://www.tiktok.com/t/{code}/"), None, code))
        }
        (Platform::Instagram, ["p" | "reel" | "reels" | "tv", id]) if word(id) => {
            Some(post(format!("https://www.instagram.com/p/{id}/"), None, id))
        }
        (Platform::Instagram, ["stories", user, id]) if digits(id, 1..=MAX_LINK_CHARS) => {
            handle_of(user, false).map(|h| post(format!("https://www.instagram.com/stories/{h}/{id}/"), Some(&h), id))
        }
        (Platform::Instagram, [user, "p" | "reel" | "reels" | "tv", id]) if word(id) => {
            handle_of(user, false).map(|h| post(format!("https://www.instagram.com/p/{id}/"), Some(&h), id))
        }
        (Platform::YouTube, rest) => {
            let (handle, rest) = match rest {
                [user, rest @ ..] if user.starts_with('@') => {
                    (Some(handle_of(user, true).ok_or(LinkProblem::NotAUrl)?), rest)
                }
                _ => (None, rest),
            };
            let query_v = || url.query_pairs().find(|(k, _)| k == "v").map(|(_, v)| v.into_owned());
            let id = match rest {
                ["watch"] => query_v(),
                [id] if host == "youtu.be" => Some(id.to_string()),
                ["shorts" | "live" | "embed" | "v" | "video", id] => Some(id.to_string()),
                _ => None,
            };
            id.filter(|id| id.len() == 11 && word(id))
                .map(|id| post(format!("https://www.youtube.com/watch?v={id}"), handle.as_deref(), &id))
        }
        _ => None,
    };
    found.ok_or(LinkProblem::NotAUrl)
}

/// The handle in a path segment (`@Ana.Lima` → `ana.lima`); `at` says the `@` is required.
fn handle_of(segment: &str, at: bool) -> Option<String> {
    let name = if at { segment.strip_prefix('@')? } else { segment };
    Handle::parse(name).ok().map(|h| h.as_str().to_string())
}

/// A numeric id of a length in `len`.
fn digits(text: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// An Instagram post's short code: 11 characters since 2012 (the first posts' are
/// shorter), longer for some private ones; never over 40.
fn shortcode(text: &str) -> bool {
    (1..=40).contains(&text.len()) && word(text)
}

/// Letters, digits, `_` and `-`: the alphabet of post ids.
fn word(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
#[path = "link_tests.rs"]
mod tests;
