//! The short words of the report table and the payment list (column headers, row labels,
//! payment kinds and statuses), and the number formats those screens need.

use i18n_embed_fl::fl;
use linkstar_core::payment::{PaymentKind, PaymentStatus};

use crate::{Language, Localizer, clean};

/// A column header or row label of `linkstar report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportLabel {
    /// Title of the campaign totals.
    Campaign,
    /// Column: the deal id.
    Deal,
    /// Column: the creator's name.
    Creator,
    /// Column: the deal's stage.
    Stage,
    /// Column: money committed.
    Committed,
    /// Column: money paid.
    Paid,
    /// Column: reach (views).
    Reach,
    /// Column: engagement rate (short).
    EngagementRate,
    /// Column: cost per thousand views.
    Cpm,
    /// Column: cost per click.
    Cpc,
    /// Column: attributed revenue.
    Revenue,
    /// Column: return on investment.
    Roi,
    /// Column: share of drafts on time (short).
    OnTime,
    /// Column: the creator's deals across campaigns.
    Deals,
    /// Column: revisions per deal (short).
    Revisions,
    /// Column: posts removed early (short).
    Removals,
    /// Title of the speed table.
    BrandSpeed,
    /// Speed column: this campaign.
    ThisCampaign,
    /// Speed column: every campaign of the brand.
    AllCampaigns,
    /// Speed row: reviews done.
    Reviews,
    /// Speed row: average review time.
    AverageReview,
    /// Speed row: share of reviews within the promised time.
    WithinReviewSla,
    /// Speed row: payments made.
    PaymentsMade,
    /// Speed row: average payment delay.
    AverageDelay,
    /// Speed row: share paid within 72 hours.
    PaidOnTime,
    /// Speed row: payments overdue now.
    OverdueNow,
}

impl Localizer {
    /// A column header or row label of the report.
    pub fn report_label(&self, label: ReportLabel, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match label {
            ReportLabel::Campaign => fl!(l, "report-campaign"),
            ReportLabel::Deal => fl!(l, "report-deal"),
            ReportLabel::Creator => fl!(l, "report-creator"),
            ReportLabel::Stage => fl!(l, "report-stage"),
            ReportLabel::Committed => fl!(l, "report-committed"),
            ReportLabel::Paid => fl!(l, "report-paid"),
            ReportLabel::Reach => fl!(l, "report-reach"),
            ReportLabel::EngagementRate => fl!(l, "report-engagement-rate"),
            ReportLabel::Cpm => fl!(l, "report-cpm"),
            ReportLabel::Cpc => fl!(l, "report-cpc"),
            ReportLabel::Revenue => fl!(l, "report-revenue"),
            ReportLabel::Roi => fl!(l, "report-roi"),
            ReportLabel::OnTime => fl!(l, "report-on-time"),
            ReportLabel::Deals => fl!(l, "report-deals"),
            ReportLabel::Revisions => fl!(l, "report-revisions"),
            ReportLabel::Removals => fl!(l, "report-removals"),
            ReportLabel::BrandSpeed => fl!(l, "report-brand-speed"),
            ReportLabel::ThisCampaign => fl!(l, "report-this-campaign"),
            ReportLabel::AllCampaigns => fl!(l, "report-all-campaigns"),
            ReportLabel::Reviews => fl!(l, "report-reviews"),
            ReportLabel::AverageReview => fl!(l, "report-average-review"),
            ReportLabel::WithinReviewSla => fl!(l, "report-within-review-sla"),
            ReportLabel::PaymentsMade => fl!(l, "report-payments-made"),
            ReportLabel::AverageDelay => fl!(l, "report-average-delay"),
            ReportLabel::PaidOnTime => fl!(l, "report-paid-on-time"),
            ReportLabel::OverdueNow => fl!(l, "report-overdue-now"),
        })
    }

    /// What a payment is for: deposit, balance, commission, bonus.
    pub fn payment_kind(&self, kind: PaymentKind, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match kind {
            PaymentKind::Deposit => fl!(l, "payment-kind-deposit"),
            PaymentKind::Balance => fl!(l, "payment-kind-balance"),
            PaymentKind::Commission => fl!(l, "payment-kind-commission"),
            PaymentKind::Bonus => fl!(l, "payment-kind-bonus"),
        })
    }

    /// Where a payment stands: scheduled, due, paid, cancelled.
    pub fn payment_status(&self, status: PaymentStatus, language: impl Into<Language>) -> String {
        let l = &self.speaker(language.into()).loader;
        clean(match status {
            PaymentStatus::Scheduled => fl!(l, "payment-status-scheduled"),
            PaymentStatus::Due => fl!(l, "payment-status-due"),
            PaymentStatus::Paid => fl!(l, "payment-status-paid"),
            PaymentStatus::Cancelled => fl!(l, "payment-status-cancelled"),
        })
    }

    /// A plain decimal (`0.9213`, `91.34`, `-1.5`) with the language's separators:
    /// `0,9213` in de-DE. Text that is not a decimal is returned unchanged.
    pub fn decimal(&self, text: &str, language: impl Into<Language>) -> String {
        self.speaker(language.into()).formats.decimal_text(text)
    }

    /// Basis points as a percentage with two decimals, the language's way:
    /// `91.34%` (en-US), `91,34 %` (de-DE, fr-FR).
    pub fn percent_bp(&self, bp: i64, language: impl Into<Language>) -> String {
        self.speaker(language.into()).formats.percent_bp(bp)
    }

    /// A calendar day (no time of day, no zone): `Nov 20, 2026`, `2026年11月20日`.
    pub fn day(&self, day: jiff::civil::Date, language: impl Into<Language>) -> String {
        self.speaker(language.into()).formats.day(day)
    }
}
