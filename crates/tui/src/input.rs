//! Text entry: a line or multi-line input, and forms made of labelled inputs. They take
//! raw key events (typing is not a keymap matter) and say when they are done.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::theme::Theme;

/// What a key did to an input or form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Still editing.
    Editing,
    /// Confirmed.
    Submit,
    /// Abandoned.
    Cancel,
}

/// Editable text with a cursor (a char index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    /// The text.
    pub text: String,
    cursor: usize,
    /// Whether Enter adds a line (then Ctrl-S submits).
    pub multiline: bool,
}

impl TextInput {
    /// An input holding `text`, cursor at the end.
    pub fn new(text: &str, multiline: bool) -> TextInput {
        TextInput { text: text.to_string(), cursor: text.chars().count(), multiline }
    }

    fn byte(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }

    /// Applies a key.
    pub fn key(&mut self, key: &KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => return Edit::Cancel,
            KeyCode::Char('s') if ctrl => return Edit::Submit,
            KeyCode::F(2) => return Edit::Submit,
            KeyCode::Char('u') if ctrl => {
                self.text.clear();
                self.cursor = 0;
            }
            KeyCode::Enter if !self.multiline => return Edit::Submit,
            KeyCode::Enter => self.insert('\n'),
            KeyCode::Char(c) if !ctrl => self.insert(c),
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Delete if self.cursor < self.text.chars().count() => {
                let at = self.byte(self.cursor);
                self.text.remove(at);
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(self.text.chars().count()),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.chars().count(),
            _ => {}
        }
        Edit::Editing
    }

    fn insert(&mut self, c: char) {
        let at = self.byte(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// The text with a visible cursor mark, for drawing.
    pub fn shown(&self, focused: bool) -> String {
        if !focused {
            return self.text.clone();
        }
        let at = self.byte(self.cursor);
        format!("{}▏{}", &self.text[..at], &self.text[at..])
    }
}

/// One labelled input of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The label, already in the operator's language.
    pub label: String,
    /// The input.
    pub input: TextInput,
}

/// Labelled inputs with a focus; Tab moves, Enter (or Ctrl-S) submits, Esc cancels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The title.
    pub title: String,
    /// The fields.
    pub fields: Vec<Field>,
    /// The focused field.
    pub focus: usize,
    /// The field that was refused and why, shown under that field.
    pub error: Option<(usize, String)>,
    /// `label: value` lines above the fields, naming what the form acts on.
    pub intro: Vec<(String, String)>,
    /// The values the form opened with, to tell whether anything was typed.
    pristine: Vec<String>,
}

impl Form {
    /// A form with `(label, value, multiline)` fields.
    pub fn new(title: String, fields: Vec<(String, String, bool)>) -> Form {
        let fields = fields
            .into_iter()
            .map(|(label, value, multi)| Field { label, input: TextInput::new(&value, multi) })
            .collect::<Vec<_>>();
        let pristine = fields.iter().map(|f| f.input.text.clone()).collect();
        Form { title, fields, focus: 0, error: None, intro: Vec::new(), pristine }
    }

    /// Whether anything was typed since the form opened.
    pub fn changed(&self) -> bool {
        self.fields.iter().map(|f| &f.input.text).ne(self.pristine.iter())
    }

    /// Whether Enter adds a line in the focused field (then Ctrl-S submits).
    pub fn focus_multiline(&self) -> bool {
        self.fields.get(self.focus).is_some_and(|f| f.input.multiline)
    }

    /// The value of field `i`, trimmed.
    pub fn value(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", |f| f.input.text.trim())
    }

    /// Applies a key.
    pub fn key(&mut self, key: &KeyEvent) -> Edit {
        let n = self.fields.len().max(1);
        match key.code {
            KeyCode::Tab | KeyCode::Down => self.focus = (self.focus + 1) % n,
            KeyCode::BackTab | KeyCode::Up => self.focus = (self.focus + n - 1) % n,
            _ => match self.fields.get_mut(self.focus) {
                Some(field) => return field.input.key(key),
                None => return Edit::Cancel,
            },
        }
        Edit::Editing
    }

    /// Draws the form centred in `area`.
    pub fn draw(&self, f: &mut Frame, area: Rect, theme: Theme, hint: &str) {
        let label_width = self.fields.iter().map(|x| x.label.width()).max().unwrap_or(0) + 2;
        let mut lines = Vec::new();
        for (label, value) in &self.intro {
            lines.push(fact(label, value, theme));
        }
        if !self.intro.is_empty() {
            lines.push(Line::raw(""));
        }
        for (i, field) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let style = if focused { theme.focus() } else { theme.dim() };
            let mut parts = field.input.shown(focused).split('\n').map(str::to_string).collect::<Vec<_>>().into_iter();
            let first = parts.next().unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(crate::theme::pad(&field.label, label_width), style),
                Span::raw(first),
            ]));
            for more in parts {
                lines.push(Line::raw(format!("{}{more}", " ".repeat(label_width))));
            }
            if let Some((_, why)) = self.error.as_ref().filter(|(at, _)| *at == i) {
                lines.push(Line::styled(format!("{}✗ {why}", " ".repeat(label_width)), theme.bad()));
            }
        }
        // One line per hint line: the box is as tall as its lines.
        lines.extend(hint.lines().map(|h| Line::styled(h.to_string(), theme.dim())));
        let height = (lines.len() as u16 + 2).min(area.height);
        let rect = centered(area, area.width.saturating_sub(4).min(100), height);
        f.render_widget(Clear, rect);
        let block = ratatui::widgets::Block::bordered()
            .border_style(theme.focus())
            .title(Span::styled(format!(" {} ", self.title), theme.title()));
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), rect);
    }
}

/// A `label: value` line; a heading when there is no value, an indented value when
/// there is no label.
pub fn fact(label: &str, value: &str, theme: Theme) -> Line<'static> {
    match (label.trim().is_empty(), value.is_empty()) {
        (_, true) => Line::styled(label.to_string(), theme.title()),
        (true, false) => Line::raw(format!("  {value}")),
        (false, false) => {
            Line::from(vec![Span::styled(format!("{label}: "), theme.dim()), Span::raw(value.to_string())])
        }
    }
}

/// A rectangle of `width` × `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}
