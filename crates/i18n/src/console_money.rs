//! What the money commands of the command line (`report`, `metrics`, `payments`, `fx`,
//! `attribution`, `campaign close`) tell an operator, in the operator's language.
//!
//! Amounts, dates, rates and percentages arrive already formatted for the reader
//! ([`Localizer::money`], [`Localizer::day`], [`Localizer::decimal`],
//! [`Localizer::percent_bp`]); counts that choose a plural form arrive as numbers.
//! Machine-readable output (`report --format csv|json`, payout and attribution files)
//! is not rendered here: it keeps its stable English column keys.

use i18n_embed_fl::fl;

use crate::{Language, Localizer, clean};

/// One line of a money command's output. Names, codes and paths pass through as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyConsole<'a> {
    /// First line of the report.
    ReportHeading {
        /// Campaign name.
        campaign: &'a str,
        /// Whether the campaign is closed.
        closed: bool,
        /// Currency code the amounts are in.
        currency: &'a str,
        /// Day of the exchange rates, formatted.
        as_of: &'a str,
    },
    /// The exchange rates the report used, listed.
    ReportRates {
        /// `USD→EUR 0.9 (Nov 20, 2026), …`.
        rates: &'a str,
    },
    /// The report needed no conversion.
    ReportNoRates,
    /// Campaign totals: deals and money.
    ReportTotals {
        /// Deals, formatted.
        deals: &'a str,
        /// Committed, formatted.
        committed: &'a str,
        /// Paid, formatted.
        paid: &'a str,
    },
    /// Campaign totals: reach and its costs.
    ReportReach {
        /// Reach, formatted.
        reach: &'a str,
        /// Engagements, formatted.
        engagements: &'a str,
        /// Engagement rate, formatted.
        engagement_rate: &'a str,
        /// Cost per thousand views.
        cpm: &'a str,
        /// Cost per engagement.
        cpe: &'a str,
        /// Cost per click.
        cpc: &'a str,
    },
    /// Campaign totals: clicks, sales and return.
    ReportSales {
        /// Clicks, formatted.
        clicks: &'a str,
        /// Conversions, formatted.
        conversions: &'a str,
        /// Revenue, formatted.
        revenue: &'a str,
        /// Return on investment, formatted.
        roi: &'a str,
    },
    /// Campaign totals: how drafts arrived.
    ReportDelivery {
        /// Share of drafts on time, formatted.
        on_time: &'a str,
        /// Revisions per deal, formatted.
        revisions: &'a str,
    },
    /// What the columns right of the bar mean.
    ReportCreatorsNote,
    /// A duration in hours, e.g. an average review time.
    Hours {
        /// Hours with one decimal, formatted.
        hours: &'a str,
    },
    /// `metrics import` finished.
    MetricsImported {
        /// Snapshots imported.
        imported: usize,
        /// Rows refused.
        refused: usize,
    },
    /// `metrics add` recorded a snapshot.
    MetricsRecorded {
        /// The deal.
        deal: i64,
    },
    /// `metrics fetch` could not read one deal's post.
    MetricsFetchFailed {
        /// The deal.
        deal: i64,
        /// Why, as the platform or the app said it.
        reason: &'a str,
    },
    /// `metrics fetch` finished.
    MetricsFetched {
        /// Posts read.
        fetched: usize,
        /// Posts that failed.
        failed: usize,
    },
    /// The deal cell of a `payments list` row.
    PaymentDeal {
        /// The deal.
        deal: i64,
    },
    /// The due-date cell of a `payments list` row.
    PaymentDue {
        /// The day, formatted.
        due: &'a str,
    },
    /// Under `payments list`.
    PaymentsListed {
        /// Payments shown.
        count: usize,
    },
    /// `payments pay` recorded a payment.
    PaymentPaid {
        /// The payment.
        payment: i64,
        /// Its amount, formatted.
        amount: &'a str,
        /// The bank or payout reference.
        reference: &'a str,
    },
    /// `payments due` moved payments to due.
    PaymentsNowDue {
        /// Payments moved.
        count: usize,
    },
    /// `payments bonus` scheduled a bonus.
    BonusScheduled {
        /// The new payment.
        payment: i64,
        /// The deal.
        deal: i64,
    },
    /// A payout file was written.
    PayoutFile {
        /// Where.
        path: &'a str,
        /// Payments in it.
        count: usize,
    },
    /// `fx set` recorded a rate.
    FxRateSet {
        /// Currency converted from.
        from: &'a str,
        /// Units of `to` per unit of `from`, formatted.
        rate: &'a str,
        /// Currency converted to.
        to: &'a str,
        /// The day, formatted.
        date: &'a str,
    },
    /// `attribution code` gave a deal a discount code.
    DiscountCodeSet {
        /// The deal.
        deal: i64,
        /// The code.
        code: &'a str,
    },
    /// `attribution code --clear` removed it.
    DiscountCodeRemoved {
        /// The deal.
        deal: i64,
    },
    /// `attribution export` wrote a file.
    AttributionExported {
        /// Where.
        path: &'a str,
        /// Deals in it.
        count: usize,
    },
    /// `campaign close` scheduled a commission.
    CommissionScheduled {
        /// The deal.
        deal: i64,
        /// The commission, formatted.
        amount: &'a str,
    },
    /// `campaign close` finished.
    CampaignClosed {
        /// Campaign name.
        campaign: &'a str,
        /// Commissions scheduled.
        commissions: usize,
        /// Deals completed.
        completed: usize,
    },
}

