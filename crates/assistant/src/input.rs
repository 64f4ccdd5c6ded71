//! What comes in from a chat and what goes back: platform-neutral values.

use linkstar_core::checks::FileFacts;
use linkstar_core::content::DraftKind;
use linkstar_core::ids::DealId;
use linkstar_core::place::ChatAccount;
use linkstar_i18n::Language;

/// One update from a chat, as a frontend translated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    /// Who wrote.
    pub chat: ChatAccount,
    /// The platform's id of the update; the same id is only ever handled once.
    pub update_id: Option<String>,
    /// The language the platform reports for the user (`es`, `zh-hans`), if any.
    pub language_code: Option<String>,
    /// What they did.
    pub input: Input,
}

/// What a creator did in the chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A command such as `/start TOKEN`, without the slash, lower-cased.
    Command {
        /// The command name (`start`, `status`).
        name: String,
        /// Everything after the name, trimmed.
        argument: String,
    },
    /// Plain text (a fee, a post link, or something unexpected).
    Text(String),
    /// A file, photo or video with its caption.
    File(Upload),
    /// A button press, with the button's data.
    Button(String),
    /// Something the frontend could not read (a file whose download failed).
    Unreadable,
}

impl Input {
    /// Parses a message text: `/name@bot argument` is a command, anything else text.
    pub fn from_text(text: &str) -> Input {
        let trimmed = text.trim();
        match trimmed.strip_prefix('/') {
            Some(rest) if rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => {
                let (head, argument) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                let name = head.split('@').next().unwrap_or(head).to_ascii_lowercase();
                Input::Command { name, argument: argument.trim().to_string() }
            }
            _ => Input::Text(trimmed.to_string()),
        }
    }
}

/// An uploaded file. When it broke the size or type limits the frontend did not fetch
/// it: `facts.sha256` is empty and the assistant answers with the check result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// File, photo or video.
    pub kind: DraftKind,
    /// Name, type, size and content hash.
    pub facts: FileFacts,
    /// The caption sent with it.
    pub caption: String,
}

/// A button under a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// What it says, in the reader's language.
    pub label: String,
    /// What comes back when it is pressed (at most 64 bytes, Telegram's limit).
    pub data: String,
}

/// A message to the chat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// The text.
    pub text: String,
    /// Rows of buttons.
    pub buttons: Vec<Vec<Button>>,
}

impl Reply {
    /// A reply without buttons.
    pub fn text(text: impl Into<String>) -> Reply {
        Reply { text: text.into(), buttons: Vec::new() }
    }
}

/// What the assistant answers to one update.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Messages to send, in order.
    pub replies: Vec<Reply>,
    /// The pressed button's message is settled: its buttons should go.
    pub close_buttons: bool,
    /// The update was seen before and was skipped.
    pub duplicate: bool,
    /// The assistant now waits for a fee (after Propose a fee): a platform with forms
    /// (Discord's modals) may ask for it in one instead of showing the prompt.
    pub awaiting_fee: bool,
    /// The language the replies are in (the creator's choice, else the platform's code,
    /// else the campaign's default), so a frontend's own words (a modal's title) match.
    pub language: Language,
}

impl Outcome {
    /// One reply.
    pub fn say(reply: Reply) -> Outcome {
        Outcome { replies: vec![reply], ..Outcome::default() }
    }
}

/// What a button does, encoded in its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    /// Accept the deal's terms as shown (a prefix of their fingerprint).
    Accept(DealId, String),
    /// Decline the offer.
    Decline(DealId),
    /// Start the counter-offer dialogue.
    ProposeFee(DealId),
    /// Show the brief.
    Brief(DealId),
    /// The draft waiting in the conversation is for this deal.
    Pick(DealId),
    /// Speak this language.
    Language(String),
    /// Leave what is under way (the fee entry, an early post link).
    Cancel,
    /// The early post link is for a live post: submit it.
    PostLive(DealId),
}

/// Characters of the terms fingerprint a button carries (64 bits).
pub(crate) const SHOWN_HASH_LEN: usize = 16;

impl Action {
    pub(crate) fn encode(&self) -> String {
        match self {
            Action::Accept(d, hash) => format!("acc:{d}:{hash}"),
            Action::Decline(d) => format!("dec:{d}"),
            Action::ProposeFee(d) => format!("fee:{d}"),
            Action::Brief(d) => format!("brief:{d}"),
            Action::Pick(d) => format!("pick:{d}"),
            Action::Language(tag) => format!("lang:{tag}"),
            Action::Cancel => "cancel:-".to_string(),
            Action::PostLive(d) => format!("live:{d}"),
        }
    }

    /// Reads button data; `None` for anything malformed (a forged or ancient button).
    pub(crate) fn decode(data: &str) -> Option<Action> {
        let mut parts = data.splitn(3, ':');
        let kind = parts.next()?;
        let arg = parts.next()?;
        let deal = || arg.parse::<i64>().ok().filter(|n| *n > 0).map(DealId);
        Some(match kind {
            "acc" => {
                let hash = parts.next()?;
                if hash.len() != SHOWN_HASH_LEN || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                Action::Accept(deal()?, hash.to_string())
            }
            "dec" => Action::Decline(deal()?),
            "fee" => Action::ProposeFee(deal()?),
            "brief" => Action::Brief(deal()?),
            "pick" => Action::Pick(deal()?),
            "lang" if arg.len() <= 16 => Action::Language(arg.to_string()),
            "cancel" if arg == "-" => Action::Cancel,
            "live" => Action::PostLive(deal()?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_parsed_with_bot_names_and_arguments() {
        assert_eq!(
            Input::from_text("/start@LumenBot  abc "),
            Input::Command { name: "start".into(), argument: "abc".into() }
        );
        assert_eq!(Input::from_text("/STATUS"), Input::Command { name: "status".into(), argument: String::new() });
        assert_eq!(Input::from_text(" 600 "), Input::Text("600".into()));
        assert_eq!(Input::from_text("/ 600"), Input::Text("/ 600".into()));
    }

    #[test]
    fn button_data_round_trips_and_forgeries_are_refused() {
        let all = [
            Action::Accept(DealId(7), "0123456789abcdef".into()),
            Action::Decline(DealId(7)),
            Action::ProposeFee(DealId(7)),
            Action::Brief(DealId(7)),
            Action::Pick(DealId(9)),
            Action::Language("zh-CN".into()),
            Action::Cancel,
            Action::PostLive(DealId(4)),
        ];
        for action in all {
            assert!(action.encode().len() <= 64);
            assert_eq!(Action::decode(&action.encode()), Some(action));
        }
        for bad in
            ["", "acc:7", "acc:7:xyz", "dec:-1", "dec:abc", "nope:1", "pick:", "dec:0", "cancel", "cancel:1", "live:x"]
        {
            assert_eq!(Action::decode(bad), None, "{bad}");
        }
    }
}
