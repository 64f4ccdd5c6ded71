//! Every message of every language renders, through Fluent directly and through the
//! typed API, with no isolation marks, unresolved variables or missing messages.

mod common;

use common::{at, messages, money, source, zone};
use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use linkstar_core::checks::{CaptionProblem, FileProblem};
use linkstar_core::error::DOMAIN_ERROR_CODES;
use linkstar_core::ids::DealId;
use linkstar_core::message::Notice;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Deadline, Label, Language, Localizer, Reminder, TimeLeft};

/// Variables that carry counts, so plural selectors see numbers.
const COUNT_VARIABLES: &[&str] = &[
    "days",
    "hours",
    "round",
    "rounds",
    "version",
    "count",
    "imported",
    "refused",
    "fetched",
    "failed",
    "commissions",
    "completed",
];

#[test]
fn every_message_of_every_language_renders_with_sample_arguments() {
    for language in Language::ALL {
        let langid = language.tag().parse().expect("valid tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source(language)).expect("parses");
        bundle.add_resource(resource).expect("no duplicate ids");
        for (id, (shape, _)) in messages(&source(language)) {
            for count in [1, 3] {
                let mut args = FluentArgs::new();
                for var in &shape.variables {
                    if COUNT_VARIABLES.contains(&var.as_str()) {
                        args.set(var.as_str(), FluentValue::from(count));
                    } else {
                        args.set(var.as_str(), FluentValue::from(format!("<{var}>")));
                    }
                }
                let message = bundle.get_message(&id).expect("listed message exists");
                let value = message.value().expect("every message has a value");
                let mut errors = Vec::new();
                let text = bundle.format_pattern(value, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", language.tag());
                assert!(!text.trim().is_empty(), "{} {id} is empty", language.tag());
            }
        }
    }
}

fn sample_notices() -> Vec<Notice> {
    let deal = DealId(42);
    let campaign = "Summer Glow".to_string();
    let due = at("2026-12-01T09:00:00Z");
    vec![
        Notice::Invite {
            deal,
            campaign: campaign.clone(),
            product: "Glow Serum".into(),
            fee: money(123_450, "EUR"),
            respond_by: due,
        },
        Notice::OfferRevised {
            deal,
            campaign: campaign.clone(),
            fee: money(150_000, "EUR"),
            changed: vec!["fee".into(), "draft_due".into(), "something_new".into()],
            respond_by: due,
            note: None,
        },
        Notice::OfferRevised {
            deal,
            campaign: campaign.clone(),
            fee: money(140_000, "EUR"),
            changed: vec!["fee".into()],
            respond_by: due,
            note: Some("Our budget tops out here.".into()),
        },
        Notice::CounterDeclined {
            deal,
            campaign: campaign.clone(),
            fee: money(123_450, "EUR"),
            due,
            note: "We can't go higher this season.".into(),
        },
        Notice::CounterDeclined {
            deal,
            campaign: campaign.clone(),
            fee: money(123_450, "EUR"),
            due,
            note: String::new(),
        },
        Notice::PostRefused {
            deal,
            campaign: campaign.clone(),
            url: "https://www.tiktok.com/@ana/video/1".into(),
            reason: "The ad disclosure is missing.".into(),
        },
        Notice::ContractConfirmed { deal, campaign: campaign.clone(), draft_due: due, terms_hash: "a1b2c3d4".into() },
        Notice::ChangesRequested {
            deal,
            campaign: campaign.clone(),
            notes: "Show the bottle.".into(),
            round: 2,
            rounds: 3,
        },
        Notice::ChangesRequested {
            deal,
            campaign: campaign.clone(),
            notes: "0:12 show the label\n1:02:03 brighter light".into(),
            round: 1,
            rounds: 2,
        },
        Notice::DraftApproved {
            deal,
            campaign: campaign.clone(),
            publish_opens: due,
            publish_closes: at("2026-12-05T09:00:00Z"),
            tracking_link: Some("https://shop.example/?utm_source=ls".into()),
            discount_code: Some("ANA10".into()),
        },
        Notice::DraftApproved {
            deal,
            campaign: campaign.clone(),
            publish_opens: due,
            publish_closes: due,
            tracking_link: None,
            discount_code: None,
        },
        Notice::PostVerified { deal, campaign: campaign.clone() },
        Notice::PaymentScheduled { deal, amount: money(61_725, "EUR"), due },
        Notice::PaymentPaid { deal, amount: money(61_725, "EUR"), reference: "SEPA-0042".into() },
        Notice::DealCancelled { deal, campaign: campaign.clone() },
        Notice::InviteExpired { deal, campaign },
        Notice::CounterReceived { deal, creator: "Ana".into(), fee: money(200_000, "BRL") },
        Notice::OfferDeclined { deal, creator: "Ana".into() },
        Notice::DraftSubmitted { deal, creator: "Ana".into(), version: 2 },
        Notice::PostSubmitted { deal, creator: "Ana".into(), url: "https://www.tiktok.com/@ana/video/1".into() },
        Notice::DraftAutoApproved { deal, creator: "Ana".into(), hours: 48 },
        Notice::CreatorUnreachable { creator: "Ana".into(), platform: linkstar_core::place::ChatPlatform::Telegram },
        Notice::PaymentDue { deal, creator: "Ana".into(), amount: money(61_725, "EUR"), due },
        Notice::DraftOverdue { deal, creator: "Ana".into(), due },
        Notice::PostOverdue { deal, creator: "Ana".into(), due },
        Notice::ReviewOverdue { deal, creator: "Ana".into(), hours: 48 },
        Notice::Reminder {
            deal,
            campaign: "Summer Glow".into(),
            deadline: linkstar_core::reminder::DeadlineKind::DraftDue,
            due: at("2026-12-01T09:00:00Z"),
        },
    ]
}

fn assert_clean(language: Language, text: &str) {
    assert!(!text.trim().is_empty(), "{}: empty text", language.tag());
    assert!(
        !text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
        "{}: isolation mark in {text:?}",
        language.tag()
    );
    assert!(!text.contains("{$") && !text.contains("{ $"), "{}: unresolved variable in {text:?}", language.tag());
    assert!(!text.contains("No localization"), "{}: missing message: {text:?}", language.tag());
}

#[test]
fn the_typed_api_renders_everything_in_every_language() {
    let loc = Localizer::new().expect("messages load");
    let tz = zone("Asia/Jakarta");
    let now = at("2026-11-28T09:00:00Z");
    let caption = [
        CaptionProblem::MissingDisclosure { accepted: vec!["#ad".into(), "#sponsored".into()] },
        CaptionProblem::MissingHashtag { tag: "#SummerGlow".into() },
        CaptionProblem::MissingMention { handle: "@glowbrand".into() },
        CaptionProblem::ForbiddenClaim { claim: "cures acne".into() },
        CaptionProblem::TooLong { chars: 2_345, max: 2_200 },
    ];
    let files = [
        FileProblem::Empty,
        FileProblem::TooLarge { size_bytes: 312_500_000, max_bytes: 250_000_000 },
        FileProblem::TypeNotAllowed {
            mime: "application/zip".into(),
            allowed: vec!["video/mp4".into(), "image/jpeg".into()],
        },
    ];
    for language in Language::ALL {
        let mut texts: Vec<String> = sample_notices().iter().map(|n| loc.notice(n, language, &tz)).collect();
        texts.extend(Stage::ALL.iter().map(|s| loc.stage(*s, language)));
        texts.extend(DOMAIN_ERROR_CODES.iter().map(|c| loc.error(c, language)));
        texts.push(loc.error("not-a-code", language));
        texts.extend(caption.iter().map(|p| loc.caption_check(p, language)));
        texts.extend(files.iter().map(|p| loc.file_check(p, language)));
        texts.extend(Label::ALL.iter().map(|l| loc.label(*l, language)));
        for deadline in [
            Deadline::RespondBy,
            Deadline::DraftDue,
            Deadline::RevisionDue,
            Deadline::PublishOpens,
            Deadline::PublishBy,
        ] {
            let reminder = Reminder { deadline, campaign: "Summer Glow".into(), due: at("2026-12-01T09:00:00Z") };
            texts.push(loc.reminder(&reminder, now, language, &tz));
        }
        for left in [TimeLeft::Days(1), TimeLeft::Days(5), TimeLeft::Hours(1), TimeLeft::Hours(7), TimeLeft::Overdue] {
            texts.push(loc.time_left(left, language));
        }
        texts.push(loc.language_name(language));
        texts.push(loc.language_changed(language));
        for text in &texts {
            assert_clean(language, text);
        }
        if language != Language::EnUs {
            for notice in sample_notices() {
                assert_ne!(
                    loc.notice(&notice, language, &tz),
                    loc.notice(&notice, Language::EnUs, &tz),
                    "{}",
                    language.tag()
                );
            }
        }
    }
}

#[test]
fn timed_review_notes_reach_the_creator_as_a_list_in_every_language() {
    let loc = Localizer::new().expect("messages load");
    let notice = Notice::ChangesRequested {
        deal: DealId(7),
        campaign: "Summer Glow".into(),
        notes: "0:12 show the label\n  1:02:03 — brighter light\nKeep the music".into(),
        round: 1,
        rounds: 2,
    };
    let en = loc.notice(&notice, Language::EnUs, &zone("UTC"));
    assert!(en.contains("\n• 0:12 — show the label\n• 1:02:03 — brighter light\n• Keep the music"), "{en}");
    for language in Language::ALL {
        let text = loc.notice(&notice, language, &zone("UTC"));
        assert!(text.contains("• 0:12") && text.contains("• 1:02:03") && text.contains("• Keep the music"), "{text}");
    }
    let plain = Notice::ChangesRequested {
        deal: DealId(7),
        campaign: "Summer Glow".into(),
        notes: "Use 16:9 framing.".into(),
        round: 1,
        rounds: 2,
    };
    let text = loc.notice(&plain, Language::EnUs, &zone("UTC"));
    assert!(text.ends_with("\nUse 16:9 framing.") && !text.contains('•'), "plain notes read as written: {text}");
}

#[test]
fn a_brand_note_follows_a_declined_counter_only_when_there_is_one() {
    let loc = Localizer::new().expect("messages load");
    let due = at("2026-12-01T09:00:00Z");
    let with = |note: &str| Notice::CounterDeclined {
        deal: DealId(7),
        campaign: "Summer Glow".into(),
        fee: money(50_000, "EUR"),
        due,
        note: note.into(),
    };
    for language in Language::ALL {
        let bare = loc.notice(&with("  "), language, &zone("Europe/Berlin"));
        let noted = loc.notice(&with("Budget is fixed."), language, &zone("Europe/Berlin"));
        assert!(!bare.contains('\n'), "{}: no note line without a note: {bare}", language.tag());
        assert!(noted.starts_with(&bare) && noted.ends_with("Budget is fixed."), "{}: {noted}", language.tag());
    }
}

#[test]
fn a_stored_notice_renders_in_the_language_chosen_at_send_time() {
    let loc = Localizer::new().expect("messages load");
    let row = sample_notices()[0].to_json();
    let notice = Notice::from_json(&row).expect("round trip");
    let tz = zone("Europe/Berlin");
    assert!(loc.notice(&notice, Language::DeDe, &tz).contains("1.234,50\u{a0}€"));
    assert!(loc.notice(&notice, Language::FrFr, &tz).contains("1\u{202f}234,50\u{a0}€"));
}

#[test]
fn reminder_notices_speak_the_creators_language_and_clock() {
    let loc = Localizer::new().expect("messages load");
    let due = at("2026-12-10T12:00:00Z");
    let notice = Notice::Reminder {
        deal: DealId(7),
        campaign: "Summer Glow".into(),
        deadline: linkstar_core::reminder::DeadlineKind::DraftDue,
        due,
    };
    let now = at("2026-12-08T18:00:00Z");
    // Kiritimati (UTC+14) reads Dec 11, Honolulu (UTC-10) Dec 10, Berlin Dec 10.
    let kiritimati = loc.notice_at(&notice, now, Language::JaJp, &zone("Pacific/Kiritimati"));
    let honolulu = loc.notice_at(&notice, now, Language::EnUs, &zone("Pacific/Honolulu"));
    let berlin = loc.notice_at(&notice, now, Language::DeDe, &zone("Europe/Berlin"));
    assert!(kiritimati.contains("11"), "{kiritimati}");
    assert!(honolulu.contains("Dec 10") && honolulu.contains("2:00"), "{honolulu}");
    assert!(berlin.contains("10.12.2026") || berlin.contains("10. Dez"), "{berlin}");
    assert_ne!(kiritimati, honolulu);
    assert_ne!(honolulu, berlin);
    let overdue = loc.notice_at(&notice, at("2026-12-11T12:00:00Z"), Language::EnUs, &zone("Pacific/Honolulu"));
    assert_ne!(overdue, honolulu);
}
