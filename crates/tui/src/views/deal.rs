//! Deal detail: the terms, payments and pending reminders, the timeline of events, and
//! the messages sent to the creator, rendered as the creator read them (their language,
//! their time zone). An overdue deal says so in its title.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use linkstar_core::audit::Actor;
use linkstar_core::stage::Stage;
use linkstar_i18n::{Language, Ui, Work};

use linkstar_app::{NegotiationMove, Party};
use linkstar_core::ids::DealId;

use super::{Action, Cx, Why, block};
use crate::keymap::Command;
use crate::request::DealFile;

/// The deal view's state.
#[derive(Debug, Default)]
pub struct DealView {
    /// The loaded deal.
    pub file: Option<DealFile>,
    /// The deal the view is opened on; a loaded file of another deal is not shown.
    want: Option<DealId>,
    scroll: u16,
}

impl DealView {
    /// Opens the view on `deal`; until its file arrives the view shows it is loading.
    pub fn open(&mut self, deal: DealId) {
        if self.want != Some(deal) {
            self.scroll = 0;
        }
        self.want = Some(deal);
    }

    /// Shows a freshly loaded deal, if it is the one the view is opened on.
    pub fn set(&mut self, file: DealFile) {
        if self.want.is_none() {
            self.want = Some(file.summary.deal.id);
        }
        if self.want == Some(file.summary.deal.id) {
            self.file = Some(file);
        }
    }

    /// The loaded file of the deal the view is opened on.
    pub fn current(&self) -> Option<&DealFile> {
        self.file.as_ref().filter(|f| Some(f.summary.deal.id) == self.want)
    }

    /// The actions the deal's stage allows; none while it loads.
    pub fn commands(&self) -> Vec<Command> {
        self.current().map_or_else(Vec::new, |f| crate::ask::offered_for(&f.summary))
    }

    /// Answers a command: scrolling the timeline, or an action on the deal.
    pub fn on(&mut self, command: Command) -> Action {
        match command {
            Command::Down => self.scroll = self.scroll.saturating_add(1),
            Command::Up => self.scroll = self.scroll.saturating_sub(1),
            Command::PageDown => self.scroll = self.scroll.saturating_add(10),
            Command::PageUp => self.scroll = self.scroll.saturating_sub(10),
            c if crate::ask::DEAL_COMMANDS.contains(&c) => {
                return match self.current() {
                    Some(file) => crate::ask::for_deal(c, &file.summary),
                    None => Action::Refuse(Why::StillLoading),
                };
            }
            _ => {}
        }
        Action::None
    }

    /// Draws terms, timeline and conversation.
    pub fn draw(&self, f: &mut Frame, area: Rect, cx: &Cx) {
        let Some(file) = self.current() else {
            f.render_widget(Paragraph::new(cx.t(Ui::Loading)).block(block(cx.t(Ui::ScreenDeal), cx, true)), area);
            return;
        };
        let d = &file.summary.deal;
        let mut title = format!(
            "{} #{} · {} · {} · {}",
            cx.t(Ui::ScreenDeal),
            d.id,
            file.summary.creator,
            file.summary.campaign,
            cx.loc.stage(d.stage, cx.lang)
        );
        if let Some(since) = file.summary.overdue_since {
            title.push_str(&format!(" · {} {}", cx.t(Ui::Overdue), cx.short(since)));
        }
        let outer = block(title, cx, true);
        let inner = outer.inner(area);
        f.render_widget(outer, area);
        let [left, right] = Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(inner);
        let [timeline, talk] = Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(right);

        let t = &d.terms;
        let term = |label: Ui, value: String| {
            Line::from(vec![Span::styled(format!("{}: ", cx.t(label)), cx.theme.dim()), Span::raw(value)])
        };
        // A counter waiting for the brand comes first: it is what the deal needs now.
        let negotiation = negotiation_lines(cx, file);
        let waiting = d.stage == Stage::Negotiating;
        let mut lines = if waiting { negotiation.clone() } else { Vec::new() };
        lines.extend([
            term(Ui::ColFee, cx.money(t.fee)),
            term(Ui::ColDue, cx.short(t.draft_due)),
            term(Ui::PublishOpens, cx.short(t.publish_window.opens)),
            term(Ui::PublishCloses, cx.short(t.publish_window.closes)),
            term(Ui::ColVersion, format!("{} / {}", d.draft_versions, d.change_requests)),
        ]);
        if !waiting {
            lines.extend(negotiation);
        }
        if let Some(url) = &d.post_url {
            lines.push(term_line(cx, cx.w(Work::PostLink), url.clone()));
        }
        for del in &t.deliverables {
            lines.push(Line::raw(format!("• {} × {:?} {}", del.count, del.format, del.platform)));
        }
        for p in &file.payments {
            lines.push(term(
                super::payments::kind(p.kind),
                format!("{} {} {}", cx.money(p.amount), cx.t(super::payments::status(p.status)), cx.day(p.due_at)),
            ));
        }
        if !file.reminders.is_empty() {
            lines.push(Line::styled(cx.t(Ui::Reminders), cx.theme.title()));
            for r in &file.reminders {
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", cx.short(r.planned.send_at)), cx.theme.dim()),
                    Span::raw(cx.loc.scheduled_action(r.planned.action, cx.lang)),
                ]));
            }
        }
        let terms = Paragraph::new(lines).wrap(Wrap { trim: true }).block(block(cx.t(Ui::Terms), cx, false));
        f.render_widget(terms, left);

        let events: Vec<Line> = file
            .events
            .iter()
            .map(|e| {
                let who = match e.event.actor {
                    Actor::Operator(_) => cx.t(Ui::ActorTeam),
                    Actor::Creator(_) => file.summary.creator.clone(),
                    Actor::System => cx.t(Ui::ActorSystem),
                };
                Line::from(vec![
                    Span::styled(format!("{} ", cx.short(e.event.at)), cx.theme.dim()),
                    Span::styled(format!("{who}: "), cx.theme.title()),
                    Span::raw(event_text(cx, &e.event.kind, &e.event.payload)),
                ])
            })
            .collect();
        let timeline_widget = Paragraph::new(events).wrap(Wrap { trim: true }).scroll((self.scroll, 0)).block(block(
            cx.t(Ui::Timeline),
            cx,
            false,
        ));
        f.render_widget(timeline_widget, timeline);

        let language = file.voice.locale.as_ref().map_or(Language::EnUs, Language::of);
        let mut said = Vec::new();
        for m in &file.messages {
            said.push(Line::styled(cx.short(m.created_at), cx.theme.dim()));
            let text = cx.loc.notice(&m.notice, language, &file.voice.time_zone);
            said.extend(text.lines().map(|l| Line::raw(format!("  {l}"))));
        }
        let talk_widget =
            Paragraph::new(said).wrap(Wrap { trim: true }).block(block(cx.t(Ui::Conversation), cx, false));
        f.render_widget(talk_widget, talk);
    }
}

