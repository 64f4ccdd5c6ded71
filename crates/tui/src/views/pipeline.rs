//! Pipeline: deals as columns by stage with counts, a campaign filter, and what needs the
//! operator now on top.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use linkstar_app::dashboard::Attention;
use linkstar_app::port::DealSummary;
use linkstar_core::ids::CampaignId;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Ui, UiCount};

use super::{Action, Cx, block};
use crate::keymap::Command;
use crate::request::Request;
use crate::theme::fit;
use unicode_width::UnicodeWidthStr;

/// The stages shown as columns; final stages are summed up on one line.
const OPEN: [Stage; 8] = [
    Stage::Offered,
    Stage::Negotiating,
    Stage::Contracted,
    Stage::InReview,
    Stage::ChangesRequested,
    Stage::Approved,
    Stage::Published,
    Stage::Verified,
];

/// The pipeline view's state.
#[derive(Debug, Default)]
pub struct Pipeline {
    counts: Vec<(Stage, u64)>,
    /// Each stage's loaded deals, and of those the ones the search matches.
    all: Vec<Vec<DealSummary>>,
    columns: Vec<Vec<DealSummary>>,
    /// Searched for with `/`: the loaded deals whose creator, campaign or `#id` match.
    pub query: Option<String>,
    column: usize,
    rows: [usize; OPEN.len()],
    /// The campaign filter; `None` shows every campaign.
    pub campaign: Option<CampaignId>,
    loaded: bool,
}

impl Pipeline {
    /// Takes freshly loaded counts and columns (in `Stage::ALL` order).
    pub fn set(&mut self, counts: Vec<(Stage, u64)>, columns: Vec<Vec<DealSummary>>) {
        self.counts = counts;
        self.all = columns;
        self.loaded = true;
        self.refilter();
    }

    /// Shows only the deals matching `query` (none: every deal).
    pub fn search(&mut self, query: Option<String>) {
        self.query = query;
        self.rows = [0; OPEN.len()];
        self.refilter();
    }

    fn refilter(&mut self) {
        let q = self.query.as_deref();
        self.columns = self
            .all
            .iter()
            .map(|c| {
                c.iter()
                    .filter(|d| super::matches(q, &[&d.creator, &d.campaign, &format!("#{}", d.deal.id)]))
                    .cloned()
                    .collect()
            })
            .collect();
        for (i, stage) in OPEN.iter().enumerate() {
            let len = self.deals(*stage).len();
            self.rows[i] = self.rows[i].min(len.saturating_sub(1));
        }
    }

    fn deals(&self, stage: Stage) -> &[DealSummary] {
        let i = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
        self.columns.get(i).map_or(&[], |c| c.as_slice())
    }

    fn count(&self, stage: Stage) -> u64 {
        self.counts.iter().find(|(s, _)| *s == stage).map_or(0, |(_, n)| *n)
    }

    /// The deal under the cursor of the focused column.
    pub fn selected(&self) -> Option<&DealSummary> {
        self.deals(OPEN[self.column]).get(self.rows[self.column])
    }

    /// The request that reloads this view.
    pub fn request(&self) -> Request {
        Request::Pipeline(self.campaign)
    }

    /// Answers a command; `campaigns` are the ids the filter cycles through.
    pub fn on(&mut self, command: Command, campaigns: &[CampaignId]) -> Action {
        let stage = OPEN[self.column];
        let len = self.deals(stage).len();
        let row = &mut self.rows[self.column];
        match command {
            Command::Left => self.column = self.column.saturating_sub(1),
            Command::Right => self.column = (self.column + 1).min(OPEN.len() - 1),
            Command::Up => *row = row.saturating_sub(1),
            Command::Down => *row = (*row + 1).min(len.saturating_sub(1)),
            Command::PageUp => *row = row.saturating_sub(10),
            Command::PageDown => *row = (*row + 10).min(len.saturating_sub(1)),
            Command::Open => {
                if let Some(d) = self.deals(stage).get(self.rows[self.column]) {
                    return Action::OpenDeal(d.deal.id);
                }
            }
            c if crate::ask::DEAL_COMMANDS.contains(&c) => {
                return match self.selected() {
                    Some(d) => crate::ask::for_deal(c, d),
                    None => Action::Refuse(super::Why::NothingSelected),
                };
            }
            Command::Campaign => {
                let next = match self.campaign.and_then(|c| campaigns.iter().position(|x| *x == c)) {
                    None => campaigns.first().copied(),
                    Some(i) => campaigns.get(i + 1).copied(),
                };
                self.campaign = next;
                return Action::Load(self.request());
            }
            _ => {}
        }
        Action::None
    }

