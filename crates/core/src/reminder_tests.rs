use super::*;
use crate::ids::{CampaignId, CreatorId, DealId};
use crate::terms::tests::sample_terms;

fn ts(text: &str) -> Timestamp {
    text.parse().expect("test instant")
}

fn zone(name: &str) -> TimeZoneName {
    TimeZoneName::parse(name).expect("test zone")
}

fn sends(plan: &[Planned]) -> Vec<Timestamp> {
    plan.iter().map(|p| p.send_at).collect()
}

#[test]
fn utc_plus_14_moves_every_night_reminder_to_eight_local() {
    // Due 02:00 local on Dec 11 in Kiritimati (UTC+14); every offset falls at 02:00 local.
    let due = ts("2026-12-10T12:00:00Z");
    let plan = plan_deadline(
        &ReminderRules::default(),
        DeadlineKind::DraftDue,
        due,
        ts("2026-12-01T00:00:00Z"),
        &zone("Pacific/Kiritimati"),
    );
    // 48 h and 24 h before stay before the deadline once moved to 08:00 local (18:00Z);
    // at and overdue are already past it, so they move too.
    assert_eq!(
        sends(&plan),
        vec![
            ts("2026-12-08T18:00:00Z"),
            ts("2026-12-09T18:00:00Z"),
            ts("2026-12-10T18:00:00Z"),
            ts("2026-12-11T18:00:00Z"),
        ]
    );
    assert!(plan.iter().all(|p| p.due == due && p.action == Action::Remind(DeadlineKind::DraftDue)));
}

#[test]
fn utc_minus_10_keeps_daytime_reminders_and_the_end_of_quiet_is_exclusive() {
    // Due 08:00 local in Honolulu (UTC-10): 08:00 is no longer quiet.
    let due = ts("2026-12-10T18:00:00Z");
    let plan = plan_deadline(
        &ReminderRules::default(),
        DeadlineKind::PublishBy,
        due,
        ts("2026-12-01T00:00:00Z"),
        &zone("Pacific/Honolulu"),
    );
    assert_eq!(
        sends(&plan),
        vec![
            ts("2026-12-08T18:00:00Z"),
            ts("2026-12-09T18:00:00Z"),
            ts("2026-12-10T18:00:00Z"),
            ts("2026-12-11T18:00:00Z"),
        ]
    );
}

#[test]
fn a_quiet_reminder_keeps_its_time_when_the_deadline_would_pass_first() {
    // Due 23:30 local in Honolulu; one hour before is 22:30, inside quiet hours, but
    // the end of quiet hours (08:00 next day) is after the deadline.
    let rules = ReminderRules { offsets_minutes: vec![60], ..ReminderRules::default() };
    let due = ts("2026-12-11T09:30:00Z");
    let plan =
        plan_deadline(&rules, DeadlineKind::DraftDue, due, ts("2026-12-01T00:00:00Z"), &zone("Pacific/Honolulu"));
    assert_eq!(sends(&plan), vec![ts("2026-12-11T08:30:00Z")]);
}

#[test]
fn the_end_of_quiet_hours_follows_a_dst_change() {
    // Berlin leaves summer time on 2026-10-25 at 03:00 CEST. 01:00 CEST that night is
    // quiet; it ends at 08:00 CET = 07:00Z (the day before, 08:00 CEST was 06:00Z).
    let berlin = zone("Europe/Berlin");
    let q = QuietHours::default();
    assert_eq!(q.shift(ts("2026-10-24T23:00:00Z"), ts("2026-11-01T00:00:00Z"), &berlin), ts("2026-10-25T07:00:00Z"));
    assert_eq!(q.shift(ts("2026-10-23T23:00:00Z"), ts("2026-11-01T00:00:00Z"), &berlin), ts("2026-10-24T06:00:00Z"));
    // New York springs forward on 2026-03-08: 08:00 EDT = 12:00Z (the day before 13:00Z).
    let ny = zone("America/New_York");
    assert_eq!(q.shift(ts("2026-03-08T06:00:00Z"), ts("2026-04-01T00:00:00Z"), &ny), ts("2026-03-08T12:00:00Z"));
    assert_eq!(q.shift(ts("2026-03-07T06:00:00Z"), ts("2026-04-01T00:00:00Z"), &ny), ts("2026-03-07T13:00:00Z"));
}

