//! Activity: outbox deliveries and failures, unreachable creators, and whether delivery
//! keeps up (the bots' health as the dashboard can see it from the database).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row};

use linkstar_app::dashboard::OutboxHealth;
use linkstar_app::port::OutboxMessage;
use linkstar_core::message::Recipient;
use linkstar_i18n::Ui;

use super::{Cursor, Cx, block, table};
use crate::keymap::Command;

/// The activity view's state.
#[derive(Debug, Default)]
pub struct Activity {
    health: OutboxHealth,
    recent: Vec<OutboxMessage>,
    cursor: Cursor,
}

impl Activity {
    /// Takes loaded figures.
    pub fn set(&mut self, health: OutboxHealth, recent: Vec<OutboxMessage>) {
        self.health = health;
        self.recent = recent;
        self.cursor.row = self.cursor.row.min(self.recent.len().saturating_sub(1));
    }

    /// Moves the selection.
    pub fn on(&mut self, command: Command) {
        self.cursor.step(command, self.recent.len());
    }

    /// Draws the health lines and the newest messages.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let [top, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
        let h = &self.health;
        let figure = |ui: Ui, n: u64, style| {
            vec![Span::styled(format!("{}: ", cx.t(ui)), cx.theme.dim()), Span::styled(format!("{n}   "), style)]
        };
        let mut counts = figure(Ui::ColPending, h.pending, cx.theme.warn());
        counts.extend(figure(Ui::ColSent, h.sent, cx.theme.good()));
        counts.extend(figure(Ui::ColFailed, h.failed, if h.failed > 0 { cx.theme.bad() } else { cx.theme.text() }));
        counts.extend(figure(Ui::ColUnreachable, h.unreachable, cx.theme.text()));
        let behind = h.oldest_pending_at.is_some_and(|t| cx.now.as_second() - t.as_second() > 300);
        let (state, style) = match (behind, h.last_sent_at) {
            (true, _) => (cx.t(Ui::DeliveryBehind), cx.theme.bad()),
            (false, None) => (cx.t(Ui::DeliveryIdle), cx.theme.dim()),
            (false, Some(_)) => (cx.t(Ui::DeliveryOk), cx.theme.good()),
        };
        let lines = vec![
            Line::from(counts),
            Line::from(vec![
                Span::styled(format!("{}: ", cx.t(Ui::Delivery)), cx.theme.dim()),
                Span::styled(state, style),
            ]),
        ];
        f.render_widget(Paragraph::new(lines).block(block(super::ViewId::Activity.title(cx), cx, true)), top);

        let outer = block(cx.t(Ui::Outbox), cx, false);
        let inner = outer.inner(list);
        f.render_widget(outer, list);
        let row = |n: usize| {
            let m = &self.recent[n];
            {
                let to = match m.recipient {
                    Recipient::Creator(id) => format!("{} #{id}", cx.t(Ui::ColCreator)),
                    Recipient::Operators(_) => cx.t(Ui::ActorTeam),
                };
                let style = if m.status == "failed" { cx.theme.bad() } else { cx.theme.text() };
                let status = match m.status.as_str() {
                    "pending" => cx.t(Ui::ColPending),
                    "sent" => cx.t(Ui::ColSent),
                    "failed" => cx.t(Ui::ColFailed),
                    other => other.to_string(),
                };
                Row::new(vec![cx.short(m.created_at), to, m.notice.id().to_string(), status]).style(style)
            }
        };
        let header = [Ui::ColWhen, Ui::ColRecipient, Ui::ColMessage, Ui::ColStatus].map(|u| cx.t(u)).to_vec();
        let widths = [Constraint::Length(11), Constraint::Length(16), Constraint::Fill(1), Constraint::Length(10)];
        table(
            f,
            inner,
            cx,
            header,
            self.recent.len(),
            row,
            &widths,
            (!self.recent.is_empty()).then_some(self.cursor.row),
        );
    }
}
