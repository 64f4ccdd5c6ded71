//! The dashboard's state: which view is on screen, the open overlay, and what came back
//! from the store. [`Dashboard::key`] and [`Dashboard::apply`] change it and return the
//! [`Request`]s to run; they never do IO themselves, so tests drive them directly.

use std::rc::Rc;
use std::sync::Arc;

use crossterm::event::KeyEvent;

use linkstar_app::Clock;
use linkstar_app::dashboard::{Attention, CampaignFigures};
use linkstar_core::brand::Operator;
use linkstar_core::ids::{DealId, EventId, PaymentId};
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer, Ui, UiCount};

use crate::forms;
use crate::input::{Form, TextInput};
use crate::keymap::{Command, Keymap};
use crate::request::{Loaded, Op, Request};
use crate::theme::Theme;
use crate::views::{Action, Cx, ViewId, permission};
use crate::views::{activity, campaigns, creators, deal, payments, pipeline, reports, review};

/// What a form is for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Purpose {
    Offer,
    Filters,
    Campaign(Option<linkstar_core::ids::CampaignId>),
}

/// The overlay on top of the view, which takes the keys while open.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Modal {
    Help,
    Palette(TextInput, usize),
    Search(TextInput),
    Notes(DealId, TextInput),
    Reference(PaymentId, TextInput),
    Form(Purpose, Form),
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
            quit: false,
        }
    }

    /// The requests that fill the first frame.
    pub fn start(&self) -> Vec<Request> {
        vec![Request::Head, Request::Attention, Request::Campaigns, self.view_request()]
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
    pub fn tick(&self) -> Vec<Request> {
        vec![Request::Head]
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
    pub fn key(&mut self, key: KeyEvent) -> Vec<Request> {
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
                self.modal =
                    Some(Modal::Search(TextInput::new(self.creators.query.text.as_deref().unwrap_or(""), false)))
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

    fn view_command(&mut self, command: Command) -> Action {
        if self.deal_open {
            return self.deal.on(command);
        }
        let ids: Vec<_> = self.campaigns.iter().map(|c| c.campaign.id).collect();
        match self.view {
            ViewId::Pipeline => self.pipeline.on(command, &ids),
            ViewId::Campaigns => self.campaign_view.on(command, &self.campaigns),
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
                vec![Request::Deal(id)]
            }
            Action::RequestChanges(id) => {
                self.modal = Some(Modal::Notes(id, TextInput::new("", true)));
                Vec::new()
            }
            Action::MarkPaid(id) => {
                self.modal = Some(Modal::Reference(id, TextInput::default()));
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

    /// Takes what a request produced; returns follow-up requests.
    pub fn apply(&mut self, loaded: Loaded) -> Vec<Request> {
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
