//! The report on a fixed dataset, every figure computed by hand in the comments.

use super::*;
use crate::fx::Rate;

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

fn cur(c: &str) -> Currency {
    Currency::parse(c).expect("currency")
}

fn m(minor: i64, c: &str) -> Money {
    Money::new(minor, cur(c))
}

fn paid(kind: PaymentKind, amount: Money, due: &str, on: &str) -> PaymentFacts {
    PaymentFacts { kind, amount, status: PaymentStatus::Paid, due_at: at(due), paid_at: Some(at(on)) }
}

#[allow(clippy::too_many_arguments)]
fn deal(
    id: i64,
    name: &str,
    stage: Stage,
    fee: Money,
    model: PaymentModel,
    first_draft: Option<&str>,
    changes: u32,
    latest: Option<Figures>,
    payments: Vec<PaymentFacts>,
) -> DealFacts {
    DealFacts {
        deal: DealId(id),
        creator: CreatorId(id * 10),
        creator_name: name.into(),
        stage,
        fee,
        model,
        draft_due: at("2026-12-08T00:00:00Z"),
        first_draft_at: first_draft.map(at),
        change_requests: changes,
        latest: latest.map(|f| (at("2026-12-30T00:00:00Z"), f)),
        payments: PaymentTotals::of(&payments),
        reliability: ReliabilityCounts::default(),
    }
}

#[allow(clippy::too_many_arguments)]
fn figures(
    views: i64,
    likes: i64,
    comments: i64,
    shares: i64,
    saves: i64,
    clicks: i64,
    conv: i64,
    rev: i64,
) -> Figures {
    Figures { views, likes, comments, shares, saves, clicks, conversions: conv, revenue_minor: rev }
}

