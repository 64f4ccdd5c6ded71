use super::*;
use crate::money::Currency;
use crate::payment::PaymentStatus;
use crate::terms::tests::sample_terms;
use proptest::prelude::*;

fn now() -> Timestamp {
    "2026-12-02T00:00:00Z".parse().expect("instant")
}

fn offer() -> Deal {
    Deal::offer(DealId(1), CampaignId(1), CreatorId(1), sample_terms()).expect("valid offer")
}

fn accept(d: &Deal) -> DealEvent {
    DealEvent::Accept { terms_hash: d.terms.fingerprint(), at: now(), via: "telegram:1".into() }
}

fn run(events: Vec<DealEvent>) -> Result<Deal, DomainError> {
    let mut d = offer();
    for e in events {
        d = d.apply(e, now())?.deal;
    }
    Ok(d)
}

#[test]
fn accepting_freezes_the_terms_hash() {
    let d = offer();
    let out = d.apply(accept(&d), now()).expect("accept");
    assert_eq!(out.deal.stage, Stage::Contracted);
    assert_eq!(out.deal.accepted.map(|a| a.terms_hash), Some(d.terms.fingerprint()));
    assert_eq!(out.schedule.len(), 1, "the deposit is scheduled at contract");
    assert_eq!(out.schedule[0].amount.minor, 15_000);
}

#[test]
fn accepting_stale_terms_is_refused() {
    let d = offer();
    let stale = DealEvent::Accept { terms_hash: TermsHash("0".repeat(64)), at: now(), via: "x".into() };
    assert_eq!(d.apply(stale, now()).map(|o| o.deal.stage), Err(DomainError::TermsChanged));
}

#[test]
fn revising_after_acceptance_needs_a_new_acceptance() {
    let d = offer();
    let contracted = d.apply(accept(&d), now()).expect("accept").deal;
    let mut terms = contracted.terms.clone();
    terms.fee = Money::new(60_000, terms.fee.currency);
    let revised = contracted.apply(DealEvent::ReviseOffer { terms: Box::new(terms) }, now()).expect("revise").deal;
    assert_eq!(revised.stage, Stage::Offered);
    assert!(revised.accepted.is_none());
    assert!(revised.apply(accept(&d), now()).is_err(), "the old fingerprint no longer accepts");
    assert!(revised.apply(accept(&revised), now()).is_ok());
}

#[test]
fn change_requests_stop_at_the_included_rounds() {
    let d = offer();
    let mut d = d.apply(accept(&d), now()).expect("accept").deal;
    for _ in 0..2 {
        d = d.apply(DealEvent::SubmitDraft, now()).expect("draft").deal;
        d = d.apply(DealEvent::RequestChanges { override_rounds: false }, now()).expect("changes").deal;
    }
    d = d.apply(DealEvent::SubmitDraft, now()).expect("draft").deal;
    assert_eq!(
        d.apply(DealEvent::RequestChanges { override_rounds: false }, now()).map(|o| o.deal.stage),
        Err(DomainError::RevisionRoundsExhausted { included: 2 })
    );
    let over = d.apply(DealEvent::RequestChanges { override_rounds: true }, now()).expect("override").deal;
    assert_eq!((over.change_requests, over.extra_rounds), (3, 1));
}

#[test]
fn counter_must_be_positive_and_in_the_offer_currency() {
    let d = offer();
    let usd = Currency::parse("USD").expect("USD");
    assert!(d.apply(DealEvent::Counter { fee: Money::new(100, usd) }, now()).is_err());
    let eur = d.terms.fee.currency;
    assert!(d.apply(DealEvent::Counter { fee: Money::new(0, eur) }, now()).is_err());
    let n = d.apply(DealEvent::Counter { fee: Money::new(70_000, eur) }, now()).expect("counter");
    assert_eq!(n.deal.stage, Stage::Negotiating);
}

#[test]
fn expiry_waits_for_the_respond_by_date() {
    let d = offer();
    let early: Timestamp = "2026-11-30T00:00:00Z".parse().expect("instant");
    assert!(d.apply(DealEvent::Expire { at: early }, early).is_err());
    assert_eq!(d.apply(DealEvent::Expire { at: now() }, now()).map(|o| o.deal.stage), Ok(Stage::Expired));
}

