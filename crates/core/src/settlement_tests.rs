use super::*;
use crate::deal::DealEvent;
use crate::ids::{CampaignId, CreatorId, DealId};
use crate::money::Currency;
use crate::terms::Terms;
use crate::terms::tests::sample_terms;

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

fn cur(c: &str) -> Currency {
    Currency::parse(c).expect("currency")
}

/// Runs a deal from offer to verified, returning it and every payment scheduled on
/// the way with the instant it was scheduled.
fn to_verified(terms: Terms) -> (Deal, Vec<PaymentPlan>) {
    let mut deal = Deal::offer(DealId(1), CampaignId(1), CreatorId(1), terms).expect("offer");
    let mut plans = Vec::new();
    let accept =
        DealEvent::Accept { terms_hash: deal.terms.fingerprint(), at: at("2026-12-01T00:00:00Z"), via: "t".into() };
    let steps = [
        (accept, "2026-12-01T00:00:00Z"),
        (DealEvent::SubmitDraft, "2026-12-05T00:00:00Z"),
        (DealEvent::Approve, "2026-12-06T00:00:00Z"),
        (DealEvent::SubmitPost { url: "https://www.tiktok.com/@a/video/1".into() }, "2026-12-11T00:00:00Z"),
        (DealEvent::Verify, "2026-12-12T00:00:00Z"),
    ];
    for (event, when) in steps {
        let out = deal.apply(event, at(when)).expect("step");
        deal = out.deal;
        plans.extend(out.schedule);
    }
    (deal, plans)
}

fn kinds(plans: &[PaymentPlan]) -> Vec<(PaymentKind, i64, Timestamp)> {
    plans.iter().map(|p| (p.kind, p.amount.minor, p.due)).collect()
}

#[test]
fn a_fixed_fee_pays_a_deposit_at_contract_and_the_balance_after_the_live_days() {
    let (deal, plans) = to_verified(sample_terms()); // 500.00 EUR, 30 % deposit, 30 live days
    assert_eq!(
        kinds(&plans),
        vec![
            (PaymentKind::Deposit, 15_000, at("2026-12-01T00:00:00Z")),
            (PaymentKind::Balance, 35_000, at("2027-01-11T00:00:00Z")),
        ]
    );
    assert_eq!(deal.commission_at_close(Money::new(1_000_000, cur("EUR")), at("2027-02-01T00:00:00Z")), Ok(None));
    assert!(!deal.awaits_commission(false), "a fixed fee settles without waiting for the close");
}

#[test]
fn the_balance_is_due_at_verification_without_live_days() {
    let mut terms = sample_terms();
    terms.min_live_days = 0;
    let (_, plans) = to_verified(terms);
    assert_eq!(plans[1].due, at("2026-12-12T00:00:00Z"));
}

#[test]
fn pure_cps_pays_only_commission_at_close_capped() {
    let mut terms = sample_terms();
    terms.fee = Money::new(0, cur("EUR"));
    terms.payment_model = PaymentModel::Cps { rate_bp: 1_250, cap: Some(Money::new(20_000, cur("EUR"))) };
    let (deal, plans) = to_verified(terms);
    assert!(plans.is_empty(), "no deposit and no balance for pure commission: {plans:?}");
    assert!(deal.awaits_commission(false));
    let close = at("2027-02-01T00:00:00Z");
    // 12.5 % of 1,234.56 EUR = 154.32 EUR.
    let plan = deal.commission_at_close(Money::new(123_456, cur("EUR")), close).expect("commission");
    assert_eq!(plan.map(|p| (p.kind, p.amount.minor, p.due)), Some((PaymentKind::Commission, 15_432, close)));
    // 12.5 % of 2,000.00 EUR = 250.00 EUR, capped at 200.00 EUR.
    let capped = deal.commission_at_close(Money::new(200_000, cur("EUR")), close).expect("capped");
    assert_eq!(capped.map(|p| p.amount.minor), Some(20_000));
    assert_eq!(deal.commission_at_close(Money::new(0, cur("EUR")), close), Ok(None), "nothing sold, nothing owed");
    assert!(deal.commission_at_close(Money::new(100, cur("USD")), close).is_err(), "revenue in the deal's currency");
}