/// Every payment of the dataset, as the store would count them.
fn all_payments() -> Vec<PaymentFacts> {
    use PaymentKind::*;
    vec![
        paid(Deposit, m(15_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
        paid(Balance, m(35_000, "EUR"), "2026-12-12T00:00:00Z", "2026-12-20T00:00:00Z"),
        paid(Deposit, m(20_000, "USD"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
        PaymentFacts {
            kind: Balance,
            amount: m(20_000, "USD"),
            status: PaymentStatus::Due,
            due_at: at("2026-12-15T00:00:00Z"),
            paid_at: None,
        },
        paid(Deposit, m(9_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z"),
        paid(Deposit, m(6_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
    ]
}

/// Six deals in three currencies (see each line).
fn input(closed: bool) -> ReportInput {
    use PaymentKind::*;
    let deals = vec![
        // Ana: 500.00 EUR fixed, completed, both payments made (one 24 h and one 192 h late).
        deal(
            1,
            "Ana",
            Stage::Completed,
            m(50_000, "EUR"),
            PaymentModel::Fixed,
            Some("2026-12-07T10:00:00Z"),
            1,
            Some(figures(100_000, 4_000, 500, 300, 200, 1_000, 40, 200_000)),
            vec![
                paid(Deposit, m(15_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
                paid(Balance, m(35_000, "EUR"), "2026-12-12T00:00:00Z", "2026-12-20T00:00:00Z"),
            ],
        ),
        // Bea: 400.00 USD hybrid with 10 % commission (cap 100.00 USD), verified; the
        // balance is overdue; revenue 600.00 USD accrues 60.00 USD while open.
        deal(
            2,
            "Bea",
            Stage::Verified,
            m(40_000, "USD"),
            PaymentModel::Hybrid { rate_bp: 1_000, cap: Some(m(10_000, "USD")) },
            Some("2026-12-10T00:00:00Z"),
            2,
            Some(figures(50_000, 1_000, 100, 50, 50, 400, 10, 60_000)),
            vec![
                paid(Deposit, m(20_000, "USD"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
                PaymentFacts {
                    kind: Balance,
                    amount: m(20_000, "USD"),
                    status: PaymentStatus::Due,
                    due_at: at("2026-12-15T00:00:00Z"),
                    paid_at: None,
                },
            ],
        ),
        // Chen: pure CPS 15 % in JPY, published; revenue ¥40,000 accrues ¥6,000.
        deal(
            3,
            "Chen",
            Stage::Published,
            m(0, "JPY"),
            PaymentModel::Cps { rate_bp: 1_500, cap: None },
            Some("2026-12-08T00:00:00Z"),
            0,
            Some(figures(30_000, 600, 60, 20, 20, 200, 5, 40_000)),
            vec![],
        ),
        // Dan: 300.00 EUR fixed, contracted, deposit paid 96 h late; the rest is outstanding.
        deal(
            4,
            "Dan",
            Stage::Contracted,
            m(30_000, "EUR"),
            PaymentModel::Fixed,
            None,
            0,
            None,
            vec![paid(Deposit, m(9_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z")],
        ),
        // Eve declined: not in the report.
        deal(5, "Eve", Stage::Declined, m(10_000, "EUR"), PaymentModel::Fixed, None, 0, None, vec![]),
        // Fay was cancelled after her 60.00 EUR deposit was paid: money, but no deal.
        deal(
            6,
            "Fay",
            Stage::Cancelled,
            m(20_000, "EUR"),
            PaymentModel::Fixed,
            None,
            0,
            None,
            vec![paid(Deposit, m(6_000, "EUR"), "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z")],
        ),
    ];
    let mut deals = deals;
    deals[1].reliability = ReliabilityCounts { deals: 4, drafted: 3, on_time: 1, revisions: 5, removals: 1 };
    // Reviews took 24 h (Ana), 72 h and 6 h (Bea), against 48 h SLAs: within, late, within.
    let took = |hours: i64| (hours * 3_600_000, 48);
    let reviews = SpeedCounts::from_reviews([took(24), took(72), took(6)]);
    ReportInput {
        campaign: "Glow Launch".into(),
        closed,
        deals,
        campaign_speed: reviews.with_payments(&SpeedCounts::from_payments(&all_payments(), at("2026-12-31T00:00:00Z"))),
        brand_speed: SpeedCounts {
            reviews: 4,
            review_ms: 4 * 30 * 3_600_000,
            paid: 2,
            delay_ms: 0,
            paid_on_time: 2,
            ..SpeedCounts::default()
        },
    }
}

fn rates() -> FxTable {
    let r = |from: &str, to: &str, rate: &str, d: &str| {
        FxRate::new(cur(from), cur(to), Rate::parse(rate).expect("rate"), d.parse().expect("date")).expect("fx")
    };
    FxTable::new(vec![r("USD", "EUR", "0.90", "2026-12-20"), r("EUR", "JPY", "160", "2026-12-01")])
}

fn report(closed: bool) -> CampaignReport {
    build(&input(closed), cur("EUR"), &rates(), "2026-12-31".parse().expect("date")).expect("report")
}

#[test]
fn campaign_totals_match_the_hand_computation() {
    let r = report(false);
    let t = &r.total;
    assert_eq!(t.deals, 4, "Ana, Bea, Chen, Dan");
    // 500.00 + 460.00 USD × 0.90 + ¥6,000 / 160 + 300.00 + 60.00 = 1,311.50 EUR
    assert_eq!(t.committed, m(131_150, "EUR"));
    // 500.00 + 200.00 USD × 0.90 + 90.00 + 60.00 = 830.00 EUR
    assert_eq!(t.paid, m(83_000, "EUR"));
    assert_eq!((t.reach, t.engagements, t.clicks, t.conversions), (180_000, 6_900, 1_600, 55));
    // 2,000.00 + 600.00 USD × 0.90 + ¥40,000 / 160 = 2,790.00 EUR
    assert_eq!(t.revenue, m(279_000, "EUR"));
    assert_eq!(t.engagement_rate_bp, Some(383), "6,900 / 180,000 = 3.833 %");
    assert_eq!(t.cpm, Some(m(729, "EUR")), "131,150 × 1000 / 180,000 = 728.6");
    assert_eq!(t.cpe, Some(m(19, "EUR")), "131,150 / 6,900 = 19.0");
    assert_eq!(t.cpc, Some(m(82, "EUR")), "131,150 / 1,600 = 81.97");
    assert_eq!(t.roi_bp, Some(11_273), "(279,000 − 131,150) / 131,150 = 112.73 %");
    assert_eq!(t.on_time_drafts_bp, Some(6_667), "Ana and Chen of three drafted");
    assert_eq!(t.revisions_per_deal_centi, Some(75), "3 change requests over 4 deals");
    let used: Vec<String> = r.rates.iter().map(|x| format!("{}→{} {} {}", x.from, x.to, x.rate, x.date)).collect();
    assert_eq!(used, vec!["EUR→JPY 160 2026-12-01", "USD→EUR 0.9 2026-12-20"]);
}

#[test]
fn creator_lines_match_the_hand_computation() {
    let r = report(false);
    let names: Vec<&str> = r.creators.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["Ana", "Bea", "Chen", "Dan", "Fay"]);
    let bea = &r.creators[1];
    assert_eq!(bea.deal_currency, cur("USD"));
    assert_eq!(
        (bea.line.committed, bea.line.paid, bea.line.revenue),
        (m(41_400, "EUR"), m(18_000, "EUR"), m(54_000, "EUR"))
    );
    assert_eq!(bea.line.engagement_rate_bp, Some(240), "1,200 / 50,000");
    assert_eq!(bea.line.cpm, Some(m(828, "EUR")));
    assert_eq!(bea.line.cpe, Some(m(35, "EUR")), "41,400 / 1,200 = 34.5 rounds up");
    assert_eq!(bea.line.cpc, Some(m(104, "EUR")), "41,400 / 400 = 103.5 rounds up");
    assert_eq!(bea.line.roi_bp, Some(3_043), "12,600 / 41,400 = 30.43 %");
    assert_eq!(bea.line.on_time_drafts_bp, Some(0), "her draft came two days late");
    assert_eq!(bea.reliability.on_time_drafts_bp, Some(3_333), "1 of 3 across campaigns");
    assert_eq!((bea.reliability.revisions_per_deal_centi, bea.reliability.removals), (Some(125), 1));
    let dan = &r.creators[3];
    assert_eq!((dan.line.committed, dan.line.cpm, dan.line.on_time_drafts_bp), (m(30_000, "EUR"), None, None));
    assert_eq!(r.creators[4].line.deals, 0, "a cancelled deal is money, not a deal");
}

#[test]
fn speed_matches_the_hand_computation() {
    let r = report(false);
    let s = r.campaign_speed;
    assert_eq!((s.reviews, s.avg_review_minutes, s.within_sla_bp), (3, Some(2_040), Some(6_667)), "(24+72+6)/3 = 34 h");
    // Delays 24, 192, 0, 96, 0 h: average 62.4 h; on time (≤ 72 h): 3 of 5.
    assert_eq!((s.payments_paid, s.avg_payment_delay_minutes, s.paid_on_time_bp), (5, Some(3_744), Some(6_000)));
    assert_eq!(s.overdue_open, 1, "Bea's balance");
    let b = r.brand_speed;
    assert_eq!((b.avg_review_minutes, b.within_sla_bp, b.paid_on_time_bp), (Some(1_800), None, Some(10_000)));
}

#[test]
fn closing_replaces_accrued_commission_with_scheduled_payments() {
    let r = report(true);
    // Bea's accrued 60.00 USD and Chen's ¥6,000 drop out: 1,311.50 − 54.00 − 37.50.
    assert_eq!(r.total.committed, m(122_000, "EUR"));
}

#[test]
fn a_missing_rate_is_an_error_naming_the_pair() {
    let early = build(&input(false), cur("EUR"), &rates(), "2026-12-10".parse().expect("date"));
    let err = early.expect_err("no USD rate before Dec 20").to_string();
    assert!(err.contains("USD→EUR"), "{err}");
}

#[test]
fn committed_counts_the_unscheduled_fee_and_accrued_commission() {
    let d = &input(false).deals;
    assert_eq!(committed(&d[3], false), Ok(m(30_000, "EUR")), "deposit paid + 210.00 outstanding");
    assert_eq!(committed(&d[1], false), Ok(m(46_000, "USD")));
    assert_eq!(committed(&d[1], true), Ok(m(40_000, "USD")));
    assert_eq!(committed(&d[2], false), Ok(m(6_000, "JPY")));
}
