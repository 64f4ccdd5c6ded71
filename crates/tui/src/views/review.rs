//! Review queue: drafts waiting, the one whose review time runs out first on top, and a
//! detail pane with caption, automatic checks, the file's facts, and earlier versions with
//! their notes beside it on a wide screen (below it on a narrow one). The file can be shown
//! as a picture, saved to a folder or opened with the system viewer.

use ratatui::Frame;
use std::sync::Arc;

use image::DynamicImage;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Wrap};
use ratatui_image::picker::Picker;

use linkstar_app::dashboard::ReviewItem;
use linkstar_core::campaign::Campaign;
use linkstar_core::checks::{FileFacts, check_caption};
use linkstar_core::content::{Decision, Draft, DraftKind};
use linkstar_core::ids::DealId;
use linkstar_i18n::{TimeLeft, Ui};
use unicode_width::UnicodeWidthStr;

use super::{Action, Cursor, Cx, Why, block, table};
use crate::draft_file::{FileAction, FileRef};
use crate::keymap::Command;
use crate::picture::Picture;
use crate::request::{Request, ReviewFile};

/// The detail pane's inner width from which the earlier versions stand beside the current
/// one: what a 120-column terminal gives it.
const SIDE_BY_SIDE: u16 = 66;

/// The review queue's state.
#[derive(Debug, Default)]
pub struct ReviewQueue {
    items: Vec<ReviewItem>,
    cursor: Cursor,
    detail: Option<ReviewFile>,
    /// How pictures are drawn in this terminal; half-blocks when unset (tests).
    pub(crate) picker: Option<Picker>,
    /// Over SSH: files are saved, not opened.
    pub(crate) remote: bool,
    /// The picture of the current draft, once loaded, with its real size.
    picture: Option<(FileRef, Picture, (u32, u32))>,
    /// Whether the picture fills the detail pane.
    viewing: bool,
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

    /// The draft on screen: the newest version of the selected deal, once its detail is
    /// the selection's (before that, no file action is offered).
    fn current(&self) -> Option<&Draft> {
        let detail = self.detail.as_ref().filter(|d| Some(d.deal) == self.selected())?;
        detail.drafts.last()
    }

    fn current_file(&self) -> Result<FileRef, Ui> {
        let draft = self.current().ok_or(Ui::Loading)?;
        let facts = draft.upload.file.clone().ok_or(Ui::NoFile)?;
        Ok(FileRef { deal: draft.deal_id, version: draft.version, facts })
    }

    /// Takes a decoded picture; shown if it is still the current draft's.
    pub(crate) fn set_picture(&mut self, file: FileRef, image: Arc<DynamicImage>, size: (u32, u32)) {
        if self.current_file().is_ok_and(|f| f == file) {
            self.picture = Some((file, Picture::new(image), size));
        }
    }

    /// Stops showing a picture that could not be loaded.
    pub(crate) fn close_picture(&mut self, file: &FileRef) {
        if self.current_file().is_ok_and(|f| f == *file) {
            self.viewing = false;
        }
    }

    /// The real size of the current draft's picture, once it was loaded.
    fn picture_size(&self, facts: &FileFacts) -> Option<(u32, u32)> {
        self.picture.as_ref().filter(|(f, _, _)| f.facts == *facts).map(|(_, _, size)| *size)
    }

