//! Money, deadlines and plurals as readers see them, asserted word for word in en-US,
//! a CJK pair (ja-JP, zh-CN), a comma-decimal language (de-DE) and a non-Latin script
//! (th-TH, which also counts years in the Buddhist era).

mod common;

use common::{at, money, zone};
use linkstar_core::ids::DealId;
use linkstar_core::message::Notice;
use linkstar_core::place::Locale;
use linkstar_i18n::{Deadline, Language, Localizer, MoneyConsole, Reminder, ReportLabel, TimeLeft};

const NBSP: &str = "\u{a0}";

fn loc() -> Localizer {
    Localizer::new().expect("messages load")
}

#[test]
fn money_follows_the_currency_digits_and_the_language() {
    let loc = loc();
    assert_eq!(loc.money(money(123_450, "USD"), Language::EnUs), "$1,234.50");
    assert_eq!(loc.money(money(123_450, "EUR"), Language::DeDe), format!("1.234,50{NBSP}€"));
    assert_eq!(loc.money(money(1_235, "JPY"), Language::JaJp), "￥1,235");
    assert_eq!(loc.money(money(123_450, "CNY"), Language::ZhCn), "¥1,234.50");
    assert_eq!(loc.money(money(123_450, "THB"), Language::ThTh), "฿1,234.50");
    assert_eq!(loc.money(money(5, "BHD"), Language::EnUs), "BHD\u{a0}0.005");
    assert_eq!(loc.money(money(123_450, "BRL"), Language::PtBr), format!("R${NBSP}1.234,50"));
}

#[test]
fn numbers_are_grouped_the_language_s_way() {
    let loc = loc();
    assert_eq!(loc.number(1_234_567, Language::EnUs), "1,234,567");
    assert_eq!(loc.number(1_234_567, Language::DeDe), "1.234.567");
    assert_eq!(loc.number(1_234_567, Language::ThTh), "1,234,567");
}

#[test]
fn days_left_use_the_language_s_plural_rules() {
    let loc = loc();
    let cases = [
        (Language::EnUs, "1 day left", "3 days left"),
        (Language::DeDe, "noch 1 Tag", "noch 3 Tage"),
        (Language::JaJp, "残り1日", "残り3日"),
        (Language::ZhCn, "还剩 1 天", "还剩 3 天"),
        (Language::ThTh, "เหลืออีก 1 วัน", "เหลืออีก 3 วัน"),
    ];
    for (language, one, three) in cases {
        assert_eq!(loc.time_left(TimeLeft::Days(1), language), one);
        assert_eq!(loc.time_left(TimeLeft::Days(3), language), three);
    }
    assert_eq!(loc.time_left(TimeLeft::Hours(1), Language::EnUs), "1 hour left");
    assert_eq!(loc.time_left(TimeLeft::Overdue, Language::DeDe), "überfällig");
}

#[test]
fn time_left_counts_whole_days_then_hours() {
    let due = at("2026-12-01T09:00:00Z");
    assert_eq!(TimeLeft::until(due, at("2026-11-28T08:00:00Z")), TimeLeft::Days(3));
    assert_eq!(TimeLeft::until(due, at("2026-11-30T10:00:00Z")), TimeLeft::Hours(23));
    assert_eq!(TimeLeft::until(due, at("2026-12-01T08:59:00Z")), TimeLeft::Hours(1));
    assert_eq!(TimeLeft::until(due, due), TimeLeft::Overdue);
}

#[test]
fn deadline_reminders_show_the_reader_s_local_time() {
    let loc = loc();
    let reminder =
        Reminder { deadline: Deadline::DraftDue, campaign: "Summer Glow".into(), due: at("2026-12-01T09:00:00Z") };
    let now = at("2026-11-28T08:00:00Z");
    assert_eq!(
        loc.reminder(&reminder, now, Language::EnUs, &zone("America/New_York")),
        "Reminder: your draft for Summer Glow is due Dec 1, 2026, 4:00\u{202f}AM GMT-5 (in 3 days)."
    );
    assert_eq!(
        loc.reminder(&reminder, now, Language::DeDe, &zone("Europe/Berlin")),
        "Erinnerung: Dein Entwurf für Summer Glow ist fällig am 01.12.2026, 10:00 GMT+1 (in 3 Tagen)."
    );
    assert_eq!(
        loc.reminder(&reminder, now, Language::JaJp, &zone("Asia/Tokyo")),
        "リマインダー：「Summer Glow」の下書きの締め切りは 2026/12/01 18:00 GMT+9 です（3 日後）。"
    );
    assert_eq!(
        loc.reminder(&reminder, now, Language::ThTh, &zone("Asia/Bangkok")),
        "แจ้งเตือน: ดราฟต์ของคุณสำหรับแคมเปญ Summer Glow ครบกำหนดส่ง 1 ธ.ค. 2569 16:00 GMT+7 (ในอีก 3 วัน)"
    );
}

