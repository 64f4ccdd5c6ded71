//! The forms: offer terms, pool filters, and a campaign (with its brief template). Each
//! is built from current values and parsed back into domain values through the domain's
//! own parsers; a field that does not parse is named, and nothing is sent.

use jiff::{SignedDuration, Timestamp};

use linkstar_core::DomainError;
use linkstar_core::campaign::{
    BriefTemplate, Campaign, CampaignSpec, Compliance, ContentFormat, Deliverable, Product, WantedProfile,
};
use linkstar_core::creator::CreatorQuery;
use linkstar_core::money::Money;
use linkstar_core::place::{Country, Locale, Platform};
use linkstar_core::reminder::ReminderPolicy;
use linkstar_core::terms::{PaymentModel, Terms, UsageRights};
use linkstar_core::time::{Window, parse_instant};
use linkstar_i18n::{Ui, Work};

use crate::input::Form;
use crate::views::Cx;

/// The field that was refused and why.
pub type Bad = (usize, Reason);

/// Why a field was refused, in words the form shows next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A workbench reason.
    Work(Work),
    /// An error code's message.
    Error(String),
}

impl Reason {
    /// The reason in the operator's language.
    pub fn text(&self, cx: &Cx) -> String {
        match self {
            Reason::Work(w) => cx.w(*w),
            Reason::Error(code) => cx.loc.error(code, cx.lang),
        }
    }
}

fn bad(field: usize, why: Work) -> Bad {
    (field, Reason::Work(why))
}

fn days(now: Timestamp, n: i64) -> Timestamp {
    now.checked_add(SignedDuration::from_hours(24 * n)).unwrap_or(now)
}

fn date(at: Timestamp) -> String {
    at.strftime("%Y-%m-%d").to_string()
}

/// The offer form, prefilled from the campaign and the clock.
pub fn offer_form(cx: &Cx, campaign: &Campaign) -> Form {
    let fee = Money::new(50_000, campaign.spec.budget.currency);
    let label = |k: &str| cx.loc.term_label(k, cx.lang);
    Form::new(
        format!("{} · {}", cx.t(Ui::OfferTitle), campaign.spec.name),
        vec![
            (label("fee"), fee.to_string(), false),
            (label("deposit_pct"), "30".into(), false),
            (label("respond_by"), date(days(cx.now, 7)), false),
            (label("draft_due"), date(days(cx.now, 14)), false),
            (cx.t(Ui::PublishOpens), date(days(cx.now, 16)), false),
            (cx.t(Ui::PublishCloses), date(days(cx.now, 30)), false),
            (label("revision_rounds"), "2".into(), false),
            (label("review_sla_hours"), "48".into(), false),
            (cx.t(Ui::OfferCommissionPct), String::new(), false),
            (cx.t(Ui::OfferAdsDays), "0".into(), false),
            (label("exclusivity_days"), "0".into(), false),
            (label("min_live_days"), "0".into(), false),
        ],
    )
}

/// The offer form's field for a term refused by [`Terms::validate`].
fn invalid_field(e: &DomainError) -> Bad {
    match e {
        DomainError::Invalid { field: "deposit_pct", .. } => bad(1, Work::WhyDeposit),
        DomainError::Invalid { field: "draft_due", .. } => bad(3, Work::WhyDraftDue),
        DomainError::Invalid { field: "publish_window", .. } => bad(4, Work::WhyWindow),
        DomainError::Invalid { field: "review_sla_hours", .. } => bad(7, Work::WhyPositive),
        DomainError::Invalid { field: "payment_model", .. } => bad(8, Work::WhyPercent),
        DomainError::Invalid { field: "fee", .. } => bad(0, Work::WhyPositive),
        other => (0, Reason::Error(other.code().to_string())),
    }
}

