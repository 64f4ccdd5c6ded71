//! Campaigns: the list with budget committed and paid and deliverables done, and the
//! selected campaign's detail (product, markets, dates, brief template).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row, Wrap};

use linkstar_app::dashboard::CampaignFigures;
use linkstar_core::campaign::CampaignStatus;
use linkstar_i18n::Ui;

use super::{Action, Cursor, Cx, block, table};
use crate::keymap::Command;

/// A campaign status's name.
pub fn status(s: CampaignStatus) -> Ui {
    match s {
        CampaignStatus::Draft => Ui::CampaignDraft,
        CampaignStatus::Active => Ui::CampaignActive,
        CampaignStatus::Closed => Ui::CampaignClosed,
    }
}

/// The campaigns view's state (the figures themselves are shared by the dashboard).
#[derive(Debug, Default)]
pub struct Campaigns {
    cursor: Cursor,
    /// Searched for with `/`: campaign or product names.
    pub query: Option<String>,
}

impl Campaigns {
    /// The campaigns the search matches, in the list's order.
    pub fn shown(&self, list: &[CampaignFigures]) -> Vec<CampaignFigures> {
        let q = self.query.as_deref();
        list.iter()
            .filter(|c| super::matches(q, &[&c.campaign.spec.name, &c.campaign.spec.product.name]))
            .cloned()
            .collect()
    }

    /// Searches the list.
    pub fn search(&mut self, query: Option<String>) {
        self.query = query;
        self.cursor.row = 0;
    }

    /// Answers a command over the current list.
    pub fn on(&mut self, command: Command, list: &[CampaignFigures]) -> Action {
        match command {
            Command::NewCampaign => Action::CampaignForm(None),
            Command::EditCampaign | Command::Open => {
                list.get(self.cursor.row).map_or(Action::None, |c| Action::CampaignForm(Some(c.campaign.id)))
            }
            _ => {
                self.cursor.step(command, list.len());
                Action::None
            }
        }
    }

    /// Draws the list and the detail.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx, list: &[CampaignFigures]) {
        let [top, bottom] = Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
        let outer = block(super::ViewId::Campaigns.title(cx), cx, true);
        let inner = outer.inner(top);
        f.render_widget(outer, top);
        let row = |n: usize| {
            let c = &list[n];
            {
                let s = &c.campaign.spec;
                Row::new(vec![
                    s.name.clone(),
                    cx.t(status(c.campaign.status)),
                    cx.money(s.budget),
                    cx.money(c.committed),
                    cx.money(c.paid),
                    format!("{}/{}", c.delivered, c.contracted),
                    format!("{} – {}", cx.day(s.starts_at), cx.day(s.ends_at)),
                ])
            }
        };
        let header = [
            Ui::ColCampaign,
            Ui::ColStatus,
            Ui::ColBudget,
            Ui::ColCommitted,
            Ui::ColPaid,
            Ui::ColDelivered,
            Ui::ColDates,
        ]
        .map(|u| cx.t(u))
        .to_vec();
        let wide = area.width >= 120;
        let widths = [
            Constraint::Fill(2),
            Constraint::Length(if wide { 12 } else { 0 }),
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Length(if wide { 9 } else { 5 }),
            Constraint::Length(if wide { 23 } else { 0 }),
        ];
        table(f, inner, cx, header, list.len(), row, &widths, (!list.is_empty()).then_some(self.cursor.row));

        let Some(c) = list.get(self.cursor.row) else {
            f.render_widget(block(String::new(), cx, false), bottom);
            return;
        };
        let s = &c.campaign.spec;
        let join = |v: Vec<String>| v.join(", ");
        let mut lines = vec![
            Line::raw(format!(
                "{}: {} — {}",
                cx.t(Ui::Product),
                s.product.name,
                join(s.product.selling_points.clone())
            )),
            Line::raw(format!("{}: {}", cx.t(Ui::Markets), join(s.markets.iter().map(|m| m.to_string()).collect()))),
            Line::raw(format!(
                "{}: {}",
                cx.t(Ui::Languages),
                join(s.languages.iter().map(|l| l.to_string()).collect())
            )),
            Line::raw(format!(
                "{}: {} – {}   {}: {}",
                cx.t(Ui::ColDates),
                cx.day(s.starts_at),
                cx.day(s.ends_at),
                cx.t(Ui::ColDeals),
                c.deals
            )),
            Line::styled(cx.t(Ui::Brief), cx.theme.title()),
        ];
        lines.extend(s.brief.default.lines().map(|l| Line::styled(l.to_string(), cx.theme.dim())));
        let detail = Paragraph::new(lines).wrap(Wrap { trim: false }).block(block(s.name.clone(), cx, false));
        f.render_widget(detail, bottom);
    }
}
