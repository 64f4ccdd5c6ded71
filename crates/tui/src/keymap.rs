//! The keymap as data: which key runs which [`Command`]. The defaults are a table, and a
//! user's `[keys]` settings (`approve = "A"`, `quit = "ctrl-q"`) replace single entries.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use linkstar_i18n::{Ui, Work};

/// A command's label: a dashboard text or a workbench text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// From [`Ui`].
    Ui(Ui),
    /// From [`Work`].
    Work(Work),
}

/// Something the operator asks for with a key, independent of which key it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    /// Leave the dashboard.
    Quit,
    /// Show the keys of the current view.
    Help,
    /// Open the command palette.
    Palette,
    /// Search in the current view.
    Search,
    /// The next view.
    NextView,
    /// The previous view.
    PrevView,
    /// Move up.
    Up,
    /// Move down.
    Down,
    /// Move left.
    Left,
    /// Move right.
    Right,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// Open the selected item.
    Open,
    /// Close the current overlay or detail.
    Back,
    /// Approve the draft in review.
    Approve,
    /// Request changes to the draft in review.
    RequestChanges,
    /// Mark the selected payment paid.
    MarkPaid,
    /// Select or unselect the current row.
    Select,
    /// Make offers to the selected creators.
    MakeOffer,
    /// Cycle the campaign filter.
    Campaign,
    /// Edit the filters.
    Filters,
    /// Create a campaign.
    NewCampaign,
    /// Edit the selected campaign.
    EditCampaign,
    /// Reload the view.
    Refresh,
    /// Take the creator's counter-offer.
    AcceptCounter,
    /// Answer a counter-offer with the brand's own fee.
    CounterBack,
    /// Decline a counter-offer; the offer stands.
    DeclineCounter,
    /// Verify the submitted post link.
    VerifyPost,
    /// Refuse the submitted post link, with a reason.
    RefusePost,
    /// Cancel the deal.
    CancelDeal,
    /// Go to the view with this number (1-based).
    Go(u8),
    /// Show the draft's picture in the review pane.
    ViewFile,
    /// Save the draft's file to a folder.
    SaveFile,
    /// Open the draft's file with the system viewer.
    OpenFile,
}

