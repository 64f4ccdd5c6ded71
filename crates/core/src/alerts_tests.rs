use super::*;
use crate::ids::{CampaignId, CreatorId};
use crate::money::Currency;
use crate::terms::tests::sample_terms;

fn ts(text: &str) -> Timestamp {
    text.parse().expect("instant")
}

fn berlin() -> TimeZoneName {
    TimeZoneName::parse("Europe/Berlin").expect("zone")
}

fn deal(id: i64, stage: Stage) -> Deal {
    let mut d = Deal::offer(DealId(id), CampaignId(1), CreatorId(id), sample_terms()).expect("offer");
    d.stage = stage;
    d
}

#[test]
fn chat_ids_and_digest_times_are_checked() {
    assert_eq!(AlertChat::parse_chat_id(ChatPlatform::Telegram, " -1001234 "), Ok("-1001234".into()));
    assert!(AlertChat::parse_chat_id(ChatPlatform::Telegram, "@ops").is_err());
    assert!(AlertChat::parse_chat_id(ChatPlatform::Discord, "-5").is_err());
    assert!(AlertChat::parse_chat_id(ChatPlatform::Discord, "0").is_err());
    assert_eq!(AlertChat::parse_chat_id(ChatPlatform::Discord, "123456789012345678"), Ok("123456789012345678".into()));
    assert_eq!(AlertChat::parse_digest_at("07:30"), Ok(Time::constant(7, 30, 0, 0)));
    assert!(AlertChat::parse_digest_at("25:00").is_err());
    assert!(AlertChat::parse_digest_at("nine").is_err());
}

#[test]
fn the_digest_follows_local_time_across_a_dst_change() {
    let nine = Time::constant(9, 0, 0, 0);
    // Berlin moves from UTC+1 to UTC+2 on 29 March 2026: 09:00 is 08:00Z, then 07:00Z.
    assert_eq!(digest_due(Date::constant(2026, 3, 28), nine, &berlin()), ts("2026-03-28T08:00:00Z"));
    assert_eq!(digest_due(Date::constant(2026, 3, 29), nine, &berlin()), ts("2026-03-29T07:00:00Z"));
    let (start, end) = day_bounds(Date::constant(2026, 3, 29), &berlin());
    assert_eq!((start, end), (ts("2026-03-28T23:00:00Z"), ts("2026-03-29T22:00:00Z")), "a 23-hour day");
    assert_eq!(local_day(ts("2026-03-28T23:30:00Z"), &berlin()), Date::constant(2026, 3, 29));
    // 02:30 does not exist that night; the digest goes at 03:30 local, as the clocks do.
    let skipped = digest_due(Date::constant(2026, 3, 29), Time::constant(2, 30, 0, 0), &berlin());
    assert_eq!(skipped, ts("2026-03-29T01:30:00Z"));
}

