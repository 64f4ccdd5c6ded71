//! Payments: due, overdue and paid, paged; mark the selected one paid with a reference.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row};

use linkstar_app::dashboard::{PaymentFilter, PaymentLine};
use linkstar_core::payment::{PaymentKind, PaymentStatus};
use linkstar_i18n::Ui;

use super::{Action, Cursor, Cx, block, table};
use crate::keymap::Command;
use crate::request::{PAGE, Request};

const TABS: [PaymentFilter; 3] = [PaymentFilter::Overdue, PaymentFilter::Due, PaymentFilter::Paid];

/// The payments view's state.
#[derive(Debug)]
pub struct Payments {
    filter: PaymentFilter,
    offset: u64,
    /// The loaded page, and of it the lines the search matches.
    all: Vec<PaymentLine>,
    lines: Vec<PaymentLine>,
    cursor: Cursor,
    /// Searched for with `/`: creator, campaign or `#deal`.
    pub query: Option<String>,
}

impl Default for Payments {
    fn default() -> Self {
        Payments {
            filter: PaymentFilter::Overdue,
            offset: 0,
            all: Vec::new(),
            lines: Vec::new(),
            cursor: Cursor::default(),
            query: None,
        }
    }
}

/// A payment kind's name.
pub fn kind(k: PaymentKind) -> Ui {
    match k {
        PaymentKind::Deposit => Ui::PaymentDeposit,
        PaymentKind::Balance => Ui::PaymentBalance,
        PaymentKind::Commission => Ui::PaymentCommission,
        PaymentKind::Bonus => Ui::PaymentBonus,
    }
}

/// A payment status's name.
pub fn status(s: PaymentStatus) -> Ui {
    match s {
        PaymentStatus::Scheduled => Ui::PaymentScheduled,
        PaymentStatus::Due => Ui::PaymentDue,
        PaymentStatus::Paid => Ui::PaymentPaid,
        PaymentStatus::Cancelled => Ui::PaymentCancelled,
    }
}

impl Payments {
    /// Takes a loaded page (ignored if the filter changed meanwhile).
    pub fn set(&mut self, filter: PaymentFilter, lines: Vec<PaymentLine>) {
        if filter == self.filter {
            self.all = lines;
            self.refilter();
        }
    }

    /// Shows only the lines matching `query` (none: every line).
    pub fn search(&mut self, query: Option<String>) {
        self.query = query;
        self.cursor.row = 0;
        self.refilter();
    }

    fn refilter(&mut self) {
        let q = self.query.as_deref();
        self.lines = self
            .all
            .iter()
            .filter(|l| super::matches(q, &[&l.creator, &l.campaign, &format!("#{}", l.payment.deal_id)]))
            .cloned()
            .collect();
        self.cursor.row = self.cursor.row.min(self.lines.len().saturating_sub(1));
    }

    /// The request that reloads this view.
    pub fn request(&self) -> Request {
        Request::Payments(self.filter, self.offset)
    }

    /// Answers a command.
    pub fn on(&mut self, command: Command) -> Action {
        match command {
            Command::Left | Command::Right => {
                let i = TABS.iter().position(|t| *t == self.filter).unwrap_or(0);
                let next = if command == Command::Left {
                    i.checked_sub(1).unwrap_or(TABS.len() - 1)
                } else {
                    (i + 1) % TABS.len()
                };
                self.filter = TABS[next];
                self.offset = 0;
                self.cursor = Cursor::default();
                self.lines.clear();
                Action::Load(self.request())
            }
            Command::PageDown if self.cursor.row + 1 >= self.lines.len() && self.lines.len() == PAGE as usize => {
                self.offset += u64::from(PAGE);
                self.cursor = Cursor::default();
                Action::Load(self.request())
            }
            Command::PageUp if self.cursor.row == 0 && self.offset > 0 => {
                self.offset = self.offset.saturating_sub(u64::from(PAGE));
                Action::Load(self.request())
            }
            Command::Up | Command::Down | Command::PageUp | Command::PageDown => {
                self.cursor.step(command, self.lines.len());
                Action::None
            }
            Command::MarkPaid => match self.lines.get(self.cursor.row) {
                Some(l) if l.payment.status.is_open() => {
                    let target = crate::ask::Target {
                        deal: l.payment.deal_id,
                        creator: l.creator.clone(),
                        campaign: l.campaign.clone(),
                        amount: l.payment.amount,
                    };
                    Action::Ask(Box::new(crate::ask::Ask::MarkPaid(target, l.payment.id)))
                }
                Some(_) => Action::Refuse(super::Why::NotNow),
                None => Action::Refuse(super::Why::NothingSelected),
            },
            Command::Open => {
                self.lines.get(self.cursor.row).map_or(Action::None, |l| Action::OpenDeal(l.payment.deal_id))
            }
            _ => Action::None,
        }
    }

    /// Draws the filter tabs and the table.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let outer = block(super::ViewId::Payments.title(cx), cx, true);
        let inner = outer.inner(area);
        f.render_widget(outer, area);
        let [tabs, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        let mut spans = Vec::new();
        for t in TABS {
            let label = cx.t(match t {
                PaymentFilter::Due => Ui::Due,
                PaymentFilter::Overdue => Ui::Overdue,
                PaymentFilter::Paid => Ui::PaidTab,
            });
            let style = if t == self.filter { cx.theme.selected() } else { cx.theme.dim() };
            spans.push(Span::styled(format!(" {label} "), style));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(format!("  ←/→  {}+{}", self.offset + 1, self.lines.len()), cx.theme.dim()));
        if let Some(q) = &self.query {
            spans.push(Span::styled(format!("   {} ", cx.keys.first_key(Command::Search)), cx.theme.key()));
            spans.push(Span::styled(q.clone(), cx.theme.warn()));
        }
        f.render_widget(Paragraph::new(Line::from(spans)), tabs);
        let paid = self.filter == PaymentFilter::Paid;
        let row = |n: usize| {
            let l = &self.lines[n];
            {
                let p = &l.payment;
                let when = if paid { p.paid_at.map(|t| cx.short(t)).unwrap_or_default() } else { cx.short(p.due_at) };
                let last = if paid { p.reference.clone().unwrap_or_default() } else { cx.t(status(p.status)) };
                let style = if !paid && p.due_at < cx.now { cx.theme.bad() } else { cx.theme.text() };
                Row::new(vec![
                    when,
                    l.creator.clone(),
                    l.campaign.clone(),
                    cx.t(kind(p.kind)),
                    cx.money(p.amount),
                    last,
                ])
                .style(style)
            }
        };
        let header = vec![
            cx.t(if paid { Ui::ColWhen } else { Ui::ColDue }),
            cx.t(Ui::ColCreator),
            cx.t(Ui::ColCampaign),
            cx.t(Ui::ColKind),
            cx.t(Ui::ColAmount),
            cx.t(if paid { Ui::ColReference } else { Ui::ColStatus }),
        ];
        let widths = [
            Constraint::Length(11),
            Constraint::Fill(2),
            Constraint::Fill(2),
            Constraint::Length(10),
            Constraint::Length(12),
            Constraint::Fill(1),
        ];
        table(f, body, cx, header, self.lines.len(), row, &widths, (!self.lines.is_empty()).then_some(self.cursor.row));
    }
}
