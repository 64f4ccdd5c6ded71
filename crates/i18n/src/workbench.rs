//! The dashboard's workbench words: acting on negotiations, posts and cancellations,
//! the confirmation and discard dialogs, outcomes, and the reasons a form gives next to
//! the field it refuses. Kept apart from [`crate::Ui`] so the workbench grows in its own file.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// A fixed workbench text (no arguments). The Fluent id is given on each variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Work {
    /// `dash-act-accept-counter`: Accept the counter-offer
    ActAcceptCounter,
    /// `dash-act-counter-back`: Counter with your fee
    ActCounterBack,
    /// `dash-act-decline-counter`: Decline the counter-offer
    ActDeclineCounter,
    /// `dash-act-verify-post`: Verify the post
    ActVerifyPost,
    /// `dash-act-refuse-post`: Refuse the post link
    ActRefusePost,
    /// `dash-act-cancel-deal`: Cancel the deal
    ActCancelDeal,
    /// `dash-negotiation`: Negotiation
    Negotiation,
    /// `dash-their-counter`: Their counter
    TheirCounter,
    /// `dash-your-offer`: Your offer
    YourOffer,
    /// `dash-round`: Round
    Round,
    /// `dash-answer-by`: Answer by
    AnswerBy,
    /// `dash-history`: History
    History,
    /// `dash-hist-offer`: offer
    HistOffer,
    /// `dash-hist-counter`: counter
    HistCounter,
    /// `dash-hist-counter-back`: your counter
    HistCounterBack,
    /// `dash-hist-accepted`: accepted
    HistAccepted,
    /// `dash-hist-declined`: declined
    HistDeclined,
    /// `dash-hist-counter-accepted`: counter accepted
    HistCounterAccepted,
    /// `dash-hist-counter-declined`: counter declined
    HistCounterDeclined,
    /// `dash-hist-revised`: offer revised
    HistRevised,
    /// `dash-post-link`: Post link
    PostLink,
    /// `dash-amount`: Amount
    Amount,
    /// `dash-your-fee`: Your fee
    YourFee,
    /// `dash-note-optional`: Note for the creator (optional)
    NoteOptional,
    /// `dash-reason-creator`: Reason (the creator reads it)
    ReasonCreator,
    /// `dash-cancel-payments`: What happens to the payments
    CancelPayments,
    /// `dash-pay-stays-paid`: stays paid
    PayStaysPaid,
    /// `dash-pay-already-cancelled`: already cancelled
    PayAlreadyCancelled,
    /// `dash-pay-voided`: voided
    PayVoided,
    /// `dash-no-payments`: No payments yet.
    NoPayments,
    /// `dash-confirm-hint`: y or Enter: do it · n or Esc: go back
    ConfirmHint,
    /// `dash-discard-title`: Discard what you typed?
    DiscardTitle,
    /// `dash-discard-hint`: y: discard · n or Esc: keep editing
    DiscardHint,
    /// `dash-form-hint-editor`: Tab next field · Ctrl-S save · Esc cancel
    FormHintEditor,
    /// `dash-still-loading`: Still loading what you selected, so nothing was done.
    StillLoading,
    /// `dash-nothing-selected`: Nothing is selected, so nothing was done.
    NothingSelected,
    /// `dash-not-now`: Not possible at this stage of the deal.
    NotNow,
    /// `dash-done-counter-accepted`: Counter-offer accepted. The creator will be told.
    DoneCounterAccepted,
    /// `dash-done-counter-sent`: Your fee was sent to the creator.
    DoneCounterSent,
    /// `dash-done-counter-declined`: Counter-offer declined. Your offer stands.
    DoneCounterDeclined,
    /// `dash-done-post-verified`: Post verified. The balance is scheduled.
    DonePostVerified,
    /// `dash-done-post-refused`: Post link refused. The creator will be told why.
    DonePostRefused,
    /// `dash-done-deal-cancelled`: Deal cancelled.
    DoneDealCancelled,
    /// `dash-why-amount`: Write an amount with its currency, like 450 USD.
    WhyAmount,
    /// `dash-why-date`: Write a date like 2026-12-01.
    WhyDate,
    /// `dash-why-number`: Write a whole number, like 2.
    WhyNumber,
    /// `dash-why-percent`: Write a percentage from 0.01 to 100.
    WhyPercent,
    /// `dash-why-deposit`: Write a deposit from 0 to 100 percent.
    WhyDeposit,
    /// `dash-why-ends-before-start`: It ends before it starts.
    WhyEndsBeforeStart,
    /// `dash-why-window`: The publish window must open after the draft is due, and close after it opens.
    WhyWindow,
    /// `dash-why-draft-due`: The draft must be due after the answer date.
    WhyDraftDue,
    /// `dash-why-countries`: Two-letter country codes with commas, like US, DE.
    WhyCountries,
    /// `dash-why-languages`: Language tags with commas, like en-US, de-DE.
    WhyLanguages,
    /// `dash-why-hours`: 1 to 8 different hours from -720 to 720, with commas, like 48, 24, -24.
    WhyHours,
    /// `dash-why-hour-range`: From 1 to 720 hours.
    WhyHourRange,
    /// `dash-why-required`: This can't be empty.
    WhyRequired,
    /// `dash-why-positive`: This must be more than zero.
    WhyPositive,
    /// `dash-why-unknown`: LinkStar doesn't know this value here.
    WhyUnknown,
}