    /// Draws the strip, the filter line and the columns.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx, attention: &Attention, campaign_name: Option<&str>) {
        let [strip, filter, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(3)]).areas(area);
        f.render_widget(Paragraph::new(attention_line(cx, attention, usize::from(strip.width))), strip);

        let name = campaign_name.map_or_else(|| cx.t(Ui::AllCampaigns), str::to_string);
        let mut spans = vec![
            Span::styled(format!("{} ", cx.keys.first_key(Command::Campaign)), cx.theme.key()),
            Span::styled(name, cx.theme.title()),
        ];
        if let Some(q) = &self.query {
            spans.push(Span::styled(format!("   {} ", cx.keys.first_key(Command::Search)), cx.theme.key()));
            spans.push(Span::styled(q.clone(), cx.theme.warn()));
        }
        spans.push(Span::styled(format!("   {}: ", cx.t(Ui::ClosedStages)), cx.theme.dim()));
        let closed: Vec<String> = Stage::ALL
            .iter()
            .filter(|s| s.is_final())
            .map(|s| format!("{} {}", cx.loc.stage(*s, cx.lang), self.count(*s)))
            .collect();
        spans.push(Span::styled(closed.join(" · "), cx.theme.dim()));
        f.render_widget(Paragraph::new(Line::from(spans)), filter);

        // As many columns as fit at 16 cells or more, scrolled to keep the focus in view.
        let fits = usize::from(body.width / 16).clamp(1, OPEN.len());
        let first = self.column.saturating_sub(fits - 1).min(OPEN.len() - fits);
        let areas = Layout::horizontal(vec![Constraint::Ratio(1, fits as u32); fits]).split(body);
        for (slot, stage_index) in (first..first + fits).enumerate() {
            let stage = OPEN[stage_index];
            let focused = stage_index == self.column;
            let inner_width = usize::from(areas[slot].width.saturating_sub(2));
            // Searching, a column counts what matches of what it loaded.
            let count = match &self.query {
                Some(_) => format!("{}/{}", self.deals(stage).len(), self.count(stage)),
                None => self.count(stage).to_string(),
            };
            // The count always shows; the stage's name gives way (with an ellipsis), and the
            // block's title padding (a space each side) is taken into account.
            let room = inner_width.saturating_sub(2 + 1 + count.len());
            let title = format!("{} {count}", fit(&cx.loc.stage(stage, cx.lang), room));
            // Only the rows on screen are built, scrolled to keep the selection in view.
            let visible = usize::from(areas[slot].height.saturating_sub(2)).max(1);
            let selected = self.rows[stage_index];
            let skip = if focused { selected.saturating_sub(visible - 1) } else { 0 };
            let items: Vec<ListItem> = self
                .deals(stage)
                .iter()
                .skip(skip)
                .take(visible)
                .map(|d| {
                    let fee = cx.money(d.deal.terms.fee);
                    let name_width =
                        inner_width.saturating_sub(unicode_width::UnicodeWidthStr::width(fee.as_str()) + 1);
                    // A missed deadline marks the name.
                    let (name, style) = match d.overdue_since {
                        Some(_) => (format!("! {}", d.creator), cx.theme.bad()),
                        None => (d.creator.clone(), cx.theme.text()),
                    };
                    ListItem::new(Line::from(vec![
                        Span::styled(crate::theme::pad(&name, name_width), style),
                        Span::raw(" "),
                        Span::styled(fee, cx.theme.dim()),
                    ]))
                })
                .collect();
            let list = List::new(items).block(block(title.clone(), cx, focused)).highlight_style(if focused {
                cx.theme.selected()
            } else {
                cx.theme.text()
            });
            let mut state = ListState::default().with_selected(focused.then_some(selected - skip));
            if !self.loaded {
                f.render_widget(block(title, cx, focused), areas[slot]);
            } else {
                f.render_stateful_widget(list, areas[slot], &mut state);
            }
        }
    }
}

/// "Needs you now: 3 drafts waiting · 2 counter-offers …", or all clear. Counts that do
/// not fit in `width` whole are left out, and a `…` says so.
pub fn attention_line(cx: &Cx, a: &Attention, width: usize) -> Line<'static> {
    let parts: Vec<(UiCount, u64, bool)> = vec![
        (UiCount::DraftsWaiting, a.drafts_waiting, false),
        (UiCount::ReviewsOverdue, a.reviews_overdue, true),
        (UiCount::Counters, a.counters, false),
        (UiCount::PaymentsOverdue, a.payments_overdue, true),
        (UiCount::DealsOverdue, a.deals_overdue, true),
    ];
    let shown: Vec<_> = parts.into_iter().filter(|(_, n, _)| *n > 0).collect();
    if shown.is_empty() {
        return Line::styled(cx.t(Ui::AllClear), cx.theme.good());
    }
    let mut spans = vec![Span::styled(format!("{}: ", cx.t(Ui::NeedsYou)), cx.theme.title())];
    let mut used: usize = spans.iter().map(|s| s.width()).sum();
    for (i, (ui, n, late)) in shown.into_iter().enumerate() {
        let text = cx.n(ui, n);
        let sep = if i > 0 { " · " } else { "" };
        // Room is kept for the ` …` that says something was left out.
        if used + sep.width() + text.width() + 2 > width {
            spans.push(Span::styled(" …", cx.theme.dim()));
            break;
        }
        used += sep.width() + text.width();
        spans.push(Span::raw(sep));
        spans.push(Span::styled(text, if late { cx.theme.bad() } else { cx.theme.warn() }));
    }
    Line::from(spans)
}
