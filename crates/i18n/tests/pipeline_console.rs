//! The pipeline write commands' lines: every one is translated in every language, its
//! values all appear, and plurals and selectors pick the reader's words.

use linkstar_i18n::{Language, Localizer, PaymentFate, PipelineConsole};

fn every_line() -> Vec<PipelineConsole<'static>> {
    use PipelineConsole::*;
    vec![
        ColDeliverables,
        ColWarnings,
        WarnRisk { flags: "unreliable" },
        WarnMarket { country: "CN" },
        WarnBudget { left: "€200.00" },
        DryRun { count: 2, total: "€1,000.00" },
        ConfirmOffers { count: 2, campaign: "Glow Launch", total: "€1,000.00" },
        NeedsYes { flag: "--yes" },
        NothingChanged,
        OffersSent { sent: 3, refused: 1 },
        OfferRefused { creator: "Ana Lima", reason: "That already exists." },
        NoRate { creator: "Ana Lima", format: "video" },
        NoRecipients,
        BadSearch { term: "followers:10" },
        CounterAccepted { deal: 12, creator: "Li Wei", fee: "€650.00" },
        CounteredBack { deal: 12, creator: "Li Wei", fee: "€450.00", due: "Dec 7, 2026" },
        CounterDeclined { deal: 12, fee: "€500.00" },
        CancelHeading { deal: 12, creator: "Li Wei", campaign: "Glow Launch" },
        CancelPayment { kind: "Deposit", amount: "€150.00", fate: PaymentFate::StaysPaid },
        CancelPayment { kind: "Deposit", amount: "€150.00", fate: PaymentFate::AlreadyCancelled },
        CancelPayment { kind: "Deposit", amount: "€150.00", fate: PaymentFate::Voided },
        CancelNoPayments,
        ConfirmCancel { deal: 12 },
        Cancelled { deal: 12 },
        Approved { deal: 12, version: 2 },
        ChangesRequested { deal: 12, version: 1, round: 1, rounds: 2 },
        PostVerified { deal: 12 },
        PostRefused { deal: 12 },
        NoDrafts { deal: 12 },
        DraftVersion { version: 2, when: "Dec 4, 2026", kind: "video" },
        DraftFile { name: "cut.mp4", mime: "video/mp4", size: "1,024", sha: "ab12" },
        DraftReview { approved: true, when: "Dec 4, 2026", notes: "great" },
        DraftReview { approved: false, when: "Dec 4, 2026", notes: "0:12 show the label" },
        DraftSaved { deal: 12, version: 2, path: "/tmp/deal-12-v2-cut.mp4" },
        DraftExists { path: "/tmp/deal-12-v2-cut.mp4" },
        DraftNoVersion { deal: 12, version: 5, versions: 2 },
        DraftBlobMissing { version: 2, path: "/blobs/ab/ab12" },
        YesWords,
    ]
}

#[test]
fn every_line_is_translated_and_keeps_its_values() {
    let loc = Localizer::new().expect("messages load");
    for line in every_line() {
        let english = loc.pipeline_console(&line, Language::EnUs);
        for language in Language::ALL {
            let said = loc.pipeline_console(&line, language);
            assert!(!said.contains('{') && !said.is_empty(), "{language:?} {line:?}: {said}");
            let values: Vec<String> = match &line {
                PipelineConsole::CounteredBack { fee, due, creator, .. } => {
                    vec![fee.to_string(), due.to_string(), creator.to_string()]
                }
                PipelineConsole::DraftFile { name, sha, .. } => vec![name.to_string(), sha.to_string()],
                PipelineConsole::BadSearch { term } => vec![term.to_string()],
                PipelineConsole::CancelPayment { amount, .. } => vec![amount.to_string()],
                _ => Vec::new(),
            };
            for value in values {
                assert!(said.contains(&value), "{language:?} {line:?} lost {value}: {said}");
            }
            if language != Language::EnUs && !matches!(line, PipelineConsole::YesWords) {
                assert_ne!(said, english, "{language:?} {line:?} reads as in English");
            }
        }
    }
}

#[test]
fn plurals_and_selectors_pick_the_readers_words() {
    let loc = Localizer::new().expect("messages load");
    let one = PipelineConsole::DryRun { count: 1, total: "€500.00" };
    assert_eq!(
        loc.pipeline_console(&one, Language::EnUs),
        "Dry run: 1 offer would go out, €500.00 in total. Nothing was sent."
    );
    let two = PipelineConsole::OffersSent { sent: 2, refused: 0 };
    assert_eq!(loc.pipeline_console(&two, Language::DeDe), "2 Angebote verschickt, 0 abgelehnt.");
    let cancelled =
        PipelineConsole::CancelPayment { kind: "Anzahlung", amount: "150,00 €", fate: PaymentFate::AlreadyCancelled };
    assert_eq!(loc.pipeline_console(&cancelled, Language::DeDe), "Anzahlung 150,00 €: war bereits storniert");
    let changes = PipelineConsole::DraftReview { approved: false, when: "4. Dez.", notes: "0:12 Etikett zeigen" };
    assert_eq!(loc.pipeline_console(&changes, Language::DeDe), "Änderungen angefordert 4. Dez.: 0:12 Etikett zeigen");
}
