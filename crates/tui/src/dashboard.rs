//! The dashboard's state: which view is on screen, the open overlay, and what came back
//! from the store. [`Dashboard::key`] and [`Dashboard::apply`] change it and return the
//! [`Request`]s to run; they never do IO themselves, so tests drive them directly.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use crossterm::event::KeyEvent;

use linkstar_app::Clock;
use linkstar_app::dashboard::{Attention, CampaignFigures};
use linkstar_core::brand::Operator;
use linkstar_core::ids::EventId;
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer, Ui, UiCount, Work};

use crate::ask::{Ask, Confirm};
use crate::forms;
use crate::input::{Form, TextInput};
use crate::keymap::{Command, Keymap};
use crate::request::{Loaded, Op, Request, Slot, Ticket};
use crate::theme::Theme;
use crate::views::{Action, Cx, ViewId, permission};
use crate::views::{activity, campaigns, creators, deal, payments, pipeline, reports, review};

/// What a form is for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Purpose {
    Offer,
    Filters,
    Campaign(Option<linkstar_core::ids::CampaignId>),
    /// The typed part of an action on a deal or payment.
    Ask(Box<Ask>),
}

/// The overlay on top of the view, which takes the keys while open.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Modal {
    Help,
    Palette(TextInput, usize),
    Search(TextInput),
    Form(Purpose, Form),
    /// An action named and waiting for "yes".
    Confirm(Box<Confirm>),
    /// "Discard what you typed?" over the form it would discard.
    Discard(Box<Modal>),
    /// The folder to save a draft's file in.
    SaveDraft(crate::draft_file::FileRef, TextInput),
}

/// A one-line message in the footer: good news, or a refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Status {
    pub(crate) text: String,
    pub(crate) bad: bool,
}

/// The whole dashboard state.
pub struct Dashboard {
    /// Single-threaded: the messages are not `Send`, and the dashboard never leaves its task.
    pub(crate) loc: Rc<Localizer>,
    pub(crate) lang: Language,
    pub(crate) theme: Theme,
    pub(crate) keys: Keymap,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) operator: Operator,
    pub(crate) zone: TimeZoneName,
    pub(crate) view: ViewId,
    pub(crate) deal_open: bool,
    pub(crate) modal: Option<Modal>,
    pub(crate) status: Option<Status>,
    pub(crate) head: Option<EventId>,
    pub(crate) attention: Attention,
    pub(crate) campaigns: Vec<CampaignFigures>,
    pub(crate) pipeline: pipeline::Pipeline,
    pub(crate) campaign_view: campaigns::Campaigns,
    pub(crate) creators: creators::Creators,
    pub(crate) review: review::ReviewQueue,
    pub(crate) deal: deal::DealView,
    pub(crate) payments: payments::Payments,
    pub(crate) reports: reports::Reports,
    pub(crate) activity: activity::Activity,
    /// The last ticket number issued.
    seq: u64,
    /// The newest ticket of each kind of read: only its answer is applied.
    latest: HashMap<Slot, u64>,
    /// Set when the dashboard should close.
    pub quit: bool,
}

impl Dashboard {
    /// A dashboard for `operator`, speaking `lang`, with times shown in `zone`.
    pub fn new(
        loc: Rc<Localizer>,
        lang: Language,
        keys: Keymap,
        theme: Theme,
        clock: Arc<dyn Clock>,
        operator: Operator,
        zone: TimeZoneName,
    ) -> Dashboard {
        Dashboard {
            loc,
            lang,
            theme,
            keys,
            clock,
            operator,
            zone,
            view: ViewId::Pipeline,
            deal_open: false,
            modal: None,
            status: None,
            head: None,
            attention: Attention::default(),
            campaigns: Vec::new(),
            pipeline: Default::default(),
            campaign_view: Default::default(),
            creators: Default::default(),
            review: Default::default(),
            deal: Default::default(),
            payments: Default::default(),
            reports: Default::default(),
            activity: Default::default(),
            seq: 0,
            latest: HashMap::new(),
            quit: false,
        }
    }