#[test]
fn a_digest_sorts_facts_into_its_sections() {
    let eur = Currency::parse("EUR").expect("EUR");
    let now = ts("2026-12-08T08:00:00Z"); // 09:00 in Berlin
    let mut late = deal(1, Stage::InReview); // arrived 50 h ago, SLA 48 h
    late.draft_versions = 1;
    let fresh = deal(2, Stage::InReview);
    let mut counter = deal(3, Stage::Negotiating);
    counter.counter_fee = Some(Money::new(70_000, eur));
    let draft_today = deal(4, Stage::Contracted); // draft due 12:00Z today
    let mut draft_late = deal(5, Stage::Contracted);
    draft_late.terms.draft_due = ts("2026-12-07T12:00:00Z");
    let mut post_late = deal(6, Stage::Approved);
    post_late.terms.publish_window =
        crate::time::Window::new(ts("2026-12-01T00:00:00Z"), ts("2026-12-05T00:00:00Z")).expect("w");
    let mut respond_today = deal(7, Stage::Offered);
    respond_today.terms.respond_by = ts("2026-12-08T20:00:00Z");
    let offered_later = deal(8, Stage::Offered); // respond by 1 Dec: the scheduler expires it
    let row = |d: Deal, creator: &str, since: &str| DigestDeal { deal: d, creator: creator.into(), since: ts(since) };
    let facts = DigestFacts {
        deals: vec![
            row(late, "Ana", "2026-12-06T06:00:00Z"),
            row(fresh, "Bea", "2026-12-07T20:00:00Z"),
            row(counter, "Caio", "2026-12-07T10:00:00Z"),
            row(draft_today, "Dara", "2026-12-01T00:00:00Z"),
            row(draft_late, "Emi", "2026-12-01T00:00:00Z"),
            row(post_late, "Fay", "2026-12-01T00:00:00Z"),
            row(respond_today, "Gil", "2026-12-01T00:00:00Z"),
            row(offered_later, "Hao", "2026-12-01T00:00:00Z"),
        ],
        payments: vec![
            // Due yesterday 23:30 Berlin: past its due day.
            DigestPayment {
                deal: DealId(9),
                creator: "Ivo".into(),
                amount: Money::new(15_000, eur),
                due: ts("2026-12-07T22:30:00Z"),
            },
            // Due today 00:30 Berlin: due today, not overdue yet.
            DigestPayment {
                deal: DealId(10),
                creator: "Jo".into(),
                amount: Money::new(35_000, eur),
                due: ts("2026-12-07T23:30:00Z"),
            },
        ],
        unreachable: vec![("Zoe".into(), ChatPlatform::Discord), ("Kai".into(), ChatPlatform::Telegram)],
    };
    let d = compose_digest(&facts, Date::constant(2026, 12, 8), now, &berlin());
    let deals = |s: &DigestSection| -> Vec<i64> {
        s.top
            .iter()
            .filter_map(|i| match i {
                DigestItem::Review { deal, .. }
                | DigestItem::Counter { deal, .. }
                | DigestItem::Payment { deal, .. }
                | DigestItem::Deadline { deal, .. } => Some(deal.0),
                DigestItem::Unreachable { .. } => None,
            })
            .collect()
    };
    assert_eq!(deals(&d.reviews_late), vec![1]);
    assert_eq!(
        d.reviews_late.top[0],
        DigestItem::Review { deal: DealId(1), creator: "Ana".into(), due: ts("2026-12-08T06:00:00Z") }
    );
    assert_eq!(deals(&d.counters), vec![3]);
    assert_eq!(deals(&d.payments_overdue), vec![9]);
    assert_eq!(deals(&d.deadlines_overdue), vec![6, 5], "oldest first");
    assert_eq!(deals(&d.due_today), vec![10, 4, 7], "soonest first");
    assert_eq!(d.unreachable.count, 2);
    assert_eq!(
        d.unreachable.top[0],
        DigestItem::Unreachable { creator: "Kai".into(), platform: ChatPlatform::Telegram }
    );
    assert!(!d.is_quiet());
    assert!(compose_digest(&DigestFacts::default(), d.day, now, &berlin()).is_quiet());
}

#[test]
fn a_section_lists_the_top_items_and_counts_all() {
    let items = (0..8)
        .map(|i| {
            (
                Timestamp::from_second(100 - i).expect("t"),
                DigestItem::Unreachable { creator: format!("c{i}"), platform: ChatPlatform::Telegram },
            )
        })
        .collect();
    let s = DigestSection::of(items);
    assert_eq!(s.count, 8);
    assert_eq!(s.top.len(), DIGEST_TOP);
    assert_eq!(s.top[0], DigestItem::Unreachable { creator: "c7".into(), platform: ChatPlatform::Telegram });
}

#[test]
fn a_digest_round_trips_as_json() {
    let d = compose_digest(
        &DigestFacts { unreachable: vec![("Kai".into(), ChatPlatform::Telegram)], ..DigestFacts::default() },
        Date::constant(2026, 12, 8),
        ts("2026-12-08T08:00:00Z"),
        &berlin(),
    );
    let json = serde_json::to_string(&d).expect("json");
    assert!(json.contains(r#""day":"2026-12-08""#), "{json}");
    assert_eq!(serde_json::from_str::<Digest>(&json).ok(), Some(d));
}
