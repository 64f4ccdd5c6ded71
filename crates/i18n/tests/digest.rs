//! The operators' daily digest and alerts, rendered in their language and zone: plural
//! forms, grouped numbers, money and dates from CLDR, in every language.

mod common;

use common::{at, money, zone};
use jiff::civil::Date;
use linkstar_core::alerts::{Digest, DigestDeadline, DigestItem, DigestSection};
use linkstar_core::ids::DealId;
use linkstar_core::message::Notice;
use linkstar_core::place::ChatPlatform;
use linkstar_i18n::{Language, Localizer};

fn section(count: u64, top: Vec<DigestItem>) -> DigestSection {
    DigestSection { count, top }
}

fn fixture() -> Digest {
    Digest {
        day: Date::constant(2026, 12, 8),
        reviews_late: section(
            1,
            vec![DigestItem::Review { deal: DealId(7), creator: "Ana Lima".into(), due: at("2026-12-08T06:00:00Z") }],
        ),
        counters: section(
            1_234,
            vec![DigestItem::Counter {
                deal: DealId(8),
                creator: "Bea Ruiz".into(),
                fee: Some(money(1_234_500, "EUR")),
                since: at("2026-12-07T10:00:00Z"),
            }],
        ),
        payments_overdue: section(
            2,
            vec![
                DigestItem::Payment {
                    deal: DealId(9),
                    creator: "Caio".into(),
                    amount: money(15_000, "EUR"),
                    due: at("2026-12-07T22:30:00Z"),
                },
                DigestItem::Payment {
                    deal: DealId(10),
                    creator: "Dara".into(),
                    amount: money(35_000, "EUR"),
                    due: at("2026-12-01T12:00:00Z"),
                },
            ],
        ),
        unreachable: section(
            1,
            vec![DigestItem::Unreachable { creator: "Emi".into(), platform: ChatPlatform::Discord }],
        ),
        deadlines_overdue: section(
            1,
            vec![DigestItem::Deadline {
                deal: DealId(11),
                creator: "Fay".into(),
                deadline: DigestDeadline::Post,
                due: at("2026-12-05T00:00:00Z"),
            }],
        ),
        due_today: section(
            2,
            vec![
                DigestItem::Deadline {
                    deal: DealId(12),
                    creator: "Gil".into(),
                    deadline: DigestDeadline::Draft,
                    due: at("2026-12-08T12:00:00Z"),
                },
                DigestItem::Deadline {
                    deal: DealId(13),
                    creator: "Hao".into(),
                    deadline: DigestDeadline::RespondBy,
                    due: at("2026-12-08T20:00:00Z"),
                },
            ],
        ),
    }
}

#[test]
fn the_digest_reads_naturally_in_german() {
    let loc = Localizer::new().expect("messages");
    let text = loc.digest(&fixture(), Language::DeDe, &zone("Europe/Berlin"));
    let expected = [
        "Tägliche Übersicht für 08.12.2026",
        "",
        "Ein Entwurf wartet länger als die Prüfzeit:",
        "• #7 Ana Lima: Prüfung war fällig am 08.12.2026, 07:00 GMT+1",
        "",
        "1.234 Gegenangebote warten auf deine Antwort:",
        "• #8 Bea Ruiz: schlägt 12.345,00\u{a0}€ vor (seit 07.12.2026, 11:00 GMT+1)",
        "…und 1.233 weitere",
        "",
        "2 Zahlungen sind überfällig:",
        "• #9 Caio: 150,00\u{a0}€, fällig am 07.12.2026",
        "• #10 Dara: 350,00\u{a0}€, fällig am 01.12.2026",
        "",
        "Ein Deal hat seine Entwurfs- oder Beitragsfrist überschritten:",
        "• #11 Fay: Beitrag fällig am 05.12.2026, 01:00 GMT+1",
        "",
        "Ein Creator ist nicht erreichbar:",
        "• Emi (über Discord)",
        "",
        "Heute werden 2 Sachen fällig:",
        "• #12 Gil: Entwurf fällig am 08.12.2026, 13:00 GMT+1",
        "• #13 Hao: Antwort auf das Angebot fällig am 08.12.2026, 21:00 GMT+1",
    ]
    .join("\n");
    assert_eq!(text, expected, "\n{text}");
}

#[test]
fn the_digest_reads_naturally_in_japanese() {
    let loc = Localizer::new().expect("messages");
    let text = loc.digest(&fixture(), Language::JaJp, &zone("Asia/Tokyo"));
    assert!(text.starts_with("2026/12/08 の日次ダイジェスト\n\n確認期限を過ぎた下書き 1 件:"), "{text}");
    assert!(text.contains("回答待ちの逆提案 1,234 件:"), "{text}");
    assert!(text.contains("…ほか 1,233 件"), "{text}");
    assert!(text.contains("• #9 Caio: €150.00、支払期日 2026/12/08"), "Tokyo's date of the payment: {text}");
    assert!(text.contains("• Emi（Discord）"), "{text}");
}

#[test]
fn a_quiet_day_and_every_language() {
    let loc = Localizer::new().expect("messages");
    let tz = zone("America/Sao_Paulo");
    let quiet = Digest { day: Date::constant(2026, 12, 8), ..empty() };
    assert_eq!(
        loc.digest(&quiet, Language::EnUs, &tz),
        "Daily digest for Dec 8, 2026\n\nNothing needs your attention today."
    );
    for language in Language::ALL {
        let digest = Notice::DailyDigest { digest: Box::new(fixture()) };
        let text = loc.notice(&digest, language, &tz);
        assert!(!text.contains("{ $") && !text.contains("No localization"), "{}: {text}", language.tag());
        assert_eq!(text.matches("\n• ").count(), 8, "{}: {text}", language.tag());
        if language != Language::EnUs {
            assert_ne!(text, loc.notice(&digest, Language::EnUs, &tz), "{} reads as English", language.tag());
        }
        let gone = Notice::CreatorUnreachable { creator: "Ana".into(), platform: ChatPlatform::Telegram };
        let text = loc.notice(&gone, language, &tz);
        assert!(text.contains("Ana") && text.contains("Telegram"), "{}: {text}", language.tag());
    }
}

fn empty() -> Digest {
    Digest {
        day: Date::constant(2026, 1, 1),
        reviews_late: DigestSection::default(),
        counters: DigestSection::default(),
        payments_overdue: DigestSection::default(),
        unreachable: DigestSection::default(),
        deadlines_overdue: DigestSection::default(),
        due_today: DigestSection::default(),
    }
}