impl Localizer {
    /// A fixed workbench text in `language`.
    pub fn work(&self, work: Work, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match work {
            Work::ActAcceptCounter => fl!(l, "dash-act-accept-counter"),
            Work::ActCounterBack => fl!(l, "dash-act-counter-back"),
            Work::ActDeclineCounter => fl!(l, "dash-act-decline-counter"),
            Work::ActVerifyPost => fl!(l, "dash-act-verify-post"),
            Work::ActRefusePost => fl!(l, "dash-act-refuse-post"),
            Work::ActCancelDeal => fl!(l, "dash-act-cancel-deal"),
            Work::Negotiation => fl!(l, "dash-negotiation"),
            Work::TheirCounter => fl!(l, "dash-their-counter"),
            Work::YourOffer => fl!(l, "dash-your-offer"),
            Work::Round => fl!(l, "dash-round"),
            Work::AnswerBy => fl!(l, "dash-answer-by"),
            Work::History => fl!(l, "dash-history"),
            Work::HistOffer => fl!(l, "dash-hist-offer"),
            Work::HistCounter => fl!(l, "dash-hist-counter"),
            Work::HistCounterBack => fl!(l, "dash-hist-counter-back"),
            Work::HistAccepted => fl!(l, "dash-hist-accepted"),
            Work::HistDeclined => fl!(l, "dash-hist-declined"),
            Work::HistCounterAccepted => fl!(l, "dash-hist-counter-accepted"),
            Work::HistCounterDeclined => fl!(l, "dash-hist-counter-declined"),
            Work::HistRevised => fl!(l, "dash-hist-revised"),
            Work::PostLink => fl!(l, "dash-post-link"),
            Work::Amount => fl!(l, "dash-amount"),
            Work::YourFee => fl!(l, "dash-your-fee"),
            Work::NoteOptional => fl!(l, "dash-note-optional"),
            Work::ReasonCreator => fl!(l, "dash-reason-creator"),
            Work::CancelPayments => fl!(l, "dash-cancel-payments"),
            Work::PayStaysPaid => fl!(l, "dash-pay-stays-paid"),
            Work::PayAlreadyCancelled => fl!(l, "dash-pay-already-cancelled"),
            Work::PayVoided => fl!(l, "dash-pay-voided"),
            Work::NoPayments => fl!(l, "dash-no-payments"),
            Work::ConfirmHint => fl!(l, "dash-confirm-hint"),
            Work::DiscardTitle => fl!(l, "dash-discard-title"),
            Work::DiscardHint => fl!(l, "dash-discard-hint"),
            Work::FormHintEditor => fl!(l, "dash-form-hint-editor"),
            Work::StillLoading => fl!(l, "dash-still-loading"),
            Work::NothingSelected => fl!(l, "dash-nothing-selected"),
            Work::NotNow => fl!(l, "dash-not-now"),
            Work::DoneCounterAccepted => fl!(l, "dash-done-counter-accepted"),
            Work::DoneCounterSent => fl!(l, "dash-done-counter-sent"),
            Work::DoneCounterDeclined => fl!(l, "dash-done-counter-declined"),
            Work::DonePostVerified => fl!(l, "dash-done-post-verified"),
            Work::DonePostRefused => fl!(l, "dash-done-post-refused"),
            Work::DoneDealCancelled => fl!(l, "dash-done-deal-cancelled"),
            Work::WhyAmount => fl!(l, "dash-why-amount"),
            Work::WhyDate => fl!(l, "dash-why-date"),
            Work::WhyNumber => fl!(l, "dash-why-number"),
            Work::WhyPercent => fl!(l, "dash-why-percent"),
            Work::WhyDeposit => fl!(l, "dash-why-deposit"),
            Work::WhyEndsBeforeStart => fl!(l, "dash-why-ends-before-start"),
            Work::WhyWindow => fl!(l, "dash-why-window"),
            Work::WhyDraftDue => fl!(l, "dash-why-draft-due"),
            Work::WhyCountries => fl!(l, "dash-why-countries"),
            Work::WhyLanguages => fl!(l, "dash-why-languages"),
            Work::WhyHours => fl!(l, "dash-why-hours"),
            Work::WhyHourRange => fl!(l, "dash-why-hour-range"),
            Work::WhyRequired => fl!(l, "dash-why-required"),
            Work::WhyPositive => fl!(l, "dash-why-positive"),
            Work::WhyUnknown => fl!(l, "dash-why-unknown"),
        })
    }

    /// Why an amount was refused: it is not in the offer's `currency`.
    pub fn work_wrong_currency(&self, currency: &str, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(fl!(l, "dash-why-currency", currency = currency))
    }
}
