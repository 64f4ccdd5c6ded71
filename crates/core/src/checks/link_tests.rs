use super::*;
use crate::DomainError;
use crate::checks::testing::creator;

const TIKTOK: &[Platform] = &[Platform::TikTok];

fn check(url: &str, platforms: &[Platform]) -> Result<PostLink, LinkProblem> {
    check_post_link(url, platforms, &creator(), false)
}

fn url_of(url: &str) -> Option<String> {
    parse_post_link(url).ok().map(|p| p.url)
}

#[test]
fn accepts_the_creators_own_tiktok_and_strips_tracking() {
    let link = "https://www.tiktok.com/@Ana.Lima/video/7234567890123456789?is_from_webapp=1&_r=1#c";
    assert_eq!(
        check(link, TIKTOK),
        Ok(PostLink {
            platform: Platform::TikTok,
            url: "https://www.tiktok.com/@ana.lima/video/7234567890123456789".into(),
            handle_confirmed: true,
        })
    );
    // Pasted without the scheme, from the mobile site.
    assert_eq!(check("m.tiktok.com/@ana.lima/video/72345", TIKTOK).map(|p| p.handle_confirmed), Ok(true));
}

#[test]
fn refuses_another_accounts_post_naming_it() {
    assert_eq!(
        check("https://www.tiktok.com/@someone.else/video/7234567890123456789", TIKTOK),
        Err(LinkProblem::WrongAccount { expected: "ana.lima".into(), found: "someone.else".into() })
    );
    let refused = check("https://instagram.com/other_gal/reel/Cx1AbC9/", &[Platform::Instagram]);
    assert_eq!(refused.map_err(|p| p.code()), Err("post-link-wrong-account"));
}

#[test]
fn short_links_are_read_leniently_for_records() {
    let link = check("https://vm.tiktok.com/ZMhAbC123/?k=1", TIKTOK);
    assert_eq!(link.as_ref().map(|l| l.url.as_str()), Ok("https://vm.tiktok.com/ZMhAbC123/"));
    assert_eq!(link.map(|l| l.handle_confirmed), Ok(false));
    assert_eq!(url_of("tiktok.com/t/ZThAbC/"), Some("https://www.tiktok.com/t/ZThAbC/".into()));
}

#[test]
fn instagram_links_have_one_form_per_post() {
    let expected = Some("https://www.instagram.com/p/Cx1_AbC-9/".to_string());
    for link in [
        "https://www.instagram.com/reel/Cx1_AbC-9/?igsh=MWQ1ZGUxMzBkMA==",
        "instagram.com/p/Cx1_AbC-9",
        "http://instagram.com/ana.lima.ig/p/Cx1_AbC-9/?utm_source=ig_web_copy_link",
    ] {
        assert_eq!(url_of(link), expected, "{link}");
    }
    let own = check("https://www.instagram.com/ana.lima.ig/p/Cx1_AbC-9/", &[Platform::Instagram]);
    assert_eq!(own.map(|l| l.handle_confirmed), Ok(true));
    assert_eq!(
        url_of("https://www.instagram.com/stories/Ana.Lima.IG/3312345678901234567?igsh=x"),
        Some("https://www.instagram.com/stories/ana.lima.ig/3312345678901234567/".into())
    );
}

#[test]
fn youtube_links_become_watch_links() {
    let expected = Some("https://www.youtube.com/watch?v=dQw4w9WgXcQ".to_string());
    for link in [
        "https://youtu.be/dQw4w9WgXcQ?si=AbCdEf",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&utm_source=x",
        "https://m.youtube.com/shorts/dQw4w9WgXcQ",
        "youtube.com/live/dQw4w9WgXcQ?feature=share",
        "https://www.youtube.com/@ana.lima/shorts/dQw4w9WgXcQ",
    ] {
        assert_eq!(url_of(link), expected, "{link}");
    }
    let channel = parse_post_link("https://www.youtube.com/@ana.lima/shorts/dQw4w9WgXcQ");
    assert_eq!(channel.map(|p| p.handle), Ok(Some("ana.lima".into())));
    assert_eq!(url_of("https://www.youtube.com/watch?v=short"), None);
}

#[test]
fn refuses_links_to_other_platforms_and_sites() {
    assert_eq!(
        check("https://www.instagram.com/p/Cx1AbC9/", TIKTOK),
        Err(LinkProblem::WrongPlatform { expected: vec![Platform::TikTok], found: Some("instagram".into()) })
    );
    assert_eq!(
        check("https://www.facebook.com/watch/?v=1", TIKTOK),
        Err(LinkProblem::WrongPlatform { expected: vec![Platform::TikTok], found: Some("facebook.com".into()) })
    );
    // Looks-alike hosts are other sites.
    let fake = check("https://tiktok.com.evil.example/@ana.lima/video/1", TIKTOK);
    assert_eq!(fake.map_err(|p| p.code()), Err("post-link-wrong-platform"));
}

