//! Reports: per-campaign figures, spend as a bar chart (committed against paid), and the
//! activity of the last 30 days as a sparkline.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Row, Sparkline};

use linkstar_app::dashboard::CampaignFigures;
use linkstar_i18n::Ui;

use super::{Cx, block, table};
use crate::theme::{compact, fit};

/// The reports view's state.
#[derive(Debug, Default)]
pub struct Reports {
    /// Audit events per day, oldest first.
    pub daily: Vec<u64>,
}

impl Reports {
    /// Draws the figures, the bar chart and the sparkline.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx, list: &[CampaignFigures]) {
        let [figures, charts] =
            Layout::vertical([Constraint::Length(list.len() as u16 + 3), Constraint::Min(6)]).areas(area);
        let outer = block(super::ViewId::Reports.title(cx), cx, true);
        let inner = outer.inner(figures);
        f.render_widget(outer, figures);
        let row = |n: usize| {
            let c = &list[n];
            {
                let currency = c.campaign.spec.budget.currency;
                Row::new(vec![
                    c.campaign.spec.name.clone(),
                    cx.money(c.committed),
                    cx.money(c.paid),
                    compact(c.views.max(0) as u64),
                    compact(c.clicks.max(0) as u64),
                    c.conversions.to_string(),
                    cx.money(linkstar_core::money::Money::new(c.revenue_minor, currency)),
                ])
            }
        };
        let header = [
            Ui::ColCampaign,
            Ui::ColCommitted,
            Ui::ColPaid,
            Ui::ColViews,
            Ui::ColClicks,
            Ui::ColConversions,
            Ui::ColRevenue,
        ]
        .map(|u| cx.t(u))
        .to_vec();
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(12),
            Constraint::Length(12),
            Constraint::Length(7),
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Length(12),
        ];
        table(f, inner, cx, header, list.len(), row, &widths, None);

        let [bars, spark] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(charts);
        // Bars are in each budget's currency, as a share of that budget, so campaigns in
        // different currencies compare fairly.
        let share = |part: i64, whole: i64| if whole > 0 { (part.max(0) * 100 / whole) as u64 } else { 0 };
        let groups: Vec<BarGroup> = list
            .iter()
            .map(|c| {
                let budget = c.campaign.spec.budget.minor;
                BarGroup::default().label(Line::raw(fit(&c.campaign.spec.name, 12))).bars(&[
                    Bar::default().value(share(c.committed.minor, budget)).style(cx.theme.warn()),
                    Bar::default().value(share(c.paid.minor, budget)).style(cx.theme.good()),
                ])
            })
            .collect();
        let title = format!(
            "{} (% {} · {} / {})",
            cx.t(Ui::Spend),
            cx.t(Ui::ColBudget),
            cx.t(Ui::ColCommitted),
            cx.t(Ui::ColPaid)
        );
        let mut chart =
            BarChart::default().block(block(title, cx, false)).bar_width(3).bar_gap(1).group_gap(3).max(100);
        for g in groups {
            chart = chart.data(g);
        }
        f.render_widget(chart, bars);
        let sparkline = Sparkline::default()
            .block(block(cx.t(Ui::EventsPerDay), cx, false))
            .data(&self.daily)
            .style(cx.theme.title());
        f.render_widget(sparkline, spark);
    }
}
