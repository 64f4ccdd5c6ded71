//! Checks of the Fluent files themselves: they parse, every language has every en-US
//! message with the same variables, nothing is left in English by accident, en-US holds
//! no message the code never uses, and every error and check code has a message.

mod common;

use common::{ftl_files, locales_dir, messages, source};
use linkstar_i18n::Language;
use std::path::Path;

/// Messages that are rightly the same as English in a language: brand-free codes,
/// language autonyms, and words the language borrows unchanged. `*` means any language.
const INTENTIONALLY_SAME: &[(&str, &str)] = &[
    ("*", "language-en-US"),
    ("*", "language-zh-CN"),
    ("*", "language-es-ES"),
    ("*", "language-pt-BR"),
    ("*", "language-id-ID"),
    ("*", "language-th-TH"),
    ("*", "language-vi-VN"),
    ("*", "language-de-DE"),
    ("*", "language-fr-FR"),
    ("*", "language-ja-JP"),
    ("*", "bot-status-deal"),
    // The binary unit symbol most languages write as it is (French writes Mio).
    ("*", "check-file-mib"),
    // A review note's list line is punctuation around the time and the reviewer's words.
    ("*", "notice-review-note"),
    ("*", "notice-review-note-at"),
    ("de-DE", "screen-pipeline"),
    ("fr-FR", "bot-format-story"),
    ("id-ID", "bot-format-story"),
    ("id-ID", "bot-format-video"),
    ("pt-BR", "bot-format-story"),
    ("vi-VN", "bot-format-video"),
    ("id-ID", "term-fee"),
    ("es-ES", "console-failed"),
    // Marketing acronyms the languages use as they are (German says TKP for CPM).
    ("*", "report-cpc"),
    ("*", "report-roi"),
    ("es-ES", "report-cpm"),
    ("pt-BR", "report-cpm"),
    ("fr-FR", "report-cpm"),
    ("zh-CN", "report-cpm"),
    ("ja-JP", "report-cpm"),
    ("th-TH", "report-cpm"),
    ("vi-VN", "report-cpm"),
    ("id-ID", "report-cpm"),
    // German influencer marketing says ER for engagement rate too.
    ("de-DE", "report-engagement-rate"),
    // "h", the SI symbol for hours, is how these languages abbreviate hours.
    ("es-ES", "console-hours"),
    ("pt-BR", "console-hours"),
    ("fr-FR", "console-hours"),
    // The same word in the language.
    ("fr-FR", "payment-kind-commission"),
    ("id-ID", "payment-kind-bonus"),
    ("es-ES", "dash-no"),
];

#[test]
fn every_ftl_file_parses() {
    let files = ftl_files();
    assert!(files.len() >= Language::ALL.len(), "{files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            panic!("{}: {errors:?}", file.display());
        }
    }
}

#[test]
fn every_language_folder_is_a_supported_language() {
    for dir in std::fs::read_dir(locales_dir()).expect("locales/ exists").flatten() {
        if dir.path().is_dir() {
            let name = dir.file_name().to_string_lossy().to_string();
            assert!(Language::ALL.iter().any(|l| l.tag() == name), "locales/{name} is not in Language::ALL");
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(&source(Language::EnUs));
    let mut problems = Vec::new();
    for language in &Language::ALL[1..] {
        let theirs = messages(&source(*language));
        for (id, (shape, _)) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{}: missing {id}", language.tag())),
                Some((their, _)) if their != shape => {
                    problems.push(format!("{}: {id} has {their:?}, en-US has {shape:?}", language.tag()))
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not an en-US message", language.tag()));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn nothing_is_left_in_english_by_accident() {
    let english = messages(&source(Language::EnUs));
    let mut problems = Vec::new();
    for language in &Language::ALL[1..] {
        for (id, (_, value)) in messages(&source(*language)) {
            let allowed = INTENTIONALLY_SAME.iter().any(|(l, i)| (*l == "*" || *l == language.tag()) && *i == id);
            if english.get(&id).is_some_and(|(_, en)| *en == value) && !allowed {
                problems.push(format!("{}: {id} is the same as en-US", language.tag()));
            }
        }
    }
    for (tag, id) in INTENTIONALLY_SAME.iter().filter(|(tag, _)| *tag != "*") {
        let language = Language::matching(tag).expect("listed languages are supported");
        let theirs = messages(&source(language));
        if theirs.get(*id).map(|(_, v)| v) != english.get(*id).map(|(_, v)| v) {
            problems.push(format!("{tag}: {id} is listed as the same as en-US but is translated"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn en_us_has_no_message_the_code_never_uses() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let code: String = std::fs::read_dir(src)
        .expect("src/")
        .flatten()
        .map(|f| std::fs::read_to_string(f.path()).unwrap_or_default())
        .collect();
    let unused: Vec<_> =
        messages(&source(Language::EnUs)).into_keys().filter(|id| !code.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "en-US messages no code renders: {unused:?}");
}

#[test]
fn no_isolation_marks_in_the_files() {
    for file in ftl_files() {
        let text = std::fs::read_to_string(&file).expect("readable");
        assert!(!text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']), "{}", file.display());
    }
}

#[test]
fn every_error_and_check_code_has_a_message() {
    let english = messages(&source(Language::EnUs));
    let codes = linkstar_core::error::DOMAIN_ERROR_CODES.iter().chain(linkstar_app::APP_ERROR_CODES);
    for code in codes {
        assert!(english.contains_key(&format!("error-{code}")), "no message for error {code}");
    }
    for code in linkstar_core::checks::CHECK_CODES {
        assert!(english.contains_key(*code), "no message for check {code}");
    }
    let loc = linkstar_i18n::Localizer::new().expect("messages load");
    let generic = loc.error("no-such-code", Language::EnUs);
    for code in linkstar_core::error::DOMAIN_ERROR_CODES.iter().chain(linkstar_app::APP_ERROR_CODES) {
        for language in Language::ALL {
            assert_ne!(loc.error(code, language), loc.error("no-such-code", language), "{code} in {}", language.tag());
        }
        assert_ne!(loc.error(code, Language::EnUs), generic);
    }
}