    fn file_command(&mut self, command: Command) -> Action {
        let file = match self.current_file() {
            Ok(file) => file,
            Err(Ui::Loading) => return Action::None,
            Err(why) => return Action::Files(FileAction::Refuse(why)),
        };
        match command {
            Command::ViewFile if self.viewing => {
                self.viewing = false;
                Action::None
            }
            Command::ViewFile => {
                let draft_kind = self.current().map(|d| d.upload.kind);
                if draft_kind != Some(DraftKind::Photo) && !file.facts.effective_mime().starts_with("image/") {
                    return Action::Files(FileAction::Refuse(Ui::NotAPicture));
                }
                self.viewing = true;
                if self.picture_size(&file.facts).is_some() {
                    Action::None
                } else {
                    Action::Files(FileAction::View(file))
                }
            }
            Command::SaveFile => Action::Files(FileAction::Save(file)),
            _ => Action::Files(FileAction::Open(file)),
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
                if self.cursor.step(command, self.items.len()) {
                    self.viewing = false;
                }
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
            Command::ViewFile | Command::SaveFile | Command::OpenFile => self.file_command(command),
            Command::Back => {
                self.viewing = false;
                Action::None
            }
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
        let Some(file) = self.detail.as_ref().filter(|d| d.deal == item.summary.deal.id) else {
            f.render_widget(Line::styled(cx.t(Ui::Loading), cx.theme.dim()), inner);
            return;
        };
        let Some((draft, earlier)) = file.drafts.split_last() else { return };
        if self.viewing
            && let Some(facts) = &draft.upload.file
            && let Some((_, picture, _)) = self.picture.as_ref().filter(|(f, _, _)| f.facts == *facts)
        {
            let mut lines = vec![Line::from(self.facts_line(cx, facts))];
            lines.push(Line::from(self.hints(cx, draft)));
            let [top, rest] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(inner);
            f.render_widget(Paragraph::new(lines), top);
            let halfblocks;
            let picker = match &self.picker {
                Some(p) => p,
                None => {
                    halfblocks = Picker::halfblocks();
                    &halfblocks
                }
            };
            picture.draw(f, rest, picker);
            return;
        }
        let mut now = self.current_lines(cx, item, file, draft, campaigns);
        let mut before = self.earlier_lines(cx, file, earlier);
        if inner.width >= SIDE_BY_SIDE {
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).spacing(1).areas(inner);
            f.render_widget(Paragraph::new(now).wrap(Wrap { trim: false }), left);
            f.render_widget(Paragraph::new(before).wrap(Wrap { trim: false }), right);
        } else {
            now.push(Line::raw(""));
            now.append(&mut before);
            f.render_widget(Paragraph::new(now).wrap(Wrap { trim: false }), inner);
        }
    }

    /// The draft in review: caption, checks, the file's facts and what can be done with it.
    fn current_lines(
        &self,
        cx: &Cx,
        item: &ReviewItem,
        file: &ReviewFile,
        draft: &Draft,
        campaigns: &[Campaign],
    ) -> Vec<Line<'static>> {
        let heading = format!("{} · v{} {}", cx.t(Ui::ThisVersion), draft.version, cx.short(draft.submitted_at));
        let mut lines = vec![Line::styled(heading, cx.theme.title())];
        lines.push(Line::styled(cx.t(Ui::Caption), cx.theme.title()));
        lines.extend(draft.upload.caption.lines().map(|l| Line::raw(l.to_string())));
        lines.push(Line::styled(cx.t(Ui::Checks), cx.theme.title()));
        let campaign = campaigns.iter().find(|c| c.id == item.summary.deal.campaign_id);
        let problems = match (campaign, &file.creator) {
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
        match &draft.upload.file {
            Some(facts) => {
                lines.push(Line::raw(facts.name.clone()));
                let label = |ui| Span::styled(format!("{} ", cx.t(ui)), cx.theme.dim());
                lines.push(Line::from(vec![label(Ui::FileType), Span::raw(type_of(facts))]));
                lines.push(Line::from(vec![label(Ui::FileSize), Span::raw(size_of(cx, facts.size_bytes))]));
                if let Some((w, h)) = self.picture_size(facts) {
                    lines.push(Line::from(vec![label(Ui::FilePicture), Span::raw(format!("{w}×{h} px"))]));
                }
                // One key a line: a narrow pane must not wrap a key away from its label.
                lines.extend(self.hints(cx, draft).chunks(2).map(|pair| Line::from(pair.to_vec())));
            }
            None => lines.push(Line::raw(cx.t(Ui::TextOnly))),
        }
        lines
    }