#[test]
fn balance_waits_for_verification() {
    let d = run(vec![accept(&offer())]).expect("contracted");
    assert_eq!(d.may_pay(PaymentKind::Deposit), Ok(()));
    assert_eq!(d.may_pay(PaymentKind::Balance), Err(DomainError::PaymentBeforeVerification));
    let v = run(vec![
        accept(&offer()),
        DealEvent::SubmitDraft,
        DealEvent::Approve,
        DealEvent::SubmitPost { url: "https://www.tiktok.com/@a/video/1".into() },
    ])
    .expect("published");
    let out = v.apply(DealEvent::Verify, now()).expect("verify");
    assert_eq!(out.schedule[0].kind, PaymentKind::Balance);
    assert_eq!(out.schedule[0].amount.minor, 35_000);
    assert_eq!(out.deal.may_pay(PaymentKind::Balance), Ok(()));
}

fn negotiating() -> Deal {
    let d = offer();
    d.apply(DealEvent::Counter { fee: Money::new(70_000, d.terms.fee.currency) }, now()).expect("counter").deal
}

#[test]
fn declining_a_counter_keeps_the_offer() {
    let d = negotiating();
    // Before the offer's respond-by (2026-12-01T12:00Z) the offer stands exactly as it was.
    let early: Timestamp = "2026-11-30T00:00:00Z".parse().expect("instant");
    let later: Timestamp = "2026-12-05T00:00:00Z".parse().expect("instant");
    let back = d.apply(DealEvent::DeclineCounter { answer_by: later }, early).expect("decline counter").deal;
    assert_eq!((back.stage, back.counter_fee), (Stage::Offered, None));
    assert_eq!(back.terms, d.terms, "the brand's offer stands unchanged");
    assert!(back.apply(DealEvent::DeclineCounter { answer_by: later }, early).is_err(), "no counter left to decline");
    assert!(offer().apply(DealEvent::DeclineCounter { answer_by: later }, early).is_err(), "nothing was proposed");
}

#[test]
fn declining_a_counter_after_the_respond_by_gives_new_time() {
    let d = negotiating();
    let late: Timestamp = d.terms.respond_by.checked_add(jiff::SignedDuration::from_hours(1)).expect("instant");
    let answer_by = late.checked_add(jiff::SignedDuration::from_hours(48)).expect("instant");
    let back = d.apply(DealEvent::DeclineCounter { answer_by }, late).expect("decline counter").deal;
    assert_eq!(back.terms.respond_by, answer_by);
    assert!(d.apply(DealEvent::DeclineCounter { answer_by: late }, late).is_err(), "no time to answer");
}

#[test]
fn a_refused_post_frees_the_link_for_another() {
    let published = run(vec![
        accept(&offer()),
        DealEvent::SubmitDraft,
        DealEvent::Approve,
        DealEvent::SubmitPost { url: "https://www.tiktok.com/@a/video/1".into() },
    ])
    .expect("published");
    let back = published.apply(DealEvent::RefusePost, now()).expect("refuse").deal;
    assert_eq!((back.stage, back.post_url.as_deref()), (Stage::Approved, None));
    assert_eq!(back.approved_version, published.approved_version, "the approval stands");
    let again = back.apply(DealEvent::SubmitPost { url: "https://www.tiktok.com/@a/video/2".into() }, now());
    assert_eq!(again.map(|o| o.deal.stage), Ok(Stage::Published));
    let verified = published.apply(DealEvent::Verify, now()).expect("verify").deal;
    assert!(verified.apply(DealEvent::RefusePost, now()).is_err(), "a verified post stands");
}

/// An action in a random history: a deal event or paying one of the scheduled payments.
#[derive(Debug, Clone)]
enum Action {
    Event(u8, bool, i64),
    Pay(usize),
}