/// A percentage with at most two decimals (`12.5`) in basis points.
fn percent_bp(text: &str) -> Option<u32> {
    let t = text.trim().trim_end_matches('%').trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() || frac.len() > 2 || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let frac: u32 = format!("{frac:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(frac).filter(|bp| (1..=10_000).contains(bp))
}

/// Terms from the offer form, with the campaign's deliverables.
pub fn offer_terms(form: &Form, campaign: &Campaign) -> Result<Terms, Bad> {
    let num = |i: usize| form.value(i).parse::<u32>().map_err(|_| bad(i, Work::WhyNumber));
    let when = |i: usize| parse_instant(form.value(i)).map_err(|_| bad(i, Work::WhyDate));
    let opens = when(4)?;
    let deliverables = if campaign.spec.deliverables.is_empty() {
        vec![Deliverable { platform: Platform::TikTok, format: ContentFormat::Video, count: 1, length_seconds: None }]
    } else {
        campaign.spec.deliverables.clone()
    };
    let fee = Money::parse(form.value(0)).map_err(|_| bad(0, Work::WhyAmount))?;
    // No commission: a fixed fee; a commission with a zero fee: CPS; with a fee: hybrid.
    let payment_model = match form.value(8).trim() {
        "" => PaymentModel::Fixed,
        pct => {
            let rate_bp = percent_bp(pct).ok_or(bad(8, Work::WhyPercent))?;
            if fee.minor == 0 {
                PaymentModel::Cps { rate_bp, cap: None }
            } else {
                PaymentModel::Hybrid { rate_bp, cap: None }
            }
        }
    };
    let usage_rights = match num(9)? {
        0 => UsageRights::OrganicOnly,
        days => UsageRights::PaidAds { days },
    };
    let terms = Terms {
        deliverables,
        fee,
        payment_model,
        deposit_pct: u8::try_from(num(1)?).map_err(|_| bad(1, Work::WhyDeposit))?,
        usage_rights,
        exclusivity_days: num(10)?,
        respond_by: when(2)?,
        draft_due: when(3)?,
        publish_window: Window::new(opens, when(5)?).map_err(|_| bad(5, Work::WhyWindow))?,
        revision_rounds: num(6)?,
        review_sla_hours: num(7)?,
        min_live_days: num(11)?,
    };
    terms.validate().map_err(|e| invalid_field(&e))?;
    Ok(terms)
}

/// The pool filter form, showing the current query.
pub fn filter_form(cx: &Cx, q: &CreatorQuery) -> Form {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let yes_no = |b: bool| cx.t(if b { Ui::Yes } else { Ui::No });
    Form::new(
        cx.t(Ui::Filters),
        vec![
            (cx.t(Ui::FilterPlatform), opt(q.platform.map(|p| p.to_string())), false),
            (cx.t(Ui::ColCountry), opt(q.country.map(|c| c.to_string())), false),
            (cx.t(Ui::FilterLanguage), opt(q.language.clone()), false),
            (cx.t(Ui::FilterCategory), opt(q.category.clone()), false),
            (cx.t(Ui::FilterMinFollowers), opt(q.min_followers.map(|n| n.to_string())), false),
            (cx.t(Ui::FilterMaxFollowers), opt(q.max_followers.map(|n| n.to_string())), false),
            (
                cx.t(Ui::FilterMinEngagement),
                opt(q.min_engagement_bp.map(|n| format!("{}", f64::from(n) / 100.0))),
                false,
            ),
            (cx.t(Ui::ColTier), opt(q.tier.map(|t| t.as_str().to_string())), false),
            (cx.t(Ui::FilterExcludeRisky), yes_no(q.exclude_risky), false),
            (cx.t(Ui::FilterPoolStatus), opt(q.pool_status.map(|s| s.as_str().to_string())), false),
            (cx.t(Ui::FilterText), opt(q.text.clone()), false),
        ],
    )
}

/// A query from the filter form; an empty field means no filter. The rules are core's
/// ([`PoolFilterText`]), shared with `linkstar creators search`.
pub fn filter_query(form: &Form, cx: &Cx) -> Result<CreatorQuery, Bad> {
    use linkstar_core::pool_filter::{PoolFilterField as F, PoolFilterText};
    let v = |i| form.value(i);
    let yes = v(8).eq_ignore_ascii_case(&cx.t(Ui::Yes)) || matches!(v(8), "y" | "yes" | "1" | "true");
    let typed = PoolFilterText {
        platform: v(0),
        country: v(1),
        language: v(2),
        category: v(3),
        min_followers: v(4),
        max_followers: v(5),
        min_engagement: v(6),
        tier: v(7),
        exclude_risky: yes,
        pool_status: v(9),
        text: v(10),
    };
    typed.query().map_err(|field| match field {
        F::Platform => bad(0, Work::WhyUnknown),
        F::Country => bad(1, Work::WhyCountries),
        F::Language => bad(2, Work::WhyUnknown),
        F::Category => bad(3, Work::WhyUnknown),
        F::MinFollowers => bad(4, Work::WhyNumber),
        F::MaxFollowers => bad(5, Work::WhyNumber),
        F::MinEngagement => bad(6, Work::WhyPercent),
        F::Tier => bad(7, Work::WhyUnknown),
        F::PoolStatus => bad(9, Work::WhyUnknown),
        F::Text => bad(10, Work::WhyUnknown),
    })
}

/// The campaign form: a new campaign, or the fields of an existing one.
pub fn campaign_form(cx: &Cx, existing: Option<&Campaign>) -> Form {
    let (title, spec) = match existing {
        Some(c) => (cx.t(Ui::CampaignEdit), Some(&c.spec)),
        None => (cx.t(Ui::CampaignNew), None),
    };
    let list = |v: Vec<String>| v.join(", ");
    let policy = spec.map_or_else(ReminderPolicy::default, |s| s.reminders.clone());
    Form::new(
        title,
        vec![
            (cx.t(Ui::Name), spec.map_or(String::new(), |s| s.name.clone()), false),
            (cx.t(Ui::Product), spec.map_or(String::new(), |s| s.product.name.clone()), false),
            (
                cx.t(Ui::Markets),
                spec.map_or(String::new(), |s| list(s.markets.iter().map(|m| m.to_string()).collect())),
                false,
            ),
            (
                cx.t(Ui::Languages),
                spec.map_or(String::new(), |s| list(s.languages.iter().map(|l| l.to_string()).collect())),
                false,
            ),
            (cx.t(Ui::ColBudget), spec.map_or(String::new(), |s| s.budget.to_string()), false),
            (cx.t(Ui::Starts), date(spec.map_or(cx.now, |s| s.starts_at)), false),
            (cx.t(Ui::Ends), date(spec.map_or(days(cx.now, 60), |s| s.ends_at)), false),
            (cx.t(Ui::ReminderOffsets), offsets(&policy.offsets_hours), false),
            (cx.t(Ui::RevisionHours), policy.revision_turnaround_hours.to_string(), false),
            (cx.t(Ui::Brief), spec.map_or(String::new(), |s| s.brief.default.clone()), true),
        ],
    )
}

/// Reminder offsets as the form shows them: `48, 24, 0, -24`.
fn offsets(hours: &[i64]) -> String {
    hours.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

/// A campaign spec from the form, keeping what the form does not show from `base`.
pub fn campaign_spec(form: &Form, base: Option<&CampaignSpec>) -> Result<CampaignSpec, Bad> {
    let items = |i: usize| {
        form.value(i).split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect::<Vec<_>>()
    };
    let markets = items(2)
        .iter()
        .map(|m| Country::parse(m))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| bad(2, Work::WhyCountries))?;
    let languages = items(3)
        .iter()
        .map(|l| Locale::parse(l))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| bad(3, Work::WhyLanguages))?;
    let default = CampaignSpec {
        name: String::new(),
        product: Product::default(),
        markets: Vec::new(),
        languages: Vec::new(),
        budget: Money::parse(form.value(4)).map_err(|_| bad(4, Work::WhyAmount))?,
        wanted: WantedProfile::default(),
        deliverables: vec![Deliverable {
            platform: Platform::TikTok,
            format: ContentFormat::Video,
            count: 1,
            length_seconds: None,
        }],
        starts_at: Timestamp::UNIX_EPOCH,
        ends_at: Timestamp::UNIX_EPOCH,
        brief: BriefTemplate::default(),
        compliance: Compliance::default(),
        tracking_link_base: None,
        auto_approve_after_sla: false,
        reminders: Default::default(),
    };
    let mut spec = base.cloned().unwrap_or(default);
    spec.name = form.value(0).to_string();
    spec.product.name = form.value(1).to_string();
    spec.markets = markets;
    spec.languages = languages;
    spec.budget = Money::parse(form.value(4)).map_err(|_| bad(4, Work::WhyAmount))?;
    spec.starts_at = parse_instant(form.value(5)).map_err(|_| bad(5, Work::WhyDate))?;
    spec.ends_at = parse_instant(form.value(6)).map_err(|_| bad(6, Work::WhyDate))?;
    spec.reminders = ReminderPolicy {
        offsets_hours: form
            .value(7)
            .split(',')
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(|h| h.replace('\u{2212}', "-").parse::<i64>())
            .collect::<Result<_, _>>()
            .map_err(|_| bad(7, Work::WhyHours))?,
        revision_turnaround_hours: form.value(8).trim().parse().map_err(|_| bad(8, Work::WhyNumber))?,
        ..spec.reminders.clone()
    };
    spec.brief.default = form.fields.get(9).map_or(String::new(), |f| f.input.text.clone());
    // The spec's own checks, in its order, each on the field it concerns.
    if spec.name.trim().is_empty() {
        return Err(bad(0, Work::WhyRequired));
    }
    if spec.ends_at <= spec.starts_at {
        return Err(bad(6, Work::WhyEndsBeforeStart));
    }
    if spec.markets.is_empty() {
        return Err(bad(2, Work::WhyRequired));
    }
    if spec.languages.is_empty() {
        return Err(bad(3, Work::WhyRequired));
    }
    if spec.budget.minor <= 0 {
        return Err(bad(4, Work::WhyPositive));
    }
    let bad_field = |e: &DomainError| -> Bad {
        match e {
            _ if e.code() == "brief-template-invalid" => (9, Reason::Error(e.code().to_string())),
            DomainError::Invalid { field: "reminders", reason } if reason.contains("revision") => {
                bad(8, Work::WhyHourRange)
            }
            DomainError::Invalid { field: "reminders", .. } => bad(7, Work::WhyHours),
            other => (0, Reason::Error(other.code().to_string())),
        }
    };
    spec.validate().map_err(|e| bad_field(&e))?;
    Ok(spec)
}

#[cfg(test)]
mod offer_tests {
    use super::*;

    #[test]
    fn commissions_are_percentages_in_basis_points() {
        assert_eq!(percent_bp("12.5"), Some(1250));
        assert_eq!(percent_bp("12,5 %"), Some(1250));
        assert_eq!(percent_bp("0"), None, "a zero commission is no commission");
        assert_eq!(percent_bp("101"), None);
        assert_eq!(percent_bp("1.234"), None);
        assert_eq!(percent_bp("ten"), None);
    }

    #[test]
    fn refused_terms_point_at_their_field() {
        assert_eq!(invalid_field(&DomainError::invalid("draft_due", "x")), bad(3, Work::WhyDraftDue));
        assert_eq!(invalid_field(&DomainError::invalid("payment_model", "x")), bad(8, Work::WhyPercent));
        assert_eq!(invalid_field(&DomainError::invalid("fee", "x")), bad(0, Work::WhyPositive));
    }
}
