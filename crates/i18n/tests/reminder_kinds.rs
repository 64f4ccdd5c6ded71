//! Every reminder kind — the creator's five deadlines and the operators' payment due —
//! in three languages and three zones: Spanish in Berlin the day before the clocks go
//! forward (the deadline shows summer time, GMT+2, and is still exactly 24 hours away),
//! Japanese at UTC+14 (Kiritimati, already the next day) and German at UTC−10 (Honolulu).

mod common;

use common::{at, money, zone};
use linkstar_core::ids::DealId;
use linkstar_core::message::Notice;
use linkstar_core::reminder::DeadlineKind;
use linkstar_i18n::{Language, Localizer};

/// Due 10:00Z on Sunday 29 March 2026, nine hours after Berlin moved to summer time;
/// sent 24 hours before, while Berlin was still on GMT+1.
const DUE: &str = "2026-03-29T10:00:00Z";
const SENT: &str = "2026-03-28T10:00:00Z";

fn readers() -> [(Language, &'static str); 3] {
    [(Language::EsEs, "Europe/Berlin"), (Language::JaJp, "Pacific/Kiritimati"), (Language::DeDe, "Pacific/Honolulu")]
}

#[test]
fn every_creator_deadline_reads_in_the_creator_s_language_and_local_time() {
    let loc = Localizer::new().expect("messages");
    let table: [(DeadlineKind, [&str; 3]); 5] = [
        (
            DeadlineKind::RespondBy,
            [
                "Recordatorio: responde a la oferta de Summer Glow antes del 29 mar 2026, 12:00 GMT+2 (dentro de 24 horas).",
                "リマインダー：「Summer Glow」のオファーへのご返答期限は 2026/03/30 0:00 GMT+14 です（24 時間後）。",
                "Erinnerung: Bitte antworte bis 29.03.2026, 00:00 GMT-10 auf das Angebot für Summer Glow (in 24 Stunden).",
            ],
        ),
        (
            DeadlineKind::DraftDue,
            [
                "Recordatorio: tu borrador para Summer Glow vence el 29 mar 2026, 12:00 GMT+2 (dentro de 24 horas).",
                "リマインダー：「Summer Glow」の下書きの締め切りは 2026/03/30 0:00 GMT+14 です（24 時間後）。",
                "Erinnerung: Dein Entwurf für Summer Glow ist fällig am 29.03.2026, 00:00 GMT-10 (in 24 Stunden).",
            ],
        ),
        (
            DeadlineKind::RevisionDue,
            [
                "Recordatorio: tu borrador revisado para Summer Glow vence el 29 mar 2026, 12:00 GMT+2 (dentro de 24 horas).",
                "リマインダー：「Summer Glow」の修正版下書きの締め切りは 2026/03/30 0:00 GMT+14 です（24 時間後）。",
                "Erinnerung: Dein überarbeiteter Entwurf für Summer Glow ist fällig am 29.03.2026, 00:00 GMT-10 (in 24 Stunden).",
            ],
        ),
        (
            DeadlineKind::PublishOpens,
            [
                "Buenas noticias: el periodo de publicación de Summer Glow se abre el 29 mar 2026, 12:00 GMT+2 \
                 (dentro de 24 horas). A partir de entonces puedes publicar tu contenido aprobado.",
                "お知らせ：「Summer Glow」の投稿期間は 2026/03/30 0:00 GMT+14 に始まります（24 時間後）。\
                 その後は承認済みの内容を投稿できます。",
                "Gute Nachricht: Das Veröffentlichungsfenster für Summer Glow öffnet am 29.03.2026, 00:00 GMT-10 \
                 (in 24 Stunden). Ab dann kannst du deinen freigegebenen Beitrag posten.",
            ],
        ),
        (
            DeadlineKind::PublishBy,
            [
                "Recordatorio: publica tu contenido para Summer Glow antes del 29 mar 2026, 12:00 GMT+2 (dentro de 24 horas).",
                "リマインダー：「Summer Glow」の投稿は 2026/03/30 0:00 GMT+14 までにお願いします（24 時間後）。",
                "Erinnerung: Bitte veröffentliche deinen Beitrag für Summer Glow bis 29.03.2026, 00:00 GMT-10 (in 24 Stunden).",
            ],
        ),
    ];
    for (kind, wanted) in table {
        let notice = Notice::Reminder { deal: DealId(7), campaign: "Summer Glow".into(), deadline: kind, due: at(DUE) };
        for ((language, tz), want) in readers().into_iter().zip(wanted) {
            assert_eq!(loc.notice_at(&notice, at(SENT), language, &zone(tz)), want, "{kind:?} in {}", language.tag());
        }
    }
}

#[test]
fn a_payment_due_reads_in_the_operators_language_and_local_time() {
    let loc = Localizer::new().expect("messages");
    let notice =
        Notice::PaymentDue { deal: DealId(7), creator: "Ana Lima".into(), amount: money(150_000, "EUR"), due: at(DUE) };
    let wanted = [
        "Pago del acuerdo #7 (Ana Lima): 1500,00\u{a0}€, vence el 29 mar 2026, 12:00 GMT+2 (dentro de 24 horas).",
        "案件 #7（Ana Lima さん）の支払い：€1,500.00、期日 2026/03/30 0:00 GMT+14（24 時間後）。",
        "Zahlung für Deal #7 (Ana Lima): 1.500,00\u{a0}€, fällig am 29.03.2026, 00:00 GMT-10 (in 24 Stunden).",
    ];
    for ((language, tz), want) in readers().into_iter().zip(wanted) {
        assert_eq!(loc.notice_at(&notice, at(SENT), language, &zone(tz)), want, "{}", language.tag());
    }
    // A day late it says so, in each language.
    let late = at("2026-03-30T10:00:00Z");
    let words = ["hace 24 horas", "24 時間前", "vor 24 Stunden"];
    for ((language, tz), word) in readers().into_iter().zip(words) {
        let text = loc.notice_at(&notice, late, language, &zone(tz));
        assert!(text.contains(word), "{text}");
    }
}