#[test]
fn an_invite_reads_naturally_in_chinese() {
    let loc = loc();
    let invite = Notice::Invite {
        deal: DealId(1),
        campaign: "夏日焕彩".into(),
        product: "焕彩精华".into(),
        fee: money(880_000, "CNY"),
        respond_by: at("2026-12-01T09:00:00Z"),
    };
    let reader = Locale::parse("zh-hans").expect("tag");
    assert_eq!(
        loc.notice(&invite, &reader, &zone("Asia/Shanghai")),
        "诚邀您参与「夏日焕彩」！推广 焕彩精华，合作费用为 ¥8,800.00。\n请在 2026年12月1日 GMT+8 17:00 前回复。"
    );
}

#[test]
fn report_values_and_money_lines_follow_the_language() {
    let loc = loc();
    assert_eq!(loc.percent_bp(9_134, Language::EnUs), "91.34%");
    assert_eq!(loc.percent_bp(-5, Language::DeDe), format!("-0,05{NBSP}%"));
    assert_eq!(loc.decimal("0.9213", Language::DeDe), "0,9213");
    assert_eq!(loc.decimal("not a number", Language::DeDe), "not a number");
    let day = jiff::civil::date(2026, 11, 20);
    assert_eq!(loc.day(day, Language::EnUs), "Nov 20, 2026");
    assert_eq!(loc.day(day, Language::ZhCn), "2026年11月20日");
    assert_eq!(loc.report_label(ReportLabel::Committed, Language::ZhCn), "已承诺");
    let closed = |commissions, completed, language| {
        loc.money_console(&MoneyConsole::CampaignClosed { campaign: "Glow", commissions, completed }, language)
    };
    assert_eq!(closed(1, 2, Language::EnUs), "Closed Glow: 1 commission scheduled, 2 deals completed.");
    assert_eq!(
        closed(2, 1, Language::DeDe),
        "Glow abgeschlossen: 2 Provisionen eingeplant, 1 Kooperation abgeschlossen."
    );
    assert_eq!(
        closed(1, 3, Language::JaJp),
        "キャンペーン Glow を終了しました：成果報酬 1 件を予定に追加し、案件 3 件が完了しました。"
    );
}

#[test]
fn reminders_say_how_far_off_the_deadline_is_in_the_reader_s_words() {
    let loc = loc();
    let due = at("2026-12-01T09:00:00Z");
    // Sent a few seconds late, a 48-hour reminder still says two days.
    let table = [
        ("2026-11-29T09:00:05Z", ["in 2 days", "in 2 Tagen", "2 日後", "em 2 dias"]),
        ("2026-11-30T09:00:00Z", ["in 24 hours", "in 24 Stunden", "24 時間後", "em 24 horas"]),
        ("2026-12-01T08:45:00Z", ["in 15 minutes", "in 15 Minuten", "15 分後", "em 15 minutos"]),
        ("2026-12-01T09:00:10Z", ["now", "jetzt", "今", "agora"]),
        ("2026-12-01T12:00:00Z", ["3 hours ago", "vor 3 Stunden", "3 時間前", "há 3 horas"]),
        ("2026-12-04T10:00:00Z", ["3 days ago", "vor 3 Tagen", "3 日前", "há 3 dias"]),
    ];
    let languages = [Language::EnUs, Language::DeDe, Language::JaJp, Language::PtBr];
    for (now, words) in table {
        for (language, want) in languages.iter().zip(words) {
            assert_eq!(loc.relative_time(due, at(now), *language), want, "{} at {now}", language.tag());
        }
    }
    // A revision reminder three hours late, in the reader's language and zone.
    let revision = Reminder { deadline: Deadline::RevisionDue, campaign: "Summer Glow".into(), due };
    let late = at("2026-12-01T12:00:00Z");
    assert_eq!(
        loc.reminder(&revision, late, Language::EnUs, &zone("America/New_York")),
        "Reminder: your revised draft for Summer Glow is due Dec 1, 2026, 4:00\u{202f}AM GMT-5 (3 hours ago)."
    );
    assert_eq!(
        loc.reminder(&revision, late, Language::DeDe, &zone("Europe/Berlin")),
        "Erinnerung: Dein überarbeiteter Entwurf für Summer Glow ist fällig am 01.12.2026, 10:00 GMT+1 (vor 3 Stunden)."
    );
    assert_eq!(
        loc.reminder(&revision, late, Language::JaJp, &zone("Asia/Tokyo")),
        "リマインダー：「Summer Glow」の修正版下書きの締め切りは 2026/12/01 18:00 GMT+9 です（3 時間前）。"
    );
    let opens = Reminder { deadline: Deadline::PublishOpens, campaign: "Summer Glow".into(), due };
    assert_eq!(
        loc.reminder(&opens, at("2026-11-30T09:00:00Z"), Language::PtBr, &zone("America/Sao_Paulo")),
        "Boa notícia: a janela de publicação de Summer Glow abre em 1 de dez. de 2026, 06:00 -3 GMT (em 24 horas). \
         A partir daí você pode publicar o conteúdo aprovado."
    );
}