fn event_for(d: &Deal, which: u8, flag: bool, amount: i64, open: usize) -> DealEvent {
    match which % 15 {
        0 => {
            // Sometimes accept the current terms, sometimes stale ones.
            let hash = if flag { d.terms.fingerprint() } else { TermsHash("f".repeat(64)) };
            DealEvent::Accept { terms_hash: hash, at: now(), via: "telegram:1".into() }
        }
        1 => DealEvent::Decline,
        2 => DealEvent::Counter { fee: Money::new(amount, d.terms.fee.currency) },
        3 => {
            let mut terms = d.terms.clone();
            terms.fee = Money::new(amount.max(1), terms.fee.currency);
            DealEvent::ReviseOffer { terms: Box::new(terms) }
        }
        4 => DealEvent::Expire { at: now() },
        5 => DealEvent::SubmitDraft,
        6 => DealEvent::Approve,
        7 => DealEvent::RequestChanges { override_rounds: flag },
        8 => DealEvent::SubmitPost { url: format!("https://www.tiktok.com/@a/video/{amount}") },
        9 => DealEvent::Verify,
        10 => DealEvent::Settle { open_payments: open },
        11 => DealEvent::RemovedEarly,
        12 => DealEvent::DeclineCounter {
            answer_by: now().checked_add(jiff::SignedDuration::from_hours(amount % 96)).unwrap_or(now()),
        },
        13 => DealEvent::RefusePost,
        _ => DealEvent::Cancel,
    }
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (any::<u8>(), any::<bool>(), -5i64..200_000).prop_map(|(w, f, a)| Action::Event(w, f, a)),
        1 => (0usize..4).prop_map(Action::Pay),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// No sequence of events, legal or not, reaches an inconsistent deal.
    #[test]
    fn no_history_reaches_an_inconsistent_deal(actions in prop::collection::vec(action(), 0..40)) {
        let mut deal = offer();
        let mut payments: Vec<(PaymentKind, PaymentStatus)> = Vec::new();
        let mut overrides_used = 0;
        for a in actions {
            match a {
                Action::Pay(i) => {
                    if let Some((kind, status)) = payments.get_mut(i)
                        && status.is_open() && deal.may_pay(*kind).is_ok()
                    {
                        *status = PaymentStatus::Paid;
                        prop_assert!(
                            *kind == PaymentKind::Deposit
                                || matches!(deal.stage, Stage::Verified | Stage::Completed | Stage::Removed),
                            "{kind:?} paid in {}", deal.stage
                        );
                    }
                }
                Action::Event(w, f, amount) => {
                    let open = payments.iter().filter(|p| p.1.is_open()).count();
                    let event = event_for(&deal, w, f, amount, open);
                    let needs_override = matches!(event, DealEvent::RequestChanges { .. })
                        && deal.change_requests >= deal.rounds_allowed();
                    if let Ok(out) = deal.apply(event, now()) {
                        if needs_override && deal.stage == Stage::InReview {
                            overrides_used += 1;
                        }
                        payments.extend(out.schedule.iter().map(|p| (p.kind, PaymentStatus::Scheduled)));
                        deal = out.deal;
                    }
                }
            }
            // Published or later: an approved draft and accepted current terms exist.
            if matches!(deal.stage, Stage::Published | Stage::Verified | Stage::Completed | Stage::Removed) {
                prop_assert!(deal.approved_version.is_some());
                prop_assert!(deal.post_url.is_some());
            }
            // Only an approved deal waiting for its post link has none; a refused link is gone.
            if deal.stage == Stage::Approved {
                prop_assert!(deal.post_url.is_none());
            }
            // A counter-offer is pending exactly while negotiating (until the deal ends).
            if !deal.stage.is_final() {
                prop_assert_eq!(deal.counter_fee.is_some(), deal.stage == Stage::Negotiating);
            }
            if deal.stage.is_contracted() {
                let accepted = deal.accepted.as_ref().map(|a| a.terms_hash.clone());
                prop_assert_eq!(accepted, Some(deal.terms.fingerprint()));
            }
            // Change requests never exceed the included rounds without an override.
            prop_assert!(deal.change_requests <= deal.terms.revision_rounds + overrides_used);
            prop_assert_eq!(deal.extra_rounds, overrides_used);
            // Approval only of a draft that exists.
            prop_assert!(deal.approved_version.is_none_or(|v| v >= 1 && v <= deal.draft_versions));
            // Completed only when every payment is settled.
            if deal.stage == Stage::Completed {
                prop_assert!(payments.iter().all(|p| !p.1.is_open()));
            }
        }
    }
}