impl Command {
    /// The name used in settings (`[keys] approve = "a"`).
    pub fn name(&self) -> &'static str {
        match self {
            Command::Quit => "quit",
            Command::Help => "help",
            Command::Palette => "palette",
            Command::Search => "search",
            Command::NextView => "next_view",
            Command::PrevView => "prev_view",
            Command::Up => "up",
            Command::Down => "down",
            Command::Left => "left",
            Command::Right => "right",
            Command::PageUp => "page_up",
            Command::PageDown => "page_down",
            Command::Open => "open",
            Command::Back => "back",
            Command::Approve => "approve",
            Command::RequestChanges => "request_changes",
            Command::MarkPaid => "mark_paid",
            Command::Select => "select",
            Command::MakeOffer => "make_offer",
            Command::Campaign => "campaign",
            Command::Filters => "filters",
            Command::NewCampaign => "new_campaign",
            Command::EditCampaign => "edit_campaign",
            Command::Refresh => "refresh",
            Command::AcceptCounter => "accept_counter",
            Command::CounterBack => "counter_back",
            Command::DeclineCounter => "decline_counter",
            Command::VerifyPost => "verify_post",
            Command::RefusePost => "refuse_post",
            Command::CancelDeal => "cancel_deal",
            Command::Go(_) => "go",
            Command::ViewFile => "view_file",
            Command::SaveFile => "save_file",
            Command::OpenFile => "open_file",
        }
    }

    /// What the command does, in the operator's words.
    pub fn label(&self) -> Words {
        Words::Ui(match self {
            Command::Quit => Ui::ActionQuit,
            Command::Help => Ui::ActionHelp,
            Command::Palette => Ui::ActionPalette,
            Command::Search => Ui::ActionSearch,
            Command::NextView => Ui::ActionNextView,
            Command::PrevView => Ui::ActionPrevView,
            Command::Up => Ui::ActionUp,
            Command::Down => Ui::ActionDown,
            Command::Left => Ui::ActionLeft,
            Command::Right => Ui::ActionRight,
            Command::PageUp => Ui::ActionPageUp,
            Command::PageDown => Ui::ActionPageDown,
            Command::Open => Ui::ActionOpen,
            Command::Back => Ui::ActionBack,
            Command::Approve => Ui::ActionApprove,
            Command::RequestChanges => Ui::ActionRequestChanges,
            Command::MarkPaid => Ui::ActionMarkPaid,
            Command::Select => Ui::ActionSelect,
            Command::MakeOffer => Ui::ActionMakeOffer,
            Command::Campaign => Ui::ActionCampaign,
            Command::Filters => Ui::ActionFilters,
            Command::NewCampaign => Ui::ActionNewCampaign,
            Command::EditCampaign => Ui::ActionEditCampaign,
            Command::Refresh => Ui::ActionRefresh,
            Command::Go(_) => Ui::ActionGo,
            Command::ViewFile => Ui::ActionViewFile,
            Command::SaveFile => Ui::ActionSaveFile,
            Command::OpenFile => Ui::ActionOpenFile,
            Command::AcceptCounter => return Words::Work(Work::ActAcceptCounter),
            Command::CounterBack => return Words::Work(Work::ActCounterBack),
            Command::DeclineCounter => return Words::Work(Work::ActDeclineCounter),
            Command::VerifyPost => return Words::Work(Work::ActVerifyPost),
            Command::RefusePost => return Words::Work(Work::ActRefusePost),
            Command::CancelDeal => return Words::Work(Work::ActCancelDeal),
        })
    }

    /// Every command a setting can name, for parsing overrides.
    const NAMED: [Command; 33] = [
        Command::Quit,
        Command::Help,
        Command::Palette,
        Command::Search,
        Command::NextView,
        Command::PrevView,
        Command::Up,
        Command::Down,
        Command::Left,
        Command::Right,
        Command::PageUp,
        Command::PageDown,
        Command::Open,
        Command::Back,
        Command::Approve,
        Command::RequestChanges,
        Command::MarkPaid,
        Command::Select,
        Command::MakeOffer,
        Command::Campaign,
        Command::Filters,
        Command::NewCampaign,
        Command::EditCampaign,
        Command::Refresh,
        Command::AcceptCounter,
        Command::CounterBack,
        Command::DeclineCounter,
        Command::VerifyPost,
        Command::RefusePost,
        Command::CancelDeal,
        Command::ViewFile,
        Command::SaveFile,
        Command::OpenFile,
    ];
}

/// One key with its modifiers, as written in settings: `a`, `A`, `ctrl-q`, `enter`, `f5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl or Alt (Shift is part of the character).
    pub modifiers: KeyModifiers,
}

impl Key {
    /// Parses a key name; `None` for a name that is not a key.
    pub fn parse(text: &str) -> Option<Key> {
        let text = text.trim();
        let (modifiers, rest) = if let Some(r) = text.strip_prefix("ctrl-") {
            (KeyModifiers::CONTROL, r)
        } else if let Some(r) = text.strip_prefix("alt-") {
            (KeyModifiers::ALT, r)
        } else {
            (KeyModifiers::NONE, text)
        };
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
            _ => {
                let mut chars = rest.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(c)
            }
        };
        Some(Key { code, modifiers })
    }

    /// The key of a terminal event (Shift folded into the character).
    pub fn of(event: &KeyEvent) -> Key {
        Key { code: event.code, modifiers: event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT) }
    }

    /// How the key is shown in the help overlay.
    pub fn display(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }
}

/// Keys bound to commands, in the order the help overlay lists them.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Key, Command)>,
}