#[test]
fn offsets_are_exact_hours_across_a_dst_change() {
    // 48 h before 12:00 CET on Oct 26 is 11:00Z on Oct 24 (13:00 CEST), not 12:00 local.
    let plan = plan_deadline(
        &ReminderRules::default(),
        DeadlineKind::DraftDue,
        ts("2026-10-26T11:00:00Z"),
        ts("2026-10-01T00:00:00Z"),
        &zone("Europe/Berlin"),
    );
    assert_eq!(plan.first().map(|p| p.send_at), Some(ts("2026-10-24T11:00:00Z")));
}

#[test]
fn past_offsets_are_dropped_and_respond_by_gets_nothing_after_its_deadline() {
    let due = ts("2026-12-10T12:00:00Z");
    let plan = plan_deadline(
        &ReminderRules::default(),
        DeadlineKind::RespondBy,
        due,
        ts("2026-12-09T00:00:00Z"),
        &zone("UTC"),
    );
    assert_eq!(sends(&plan), vec![ts("2026-12-09T12:00:00Z")]);
}

#[test]
fn offsets_landing_on_one_instant_are_sent_once() {
    // Due 08:30 in Kiritimati: 06:30 and 07:30 local both move to 08:00.
    let rules = ReminderRules { offsets_minutes: vec![60, 120, 60], ..ReminderRules::default() };
    let plan = plan_deadline(
        &rules,
        DeadlineKind::DraftDue,
        ts("2026-12-10T18:30:00Z"),
        ts("2026-12-01T00:00:00Z"),
        &zone("Pacific/Kiritimati"),
    );
    assert_eq!(sends(&plan), vec![ts("2026-12-10T18:00:00Z")]);
}

#[test]
fn actions_round_trip_through_their_stored_names() {
    for action in [
        Action::Expire,
        Action::AutoApprove,
        Action::Remind(DeadlineKind::RespondBy),
        Action::Remind(DeadlineKind::DraftDue),
        Action::Remind(DeadlineKind::PublishBy),
        Action::Remind(DeadlineKind::RevisionDue),
        Action::Remind(DeadlineKind::PublishOpens),
        Action::RemindPayment(PaymentId(42)),
        Action::ReviewOverdue,
        Action::MarkOverdue(DeadlineKind::DraftDue),
    ] {
        assert_eq!(Action::parse(&action.as_str()).ok(), Some(action));
    }
    assert!(Action::parse("remind:nope").is_err());
    assert!(Action::parse("remind_payment:x").is_err());
    assert!(Action::parse("overdue").is_err());
}

fn deal_in(stage: Stage) -> Deal {
    let mut d = Deal::offer(DealId(1), CampaignId(1), CreatorId(1), sample_terms()).expect("offer");
    d.stage = stage;
    d
}

fn facts<'a>(deal: &'a Deal, zone: &'a TimeZoneName, stage_at: Timestamp) -> DealFacts<'a> {
    DealFacts {
        waiting: StageDeadlines::of(deal),
        zone,
        stage_at,
        overdue: false,
        open_payments: &[],
        auto_approve: false,
    }
}

fn actions(plan: &[Planned]) -> Vec<(Action, Timestamp)> {
    plan.iter().map(|p| (p.action, p.send_at)).collect()
}

#[test]
fn a_revision_is_due_after_the_turnaround_or_at_the_draft_date_whichever_is_later() {
    let utc = zone("UTC");
    let rules = ReminderRules::default();
    let d = deal_in(Stage::ChangesRequested);
    // Changes asked on Dec 1: 72 h later (Dec 4) is before the draft date (Dec 8).
    let early = open_deadlines(&rules, &StageDeadlines::of(&d), ts("2026-12-01T12:00:00Z"));
    assert_eq!(early, vec![(DeadlineKind::RevisionDue, ts("2026-12-08T12:00:00Z"))]);
    // Changes asked on Dec 7: the turnaround wins.
    let late = open_deadlines(&rules, &StageDeadlines::of(&d), ts("2026-12-07T09:00:00Z"));
    assert_eq!(late, vec![(DeadlineKind::RevisionDue, ts("2026-12-10T09:00:00Z"))]);
    // A campaign with a 24-hour turnaround and one reminder 6 h before.
    let policy = ReminderPolicy { offsets_hours: vec![6], revision_turnaround_hours: 24, ..ReminderPolicy::default() };
    let rules = ReminderRules::from_policy(&policy);
    let plan = plan_deal(&rules, &facts(&d, &utc, ts("2026-12-08T10:00:00Z")), ts("2026-12-08T10:00:00Z"));
    assert_eq!(
        actions(&plan),
        vec![
            // 04:00 UTC is quiet: moved to 08:00, still before the deadline.
            (Action::Remind(DeadlineKind::RevisionDue), ts("2026-12-09T08:00:00Z")),
            (Action::MarkOverdue(DeadlineKind::RevisionDue), ts("2026-12-09T10:00:00Z")),
        ]
    );
}