    /// The requests that fill the first frame.
    pub fn start(&mut self) -> Vec<Ticket> {
        let first = vec![Request::Head, Request::Attention, Request::Campaigns, self.view_request()];
        self.issue(first)
    }

    /// The focused field of the open form, if a form is open.
    pub fn form_focus(&self) -> Option<usize> {
        match &self.modal {
            Some(Modal::Form(_, form)) => Some(form.focus),
            _ => None,
        }
    }

    /// Whether an overlay (form, confirmation, help…) is open.
    pub fn overlay_open(&self) -> bool {
        self.modal.is_some()
    }

    /// Numbers requests; each becomes the newest of its kind, so older ones of that kind
    /// still running are stale from now on.
    fn issue(&mut self, requests: Vec<Request>) -> Vec<Ticket> {
        requests
            .into_iter()
            .map(|request| {
                self.seq += 1;
                if let Some(slot) = request.slot() {
                    self.latest.insert(slot, self.seq);
                }
                Ticket { seq: self.seq, request }
            })
            .collect()
    }

    /// Whether a ticket's answer should be applied: it is an operation, or the newest
    /// read of its kind.
    pub fn is_current(&self, ticket: &Ticket) -> bool {
        ticket.request.slot().is_none_or(|slot| self.latest.get(&slot) == Some(&ticket.seq))
    }

