//! The slash commands, described in every language from Fluent.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption, InstallationContext, InteractionContext};

use linkstar_i18n::{Label, Language, Localizer};

/// Discord's locale code for a language (`de`, `pt-BR`, `zh-CN`).
pub fn discord_locale(language: Language) -> &'static str {
    match language {
        Language::EnUs => "en-US",
        Language::ZhCn => "zh-CN",
        Language::EsEs => "es-ES",
        Language::PtBr => "pt-BR",
        Language::IdId => "id",
        Language::ThTh => "th",
        Language::ViVn => "vi",
        Language::DeDe => "de",
        Language::FrFr => "fr",
        Language::JaJp => "ja",
    }
}

/// Discord limits a description to 100 characters.
fn fit(text: String) -> String {
    if text.chars().count() <= 100 { text } else { text.chars().take(99).chain(['…']).collect() }
}

/// One option of a command: its kind, name, description and whether it is required.
struct Opt {
    kind: CommandOptionType,
    name: &'static str,
    local_name: Label,
    label: Label,
    required: bool,
}

/// The commands: `(name, localized name, description, options)`. Discord sends the
/// English name whatever the creator sees, so the mapping only knows these.
const COMMANDS: [(&str, Label, Label, &[Opt]); 6] = [
    (
        "link",
        Label::NameLink,
        Label::CommandLink,
        &[Opt {
            kind: CommandOptionType::String,
            name: "token",
            local_name: Label::NameToken,
            label: Label::OptionToken,
            required: true,
        }],
    ),
    ("deals", Label::NameDeals, Label::CommandStatus, &[]),
    (
        "draft",
        Label::NameDraft,
        Label::CommandDraft,
        &[
            Opt {
                kind: CommandOptionType::Attachment,
                name: "file",
                local_name: Label::NameFile,
                label: Label::OptionFile,
                required: true,
            },
            Opt {
                kind: CommandOptionType::String,
                name: "caption",
                local_name: Label::NameCaption,
                label: Label::OptionCaption,
                required: false,
            },
        ],
    ),
    (
        "post",
        Label::NamePost,
        Label::CommandPost,
        &[Opt {
            kind: CommandOptionType::String,
            name: "url",
            local_name: Label::NameUrl,
            label: Label::OptionUrl,
            required: true,
        }],
    ),
    ("language", Label::NameLanguage, Label::CommandLanguage, &[]),
    ("help", Label::NameHelp, Label::CommandHelp, &[]),
];

/// A name Discord accepts: 1–32 lower-case letters, digits, `-`, `_` (Thai marks too).
fn name(text: String) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_') || ('\u{0E00}'..='\u{0E7F}').contains(c))
        .take(32)
        .collect();
    cleaned
}

/// The global slash commands, usable only in the DM with the bot, with descriptions in English and
/// `description_localizations` for every other supported language.
pub fn definitions(words: &Localizer) -> Vec<CreateCommand> {
    COMMANDS
        .iter()
        .map(|(english, local_name, label, options)| {
            let mut command = CreateCommand::new(*english).description(fit(words.label(*label, Language::EnUs)));
            for language in Language::ALL.iter().filter(|l| **l != Language::EnUs) {
                let locale = discord_locale(*language);
                command = command
                    .name_localized(locale, name(words.label(*local_name, *language)))
                    .description_localized(locale, fit(words.label(*label, *language)));
            }
            for opt in *options {
                let mut option =
                    CreateCommandOption::new(opt.kind, opt.name, fit(words.label(opt.label, Language::EnUs)))
                        .required(opt.required);
                for language in Language::ALL.iter().filter(|l| **l != Language::EnUs) {
                    let locale = discord_locale(*language);
                    option = option
                        .name_localized(locale, name(words.label(opt.local_name, *language)))
                        .description_localized(locale, fit(words.label(opt.label, *language)));
                }
                command = command.add_option(option);
            }
            // The bot's DM only: a creator's deals are never shown where others read
            // along. Installed to servers (where creators find the bot), the commands
            // are offered in the DM with it and nowhere else.
            command.contexts(vec![InteractionContext::BotDm]).integration_types(vec![InstallationContext::Guild])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_described_in_every_language() {
        let words = Localizer::new().expect("messages load");
        let commands = definitions(&words);
        assert_eq!(commands.len(), 6);
        let json = serde_json::to_value(&commands).expect("serializes");
        let draft = &json[2];
        assert_eq!(draft["name"], "draft");
        assert_eq!(draft["description_localizations"]["pt-BR"], "Enviar um rascunho para revisão");
        assert_eq!(draft["options"][0]["type"], 11);
        assert_eq!(
            draft["options"][0]["description_localizations"]["de"],
            "Dein Entwurf: ein Video, Foto oder Dokument"
        );
        assert_eq!(draft["name_localizations"]["pt-BR"], "rascunho");
        assert_eq!(draft["options"][1]["name_localizations"]["ja"], "キャプション");
        for command in json.as_array().expect("a list") {
            assert_eq!(command["contexts"], serde_json::json!([1]), "the bot's DM only: {command}");
            assert_eq!(command["integration_types"], serde_json::json!([0]), "{command}");
            assert!(command.get("dm_permission").is_none(), "{command}");
            let names = command["name_localizations"].as_object().expect("names");
            assert_eq!(names.len(), Language::ALL.len() - 1, "{command}");
            for option in command["options"].as_array().expect("options") {
                let option_names = option["name_localizations"].as_object().expect("option names");
                assert_eq!(option_names.len(), Language::ALL.len() - 1, "{option}");
            }
            for text in names.values() {
                let text = text.as_str().expect("text");
                let ok =
                    |c: char| c.is_alphanumeric() || matches!(c, '-' | '_') || ('\u{0E00}'..='\u{0E7F}').contains(&c);
                assert!((1..=32).contains(&text.chars().count()) && text.chars().all(ok), "{text:?}");
                assert_eq!(text.to_lowercase(), text, "{text:?}");
            }
            let localized = command["description_localizations"].as_object().expect("localized");
            assert_eq!(localized.len(), Language::ALL.len() - 1, "{command}");
            for text in localized.values() {
                let text = text.as_str().expect("text");
                assert!(!text.is_empty() && text.chars().count() <= 100);
            }
        }
    }
}
