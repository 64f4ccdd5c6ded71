//! The slash commands, described in every language from Fluent.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption};

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
    label: Label,
    required: bool,
}

/// The commands: `(name, description, options)`.
const COMMANDS: [(&str, Label, &[Opt]); 6] = [
    (
        "link",
        Label::CommandLink,
        &[Opt { kind: CommandOptionType::String, name: "token", label: Label::OptionToken, required: true }],
    ),
    ("deals", Label::CommandStatus, &[]),
    (
        "draft",
        Label::CommandDraft,
        &[
            Opt { kind: CommandOptionType::Attachment, name: "file", label: Label::OptionFile, required: true },
            Opt { kind: CommandOptionType::String, name: "caption", label: Label::OptionCaption, required: false },
        ],
    ),
    (
        "post",
        Label::CommandPost,
        &[Opt { kind: CommandOptionType::String, name: "url", label: Label::OptionUrl, required: true }],
    ),
    ("language", Label::CommandLanguage, &[]),
    ("help", Label::CommandHelp, &[]),
];

/// The global slash commands, usable in DMs, with descriptions in English and
/// `description_localizations` for every other supported language.
pub fn definitions(words: &Localizer) -> Vec<CreateCommand> {
    COMMANDS
        .iter()
        .map(|(name, label, options)| {
            let mut command = CreateCommand::new(*name).description(fit(words.label(*label, Language::EnUs)));
            for language in Language::ALL.iter().filter(|l| **l != Language::EnUs) {
                command = command.description_localized(discord_locale(*language), fit(words.label(*label, *language)));
            }
            for opt in *options {
                let mut option =
                    CreateCommandOption::new(opt.kind, opt.name, fit(words.label(opt.label, Language::EnUs)))
                        .required(opt.required);
                for language in Language::ALL.iter().filter(|l| **l != Language::EnUs) {
                    option =
                        option.description_localized(discord_locale(*language), fit(words.label(opt.label, *language)));
                }
                command = command.add_option(option);
            }
            command.dm_permission(true)
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
        for command in json.as_array().expect("a list") {
            let localized = command["description_localizations"].as_object().expect("localized");
            assert_eq!(localized.len(), Language::ALL.len() - 1, "{command}");
            for text in localized.values() {
                let text = text.as_str().expect("text");
                assert!(!text.is_empty() && text.chars().count() <= 100);
            }
        }
    }
}
