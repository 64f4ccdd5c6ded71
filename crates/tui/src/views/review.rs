//! Review queue: drafts waiting, the one whose review time runs out first on top, and a
//! detail pane with caption, automatic checks, file facts, earlier versions and notes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Wrap};

use linkstar_app::dashboard::ReviewItem;
use linkstar_core::campaign::Campaign;
use linkstar_core::checks::check_caption;
use linkstar_core::content::Decision;
use linkstar_core::ids::DealId;
use linkstar_i18n::{TimeLeft, Ui};
use unicode_width::UnicodeWidthStr;

use super::{Action, Cursor, Cx, Why, block, table};
use crate::keymap::Command;
use crate::request::{Request, ReviewFile};

/// The review queue's state.
#[derive(Debug, Default)]
pub struct ReviewQueue {
    items: Vec<ReviewItem>,
    cursor: Cursor,
    detail: Option<ReviewFile>,
}

impl ReviewQueue {
    /// Takes a freshly loaded page; asks for the selected draft's detail.
    pub fn set(&mut self, items: Vec<ReviewItem>) -> Option<Request> {
        self.items = items;
        self.cursor.row = self.cursor.row.min(self.items.len().saturating_sub(1));
        self.detail_request()
    }

    /// Takes the selected deal's drafts, reviews and creator; a detail of a draft that is
    /// no longer selected is dropped (the selection's own is on its way).
    pub fn set_detail(&mut self, file: ReviewFile) {
        if self.selected() == Some(file.deal) {
            self.detail = Some(file);
        }
    }

    /// The deal under the cursor.
    pub fn selected(&self) -> Option<DealId> {
        self.items.get(self.cursor.row).map(|i| i.summary.deal.id)
    }

    fn detail_request(&self) -> Option<Request> {
        let deal = self.selected()?;
        match &self.detail {
            Some(f) if f.deal == deal => None,
            _ => Some(Request::ReviewDetail(deal)),
        }
    }

    /// The request that reloads this view.
    pub fn request(&self) -> Request {
        Request::Reviews(0)
    }

    /// Answers a command.
    pub fn on(&mut self, command: Command) -> Action {
        match command {
            Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
                self.cursor.step(command, self.items.len());
                self.detail_request().map_or(Action::None, Action::Load)
            }
            Command::Approve | Command::RequestChanges => {
                // Only what the detail pane shows is acted on: while the selected draft's
                // detail is still loading, nothing is.
                let Some(item) = self.items.get(self.cursor.row) else {
                    return Action::Refuse(Why::NothingSelected);
                };
                if self.detail.as_ref().is_none_or(|f| f.deal != item.summary.deal.id) {
                    return Action::Refuse(Why::StillLoading);
                }
                crate::ask::for_deal(command, &item.summary)
            }
            Command::Open => self.selected().map_or(Action::None, Action::OpenDeal),
            _ => Action::None,
        }
    }

    /// Draws the queue and the detail pane.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx, campaigns: &[Campaign]) {
        let [list, detail] = Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(area);
        let row = |n: usize| {
            let i = &self.items[n];
            {
                let left = TimeLeft::until(i.due_at, cx.now);
                let style = if matches!(left, TimeLeft::Overdue) { cx.theme.bad() } else { cx.theme.text() };
                Row::new(vec![
                    i.summary.creator.clone(),
                    format!("v{}", i.summary.deal.draft_versions),
                    cx.loc.time_left(left, cx.lang),
                ])
                .style(style)
            }
        };
        let outer = block(super::ViewId::Review.title(cx), cx, true);
        let inner = outer.inner(list);
        f.render_widget(outer, list);
        let header = vec![cx.t(Ui::ColCreator), cx.t(Ui::ColVersion), cx.t(Ui::ColSla)];
        // The time left is never cut: its column is as wide as its widest text.
        let sla = self
            .items
            .iter()
            .map(|i| cx.loc.time_left(TimeLeft::until(i.due_at, cx.now), cx.lang).width())
            .chain([header[2].width()])
            .max()
            .unwrap_or(12);
        let widths = [Constraint::Fill(1), Constraint::Length(4), Constraint::Length(sla as u16)];
        table(
            f,
            inner,
            cx,
            header,
            self.items.len(),
            row,
            &widths,
            (!self.items.is_empty()).then_some(self.cursor.row),
        );
        self.draw_detail(f, detail, cx, campaigns);
    }

    fn draw_detail(&self, f: &mut Frame, area: Rect, cx: &Cx, campaigns: &[Campaign]) {
        let item = self.items.get(self.cursor.row);
        let title =
            item.map_or_else(|| cx.t(Ui::Caption), |i| format!("#{} {}", i.summary.deal.id, i.summary.campaign));
        let outer = block(title, cx, false);
        let inner = outer.inner(area);
        f.render_widget(outer, area);
        let Some(item) = item else { return };
        // Until the selected draft's own detail is here, the pane says so and shows nothing else.
        let Some(ReviewFile { drafts, reviews, creator, .. }) =
            self.detail.as_ref().filter(|d| d.deal == item.summary.deal.id)
        else {
            f.render_widget(Line::styled(cx.t(Ui::Loading), cx.theme.dim()), inner);
            return;
        };
        let Some(draft) = drafts.last() else { return };
        let mut lines = vec![Line::styled(cx.t(Ui::Caption), cx.theme.title())];
        lines.extend(draft.upload.caption.lines().map(|l| Line::raw(l.to_string())));
        lines.push(Line::styled(cx.t(Ui::Checks), cx.theme.title()));
        let campaign = campaigns.iter().find(|c| c.id == item.summary.deal.campaign_id);
        let problems = match (campaign, creator) {
            (Some(c), Some(p)) => check_caption(&draft.upload.caption, &c.spec.compliance, p.profile.country),
            _ => Vec::new(),
        };
        if problems.is_empty() && draft.problems.is_empty() {
            lines.push(Line::styled(format!("✓ {}", cx.t(Ui::ChecksPassed)), cx.theme.good()));
        }
        for p in &problems {
            lines.push(Line::styled(format!("✗ {}", cx.loc.caption_check(p, cx.lang)), cx.theme.bad()));
        }
        lines.push(Line::styled(cx.t(Ui::File), cx.theme.title()));
        lines.push(Line::raw(match &draft.upload.file {
            Some(file) => format!(
                "{} · {} · {} B",
                file.name,
                file.mime,
                cx.number(i64::try_from(file.size_bytes).unwrap_or(i64::MAX))
            ),
            None => cx.t(Ui::TextOnly),
        }));
        lines.push(Line::styled(cx.t(Ui::Versions), cx.theme.title()));
        for d in drafts {
            let verdict = reviews.iter().find(|r| r.draft_id == d.id);
            let mut spans = vec![Span::raw(format!("v{} {} ", d.version, cx.short(d.submitted_at)))];
            if let Some(r) = verdict {
                let (ui, style) = match r.decision {
                    Decision::Approved => (Ui::ActionApprove, cx.theme.good()),
                    Decision::ChangesRequested => (Ui::ActionRequestChanges, cx.theme.warn()),
                };
                spans.push(Span::styled(cx.t(ui), style));
                if !r.notes.is_empty() {
                    spans.push(Span::raw(format!(": {}", r.notes)));
                }
            }
            lines.push(Line::from(spans));
        }
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    }
}
