use super::*;

fn brands() -> Vec<(BrandId, String)> {
    vec![(BrandId(1), "Lumen Beauty".into())]
}

fn inputs<'a>(brands: &'a [(BrandId, String)], running: &'a [ChatPlatform]) -> Inputs<'a> {
    Inputs { brands, running, language: Language::FrFr, time_zone: Some("Europe/Paris") }
}

const BOTH: &[ChatPlatform] = &[ChatPlatform::Telegram, ChatPlatform::Discord];

fn settings(toml: &str) -> AlertSettings {
    #[derive(Deserialize)]
    struct File {
        alerts: AlertSettings,
    }
    let file: File = figment::Figment::from(<figment::providers::Toml as figment::providers::Format>::string(toml))
        .extract()
        .expect("settings");
    file.alerts
}

#[test]
fn one_chat_for_the_only_brand_with_the_defaults() {
    let s = settings("[alerts]\ntelegram_chat = -1001234\n");
    let got = resolve(&s, &inputs(&brands(), BOTH)).expect("valid");
    let chat = &got[&BrandId(1)];
    assert_eq!((chat.platform, chat.chat_id.as_str()), (ChatPlatform::Telegram, "-1001234"));
    assert_eq!(chat.locale.as_str(), "fr-FR", "the language setting is the default");
    assert_eq!(chat.zone.as_str(), "Europe/Paris");
    assert_eq!(chat.digest_at, jiff::civil::Time::constant(9, 0, 0, 0));
}

#[test]
fn chats_per_brand_inherit_the_table_and_pick_a_running_platform() {
    let two = vec![(BrandId(1), "Lumen Beauty".into()), (BrandId(2), "Nord".into())];
    let s = settings(
        "[alerts]\nlanguage = \"ja-JP\"\ndigest_at = \"07:30\"\n\
         [alerts.brands.\"Lumen Beauty\"]\ndiscord_channel = \"123456789012345678\"\ntelegram_chat = -5\n\
         [alerts.brands.Nord]\ntelegram_chat = \"-77\"\nlanguage = \"de-DE\"\ntime_zone = \"Pacific/Honolulu\"\n",
    );
    let got = resolve(&s, &inputs(&two, BOTH)).expect("valid");
    assert_eq!(got[&BrandId(1)].platform, ChatPlatform::Telegram, "Telegram first when both run");
    assert_eq!(got[&BrandId(1)].locale.as_str(), "ja-JP");
    assert_eq!(got[&BrandId(1)].digest_at, jiff::civil::Time::constant(7, 30, 0, 0));
    assert_eq!(got[&BrandId(2)].locale.as_str(), "de-DE");
    assert_eq!(got[&BrandId(2)].zone.as_str(), "Pacific/Honolulu");
    let discord_only = resolve(&s, &inputs(&two, &[ChatPlatform::Discord]));
    let e = format!("{:#}", discord_only.expect_err("Nord's chat is on Telegram"));
    assert!(e.contains("alerts.brands.\"Nord\"") && e.contains("LINKSTAR_TELEGRAM_TOKEN"), "{e}");
    // Without any alert settings, no chats and no error.
    assert!(resolve(&AlertSettings::default(), &inputs(&two, BOTH)).expect("none").is_empty());
}

#[test]
fn mistakes_are_refused_with_the_setting_named() {
    let two = vec![(BrandId(1), "Lumen Beauty".into()), (BrandId(2), "Nord".into())];
    type Case<'a> = (&'a str, &'a [(BrandId, String)], &'a str);
    let cases: &[Case<'_>] = &[
        ("[alerts]\ntelegram_chat = \"@ops\"\n", &brands(), "alerts.telegram_chat"),
        ("[alerts]\ndiscord_channel = -3\n", &brands(), "alerts.discord_channel"),
        ("[alerts]\ntelegram_chat = -1\nlanguage = \"klingon\"\n", &brands(), "alerts.language"),
        ("[alerts]\ntelegram_chat = -1\ntime_zone = \"Mars/Olympus\"\n", &brands(), "alerts.time_zone"),
        ("[alerts]\ntelegram_chat = -1\ndigest_at = \"9am\"\n", &brands(), "alerts.digest_at"),
        ("[alerts]\ntelegram_chat = -1\n", &two, "2 brands"),
        ("[alerts]\ntelegram_chat = -1\n", &[], "no brand yet"),
        ("[alerts.brands.Acme]\ntelegram_chat = -1\n", &brands(), "no brand named \"Acme\""),
        ("[alerts.brands.\"Lumen Beauty\"]\nlanguage = \"de-DE\"\n", &brands(), "set telegram_chat or discord_channel"),
    ];
    for (toml, brands, wanted) in cases {
        let e = resolve(&settings(toml), &inputs(brands, BOTH)).expect_err(toml);
        let e = format!("{e:#}");
        assert!(e.contains(wanted), "{toml}: {e}");
    }
}