    pub(crate) fn cx(&self) -> Cx<'_> {
        Cx {
            loc: &self.loc,
            lang: self.lang,
            theme: self.theme,
            now: self.clock.now(),
            keys: &self.keys,
            role: self.operator.role,
            zone: &self.zone,
        }
    }

    fn view_request(&self) -> Request {
        if self.deal_open
            && let Some(f) = &self.deal.file
        {
            return Request::Deal(f.summary.deal.id);
        }
        match self.view {
            ViewId::Pipeline => self.pipeline.request(),
            ViewId::Campaigns => Request::Campaigns,
            ViewId::Creators => self.creators.request(),
            ViewId::Review => self.review.request(),
            ViewId::Payments => self.payments.request(),
            ViewId::Reports => Request::Reports,
            ViewId::Activity => Request::Activity,
        }
    }

    /// The requests a periodic tick makes: only the change feed's head.
    pub fn tick(&mut self) -> Vec<Ticket> {
        self.issue(vec![Request::Head])
    }

    fn go(&mut self, view: ViewId) -> Vec<Request> {
        self.view = view;
        self.deal_open = false;
        vec![self.view_request()]
    }

    fn say(&mut self, text: String, bad: bool) {
        self.status = Some(Status { text, bad });
    }

    /// Handles a key press; returns the requests to run.
    pub fn key(&mut self, key: KeyEvent) -> Vec<Ticket> {
        let requests = self.press(key);
        self.issue(requests)
    }

    fn press(&mut self, key: KeyEvent) -> Vec<Request> {
        if key.kind != crossterm::event::KeyEventKind::Press {
            return Vec::new();
        }
        if let Some(modal) = self.modal.take() {
            return self.modal_key(modal, key);
        }
        let Some(command) = self.keys.command(&key) else { return Vec::new() };
        self.command(command)
    }

    /// Runs a command as if its key was pressed.
    pub(crate) fn command(&mut self, command: Command) -> Vec<Request> {
        self.status = None;
        match command {
            Command::Quit => {
                self.quit = true;
                return Vec::new();
            }
            Command::Help => self.modal = Some(Modal::Help),
            Command::Palette => self.modal = Some(Modal::Palette(TextInput::default(), 0)),
            Command::Search => {
                // The current view's own search when it has one, else the creator pool's.
                let now = match self.view {
                    _ if self.deal_open => self.creators.query.text.clone(),
                    ViewId::Pipeline => self.pipeline.query.clone(),
                    ViewId::Campaigns => self.campaign_view.query.clone(),
                    ViewId::Payments => self.payments.query.clone(),
                    _ => self.creators.query.text.clone(),
                };
                self.modal = Some(Modal::Search(TextInput::new(now.as_deref().unwrap_or(""), false)))
            }
            Command::Refresh => return vec![Request::Attention, Request::Campaigns, self.view_request()],
            Command::Go(n) => {
                if let Some(v) = ViewId::ALL.get(usize::from(n).saturating_sub(1)) {
                    return self.go(*v);
                }
            }
            Command::NextView | Command::PrevView => {
                let i = ViewId::ALL.iter().position(|v| *v == self.view).unwrap_or(0);
                let n = ViewId::ALL.len();
                let next = if command == Command::NextView { (i + 1) % n } else { (i + n - 1) % n };
                return self.go(ViewId::ALL[next]);
            }
            Command::Back if self.deal_open => {
                self.deal_open = false;
                return vec![self.view_request()];
            }
            _ => {
                if let Some(p) = permission(command)
                    && !self.operator.role.allows(p)
                    && !matches!(command, Command::Approve)
                {
                    // Not offered to this role; approval still goes to the app, which refuses.
                    return Vec::new();
                }
                let action = self.view_command(command);
                return self.act(action);
            }
        }
        Vec::new()
    }

    /// The commands the current view offers: its own, and those the selected deal's
    /// stage allows.
    pub(crate) fn view_commands(&self) -> Vec<Command> {
        let mut own = self.view.commands().to_vec();
        if self.view == ViewId::Pipeline
            && let Some(d) = self.pipeline.selected()
        {
            own.extend(crate::ask::offered_for(d));
        }
        own
    }

    fn view_command(&mut self, command: Command) -> Action {
        if self.deal_open {
            return self.deal.on(command);
        }
        let ids: Vec<_> = self.campaigns.iter().map(|c| c.campaign.id).collect();
        match self.view {
            ViewId::Pipeline => self.pipeline.on(command, &ids),
            ViewId::Campaigns => {
                let shown = self.campaign_view.shown(&self.campaigns);
                self.campaign_view.on(command, &shown)
            }
            ViewId::Creators => self.creators.on(command),
            ViewId::Review => self.review.on(command),
            ViewId::Payments => self.payments.on(command),
            ViewId::Activity => {
                self.activity.on(command);
                Action::None
            }
            ViewId::Reports => Action::None,
        }
    }

    pub(crate) fn act(&mut self, action: Action) -> Vec<Request> {
        match action {
            Action::None => Vec::new(),
            Action::Load(r) => vec![r],
            Action::OpenDeal(id) => {
                self.deal_open = true;
                self.deal.open(id);
                vec![Request::Deal(id)]
            }
            Action::Ask(ask) => {
                let cx = self.cx();
                // Cancelling shows what it does to the payments before anything is typed.
                let more = match ask.as_ref() {
                    Ask::CancelDeal(t, _) => vec![Request::CancelPreview(t.deal)],
                    _ => Vec::new(),
                };
                self.modal = match ask.form(&cx) {
                    Some(form) => Some(Modal::Form(Purpose::Ask(ask), form)),
                    None => ask.op(None, &cx).ok().map(|c| Modal::Confirm(Box::new(c))),
                };
                more
            }
            Action::Refuse(why) => {
                let text = why.text(&self.cx());
                self.say(text, true);
                Vec::new()
            }
            Action::MakeOffers => {
                if let Some(c) = self.creators.campaign() {
                    let form = forms::offer_form(&self.cx(), c);
                    self.modal = Some(Modal::Form(Purpose::Offer, form));
                }
                Vec::new()
            }
            Action::Filters => {
                let form = forms::filter_form(&self.cx(), &self.creators.query);
                self.modal = Some(Modal::Form(Purpose::Filters, form));
                Vec::new()
            }
            Action::CampaignForm(id) => {
                let existing = id.and_then(|id| self.campaigns.iter().find(|c| c.campaign.id == id));
                let form = forms::campaign_form(&self.cx(), existing.map(|c| &c.campaign));
                self.modal = Some(Modal::Form(Purpose::Campaign(id), form));
                Vec::new()
            }
            Action::Files(a) => self.file_action(a),
        }
    }

    /// Takes what a ticket's request produced; returns follow-up requests. The answer to
    /// a read that a newer one of its kind replaced is dropped: what is on screen is
    /// always the answer to the newest question.
    pub fn apply(&mut self, ticket: &Ticket, loaded: Loaded) -> Vec<Ticket> {
        if !self.is_current(ticket) {
            tracing::debug!(seq = ticket.seq, "stale answer dropped");
            return Vec::new();
        }
        let more = self.take(loaded);
        self.issue(more)
    }

    fn take(&mut self, loaded: Loaded) -> Vec<Request> {
        match loaded {
            Loaded::Head(id) => {
                let changed = self.head.is_some_and(|h| h != id);
                self.head = Some(id);
                if changed {
                    return vec![Request::Attention, Request::Campaigns, self.view_request()];
                }
            }
            Loaded::Attention(a) => self.attention = a,
            Loaded::Pipeline(counts, columns) => self.pipeline.set(counts, columns),
            Loaded::Campaigns(list) => self.campaigns = list,
            Loaded::Creators(page, campaigns) => self.creators.set(page, campaigns),
            Loaded::Reviews(items) => return self.review.set(items).into_iter().collect(),
            Loaded::ReviewDetail(file) => self.review.set_detail(*file),
            Loaded::Deal(file) => self.deal.set(*file),
            Loaded::Payments(filter, lines) => self.payments.set(filter, lines),
            Loaded::Reports(list, daily) => {
                self.campaigns = list;
                self.reports.daily = daily;
            }
            Loaded::Activity(health, recent) => self.activity.set(health, recent),
            Loaded::CancelPreview(preview) => match self.modal.take() {
                // Only the cancel form of that very deal takes it.
                Some(Modal::Form(Purpose::Ask(mut ask), mut form)) => {
                    if ask.preview(&preview) {
                        form.intro = ask.facts(&self.cx());
                    }
                    self.modal = Some(Modal::Form(Purpose::Ask(ask), form));
                }
                other => self.modal = other,
            },
            Loaded::Done(op, done, refused) => return self.done(op, done, refused),
            Loaded::Files(f) => return self.file_loaded(f),
            Loaded::Failed(code) => {
                let text =
                    format!("{} {}", self.loc.ui(Ui::RefreshFailed, self.lang), self.loc.error(&code, self.lang));
                self.say(text, true);
            }
        }
        Vec::new()
    }

    fn done(&mut self, op: Op, done: usize, refused: Vec<String>) -> Vec<Request> {
        let cx = self.cx();
        let mut text = match (&op, done) {
            (_, 0) => String::new(),
            (Op::Approve(_), _) => cx.t(Ui::Approved),
            (Op::RequestChanges(..), _) => cx.t(Ui::ChangesSent),
            (Op::MarkPaid(..), _) => cx.t(Ui::Paid),
            (Op::MakeOffers(..), n) => cx.n(UiCount::OffersSent, n as u64),
            (Op::CreateCampaign(_) | Op::UpdateCampaign(..), _) => cx.t(Ui::Saved),
            (Op::AcceptCounter(_), _) => cx.w(Work::DoneCounterAccepted),
            (Op::CounterBack(..), _) => cx.w(Work::DoneCounterSent),
            (Op::DeclineCounter(..), _) => cx.w(Work::DoneCounterDeclined),
            (Op::VerifyPost(_), _) => cx.w(Work::DonePostVerified),
            (Op::RefusePost(..), _) => cx.w(Work::DonePostRefused),
            (Op::CancelDeal(..), _) => cx.w(Work::DoneDealCancelled),
        };
        if !refused.is_empty() {
            let mut codes = refused.clone();
            codes.dedup();
            let reasons: Vec<String> = codes.iter().map(|c| cx.loc.error(c, cx.lang)).collect();
            if matches!(op, Op::MakeOffers(..)) {
                text = format!("{text} {} {}", cx.n(UiCount::OffersRefused, refused.len() as u64), reasons.join(" "));
            } else {
                text = reasons.join(" ");
            }
        }
        let bad = !refused.is_empty();
        self.say(text.trim().to_string(), bad);
        if matches!(op, Op::MakeOffers(..)) && done > 0 {
            self.creators.selected.clear();
        }
        vec![Request::Head, Request::Attention, Request::Campaigns, self.view_request()]
    }
}
