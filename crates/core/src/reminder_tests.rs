use super::*;

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
    let rules = ReminderRules { offsets_minutes: vec![60], quiet: QuietHours::default() };
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
    let rules = ReminderRules { offsets_minutes: vec![60, 120, 60], quiet: QuietHours::default() };
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
    ] {
        assert_eq!(Action::parse(&action.as_str()).ok(), Some(action));
    }
    assert!(Action::parse("remind:nope").is_err());
}