const DEFAULTS: &[(&str, Command)] = &[
    ("q", Command::Quit),
    ("ctrl-c", Command::Quit),
    ("?", Command::Help),
    (":", Command::Palette),
    ("/", Command::Search),
    ("tab", Command::NextView),
    ("backtab", Command::PrevView),
    ("up", Command::Up),
    ("k", Command::Up),
    ("down", Command::Down),
    ("j", Command::Down),
    ("left", Command::Left),
    ("h", Command::Left),
    ("right", Command::Right),
    ("l", Command::Right),
    ("pageup", Command::PageUp),
    ("pagedown", Command::PageDown),
    ("enter", Command::Open),
    ("esc", Command::Back),
    ("a", Command::Approve),
    ("r", Command::RequestChanges),
    ("m", Command::MarkPaid),
    ("space", Command::Select),
    ("o", Command::MakeOffer),
    ("c", Command::Campaign),
    ("f", Command::Filters),
    ("n", Command::NewCampaign),
    ("e", Command::EditCampaign),
    ("ctrl-r", Command::Refresh),
    ("A", Command::AcceptCounter),
    ("C", Command::CounterBack),
    ("D", Command::DeclineCounter),
    ("v", Command::VerifyPost),
    ("R", Command::RefusePost),
    ("X", Command::CancelDeal),
    ("1", Command::Go(1)),
    ("2", Command::Go(2)),
    ("3", Command::Go(3)),
    ("4", Command::Go(4)),
    ("5", Command::Go(5)),
    ("6", Command::Go(6)),
    ("7", Command::Go(7)),
    ("i", Command::ViewFile),
    ("s", Command::SaveFile),
    ("x", Command::OpenFile),
];

impl Default for Keymap {
    fn default() -> Self {
        Keymap { bindings: DEFAULTS.iter().filter_map(|(k, c)| Key::parse(k).map(|k| (k, *c))).collect() }
    }
}

impl Keymap {
    /// The defaults with overrides applied: each `command = "key"` entry makes that key
    /// the command's only key. Unknown commands or keys are returned, not applied.
    pub fn with_overrides(overrides: &BTreeMap<String, String>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut refused = Vec::new();
        for (name, key) in overrides {
            let command = Command::NAMED.iter().find(|c| c.name() == name.trim());
            match (command, Key::parse(key)) {
                (Some(command), Some(key)) => {
                    map.bindings.retain(|(k, c)| c != command && *k != key);
                    map.bindings.push((key, *command));
                }
                _ => refused.push(format!("{name} = {key:?}")),
            }
        }
        (map, refused)
    }

    /// The command a key event runs, if any.
    pub fn command(&self, event: &KeyEvent) -> Option<Command> {
        let key = Key::of(event);
        self.bindings.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
    }

    /// The keys of a command, shown joined (`↑/k`).
    pub fn keys_of(&self, command: Command) -> String {
        let keys: Vec<String> = self.bindings.iter().filter(|(_, c)| *c == command).map(|(k, _)| k.display()).collect();
        keys.join("/")
    }

    /// The first key of a command, for hints.
    pub fn first_key(&self, command: Command) -> String {
        self.bindings.iter().find(|(_, c)| *c == command).map(|(k, _)| k.display()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_overrides_replace_one_binding() {
        assert_eq!(Key::parse("ctrl-q"), Some(Key { code: KeyCode::Char('q'), modifiers: KeyModifiers::CONTROL }));
        assert_eq!(Key::parse("f5").map(|k| k.code), Some(KeyCode::F(5)));
        assert_eq!(Key::parse("nonsense"), None);
        let overrides = BTreeMap::from([("approve".to_string(), "A".to_string()), ("bogus".into(), "x".into())]);
        let (map, refused) = Keymap::with_overrides(&overrides);
        let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.command(&press('A')), Some(Command::Approve));
        assert_eq!(map.command(&press('a')), None);
        assert_eq!(refused, vec!["bogus = \"x\"".to_string()]);
    }
}
