//! Creators: the pool, filtered and paged in the store, with the fit score against a
//! chosen campaign; multi-select, then make offers.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row};

use linkstar_core::campaign::Campaign;
use linkstar_core::checks::fit_score;
use linkstar_core::creator::{Creator, CreatorQuery};
use linkstar_core::ids::{CampaignId, CreatorId};
use linkstar_i18n::{Ui, UiCount};

use super::{Action, Cursor, Cx, block, table};
use crate::keymap::Command;
use crate::request::{PAGE, Request};
use crate::theme::compact;

/// The creators view's state.
#[derive(Debug, Default)]
pub struct Creators {
    /// The filters; the page is `query.offset`.
    pub query: CreatorQuery,
    page: Vec<Creator>,
    campaigns: Vec<Campaign>,
    /// The campaign the fit score is computed for.
    pub fit_for: Option<CampaignId>,
    /// Creators chosen for offers.
    pub selected: BTreeSet<CreatorId>,
    cursor: Cursor,
}

impl Creators {
    /// Takes a loaded page and the campaigns to score against.
    pub fn set(&mut self, page: Vec<Creator>, campaigns: Vec<Campaign>) {
        self.page = page;
        self.cursor.row = self.cursor.row.min(self.page.len().saturating_sub(1));
        if self.fit_for.is_none() {
            self.fit_for = campaigns.first().map(|c| c.id);
        }
        self.campaigns = campaigns;
    }

    /// The request that loads the current page.
    pub fn request(&self) -> Request {
        let mut q = self.query.clone();
        q.limit = PAGE;
        Request::Creators(q)
    }

    /// Applies a new query (from search or the filter form), back to the first page.
    pub fn search(&mut self, query: CreatorQuery) -> Action {
        self.query = query;
        self.query.offset = 0;
        self.cursor = Cursor::default();
        Action::Load(self.request())
    }

    /// The campaign chosen for fit and offers.
    pub fn campaign(&self) -> Option<&Campaign> {
        self.campaigns.iter().find(|c| Some(c.id) == self.fit_for)
    }

    /// Answers a command.
    pub fn on(&mut self, command: Command) -> Action {
        match command {
            Command::PageDown if self.cursor.row + 1 >= self.page.len() && self.page.len() == PAGE as usize => {
                self.query.offset += u64::from(PAGE);
                self.cursor = Cursor::default();
                Action::Load(self.request())
            }
            Command::PageUp if self.cursor.row == 0 && self.query.offset > 0 => {
                self.query.offset = self.query.offset.saturating_sub(u64::from(PAGE));
                Action::Load(self.request())
            }
            Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
                self.cursor.step(command, self.page.len());
                Action::None
            }
            Command::Select => {
                if let Some(c) = self.page.get(self.cursor.row) {
                    if !self.selected.remove(&c.id) {
                        self.selected.insert(c.id);
                    }
                    self.cursor.step(Command::Down, self.page.len());
                }
                Action::None
            }
            Command::Campaign => {
                let i = self.campaigns.iter().position(|c| Some(c.id) == self.fit_for);
                self.fit_for = self.campaigns.get(i.map_or(0, |i| (i + 1) % self.campaigns.len().max(1))).map(|c| c.id);
                Action::None
            }
            Command::MakeOffer if !self.selected.is_empty() && self.fit_for.is_some() => Action::MakeOffers,
            Command::Filters => Action::Filters,
            _ => Action::None,
        }
    }

    /// Draws the filter line and the table.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let outer = block(super::ViewId::Creators.title(cx), cx, true);
        let inner = outer.inner(area);
        f.render_widget(outer, area);
        let [info, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        let campaign = self.campaign().map_or_else(|| cx.t(Ui::NoCampaign), |c| c.spec.name.clone());
        let mut spans = vec![
            Span::styled(format!("{}: ", cx.t(Ui::FitFor)), cx.theme.dim()),
            Span::styled(campaign, cx.theme.title()),
            Span::raw("  "),
            Span::styled(cx.n(UiCount::Selected, self.selected.len() as u64), cx.theme.marked()),
            Span::styled(format!("  {}+{}", self.query.offset + 1, self.page.len()), cx.theme.dim()),
        ];
        if let Some(text) = &self.query.text {
            spans.push(Span::styled(format!("  /{text}"), cx.theme.warn()));
        }
        f.render_widget(Paragraph::new(Line::from(spans)), info);
        let wanted = self.campaign().map(|c| c.spec.wanted.clone());
        let row = |n: usize| {
            let c = &self.page[n];
            {
                let p = &c.profile;
                let top = p.accounts.iter().max_by_key(|a| a.followers);
                let fit = wanted.as_ref().map_or(String::new(), |w| fit_score(p, w).score.to_string());
                let mark = if self.selected.contains(&c.id) { "●" } else { " " };
                let flags: Vec<&str> = p.risk_flags.iter().map(|f| f.as_str()).collect();
                let row = Row::new(vec![
                    format!("{mark}{}", p.name),
                    p.country.to_string(),
                    top.map_or(String::new(), |a| format!("{} {}", a.platform, a.handle)),
                    compact(top.map_or(0, |a| a.followers)),
                    top.map_or(String::new(), |a| format!("{:.1}%", f64::from(a.engagement_bp) / 100.0)),
                    p.tier().as_str().to_string(),
                    fit,
                    flags.join(","),
                ]);
                if self.selected.contains(&c.id) { row.style(cx.theme.marked()) } else { row }
            }
        };
        let header = [
            Ui::ColCreator,
            Ui::ColCountry,
            Ui::ColHandle,
            Ui::ColFollowers,
            Ui::ColEngagement,
            Ui::ColTier,
            Ui::ColFit,
            Ui::ColFlags,
        ]
        .map(|u| cx.t(u))
        .to_vec();
        let wide = area.width >= 120;
        let widths = [
            Constraint::Fill(2),
            Constraint::Length(4),
            Constraint::Length(if wide { 28 } else { 0 }),
            Constraint::Length(7),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(4),
            Constraint::Fill(1),
        ];
        table(f, body, cx, header, self.page.len(), row, &widths, (!self.page.is_empty()).then_some(self.cursor.row));
    }
}