#[test]
fn the_publish_window_opening_is_announced_before_and_at_it_but_never_after() {
    let utc = zone("UTC");
    let d = deal_in(Stage::Approved);
    let plan =
        plan_deal(&ReminderRules::default(), &facts(&d, &utc, ts("2026-12-05T00:00:00Z")), ts("2026-12-05T00:00:00Z"));
    let opens: Vec<_> =
        plan.iter().filter(|p| p.action == Action::Remind(DeadlineKind::PublishOpens)).map(|p| p.send_at).collect();
    // Opens Dec 10 00:00Z: 48 h and 24 h before and at it, all at midnight UTC, inside
    // quiet hours, so each goes out at 08:00; none after the opening.
    assert_eq!(opens, vec![ts("2026-12-08T08:00:00Z"), ts("2026-12-09T08:00:00Z"), ts("2026-12-10T08:00:00Z")]);
    assert!(plan.iter().all(|p| p.send_at >= ts("2026-12-05T00:00:00Z")));
    // Approved after the window opened: no opening reminder at all, the closing ones stay.
    let later =
        plan_deal(&ReminderRules::default(), &facts(&d, &utc, ts("2026-12-11T00:00:00Z")), ts("2026-12-11T00:00:00Z"));
    assert!(later.iter().all(|p| p.action != Action::Remind(DeadlineKind::PublishOpens)));
    assert!(later.contains(&Planned {
        action: Action::MarkOverdue(DeadlineKind::PublishBy),
        due: ts("2026-12-15T00:00:00Z"),
        send_at: ts("2026-12-15T00:00:00Z"),
    }));
    assert!(DeadlineKind::PublishOpens.still_useful(ts("2026-12-10T00:00:00Z"), ts("2026-12-10T08:00:00Z")));
    assert!(!DeadlineKind::PublishOpens.still_useful(ts("2026-12-10T00:00:00Z"), ts("2026-12-11T08:00:00Z")));
}

#[test]
fn payments_remind_the_operators_before_and_after_without_quiet_hours() {
    let honolulu = zone("Pacific/Honolulu");
    let d = deal_in(Stage::Verified);
    let payments = [(PaymentId(7), ts("2026-12-20T10:00:00Z"))];
    let f = DealFacts { open_payments: &payments, ..facts(&d, &honolulu, ts("2026-12-01T00:00:00Z")) };
    let plan = plan_deal(&ReminderRules::default(), &f, ts("2026-12-01T00:00:00Z"));
    // 00:00 in Honolulu would be quiet for a creator; operators get it at the offset.
    assert_eq!(
        actions(&plan),
        vec![
            (Action::RemindPayment(PaymentId(7)), ts("2026-12-18T10:00:00Z")),
            (Action::RemindPayment(PaymentId(7)), ts("2026-12-19T10:00:00Z")),
            (Action::RemindPayment(PaymentId(7)), ts("2026-12-20T10:00:00Z")),
            (Action::RemindPayment(PaymentId(7)), ts("2026-12-21T10:00:00Z")),
        ]
    );
}

#[test]
fn review_past_the_sla_alerts_the_operators_or_approves_and_overdue_flags_once() {
    let utc = zone("UTC");
    let d = deal_in(Stage::InReview);
    let started = ts("2026-12-05T10:00:00Z");
    let alert = plan_deal(&ReminderRules::default(), &facts(&d, &utc, started), ts("2026-12-06T00:00:00Z"));
    assert_eq!(actions(&alert), vec![(Action::ReviewOverdue, ts("2026-12-07T10:00:00Z"))]);
    let auto = DealFacts { auto_approve: true, ..facts(&d, &utc, started) };
    let approve = plan_deal(&ReminderRules::default(), &auto, ts("2026-12-06T00:00:00Z"));
    assert_eq!(actions(&approve), vec![(Action::AutoApprove, ts("2026-12-07T10:00:00Z"))]);
    // A replan after the SLA passed does not alert again.
    assert!(plan_deal(&ReminderRules::default(), &facts(&d, &utc, started), ts("2026-12-08T00:00:00Z")).is_empty());
    // A contracted deal already flagged overdue gets no second flag row.
    let c = deal_in(Stage::Contracted);
    let flagged = DealFacts { overdue: true, ..facts(&c, &utc, started) };
    let plan = plan_deal(&ReminderRules::default(), &flagged, ts("2026-12-09T00:00:00Z"));
    assert!(plan.iter().all(|p| !matches!(p.action, Action::MarkOverdue(_))), "{plan:?}");
}