impl Localizer {
    /// A line of a money command's output.
    pub fn money_console(&self, line: &MoneyConsole, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match *line {
            MoneyConsole::ReportHeading { campaign, closed: false, currency, as_of } => {
                fl!(l, "console-report-heading-open", campaign = campaign, currency = currency, as_of = as_of)
            }
            MoneyConsole::ReportHeading { campaign, closed: true, currency, as_of } => {
                fl!(l, "console-report-heading-closed", campaign = campaign, currency = currency, as_of = as_of)
            }
            MoneyConsole::ReportRates { rates } => fl!(l, "console-report-rates", rates = rates),
            MoneyConsole::ReportNoRates => fl!(l, "console-report-rates-none"),
            MoneyConsole::ReportTotals { deals, committed, paid } => {
                fl!(l, "console-report-totals", deals = deals, committed = committed, paid = paid)
            }
            MoneyConsole::ReportReach { reach, engagements, engagement_rate, cpm, cpe, cpc } => fl!(
                l,
                "console-report-reach",
                reach = reach,
                engagements = engagements,
                engagement_rate = engagement_rate,
                cpm = cpm,
                cpe = cpe,
                cpc = cpc
            ),
            MoneyConsole::ReportSales { clicks, conversions, revenue, roi } => {
                fl!(l, "console-report-sales", clicks = clicks, conversions = conversions, revenue = revenue, roi = roi)
            }
            MoneyConsole::ReportDelivery { on_time, revisions } => {
                fl!(l, "console-report-delivery", on_time = on_time, revisions = revisions)
            }
            MoneyConsole::ReportCreatorsNote => fl!(l, "console-report-creators-note"),
            MoneyConsole::Hours { hours } => fl!(l, "console-hours", hours = hours),
            MoneyConsole::MetricsImported { imported, refused } => {
                fl!(l, "console-metrics-imported", imported = imported, refused = refused)
            }
            MoneyConsole::MetricsRecorded { deal } => fl!(l, "console-metrics-recorded", deal = deal),
            MoneyConsole::MetricsFetchFailed { deal, reason } => {
                fl!(l, "console-metrics-fetch-failed", deal = deal, reason = reason)
            }
            MoneyConsole::MetricsFetched { fetched, failed } => {
                fl!(l, "console-metrics-fetched", fetched = fetched, failed = failed)
            }
            MoneyConsole::PaymentDeal { deal } => fl!(l, "console-payment-deal", deal = deal),
            MoneyConsole::PaymentDue { due } => fl!(l, "console-payment-due", due = due),
            MoneyConsole::PaymentsListed { count } => fl!(l, "console-payments-listed", count = count),
            MoneyConsole::PaymentPaid { payment, amount, reference } => {
                fl!(l, "console-payment-paid", payment = payment, amount = amount, reference = reference)
            }
            MoneyConsole::PaymentsNowDue { count } => fl!(l, "console-payments-now-due", count = count),
            MoneyConsole::BonusScheduled { payment, deal } => {
                fl!(l, "console-bonus-scheduled", payment = payment, deal = deal)
            }
            MoneyConsole::PayoutFile { path, count } => fl!(l, "console-payout-file", path = path, count = count),
            MoneyConsole::FxRateSet { from, rate, to, date } => {
                fl!(l, "console-fx-rate-set", from = from, rate = rate, to = to, date = date)
            }
            MoneyConsole::DiscountCodeSet { deal, code } => {
                fl!(l, "console-discount-code-set", deal = deal, code = code)
            }
            MoneyConsole::DiscountCodeRemoved { deal } => fl!(l, "console-discount-code-removed", deal = deal),
            MoneyConsole::AttributionExported { path, count } => {
                fl!(l, "console-attribution-exported", path = path, count = count)
            }
            MoneyConsole::CommissionScheduled { deal, amount } => {
                fl!(l, "console-commission-scheduled", deal = deal, amount = amount)
            }
            MoneyConsole::CampaignClosed { campaign, commissions, completed } => {
                fl!(l, "console-campaign-closed", campaign = campaign, commissions = commissions, completed = completed)
            }
        })
    }
}
