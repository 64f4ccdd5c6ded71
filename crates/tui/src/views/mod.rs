//! The views. Each one holds its own data and selection, draws itself from that state
//! alone, and answers a [`Command`] with an [`Action`] value; the dashboard does the IO.

pub mod activity;
pub mod campaigns;
pub mod creators;
pub mod deal;
pub mod payments;
pub mod pipeline;
pub mod reports;
pub mod review;

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};

use linkstar_core::brand::{Permission, Role};
use linkstar_core::ids::DealId;
use linkstar_core::money::Money;
use linkstar_core::place::TimeZoneName;
use linkstar_i18n::{Language, Localizer, Ui, UiCount};

use linkstar_i18n::Work;

use crate::ask::Ask;
use crate::keymap::{Command, Keymap, Words};
use crate::request::Request;
use crate::theme::Theme;

/// What drawing and key handling need to know: language, clock, theme, keys, role.
pub struct Cx<'a> {
    /// The messages.
    pub loc: &'a Localizer,
    /// The operator's language.
    pub lang: Language,
    /// Colours.
    pub theme: Theme,
    /// Now, from the injected clock.
    pub now: Timestamp,
    /// The keymap, for hints.
    pub keys: &'a Keymap,
    /// The operator's role, which limits the actions offered.
    pub role: Role,
    /// The zone times are shown in.
    pub zone: &'a TimeZoneName,
}

impl Cx<'_> {
    /// A fixed text.
    pub fn t(&self, ui: Ui) -> String {
        self.loc.ui(ui, self.lang)
    }

    /// A workbench text.
    pub fn w(&self, work: Work) -> String {
        self.loc.work(work, self.lang)
    }

    /// What a command does, in the operator's words.
    pub fn label(&self, command: Command) -> String {
        match command.label() {
            Words::Ui(ui) => self.t(ui),
            Words::Work(work) => self.w(work),
        }
    }

    /// A counted text.
    pub fn n(&self, ui: UiCount, count: u64) -> String {
        self.loc.ui_count(ui, count, self.lang)
    }

    /// Money in the operator's language.
    pub fn money(&self, m: Money) -> String {
        self.loc.money(m, self.lang)
    }

    /// A number with the language's grouping.
    pub fn number(&self, n: i64) -> String {
        self.loc.number(n, self.lang)
    }

    /// A short date and time for tables: `11-24 09:00`.
    pub fn short(&self, at: Timestamp) -> String {
        at.to_zoned_datetime(self.zone.zone()).strftime("%m-%d %H:%M").to_string()
    }

    /// A calendar date: `2026-11-24`.
    pub fn day(&self, at: Timestamp) -> String {
        at.to_zoned_datetime(self.zone.zone()).strftime("%Y-%m-%d").to_string()
    }

    /// Whether the operator's role allows `permission`.
    pub fn may(&self, permission: Permission) -> bool {
        self.role.allows(permission)
    }

    /// A hint span pair: the command's key and its label.
    pub fn hint(&self, command: Command) -> Vec<Span<'static>> {
        vec![
            Span::styled(self.keys.first_key(command), self.theme.key()),
            Span::raw(format!(" {}  ", self.label(command))),
        ]
    }
}

/// What a view asks the dashboard to do after a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Nothing more.
    None,
    /// Run a request.
    Load(Request),
    /// Open a deal's detail.
    OpenDeal(DealId),
    /// Something that changes a deal or a payment: named, asked once, then done.
    Ask(Box<Ask>),
    /// Nothing was done, and why.
    Refuse(Why),
    /// Open the offer form for the selected creators.
    MakeOffers,
    /// Open the filter form.
    Filters,
    /// Open the campaign form (new, or editing this one).
    CampaignForm(Option<linkstar_core::ids::CampaignId>),
    /// Do something with a draft's file.
    Files(crate::draft_file::FileAction),
}

/// Why an action did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The pane's data is not yet the selection's.
    StillLoading,
    /// No row is selected.
    NothingSelected,
    /// The deal's stage does not allow it.
    NotNow,
}

impl Why {
    /// The footer's words.
    pub fn text(&self, cx: &Cx) -> String {
        cx.w(match self {
            Why::StillLoading => Work::StillLoading,
            Why::NothingSelected => Work::NothingSelected,
            Why::NotNow => Work::NotNow,
        })
    }
}

/// Which view is on screen; numbered as the `1`–`7` keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ViewId {
    /// Deals by stage.
    Pipeline,
    /// Campaigns.
    Campaigns,
    /// The creator pool.
    Creators,
    /// Drafts waiting.
    Review,
    /// Payments.
    Payments,
    /// Reports.
    Reports,
    /// Outbox and delivery.
    Activity,
}

impl ViewId {
    /// Every view, in tab order.
    pub const ALL: [ViewId; 7] = [
        ViewId::Pipeline,
        ViewId::Campaigns,
        ViewId::Creators,
        ViewId::Review,
        ViewId::Payments,
        ViewId::Reports,
        ViewId::Activity,
    ];

