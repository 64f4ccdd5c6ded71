//! Drawing the frame: tabs on top, the view, the footer with hints and status, and the
//! overlays (help, command palette, search, notes editor, reference prompt, forms).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Tabs, Wrap};

use linkstar_i18n::{Ui, Work};
use unicode_width::UnicodeWidthStr;

use crate::dashboard::{Dashboard, Modal, Purpose};
use crate::input::{TextInput, centered};
use crate::keymap::Command;
use crate::views::{Cx, ViewId, permission};

/// Commands always available, besides each view's own.
const GLOBAL: [Command; 9] = [
    Command::Up,
    Command::Down,
    Command::Left,
    Command::Right,
    Command::NextView,
    Command::Back,
    Command::Palette,
    Command::Refresh,
    Command::Quit,
];

/// The commands of the current view that the operator's role may run.
pub fn offered(d: &Dashboard) -> Vec<Command> {
    let own = if d.deal_open { d.deal.commands() } else { d.view_commands() };
    own.iter()
        .chain(GLOBAL.iter())
        .copied()
        .filter(|c| permission(*c).is_none_or(|p| d.operator.role.allows(p)))
        .collect()
}

/// Palette entries matching `filter` (by label, case-insensitive): views, then actions.
pub fn palette_matches(d: &Dashboard, filter: &str) -> Vec<Command> {
    let cx = d.cx();
    let needle = filter.trim().to_lowercase();
    let views = (1..=ViewId::ALL.len() as u8).map(Command::Go);
    views
        .chain(offered(d))
        .filter(|c| {
            let label = match c {
                Command::Go(n) => ViewId::ALL[usize::from(*n) - 1].title(&cx),
                other => cx.label(*other),
            };
            needle.is_empty() || label.to_lowercase().contains(&needle)
        })
        .collect()
}

impl Dashboard {
    /// Draws the whole frame from the current state.
    pub fn draw(&self, f: &mut Frame) {
        let cx = self.cx();
        let [top, body, foot] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)]).areas(f.area());
        let selected = ViewId::ALL.iter().position(|v| *v == self.view);
        let full: Vec<String> =
            ViewId::ALL.iter().enumerate().map(|(i, v)| format!("{} {}", i + 1, v.title(&cx))).collect();
        // Every tab stays on the bar: when the names do not all fit, the other tabs show
        // their number only.
        let wide = full.iter().map(|t| t.width()).sum::<usize>() + full.len() - 1 > usize::from(top.width);
        let titles: Vec<Line> = full
            .into_iter()
            .enumerate()
            .map(|(i, t)| if wide && Some(i) != selected { Line::raw(format!("{}", i + 1)) } else { Line::raw(t) })
            .collect();
        let tabs = Tabs::new(titles)
            .select(selected)
            .style(cx.theme.dim())
            .highlight_style(cx.theme.selected())
            .divider("│")
            .padding("", "");
        f.render_widget(tabs, top);

        if self.deal_open {
            self.deal.draw(f, body, &cx);
        } else {
            match self.view {
                ViewId::Pipeline => {
                    let name = self
                        .pipeline
                        .campaign
                        .and_then(|id| self.campaigns.iter().find(|c| c.campaign.id == id))
                        .map(|c| c.campaign.spec.name.as_str());
                    self.pipeline.draw(f, body, &cx, &self.attention, name)
                }
                ViewId::Campaigns => self.campaign_view.draw(f, body, &cx, &self.campaign_view.shown(&self.campaigns)),
                ViewId::Creators => self.creators.draw(f, body, &cx),
                ViewId::Review => {
                    let list: Vec<_> = self.campaigns.iter().map(|c| c.campaign.clone()).collect();
                    self.review.draw(f, body, &cx, &list)
                }
                ViewId::Payments => self.payments.draw(f, body, &cx),
                ViewId::Reports => self.reports.draw(f, body, &cx, &self.campaigns),
                ViewId::Activity => self.activity.draw(f, body, &cx),
            }
        }
        self.footer(f, foot, &cx);
        match &self.modal {
            None => {}
            Some(Modal::Help) => self.help(f, body, &cx),
            Some(Modal::Palette(input, choice)) => self.palette(f, body, &cx, input, *choice),
            Some(Modal::Search(input)) => prompt(f, body, &cx, cx.t(Ui::Search), input, 1),
            Some(Modal::Form(purpose, form)) => {
                // The hint names the key that submits from the focused field.
                let mut hint = if form.focus_multiline() { cx.w(Work::FormHintEditor) } else { cx.t(Ui::FormHint) };
                // Notes on a video draft may point at moments: say how.
                if let Purpose::Ask(ask) = purpose
                    && let crate::ask::Ask::RequestChanges(target, _) = ask.as_ref()
                    && self.review.is_video(target.deal)
                {
                    hint = format!("{}\n{hint}", cx.t(Ui::NotesVideoHint));
                }
                form.draw(f, body, cx.theme, &hint)
            }
            Some(Modal::Confirm(c)) => {
                let facts: Vec<(String, String)> = c.facts.clone();
                question(f, body, &cx, &c.title, &facts, &cx.w(Work::ConfirmHint))
            }
            Some(Modal::Discard(under)) => {
                if let Modal::Form(_, form) = under.as_ref() {
                    form.draw(f, body, cx.theme, "");
                }
                question(f, body, &cx, &cx.w(Work::DiscardTitle), &[], &cx.w(Work::DiscardHint))
            }
            Some(Modal::SaveDraft(_, input)) => prompt(f, body, &cx, cx.t(Ui::SaveTo), input, 1),
        }
    }

    fn footer(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let who = format!(
            " {} · {} {}",
            self.operator.name,
            cx.t(role(self.operator.role)),
            if self.head.is_some() { format!("● {}", cx.t(Ui::Live)) } else { cx.t(Ui::Loading) }
        );
        let who_width = unicode_width::UnicodeWidthStr::width(who.as_str()) as u16;
        let [left, right] = Layout::horizontal([Constraint::Min(1), Constraint::Length(who_width)]).areas(area);
        let line = match &self.status {
            Some(s) => Line::styled(s.text.clone(), if s.bad { cx.theme.bad() } else { cx.theme.good() }),
            None => {
                // Whole hints only: the view's own are dropped from the end until the line fits.
                let own: Vec<Command> = offered(self).into_iter().filter(|c| !GLOBAL.contains(c)).take(4).collect();
                let width = |cs: &[Command]| -> usize { cs.iter().flat_map(|c| cx.hint(*c)).map(|s| s.width()).sum() };
                let mut shown = [vec![Command::Help, Command::Palette], own, vec![Command::Quit]].concat();
                while width(&shown) > usize::from(left.width) && shown.len() > 1 {
                    let drop = if shown.len() > 3 { shown.len() - 2 } else { 0 };
                    shown.remove(drop);
                }
                Line::from(shown.iter().flat_map(|c| cx.hint(*c)).collect::<Vec<_>>())
            }
        };
        f.render_widget(Paragraph::new(line), left);
        f.render_widget(Paragraph::new(Span::styled(who, cx.theme.dim())), right);
    }

    fn help(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let mut lines: Vec<Line> = Vec::new();
        let mut commands = offered(self);
        for c in [Command::Help, Command::Search, Command::PageUp, Command::PageDown, Command::PrevView] {
            if !commands.contains(&c) {
                commands.push(c);
            }
        }
        commands.push(Command::Go(1));
        for c in commands {
            let keys = if let Command::Go(_) = c { "1–7".to_string() } else { cx.keys.keys_of(c) };
            lines.push(Line::from(vec![
                Span::styled(crate::theme::pad(&keys, 14), cx.theme.key()),
                Span::raw(cx.label(c)),
            ]));
        }
        let title = if self.deal_open { cx.t(Ui::ScreenDeal) } else { self.view.title(cx) };
        let rect = centered(area, 56, lines.len() as u16 + 2);
        f.render_widget(Clear, rect);
        let block = Block::bordered()
            .border_style(cx.theme.focus())
            .title(Span::styled(format!(" {} · {title} ", cx.t(Ui::HelpTitle)), cx.theme.title()));
        f.render_widget(Paragraph::new(lines).block(block), rect);
    }

    fn palette(&self, f: &mut Frame, area: Rect, cx: &Cx, input: &TextInput, choice: usize) {
        let matches = palette_matches(self, &input.text);
        let mut lines = vec![Line::styled(format!(": {}", input.shown(true)), cx.theme.key())];
        for (i, c) in matches.iter().enumerate() {
            let label = match c {
                Command::Go(n) => format!("{} {}", cx.t(Ui::ActionGo), ViewId::ALL[usize::from(*n) - 1].title(cx)),
                other => cx.label(*other),
            };
            let style = if i == choice { cx.theme.selected() } else { cx.theme.text() };
            lines.push(Line::styled(label, style));
        }
        let rect = centered(area, 50, (lines.len() as u16 + 2).min(area.height));
        f.render_widget(Clear, rect);
        let block = Block::bordered()
            .border_style(cx.theme.focus())
            .title(Span::styled(format!(" {} ", cx.t(Ui::PaletteTitle)), cx.theme.title()));
        f.render_widget(Paragraph::new(lines).block(block), rect);
    }
}