#[test]
fn a_campaign_policy_is_checked_with_clear_errors() {
    assert!(ReminderPolicy::default().validate().is_ok());
    let cases = [
        (ReminderPolicy { offsets_hours: vec![], ..ReminderPolicy::default() }, "1 to 8 offsets"),
        (ReminderPolicy { offsets_hours: vec![24, 1000], ..ReminderPolicy::default() }, "1000 is out of range"),
        (ReminderPolicy { offsets_hours: vec![24, 24], ..ReminderPolicy::default() }, "twice"),
        (ReminderPolicy { revision_turnaround_hours: 0, ..ReminderPolicy::default() }, "revision_turnaround_hours"),
        (ReminderPolicy { counter_answer_hours: 0, ..ReminderPolicy::default() }, "counter_answer_hours"),
        (ReminderPolicy { counter_answer_hours: 721, ..ReminderPolicy::default() }, "counter_answer_hours"),
    ];
    for (policy, words) in cases {
        let err = policy.validate().expect_err("invalid").to_string();
        assert!(err.contains(words), "{err}");
    }
    let read: ReminderPolicy = serde_json::from_str(r#"{"offsets_hours":[12]}"#).expect("json");
    assert_eq!(read, ReminderPolicy { offsets_hours: vec![12], ..ReminderPolicy::default() });
    assert!(serde_json::from_str::<ReminderPolicy>(r#"{"offset_hours":[12]}"#).is_err(), "typos are refused");
}

#[test]
fn a_counter_offer_gives_the_brand_its_answer_time_with_operator_reminders_and_expiry() {
    // The counter arrives at a sub-millisecond instant; 48 h to answer by default.
    let countered = ts("2026-12-04T10:15:30.123456789Z");
    let d = deal_in(Stage::Negotiating);
    let utc = zone("UTC");
    let plan = plan_deal(&ReminderRules::default(), &facts(&d, &utc, countered), countered);
    let due = ts("2026-12-06T10:15:30.123456789Z");
    // The 48 h offset falls on the counter's arrival itself (the operators were just
    // told), 0 and after are the expiry's: one reminder 24 h before, then the expiry.
    assert_eq!(
        actions(&plan),
        vec![(Action::RemindCounter, ts("2026-12-05T10:15:30.123456789Z")), (Action::Expire, due)],
        "{plan:?}"
    );
    assert!(plan.iter().all(|p| p.due == due));
    // A campaign may give 12 h: only the expiry remains (both offsets are before the counter).
    let policy = ReminderPolicy { counter_answer_hours: 12, ..ReminderPolicy::default() };
    let plan = plan_deal(&ReminderRules::from_policy(&policy), &facts(&d, &utc, countered), countered);
    assert_eq!(actions(&plan), vec![(Action::Expire, ts("2026-12-04T22:15:30.123456789Z"))]);
    // Operators keep no quiet hours: a reminder at 03:00 in the creator's zone stays there.
    let tokyo = zone("Asia/Tokyo");
    let night = ts("2026-12-04T18:00:00Z");
    let plan = plan_deal(&ReminderRules::default(), &facts(&d, &tokyo, night), night);
    assert_eq!(
        plan[0],
        Planned { action: Action::RemindCounter, due: ts("2026-12-06T18:00:00Z"), send_at: ts("2026-12-05T18:00:00Z") }
    );
    assert_eq!(Action::parse(Action::RemindCounter.as_str().as_str()), Ok(Action::RemindCounter));
    assert_eq!(DeadlineKind::parse("counter_answer"), Ok(DeadlineKind::CounterAnswer));
}

#[test]
fn deals_keep_their_terms_to_the_millisecond() {
    let mut terms = sample_terms();
    terms.respond_by = ts("2026-12-01T12:00:00.123456789Z");
    terms.draft_due = ts("2026-12-08T12:00:00.999999999Z");
    let d = Deal::offer(DealId(1), CampaignId(1), CreatorId(1), terms).expect("offer");
    assert_eq!(d.terms.respond_by, ts("2026-12-01T12:00:00.123Z"));
    assert_eq!(d.terms.draft_due, ts("2026-12-08T12:00:00.999Z"));
    // So the deadline planned from the deal is the one its stored row reads back.
    let plan = plan_deal(
        &ReminderRules::default(),
        &facts(&d, &zone("UTC"), ts("2026-11-24T09:00:00Z")),
        ts("2026-11-24T09:00:00Z"),
    );
    assert!(plan.iter().all(|p| crate::time::at_storage_precision(p.due) == p.due), "{plan:?}");
}