    /// The view's title.
    pub fn title(&self, cx: &Cx) -> String {
        use linkstar_i18n::Label;
        let label = match self {
            ViewId::Pipeline => Label::ScreenPipeline,
            ViewId::Campaigns => Label::ScreenCampaigns,
            ViewId::Creators => Label::ScreenCreators,
            ViewId::Review => Label::ScreenReview,
            ViewId::Payments => Label::ScreenPayments,
            ViewId::Reports => Label::ScreenReports,
            ViewId::Activity => Label::ScreenActivity,
        };
        cx.loc.label(label, cx.lang)
    }

    /// The commands the view answers besides moving around, for help and the palette.
    pub fn commands(&self) -> &'static [Command] {
        match self {
            ViewId::Pipeline => &[Command::Open, Command::Campaign, Command::Search],
            ViewId::Campaigns => &[Command::NewCampaign, Command::EditCampaign, Command::Search],
            ViewId::Creators => {
                &[Command::Select, Command::MakeOffer, Command::Filters, Command::Campaign, Command::Search]
            }
            ViewId::Review => &[
                Command::Approve,
                Command::RequestChanges,
                Command::Open,
                Command::ViewFile,
                Command::SaveFile,
                Command::OpenFile,
            ],
            ViewId::Payments => &[Command::MarkPaid, Command::Open, Command::Search],
            ViewId::Reports | ViewId::Activity => &[],
        }
    }
}

/// The permission a command needs, if any: commands the role lacks are not offered.
pub fn permission(command: Command) -> Option<Permission> {
    match command {
        Command::Approve | Command::RequestChanges => Some(Permission::ReviewDrafts),
        Command::AcceptCounter | Command::CounterBack | Command::DeclineCounter | Command::CancelDeal => {
            Some(Permission::MakeOffers)
        }
        Command::VerifyPost | Command::RefusePost => Some(Permission::VerifyPosts),
        Command::MarkPaid => Some(Permission::PayCreators),
        Command::MakeOffer => Some(Permission::MakeOffers),
        Command::NewCampaign | Command::EditCampaign => Some(Permission::ManageCampaigns),
        _ => None,
    }
}

/// Whether a row whose words are `texts` matches a search (case-insensitive, any word
/// containing it; `#12` matches deal 12). No search matches everything.
pub fn matches(query: Option<&str>, texts: &[&str]) -> bool {
    let Some(q) = query.map(str::trim).filter(|q| !q.is_empty()) else { return true };
    let q = q.to_lowercase();
    texts.iter().any(|t| t.to_lowercase().contains(&q))
}

/// A selection in a list: moves with the keys and keeps within the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row.
    pub row: usize,
}

impl Cursor {
    /// Moves for a command over `len` rows; returns whether it moved.
    pub fn step(&mut self, command: Command, len: usize) -> bool {
        let before = self.row;
        let last = len.saturating_sub(1);
        self.row = match command {
            Command::Up => self.row.saturating_sub(1),
            Command::Down => (self.row + 1).min(last),
            Command::PageUp => self.row.saturating_sub(10),
            Command::PageDown => (self.row + 10).min(last),
            _ => self.row,
        }
        .min(last);
        self.row != before
    }
}

/// A bordered block with a title.
pub fn block(title: String, cx: &Cx, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { cx.theme.focus() } else { cx.theme.border() })
        .title(Span::styled(format!(" {title} "), cx.theme.title()))
}

/// Draws a table whose selected row stays visible, without keeping any state. Only the
/// rows on screen are built (`row(i)` for the visible `i`), so a frame costs the same
/// whatever the page size.
#[allow(clippy::too_many_arguments)]
pub fn table<'a>(
    f: &mut Frame,
    area: Rect,
    cx: &Cx,
    header: Vec<String>,
    len: usize,
    row: impl Fn(usize) -> Row<'a>,
    widths: &[Constraint],
    selected: Option<usize>,
) {
    let visible = usize::from(area.height.saturating_sub(1)).max(1);
    let first = selected.map_or(0, |s| s.saturating_sub(visible - 1));
    let rows: Vec<Row> = (first..len.min(first + visible)).map(row).collect();
    let header = Row::new(header.into_iter().map(|h| Cell::from(h).style(cx.theme.title())));
    let widget =
        Table::new(rows, widths.to_vec()).header(header).row_highlight_style(cx.theme.selected()).column_spacing(1);
    let mut state = TableState::default().with_selected(selected.map(|s| s - first));
    f.render_stateful_widget(widget, area, &mut state);
    if len == 0 && area.height > 1 {
        let rest = Rect { y: area.y + 1, height: 1, ..area };
        f.render_widget(Line::styled(cx.t(Ui::Empty), cx.theme.dim()), rest);
    }
}