    /// Earlier versions, newest first, each with its verdict and the notes sent back.
    fn earlier_lines(&self, cx: &Cx, file: &ReviewFile, earlier: &[Draft]) -> Vec<Line<'static>> {
        let mut lines = vec![Line::styled(cx.t(Ui::EarlierVersions), cx.theme.title())];
        if earlier.is_empty() {
            lines.push(Line::styled(cx.t(Ui::FirstVersion), cx.theme.dim()));
        }
        for d in earlier.iter().rev() {
            let mut spans = vec![Span::raw(format!("v{} {} ", d.version, cx.short(d.submitted_at)))];
            let verdict = file.reviews.iter().find(|r| r.draft_id == d.id);
            if let Some(r) = verdict {
                let (ui, style) = match r.decision {
                    Decision::Approved => (Ui::ActionApprove, cx.theme.good()),
                    Decision::ChangesRequested => (Ui::ActionRequestChanges, cx.theme.warn()),
                };
                spans.push(Span::styled(cx.t(ui), style));
            }
            lines.push(Line::from(spans));
            let what = match &d.upload.file {
                Some(facts) => format!("  {} · {}", facts.name, size_of(cx, facts.size_bytes)),
                None => format!("  {}", cx.t(Ui::TextOnly)),
            };
            lines.push(Line::styled(what, cx.theme.dim()));
            // Notes keep their lines: a video's timestamped notes read as a list.
            for note in verdict.map(|r| r.notes.as_str()).unwrap_or("").lines().filter(|l| !l.trim().is_empty()) {
                lines.push(Line::raw(format!("  • {}", note.trim())));
            }
        }
        lines
    }

    /// One line of facts above a picture.
    fn facts_line(&self, cx: &Cx, facts: &FileFacts) -> Vec<Span<'static>> {
        let mut text = format!("{} · {} · {}", facts.name, type_of(facts), size_of(cx, facts.size_bytes));
        if let Some((w, h)) = self.picture_size(facts) {
            text.push_str(&format!(" · {w}×{h} px"));
        }
        vec![Span::raw(text)]
    }

    /// The keys that act on the draft's file.
    fn hints(&self, cx: &Cx, draft: &Draft) -> Vec<Span<'static>> {
        let picture = draft.upload.kind == DraftKind::Photo
            || draft.upload.file.as_ref().is_some_and(|f| f.effective_mime().starts_with("image/"));
        let mut spans = Vec::new();
        if picture {
            spans.extend(cx.hint(Command::ViewFile));
        }
        spans.extend(cx.hint(Command::SaveFile));
        if !self.remote {
            spans.extend(cx.hint(Command::OpenFile));
        }
        spans
    }

    /// Whether the deal's draft in review is a video, whose notes may carry timestamps.
    pub(crate) fn is_video(&self, deal: DealId) -> bool {
        let draft = self.detail.as_ref().filter(|d| d.deal == deal).and_then(|d| d.drafts.last());
        draft.is_some_and(|d| d.upload.kind == DraftKind::Video)
    }
}

/// The file's media type, guessed from its name when the chat reported none.
fn type_of(facts: &FileFacts) -> String {
    let mime = facts.effective_mime();
    if mime.is_empty() { "—".to_string() } else { mime }
}

/// A size as people read it: bytes, kB or MB, with the language's digit grouping.
fn size_of(cx: &Cx, bytes: u64) -> String {
    let n = |v: u64| cx.number(i64::try_from(v).unwrap_or(i64::MAX));
    match bytes {
        b if b < 10_000 => format!("{} B", n(b)),
        b if b < 10_000_000 => format!("{} kB", n(b.div_ceil(1000))),
        b => format!("{} MB", n(b.div_ceil(1_000_000))),
    }
}
