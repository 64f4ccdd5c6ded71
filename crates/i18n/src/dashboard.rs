//! The operator dashboard's words: screen parts, column headers, filters, key actions,
//! and the counts of the "needs you now" strip. The dashboard renders every text it shows
//! through these, so it speaks the operator's language and a missing message fails the
//! build.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// A fixed dashboard text (no arguments). The Fluent id is given on each variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ui {
    /// `dash-screen-deal`: Deal
    ScreenDeal,
    /// `dash-needs-you`: Needs you now
    NeedsYou,
    /// `dash-all-clear`: Nothing needs you right now.
    AllClear,
    /// `dash-all-campaigns`: All campaigns
    AllCampaigns,
    /// `dash-closed-stages`: Closed
    ClosedStages,
    /// `dash-loading`: Loading…
    Loading,
    /// `dash-empty`: Nothing to show.
    Empty,
    /// `dash-live`: live
    Live,
    /// `dash-help-title`: Keys
    HelpTitle,
    /// `dash-palette-title`: Commands
    PaletteTitle,
    /// `dash-search`: Search
    Search,
    /// `dash-filters`: Filters
    Filters,
    /// `dash-any`: any
    Any,
    /// `dash-yes`: yes
    Yes,
    /// `dash-no`: no
    No,
    /// `dash-caption`: Caption
    Caption,
    /// `dash-checks`: Automatic checks
    Checks,
    /// `dash-checks-passed`: All automatic checks passed.
    ChecksPassed,
    /// `dash-file`: File
    File,
    /// `dash-text-only`: Text only, no file
    TextOnly,
    /// `dash-versions`: Versions and notes
    Versions,
    /// `dash-notes`: Notes for the creator
    Notes,
    /// `dash-reference`: Payout reference
    Reference,
    /// `dash-terms`: Terms
    Terms,
    /// `dash-timeline`: Timeline
    Timeline,
    /// `dash-conversation`: Messages to the creator
    Conversation,
    /// `dash-brief`: Brief template
    Brief,
    /// `dash-product`: Product
    Product,
    /// `dash-markets`: Markets
    Markets,
    /// `dash-languages`: Languages
    Languages,
    /// `dash-spend`: Spend by campaign
    Spend,
    /// `dash-events-per-day`: Events per day, last 30 days
    EventsPerDay,
    /// `dash-outbox`: Outbox
    Outbox,
    /// `dash-delivery`: Delivery
    Delivery,
    /// `dash-delivery-ok`: Messages are going out.
    DeliveryOk,
    /// `dash-delivery-behind`: Messages have waited more than 5 minutes. Is `linkstar serve` running?
    DeliveryBehind,
    /// `dash-delivery-idle`: No message has been sent yet.
    DeliveryIdle,
    /// `dash-editor-hint`: Ctrl-S send · Esc cancel
    EditorHint,
    /// `dash-form-hint`: Tab next field · Enter save · Esc cancel
    FormHint,
    /// `dash-prompt-hint`: Enter confirm · Esc cancel
    PromptHint,
    /// `dash-offer-title`: Offer terms
    OfferTitle,
    /// `dash-campaign-new`: New campaign
    CampaignNew,
    /// `dash-campaign-edit`: Edit campaign
    CampaignEdit,
    /// `dash-saved`: Saved.
    Saved,
    /// `dash-approved`: Draft approved. The creator will be told.
    Approved,
    /// `dash-changes-sent`: Changes requested. The creator will be told.
    ChangesSent,
    /// `dash-paid`: Payment marked paid.
    Paid,
    /// `dash-no-campaign`: no campaign chosen
    NoCampaign,
    /// `dash-due`: Due
    Due,
    /// `dash-overdue`: Overdue
    Overdue,
    /// `dash-paid-tab`: Paid
    PaidTab,
    /// `dash-fit-for`: Fit for
    FitFor,
    /// `dash-publish-opens`: Publish window opens
    PublishOpens,
    /// `dash-publish-closes`: Publish window closes
    PublishCloses,
    /// `dash-offer-commission`: Commission on sales, % (empty: none)
    OfferCommissionPct,
    /// `dash-offer-ads-days`: Paid-ads usage, days (0: organic only)
    OfferAdsDays,
    /// `dash-name`: Name
    Name,
    /// `dash-starts`: Starts
    Starts,
    /// `dash-ends`: Ends
    Ends,
    /// `dash-reminder-offsets`: Reminders (hours before; negative = after)
    ReminderOffsets,
    /// `dash-revision-hours`: Revision time (hours)
    RevisionHours,
    /// `dash-bad-value`: Check this field.
    BadValue,
    /// `dash-refresh-failed`: Could not refresh. Retrying.
    RefreshFailed,
    /// `dash-actor-system`: LinkStar (automatic)
    ActorSystem,
    /// `dash-actor-team`: Brand team
    ActorTeam,
    /// `dash-event-draft`: Draft uploaded
    EventDraft,
    /// `dash-event-payment-scheduled`: Payment scheduled
    EventPaymentScheduled,
    /// `dash-event-payment-paid`: Payment made
    EventPaymentPaid,
    /// `dash-event-metrics`: Metrics recorded
    EventMetrics,
    /// `dash-event-chat-linked`: Chat connected
    EventChatLinked,
    /// `dash-event-other`: Other change
    EventOther,
    /// `dash-reminders`: the deal view's pending reminders
    Reminders,
    /// `dash-event-overdue`: a deadline was missed (timeline)
    EventOverdue,
    /// `dash-event-reminder`: a reminder was sent (timeline)
    EventReminder,
    /// `col-creator`: Creator
    ColCreator,
    /// `col-campaign`: Campaign
    ColCampaign,
    /// `col-stage`: Stage
    ColStage,
    /// `col-fee`: Fee
    ColFee,
    /// `col-due`: Due
    ColDue,
    /// `col-updated`: Updated
    ColUpdated,
    /// `col-country`: Country
    ColCountry,
    /// `col-followers`: Followers
    ColFollowers,
    /// `col-engagement`: Engagement
    ColEngagement,
    /// `col-tier`: Tier
    ColTier,
    /// `col-fit`: Fit
    ColFit,
    /// `col-handle`: Handle
    ColHandle,
    /// `col-flags`: Risks
    ColFlags,
    /// `col-status`: Status
    ColStatus,
    /// `col-amount`: Amount
    ColAmount,
    /// `col-kind`: Kind
    ColKind,
    /// `col-reference`: Reference
    ColReference,
    /// `col-budget`: Budget
    ColBudget,
    /// `col-committed`: Committed
    ColCommitted,
    /// `col-paid`: Paid
    ColPaid,
    /// `col-delivered`: Delivered
    ColDelivered,
    /// `col-dates`: Dates
    ColDates,
    /// `col-version`: Version
    ColVersion,
    /// `col-sla`: Review by
    ColSla,
    /// `col-message`: Message
    ColMessage,
    /// `col-recipient`: To
    ColRecipient,
    /// `col-deals`: Deals
    ColDeals,
    /// `col-views`: Views
    ColViews,
    /// `col-clicks`: Clicks
    ColClicks,
    /// `col-conversions`: Sales
    ColConversions,
    /// `col-revenue`: Revenue
    ColRevenue,
    /// `col-when`: When
    ColWhen,
    /// `col-who`: Who
    ColWho,
    /// `col-what`: What
    ColWhat,
    /// `col-pending`: Waiting
    ColPending,
    /// `col-sent`: Sent
    ColSent,
    /// `col-failed`: Failed
    ColFailed,
    /// `col-unreachable`: Unreachable
    ColUnreachable,
    /// `filter-platform`: Platform
    FilterPlatform,
    /// `filter-language`: Language
    FilterLanguage,
    /// `filter-category`: Category
    FilterCategory,
    /// `filter-min-followers`: Followers from
    FilterMinFollowers,
    /// `filter-max-followers`: Followers up to
    FilterMaxFollowers,
    /// `filter-min-engagement`: Engagement from (%)
    FilterMinEngagement,
    /// `filter-exclude-risky`: Hide risky creators
    FilterExcludeRisky,
    /// `filter-pool-status`: Pool status
    FilterPoolStatus,
    /// `filter-text`: Name or handle
    FilterText,
    /// `role-admin`: admin
    RoleAdmin,
    /// `role-manager`: manager
    RoleManager,
    /// `role-reviewer`: reviewer
    RoleReviewer,
    /// `role-finance`: finance
    RoleFinance,
    /// `role-viewer`: viewer
    RoleViewer,
    /// `campaign-draft`: in preparation
    CampaignDraft,
    /// `campaign-active`: running
    CampaignActive,
    /// `campaign-closed`: closed
    CampaignClosed,
    /// `payment-deposit`: deposit
    PaymentDeposit,
    /// `payment-balance`: balance
    PaymentBalance,
    /// `payment-commission`: commission
    PaymentCommission,
    /// `payment-bonus`: bonus
    PaymentBonus,
    /// `payment-scheduled`: scheduled
    PaymentScheduled,
    /// `payment-due`: due
    PaymentDue,
    /// `payment-paid`: paid
    PaymentPaid,
    /// `payment-cancelled`: cancelled
    PaymentCancelled,
    /// `action-quit`: Quit
    ActionQuit,
    /// `action-help`: Show the keys
    ActionHelp,
    /// `action-palette`: Command palette
    ActionPalette,
    /// `action-search`: Search
    ActionSearch,
    /// `action-next-view`: Next view
    ActionNextView,
    /// `action-prev-view`: Previous view
    ActionPrevView,
    /// `action-up`: Up
    ActionUp,
    /// `action-down`: Down
    ActionDown,
    /// `action-left`: Left
    ActionLeft,
    /// `action-right`: Right
    ActionRight,
    /// `action-page-up`: Page up
    ActionPageUp,
    /// `action-page-down`: Page down
    ActionPageDown,
    /// `action-open`: Open
    ActionOpen,
    /// `action-back`: Back
    ActionBack,
    /// `action-approve`: Approve the draft
    ActionApprove,
    /// `action-request-changes`: Request changes
    ActionRequestChanges,
    /// `action-mark-paid`: Mark paid
    ActionMarkPaid,
    /// `action-select`: Select or unselect
    ActionSelect,
    /// `action-make-offer`: Make offers to the selected
    ActionMakeOffer,
    /// `action-campaign`: Next campaign
    ActionCampaign,
    /// `action-filters`: Filters
    ActionFilters,
    /// `action-new-campaign`: New campaign
    ActionNewCampaign,
    /// `action-edit-campaign`: Edit the campaign
    ActionEditCampaign,
    /// `action-refresh`: Refresh
    ActionRefresh,
    /// `action-go`: Go to view
    ActionGo,
    /// `action-view-file`: Show the picture
    ActionViewFile,
    /// `action-save-file`: Save the file to a folder
    ActionSaveFile,
    /// `action-open-file`: Open with the system viewer
    ActionOpenFile,
    /// `dash-this-version`: This version
    ThisVersion,
    /// `dash-earlier-versions`: Earlier versions and their notes
    EarlierVersions,
    /// `dash-first-version`: This is the first version.
    FirstVersion,
    /// `dash-file-type`: Type
    FileType,
    /// `dash-file-size`: Size
    FileSize,
    /// `dash-file-picture`: Picture
    FilePicture,
    /// `dash-save-to`: Save the file in this folder
    SaveTo,
    /// `dash-file-saved`: Saved as
    FileSaved,
    /// `dash-file-opened`: Opened with the system viewer.
    FileOpened,
    /// `dash-file-missing`: The file is not in the blob store
    FileMissing,
    /// `dash-file-unreadable`: The file could not be read or written
    FileUnreadable,
    /// `dash-open-remote`: Opening needs the dashboard on this computer
    OpenRemote,
    /// `dash-open-failed`: The system viewer could not be started
    OpenFailed,
    /// `dash-not-a-picture`: Only pictures are shown here
    NotAPicture,
    /// `dash-no-file`: This draft is text only
    NoFile,
    /// `dash-notes-video-hint`: One note per line, from the moment in the video
    NotesVideoHint,
}