#[test]
fn hybrid_pays_deposit_balance_and_commission() {
    let mut terms = sample_terms();
    terms.payment_model = PaymentModel::Hybrid { rate_bp: 500, cap: None };
    let (deal, plans) = to_verified(terms);
    assert_eq!(
        kinds(&plans).iter().map(|k| (k.0, k.1)).collect::<Vec<_>>(),
        vec![(PaymentKind::Deposit, 15_000), (PaymentKind::Balance, 35_000)]
    );
    assert!(deal.awaits_commission(false) && !deal.awaits_commission(true));
    let plan = deal.commission_at_close(Money::new(99_999, cur("EUR")), at("2027-02-01T00:00:00Z")).expect("ok");
    // 5 % of 999.99 = 49.9995 → 50.00 EUR.
    assert_eq!(plan.map(|p| p.amount.minor), Some(5_000));
}

#[test]
fn schedules_round_in_the_currencys_own_minor_units() {
    // JPY has no minor unit: a 33 % deposit of ¥100,001 is ¥33,000.33 → ¥33,000.
    let mut jpy = sample_terms();
    jpy.fee = Money::new(100_001, cur("JPY"));
    jpy.deposit_pct = 33;
    let (_, plans) = to_verified(jpy.clone());
    assert_eq!(kinds(&plans).iter().map(|k| k.1).collect::<Vec<_>>(), vec![33_000, 67_001]);
    // Commission of 7.5 % on ¥12,345 = ¥925.875 → ¥926.
    jpy.payment_model = PaymentModel::Hybrid { rate_bp: 750, cap: None };
    assert_eq!(jpy.payment_model.commission(Money::new(12_345, cur("JPY"))).map(|m| m.minor), Ok(926));

    // BHD has three: 45 % of 1.001 BHD is 0.45045 → 0.450 BHD; the balance is 0.551.
    let mut bhd = sample_terms();
    bhd.fee = Money::new(1_001, cur("BHD"));
    bhd.deposit_pct = 45;
    let (_, plans) = to_verified(bhd.clone());
    assert_eq!(kinds(&plans).iter().map(|k| k.1).collect::<Vec<_>>(), vec![450, 551]);
    // 2.5 % of 0.333 BHD = 0.008325 → 0.008 BHD, and half a fils rounds away from zero.
    let model = PaymentModel::Cps { rate_bp: 250, cap: None };
    assert_eq!(model.commission(Money::new(333, cur("BHD"))).map(|m| m.minor), Ok(8));
    assert_eq!(
        PaymentModel::Cps { rate_bp: 5_000, cap: None }.commission(Money::new(5, cur("BHD"))).map(|m| m.minor),
        Ok(3)
    );
}

#[test]
fn bonuses_need_a_contract_and_the_deals_currency() {
    let (deal, _) = to_verified(sample_terms());
    let now = at("2027-01-01T00:00:00Z");
    let bonus = deal.bonus(Money::new(5_000, cur("EUR")), now).expect("bonus");
    assert_eq!((bonus.kind, bonus.amount.minor, bonus.due), (PaymentKind::Bonus, 5_000, now));
    assert!(deal.bonus(Money::new(5_000, cur("USD")), now).is_err());
    assert!(deal.bonus(Money::new(0, cur("EUR")), now).is_err());
    let offered = Deal::offer(DealId(2), CampaignId(1), CreatorId(1), sample_terms()).expect("offer");
    assert!(offered.bonus(Money::new(5_000, cur("EUR")), now).is_err());
}

#[test]
fn an_early_removal_forfeits_a_balance_that_waited_for_live_days() {
    let (deal, plans) = to_verified(sample_terms());
    let balance = &plans[1];
    assert!(deal.balance_forfeited(balance.kind, balance.due, at("2026-12-20T00:00:00Z")));
    assert!(!deal.balance_forfeited(balance.kind, balance.due, at("2027-01-12T00:00:00Z")));
    assert!(!deal.balance_forfeited(PaymentKind::Deposit, balance.due, at("2026-12-20T00:00:00Z")));
}

#[test]
fn a_campaign_closes_only_when_no_deal_is_in_progress() {
    assert!(may_close(&[Stage::Verified, Stage::Completed, Stage::Declined, Stage::Removed]).is_ok());
    assert!(may_close(&[Stage::Verified, Stage::InReview]).is_err());
    assert!(may_close(&[Stage::Offered]).is_err());
}