/// A question: a title, `label: value` facts wrapped to the box, and the keys' hint.
fn question(f: &mut Frame, area: Rect, cx: &Cx, title: &str, facts: &[(String, String)], hint: &str) {
    let width = area.width.saturating_sub(4).min(72);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = facts.iter().map(|(label, value)| crate::input::fact(label, value, cx.theme)).collect();
    lines.push(Line::styled(hint.to_string(), cx.theme.key()));
    // Rows as wrapped: each line takes its display width over the inner width, rounded up.
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
    let rect = centered(area, width, (rows as u16).saturating_add(2));
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(cx.theme.focus())
        .title(Span::styled(format!(" {} ", crate::theme::fit(title, inner.saturating_sub(2))), cx.theme.title()));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), rect);
}

/// A text prompt (one line or an editor of `rows` lines) with its hint.
fn prompt(f: &mut Frame, area: Rect, cx: &Cx, title: String, input: &TextInput, rows: u16) {
    let hint = cx.t(if input.multiline { Ui::EditorHint } else { Ui::PromptHint });
    let rect = centered(area, area.width.saturating_sub(8).min(72), rows + 3);
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(cx.theme.focus())
        .title(Span::styled(format!(" {title} "), cx.theme.title()))
        .title_bottom(Span::styled(format!(" {hint} "), cx.theme.dim()));
    f.render_widget(Paragraph::new(input.shown(true)).wrap(Wrap { trim: false }).block(block), rect);
}

/// A role's name.
pub fn role(r: linkstar_core::brand::Role) -> Ui {
    use linkstar_core::brand::Role;
    match r {
        Role::Admin => Ui::RoleAdmin,
        Role::Manager => Ui::RoleManager,
        Role::Reviewer => Ui::RoleReviewer,
        Role::Finance => Ui::RoleFinance,
        Role::Viewer => Ui::RoleViewer,
    }
}