#[test]
fn refuses_what_is_not_a_post_link() {
    for text in [
        "",
        "my video is up!",
        "tiktok",
        "ftp://tiktok.com/@ana.lima/video/1",
        "https://www.tiktok.com/@ana.lima",
        "https://www.tiktok.com/@ana.lima/video/not-a-number",
        "https://www.instagram.com/ana.lima.ig/",
        "https://www.youtube.com/@ana.lima",
    ] {
        assert_eq!(check(text, &[]), Err(LinkProblem::NotAUrl), "{text:?}");
    }
}

#[test]
fn already_used_is_reported_after_the_other_checks() {
    let own = "https://www.tiktok.com/@ana.lima/video/1";
    assert_eq!(check_post_link(own, TIKTOK, &creator(), true), Err(LinkProblem::AlreadyUsed));
    let other = "https://www.tiktok.com/@bob.b/video/1";
    assert_eq!(check_post_link(other, TIKTOK, &creator(), true).map_err(|p| p.code()), Err("post-link-wrong-account"));
}

#[test]
fn no_handle_on_file_means_unconfirmed() {
    let link = check("https://www.youtube.com/@whoever/shorts/dQw4w9WgXcQ", &[Platform::YouTube]);
    assert_eq!(link.map(|l| l.handle_confirmed), Ok(false));
}

#[test]
fn problems_are_domain_errors_with_their_codes() {
    let error = DomainError::PostLink(LinkProblem::AlreadyUsed);
    assert_eq!(error.code(), "post-link-already-used");
    let problem = LinkProblem::WrongAccount { expected: "ana.lima".into(), found: "bob.b".into() };
    assert_eq!(problem.to_string(), "a post by @bob.b, expected @ana.lima");
}

#[test]
fn creators_links_must_have_the_real_shape() {
    for good in [
        "https://www.tiktok.com/@sari.dewi/video/7312345678901234567?is_from_webapp=1&sender_device=pc",
        "tiktok.com/@sari.dewi/photo/7312345678901234567",
        "https://www.instagram.com/p/C0aBcD1eF2g/",
        "https://www.instagram.com/reel/C0aBcD1eF2g/?igsh=MWQ1ZGUxMzBkMA==",
        "https://www.instagram.com/p/Cx1_AbC-9/",
        "https://www.instagram.com/stories/sari.dewi/3312345678901234567/",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/shorts/dQw4w9WgXcQ?si=x",
        "https://youtu.be/dQw4w9WgXcQ",
    ] {
        assert!(check_link_shape(good).is_ok(), "{good}");
    }
    for bad in [
        "https://www.tiktok.com/@sari.dewi/video/72345",
        "https://www.tiktok.com/@sari.dewi/video/73123456789012345678",
        "https://www.instagram.com/p/C0aBcD1eF2gC0aBcD1eF2gC0aBcD1eF2gC0aBcD1eF2g/",
        "https://www.instagram.com/stories/sari.dewi/42/",
        "https://www.youtube.com/watch?v=dQw4w9WgXc",
        "tiktok dot com / sari.dewi",
        "ftp://www.tiktok.com/@sari.dewi/video/7312345678901234567",
    ] {
        assert_eq!(check_link_shape(bad).map(|p| p.url), Err(LinkProblem::NotAUrl), "{bad}");
    }
}

#[test]
fn short_links_are_refused_but_youtu_be_names_its_video() {
    for short in ["https://vm.tiktok.com/ZMhAbC123/", "vt.tiktok.com/ZSabc12/", "https://www.tiktok.com/t/ZThAbC/"] {
        assert_eq!(check_link_shape(short).map(|p| p.url), Err(LinkProblem::ShortLink), "{short}");
    }
    assert_eq!(LinkProblem::ShortLink.code(), "post-link-short");
    assert_eq!(
        check_link_shape("https://youtu.be/dQw4w9WgXcQ").map(|p| p.url),
        Ok("https://www.youtube.com/watch?v=dQw4w9WgXcQ".into())
    );
}

#[test]
fn a_wall_of_text_on_the_own_handle_is_no_post_link() {
    let id = "7312345678901234567";
    let long = format!("https://www.tiktok.com/@ana.lima/video/{id}?x={}", "a".repeat(5_000));
    assert_eq!(check(&long, TIKTOK), Err(LinkProblem::NotAUrl));
    assert_eq!(check_link_shape(&long).map(|p| p.url), Err(LinkProblem::NotAUrl));
    let longest = format!("https://www.tiktok.com/@ana.lima/video/{id}?x=");
    let at_limit = format!("{longest}{}", "a".repeat(MAX_LINK_CHARS - longest.len()));
    assert!(check_link_shape(&at_limit).is_ok());
    assert_eq!(check_link_shape(&format!("{at_limit}a")).map(|p| p.url), Err(LinkProblem::NotAUrl));
    // Another site passes the shape check as that site, so the deal's platforms can be named.
    assert_eq!(
        check_link_shape("https://www.facebook.com/watch/?v=1").map_err(|p| p.code()),
        Err("post-link-wrong-platform")
    );
}
