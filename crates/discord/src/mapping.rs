//! Discord interactions and DMs as assistant inputs, and assistant replies as Discord
//! messages. Pure translation: no flow logic and no words of its own.

use serenity::all::{
    ActionRowComponent, Attachment, ButtonStyle, CommandData, CreateActionRow, CreateButton, ModalInteractionData,
    ResolvedValue, UserId,
};

use linkstar_assistant::{Input, Reply};
use linkstar_core::content::DraftKind;
use linkstar_core::place::{ChatAccount, ChatPlatform};

/// The chat account of a Discord user (their DMs with the bot).
pub fn account(user: UserId) -> ChatAccount {
    ChatAccount { platform: ChatPlatform::Discord, external_id: user.get().to_string() }
}

/// What a slash command asks for: an input the assistant takes as it is, or a draft
/// whose attachment must be fetched first.
#[derive(Debug, Clone)]
pub enum CommandInput {
    /// Ready for the assistant.
    Ready(Input),
    /// `/draft`: the attachment and its caption.
    Draft {
        /// The uploaded file.
        attachment: Box<Attachment>,
        /// The caption option (empty when not given).
        caption: String,
    },
}

/// The assistant input of a slash command: `/link token` is `/start token`, `/deals` is
/// `/status`, `/post url` is the link as text, `/draft` a file; an unknown command is
/// passed on as a command so the assistant answers it.
pub fn command_input(data: &CommandData) -> CommandInput {
    let options = data.options();
    let string = |name: &str| {
        options
            .iter()
            .find(|o| o.name == name)
            .and_then(|o| match &o.value {
                ResolvedValue::String(s) => Some(s.trim().to_string()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let command = |name: &str, argument: String| CommandInput::Ready(Input::Command { name: name.into(), argument });
    match data.name.as_str() {
        "link" => command("start", string("token")),
        "deals" | "status" => command("status", String::new()),
        "post" => CommandInput::Ready(Input::Text(string("url"))),
        "draft" => {
            let attachment = options.iter().find_map(|o| match &o.value {
                ResolvedValue::Attachment(a) => Some((*a).clone()),
                _ => None,
            });
            match attachment {
                Some(a) => CommandInput::Draft { attachment: Box::new(a), caption: string("caption") },
                None => CommandInput::Ready(Input::Text(string("caption"))),
            }
        }
        other => command(&other.to_ascii_lowercase(), String::new()),
    }
}

/// A DM's text as an input: the slash commands typed as text mean what they mean as
/// slash commands (`/link TOKEN`, `/deals`, `/post URL`).
pub fn dm_input(text: &str) -> Input {
    match Input::from_text(text) {
        Input::Command { name, argument } => match name.as_str() {
            "link" => Input::Command { name: "start".into(), argument },
            "deals" => Input::Command { name: "status".into(), argument },
            "post" => Input::Text(argument),
            _ => Input::Command { name, argument },
        },
        other => other,
    }
}

/// The draft kind of an attachment, from its content type.
pub fn draft_kind(content_type: Option<&str>) -> DraftKind {
    match content_type.unwrap_or_default() {
        t if t.starts_with("image/") => DraftKind::Photo,
        t if t.starts_with("video/") => DraftKind::Video,
        _ => DraftKind::File,
    }
}

/// The typed amount of a fee modal.
pub fn modal_input(data: &ModalInteractionData) -> Input {
    let value = data
        .components
        .iter()
        .flat_map(|row| row.components.iter())
        .find_map(|c| match c {
            ActionRowComponent::InputText(t) => t.value.clone(),
            _ => None,
        })
        .unwrap_or_default();
    Input::Text(value.trim().to_string())
}

/// Discord's longest message.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// A reply as Discord messages: the text cut into pieces Discord accepts (at line ends
/// where possible), the buttons under the last piece.
pub fn messages(reply: &Reply) -> Vec<(String, Vec<CreateActionRow>)> {
    let mut pieces = split(&reply.text, MAX_MESSAGE_CHARS);
    if pieces.is_empty() {
        pieces.push(String::from("\u{200b}"));
    }
    let last = pieces.len() - 1;
    pieces.into_iter().enumerate().map(|(i, text)| (text, if i == last { rows(reply) } else { Vec::new() })).collect()
}

/// Button rows (Discord: at most 5 rows of 5, labels up to 80 characters).
pub fn rows(reply: &Reply) -> Vec<CreateActionRow> {
    reply
        .buttons
        .iter()
        .take(5)
        .map(|row| {
            CreateActionRow::Buttons(
                row.iter()
                    .take(5)
                    .map(|b| {
                        let label: String = b.label.chars().take(80).collect();
                        let style =
                            if b.data.starts_with("acc:") { ButtonStyle::Success } else { ButtonStyle::Secondary };
                        CreateButton::new(b.data.clone()).label(label).style(style)
                    })
                    .collect(),
            )
        })
        .collect()
}

/// Cuts text into pieces of at most `max` characters, preferring line ends.
fn split(text: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        let mut line = line;
        loop {
            let room = max - current.chars().count();
            if line.chars().count() <= room {
                current.push_str(line);
                break;
            }
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
                continue;
            }
            let cut = line.char_indices().nth(max).map_or(line.len(), |(i, _)| i);
            pieces.push(line[..cut].to_string());
            line = &line[cut..];
        }
    }
    if !current.trim().is_empty() {
        pieces.push(current);
    }
    pieces.into_iter().map(|p| p.trim_end().to_string()).filter(|p| !p.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_assistant::Button;
    use serde_json::json;

    fn ready(data: &CommandData) -> Option<Input> {
        match command_input(data) {
            CommandInput::Ready(input) => Some(input),
            CommandInput::Draft { .. } => None,
        }
    }

    fn data(value: serde_json::Value) -> CommandData {
        serde_json::from_value(value).expect("command data")
    }

    #[test]
    fn slash_commands_become_assistant_inputs() {
        let link = data(json!({"id": "1", "name": "link", "type": 1,
            "options": [{"name": "token", "type": 3, "value": " abc123 "}]}));
        assert_eq!(ready(&link), Some(Input::Command { name: "start".into(), argument: "abc123".into() }));
        let deals = data(json!({"id": "1", "name": "deals", "type": 1}));
        assert_eq!(ready(&deals), Some(Input::Command { name: "status".into(), argument: String::new() }));
        let post = data(json!({"id": "1", "name": "post", "type": 1,
            "options": [{"name": "url", "type": 3, "value": "https://www.tiktok.com/@ana/video/1"}]}));
        assert_eq!(ready(&post), Some(Input::Text("https://www.tiktok.com/@ana/video/1".into())));
        let help = data(json!({"id": "1", "name": "help", "type": 1}));
        assert_eq!(ready(&help), Some(Input::Command { name: "help".into(), argument: String::new() }));
    }

    #[test]
    fn commands_typed_in_a_dm_mean_what_the_slash_commands_mean() {
        assert_eq!(dm_input("/link abc"), Input::Command { name: "start".into(), argument: "abc".into() });
        assert_eq!(dm_input("/deals"), Input::Command { name: "status".into(), argument: String::new() });
        assert_eq!(dm_input("/post https://x.y/z"), Input::Text("https://x.y/z".into()));
        assert_eq!(dm_input("/help"), Input::Command { name: "help".into(), argument: String::new() });
        assert_eq!(dm_input("600 EUR"), Input::Text("600 EUR".into()));
    }

    #[test]
    fn a_draft_carries_its_resolved_attachment_and_caption() {
        let draft = data(json!({"id": "1", "name": "draft", "type": 1,
            "options": [{"name": "file", "type": 11, "value": "900"}, {"name": "caption", "type": 3, "value": "Glow #ad"}],
            "resolved": {"attachments": {"900": {"id": "900", "filename": "cut.mp4", "size": 1234,
                "url": "http://127.0.0.1/a/cut.mp4", "proxy_url": "http://127.0.0.1/a/cut.mp4", "content_type": "video/mp4"}}}}));
        match command_input(&draft) {
            CommandInput::Draft { attachment, caption } => {
                assert_eq!(attachment.filename, "cut.mp4");
                assert_eq!(attachment.size, 1234);
                assert_eq!(caption, "Glow #ad");
                assert_eq!(draft_kind(attachment.content_type.as_deref()), DraftKind::Video);
            }
            other => panic!("not a draft: {other:?}"),
        }
        assert_eq!(draft_kind(Some("image/png")), DraftKind::Photo);
        assert_eq!(draft_kind(None), DraftKind::File);
    }

    #[test]
    fn the_fee_modal_gives_the_typed_amount() {
        let modal: ModalInteractionData = serde_json::from_value(json!({"custom_id": "fee:7",
            "components": [{"type": 1, "components": [{"type": 4, "custom_id": "amount", "value": " 600 EUR "}]}]}))
        .expect("modal data");
        assert_eq!(modal_input(&modal), Input::Text("600 EUR".into()));
    }

    #[test]
    fn long_replies_are_cut_and_buttons_go_under_the_last_piece() {
        let line = "x".repeat(1500);
        let reply = Reply {
            text: format!("{line}\n{line}\n{}", "y".repeat(4500)),
            buttons: vec![vec![Button { label: "Accept".into(), data: "acc:1:0123456789abcdef".into() }]],
        };
        let messages = messages(&reply);
        assert!(messages.iter().all(|(t, _)| t.chars().count() <= MAX_MESSAGE_CHARS));
        assert_eq!(messages.iter().map(|(t, _)| t.chars().count()).sum::<usize>(), 1500 + 1500 + 4500);
        assert!(messages[..messages.len() - 1].iter().all(|(_, rows)| rows.is_empty()));
        assert_eq!(messages.last().map(|(_, rows)| rows.len()), Some(1));
        let json = serde_json::to_value(&messages[messages.len() - 1].1).expect("json");
        assert_eq!(json[0]["components"][0]["custom_id"], "acc:1:0123456789abcdef");
        assert_eq!(json[0]["components"][0]["style"], 3);
    }
}