fn term_line(cx: &Cx, label: String, value: String) -> Line<'static> {
    Line::from(vec![Span::styled(format!("{label}: "), cx.theme.dim()), Span::raw(value)])
}

/// The negotiation: the offer and the creator's counter, the round, when the brand must
/// answer, who proposed what when, and (while a counter waits) the keys to answer it.
fn negotiation_lines(cx: &Cx, file: &DealFile) -> Vec<Line<'static>> {
    let n = &file.negotiation;
    let waiting = n.stage == Stage::Negotiating && n.counter.is_some();
    if !waiting && n.round == 0 {
        return Vec::new();
    }
    let mut lines = vec![
        Line::styled(cx.w(Work::Negotiation), cx.theme.title()),
        term_line(cx, cx.w(Work::YourOffer), cx.money(n.offer_fee)),
    ];
    if let Some(counter) = n.counter {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", cx.w(Work::TheirCounter)), cx.theme.dim()),
            Span::styled(cx.money(counter), cx.theme.warn()),
        ]));
    }
    lines.push(term_line(cx, cx.w(Work::Round), n.round.to_string()));
    if let Some(at) = n.answer_by.filter(|_| waiting) {
        lines.push(term_line(cx, cx.w(Work::AnswerBy), cx.short(at)));
    }
    if waiting {
        // One key per line, so a narrow pane never parts a key from what it does.
        for c in [Command::AcceptCounter, Command::CounterBack, Command::DeclineCounter] {
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", cx.keys.first_key(c)), cx.theme.key()),
                Span::raw(cx.label(c)),
            ]));
        }
    }
    lines.push(Line::styled(cx.w(Work::History), cx.theme.title()));
    for step in &n.history {
        let who = match step.party {
            Party::Brand => cx.t(Ui::ActorTeam),
            Party::Creator => file.summary.creator.clone(),
            Party::System => cx.t(Ui::ActorSystem),
        };
        let what = match step.step {
            NegotiationMove::Offer => cx.w(Work::HistOffer),
            NegotiationMove::Counter => cx.w(Work::HistCounter),
            NegotiationMove::CounterBack => cx.w(Work::HistCounterBack),
            NegotiationMove::AcceptCounter => cx.w(Work::HistCounterAccepted),
            NegotiationMove::DeclineCounter => cx.w(Work::HistCounterDeclined),
            NegotiationMove::Revise => cx.w(Work::HistRevised),
            NegotiationMove::Accept => cx.w(Work::HistAccepted),
            NegotiationMove::Decline => cx.w(Work::HistDeclined),
            NegotiationMove::Expire => cx.loc.stage(Stage::Expired, cx.lang),
        };
        let mut spans =
            vec![Span::styled(format!("{} ", cx.short(step.at)), cx.theme.dim()), Span::raw(format!("{who}: {what}"))];
        if let Some(fee) = step.fee {
            spans.push(Span::raw(format!(" {}", cx.money(fee))));
        }
        lines.push(Line::from(spans));
        if let Some(note) = step.note.as_ref().filter(|t| !t.is_empty()) {
            lines.push(Line::styled(format!("  “{note}”"), cx.theme.dim()));
        }
    }
    lines
}

/// What an audit event did: the stage it moved to, or what kind of thing happened.
fn event_text(cx: &Cx, kind: &str, payload: &str) -> String {
    // Stage moves carry `"to":"<stage>"` in their payload.
    let to =
        payload.split("\"to\":\"").nth(1).and_then(|rest| rest.split('"').next()).and_then(|s| Stage::parse(s).ok());
    let what = match kind {
        "draft.submit" => Some(Ui::EventDraft),
        "payment.schedule" => Some(Ui::EventPaymentScheduled),
        "payment.paid" => Some(Ui::EventPaymentPaid),
        "metrics.record" => Some(Ui::EventMetrics),
        "chat.link" => Some(Ui::EventChatLinked),
        "deal.overdue" => Some(Ui::EventOverdue),
        "reminder.send" | "payment.reminder" => Some(Ui::EventReminder),
        _ => None,
    };
    match (what, to) {
        (Some(ui), Some(stage)) => format!("{} → {}", cx.t(ui), cx.loc.stage(stage, cx.lang)),
        (Some(ui), None) => cx.t(ui),
        (None, Some(stage)) => format!("→ {}", cx.loc.stage(stage, cx.lang)),
        (None, None) => cx.t(Ui::EventOther),
    }
}