/// A dashboard text about a number of things, with the language's plural rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiCount {
    /// `count-drafts-waiting`
    DraftsWaiting,
    /// `count-reviews-overdue`
    ReviewsOverdue,
    /// `count-counters`
    Counters,
    /// `count-payments-overdue`
    PaymentsOverdue,
    /// `count-deals-overdue`
    DealsOverdue,
    /// `count-selected`
    Selected,
    /// `count-offers-sent`
    OffersSent,
    /// `count-offers-refused`
    OffersRefused,
}

impl Localizer {
    /// A fixed dashboard text in `language`.
    pub fn ui(&self, ui: Ui, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match ui {
            Ui::ScreenDeal => fl!(l, "dash-screen-deal"),
            Ui::NeedsYou => fl!(l, "dash-needs-you"),
            Ui::AllClear => fl!(l, "dash-all-clear"),
            Ui::AllCampaigns => fl!(l, "dash-all-campaigns"),
            Ui::ClosedStages => fl!(l, "dash-closed-stages"),
            Ui::Loading => fl!(l, "dash-loading"),
            Ui::Empty => fl!(l, "dash-empty"),
            Ui::Live => fl!(l, "dash-live"),
            Ui::HelpTitle => fl!(l, "dash-help-title"),
            Ui::PaletteTitle => fl!(l, "dash-palette-title"),
            Ui::Search => fl!(l, "dash-search"),
            Ui::Filters => fl!(l, "dash-filters"),
            Ui::Any => fl!(l, "dash-any"),
            Ui::Yes => fl!(l, "dash-yes"),
            Ui::No => fl!(l, "dash-no"),
            Ui::Caption => fl!(l, "dash-caption"),
            Ui::Checks => fl!(l, "dash-checks"),
            Ui::ChecksPassed => fl!(l, "dash-checks-passed"),
            Ui::File => fl!(l, "dash-file"),
            Ui::TextOnly => fl!(l, "dash-text-only"),
            Ui::Versions => fl!(l, "dash-versions"),
            Ui::Notes => fl!(l, "dash-notes"),
            Ui::Reference => fl!(l, "dash-reference"),
            Ui::Terms => fl!(l, "dash-terms"),
            Ui::Timeline => fl!(l, "dash-timeline"),
            Ui::Conversation => fl!(l, "dash-conversation"),
            Ui::Brief => fl!(l, "dash-brief"),
            Ui::Product => fl!(l, "dash-product"),
            Ui::Markets => fl!(l, "dash-markets"),
            Ui::Languages => fl!(l, "dash-languages"),
            Ui::Spend => fl!(l, "dash-spend"),
            Ui::EventsPerDay => fl!(l, "dash-events-per-day"),
            Ui::Outbox => fl!(l, "dash-outbox"),
            Ui::Delivery => fl!(l, "dash-delivery"),
            Ui::DeliveryOk => fl!(l, "dash-delivery-ok"),
            Ui::DeliveryBehind => fl!(l, "dash-delivery-behind"),
            Ui::DeliveryIdle => fl!(l, "dash-delivery-idle"),
            Ui::EditorHint => fl!(l, "dash-editor-hint"),
            Ui::FormHint => fl!(l, "dash-form-hint"),
            Ui::PromptHint => fl!(l, "dash-prompt-hint"),
            Ui::OfferTitle => fl!(l, "dash-offer-title"),
            Ui::CampaignNew => fl!(l, "dash-campaign-new"),
            Ui::CampaignEdit => fl!(l, "dash-campaign-edit"),
            Ui::Saved => fl!(l, "dash-saved"),
            Ui::Approved => fl!(l, "dash-approved"),
            Ui::ChangesSent => fl!(l, "dash-changes-sent"),
            Ui::Paid => fl!(l, "dash-paid"),
            Ui::NoCampaign => fl!(l, "dash-no-campaign"),
            Ui::Due => fl!(l, "dash-due"),
            Ui::Overdue => fl!(l, "dash-overdue"),
            Ui::PaidTab => fl!(l, "dash-paid-tab"),
            Ui::FitFor => fl!(l, "dash-fit-for"),
            Ui::PublishOpens => fl!(l, "dash-publish-opens"),
            Ui::PublishCloses => fl!(l, "dash-publish-closes"),
            Ui::OfferCommissionPct => fl!(l, "dash-offer-commission"),
            Ui::OfferAdsDays => fl!(l, "dash-offer-ads-days"),
            Ui::Name => fl!(l, "dash-name"),
            Ui::Starts => fl!(l, "dash-starts"),
            Ui::Ends => fl!(l, "dash-ends"),
            Ui::ReminderOffsets => fl!(l, "dash-reminder-offsets"),
            Ui::RevisionHours => fl!(l, "dash-revision-hours"),
            Ui::BadValue => fl!(l, "dash-bad-value"),
            Ui::RefreshFailed => fl!(l, "dash-refresh-failed"),
            Ui::ActorSystem => fl!(l, "dash-actor-system"),
            Ui::ActorTeam => fl!(l, "dash-actor-team"),
            Ui::EventDraft => fl!(l, "dash-event-draft"),
            Ui::EventPaymentScheduled => fl!(l, "dash-event-payment-scheduled"),
            Ui::EventPaymentPaid => fl!(l, "dash-event-payment-paid"),
            Ui::EventMetrics => fl!(l, "dash-event-metrics"),
            Ui::EventChatLinked => fl!(l, "dash-event-chat-linked"),
            Ui::EventOther => fl!(l, "dash-event-other"),
            Ui::Reminders => fl!(l, "dash-reminders"),
            Ui::EventOverdue => fl!(l, "dash-event-overdue"),
            Ui::EventReminder => fl!(l, "dash-event-reminder"),
            Ui::ColCreator => fl!(l, "col-creator"),
            Ui::ColCampaign => fl!(l, "col-campaign"),
            Ui::ColStage => fl!(l, "col-stage"),
            Ui::ColFee => fl!(l, "col-fee"),
            Ui::ColDue => fl!(l, "col-due"),
            Ui::ColUpdated => fl!(l, "col-updated"),
            Ui::ColCountry => fl!(l, "col-country"),
            Ui::ColFollowers => fl!(l, "col-followers"),
            Ui::ColEngagement => fl!(l, "col-engagement"),
            Ui::ColTier => fl!(l, "col-tier"),
            Ui::ColFit => fl!(l, "col-fit"),
            Ui::ColHandle => fl!(l, "col-handle"),
            Ui::ColFlags => fl!(l, "col-flags"),
            Ui::ColStatus => fl!(l, "col-status"),
            Ui::ColAmount => fl!(l, "col-amount"),
            Ui::ColKind => fl!(l, "col-kind"),
            Ui::ColReference => fl!(l, "col-reference"),
            Ui::ColBudget => fl!(l, "col-budget"),
            Ui::ColCommitted => fl!(l, "col-committed"),
            Ui::ColPaid => fl!(l, "col-paid"),
            Ui::ColDelivered => fl!(l, "col-delivered"),
            Ui::ColDates => fl!(l, "col-dates"),
            Ui::ColVersion => fl!(l, "col-version"),
            Ui::ColSla => fl!(l, "col-sla"),
            Ui::ColMessage => fl!(l, "col-message"),
            Ui::ColRecipient => fl!(l, "col-recipient"),
            Ui::ColDeals => fl!(l, "col-deals"),
            Ui::ColViews => fl!(l, "col-views"),
            Ui::ColClicks => fl!(l, "col-clicks"),
            Ui::ColConversions => fl!(l, "col-conversions"),
            Ui::ColRevenue => fl!(l, "col-revenue"),
            Ui::ColWhen => fl!(l, "col-when"),
            Ui::ColWho => fl!(l, "col-who"),
            Ui::ColWhat => fl!(l, "col-what"),
            Ui::ColPending => fl!(l, "col-pending"),
            Ui::ColSent => fl!(l, "col-sent"),
            Ui::ColFailed => fl!(l, "col-failed"),
            Ui::ColUnreachable => fl!(l, "col-unreachable"),
            Ui::FilterPlatform => fl!(l, "filter-platform"),
            Ui::FilterLanguage => fl!(l, "filter-language"),
            Ui::FilterCategory => fl!(l, "filter-category"),
            Ui::FilterMinFollowers => fl!(l, "filter-min-followers"),
            Ui::FilterMaxFollowers => fl!(l, "filter-max-followers"),
            Ui::FilterMinEngagement => fl!(l, "filter-min-engagement"),
            Ui::FilterExcludeRisky => fl!(l, "filter-exclude-risky"),
            Ui::FilterPoolStatus => fl!(l, "filter-pool-status"),
            Ui::FilterText => fl!(l, "filter-text"),
            Ui::RoleAdmin => fl!(l, "role-admin"),
            Ui::RoleManager => fl!(l, "role-manager"),
            Ui::RoleReviewer => fl!(l, "role-reviewer"),
            Ui::RoleFinance => fl!(l, "role-finance"),
            Ui::RoleViewer => fl!(l, "role-viewer"),
            Ui::CampaignDraft => fl!(l, "campaign-draft"),
            Ui::CampaignActive => fl!(l, "campaign-active"),
            Ui::CampaignClosed => fl!(l, "campaign-closed"),
            Ui::PaymentDeposit => fl!(l, "payment-deposit"),
            Ui::PaymentBalance => fl!(l, "payment-balance"),
            Ui::PaymentCommission => fl!(l, "payment-commission"),
            Ui::PaymentBonus => fl!(l, "payment-bonus"),
            Ui::PaymentScheduled => fl!(l, "payment-scheduled"),
            Ui::PaymentDue => fl!(l, "payment-due"),
            Ui::PaymentPaid => fl!(l, "payment-paid"),
            Ui::PaymentCancelled => fl!(l, "payment-cancelled"),
            Ui::ActionQuit => fl!(l, "action-quit"),
            Ui::ActionHelp => fl!(l, "action-help"),
            Ui::ActionPalette => fl!(l, "action-palette"),
            Ui::ActionSearch => fl!(l, "action-search"),
            Ui::ActionNextView => fl!(l, "action-next-view"),
            Ui::ActionPrevView => fl!(l, "action-prev-view"),
            Ui::ActionUp => fl!(l, "action-up"),
            Ui::ActionDown => fl!(l, "action-down"),
            Ui::ActionLeft => fl!(l, "action-left"),
            Ui::ActionRight => fl!(l, "action-right"),
            Ui::ActionPageUp => fl!(l, "action-page-up"),
            Ui::ActionPageDown => fl!(l, "action-page-down"),
            Ui::ActionOpen => fl!(l, "action-open"),
            Ui::ActionBack => fl!(l, "action-back"),
            Ui::ActionApprove => fl!(l, "action-approve"),
            Ui::ActionRequestChanges => fl!(l, "action-request-changes"),
            Ui::ActionMarkPaid => fl!(l, "action-mark-paid"),
            Ui::ActionSelect => fl!(l, "action-select"),
            Ui::ActionMakeOffer => fl!(l, "action-make-offer"),
            Ui::ActionCampaign => fl!(l, "action-campaign"),
            Ui::ActionFilters => fl!(l, "action-filters"),
            Ui::ActionNewCampaign => fl!(l, "action-new-campaign"),
            Ui::ActionEditCampaign => fl!(l, "action-edit-campaign"),
            Ui::ActionRefresh => fl!(l, "action-refresh"),
            Ui::ActionGo => fl!(l, "action-go"),
            Ui::ActionViewFile => fl!(l, "action-view-file"),
            Ui::ActionSaveFile => fl!(l, "action-save-file"),
            Ui::ActionOpenFile => fl!(l, "action-open-file"),
            Ui::ThisVersion => fl!(l, "dash-this-version"),
            Ui::EarlierVersions => fl!(l, "dash-earlier-versions"),
            Ui::FirstVersion => fl!(l, "dash-first-version"),
            Ui::FileType => fl!(l, "dash-file-type"),
            Ui::FileSize => fl!(l, "dash-file-size"),
            Ui::FilePicture => fl!(l, "dash-file-picture"),
            Ui::SaveTo => fl!(l, "dash-save-to"),
            Ui::FileSaved => fl!(l, "dash-file-saved"),
            Ui::FileOpened => fl!(l, "dash-file-opened"),
            Ui::FileMissing => fl!(l, "dash-file-missing"),
            Ui::FileUnreadable => fl!(l, "dash-file-unreadable"),
            Ui::OpenRemote => fl!(l, "dash-open-remote"),
            Ui::OpenFailed => fl!(l, "dash-open-failed"),
            Ui::NotAPicture => fl!(l, "dash-not-a-picture"),
            Ui::NoFile => fl!(l, "dash-no-file"),
            Ui::NotesVideoHint => fl!(l, "dash-notes-video-hint"),
        })
    }

    /// A dashboard text about `count` things in `language`.
    pub fn ui_count(&self, ui: UiCount, count: u64, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        clean(match ui {
            UiCount::DraftsWaiting => fl!(l, "count-drafts-waiting", count = count),
            UiCount::ReviewsOverdue => fl!(l, "count-reviews-overdue", count = count),
            UiCount::Counters => fl!(l, "count-counters", count = count),
            UiCount::PaymentsOverdue => fl!(l, "count-payments-overdue", count = count),
            UiCount::DealsOverdue => fl!(l, "count-deals-overdue", count = count),
            UiCount::Selected => fl!(l, "count-selected", count = count),
            UiCount::OffersSent => fl!(l, "count-offers-sent", count = count),
            UiCount::OffersRefused => fl!(l, "count-offers-refused", count = count),
        })
    }
    /// The name of an offer term (`fee`, `respond_by`, …), as the offer form labels it.
    pub fn term_label(&self, name: &str, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(crate::notice::term_name(l, name))
    }
}
