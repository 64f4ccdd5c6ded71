//! The operators' daily digest, rendered when it is sent: one heading per section with
//! its count (plural forms and the language's digit grouping), the top items with
//! dates in the operators' zone, and how many more there are.

use i18n_embed_fl::fl;
use linkstar_core::alerts::{Digest, DigestDeadline, DigestItem, DigestSection};
use linkstar_core::place::{ChatPlatform, TimeZoneName};

use crate::{Language, Localizer, Speaker, clean};

/// The platform's own name, the same in every language.
pub(crate) fn platform_name(platform: ChatPlatform) -> &'static str {
    match platform {
        ChatPlatform::Telegram => "Telegram",
        ChatPlatform::Discord => "Discord",
    }
}

/// Which section heading to use.
#[derive(Clone, Copy)]
enum Heading {
    ReviewsLate,
    Counters,
    PaymentsOverdue,
    Unreachable,
    DeadlinesOverdue,
    DueToday,
}

impl Localizer {
    /// The daily digest in `language`, dates in the operators' `zone`.
    pub fn digest(&self, digest: &Digest, language: impl Into<Language>, zone: &TimeZoneName) -> String {
        let s = self.speaker(language.into());
        let l = &s.loader;
        let mut text = fl!(l, "digest-title", day = s.formats.day(digest.day));
        if digest.is_quiet() {
            text.push_str("\n\n");
            text.push_str(&fl!(l, "digest-quiet"));
            return clean(text);
        }
        let sections = [
            (Heading::ReviewsLate, &digest.reviews_late),
            (Heading::Counters, &digest.counters),
            (Heading::PaymentsOverdue, &digest.payments_overdue),
            (Heading::DeadlinesOverdue, &digest.deadlines_overdue),
            (Heading::Unreachable, &digest.unreachable),
            (Heading::DueToday, &digest.due_today),
        ];
        for (heading, section) in sections.into_iter().filter(|(_, s)| s.count > 0) {
            text.push_str("\n\n");
            text.push_str(&section_text(s, heading, section, zone));
        }
        clean(text)
    }
}

fn section_text(s: &Speaker, heading: Heading, section: &DigestSection, zone: &TimeZoneName) -> String {
    let l = &s.loader;
    let count = i64::try_from(section.count).unwrap_or(i64::MAX);
    let n = s.formats.integer(count);
    let mut text = match heading {
        Heading::ReviewsLate => fl!(l, "digest-reviews-late", count = count, n = n.as_str()),
        Heading::Counters => fl!(l, "digest-counters", count = count, n = n.as_str()),
        Heading::PaymentsOverdue => fl!(l, "digest-payments-overdue", count = count, n = n.as_str()),
        Heading::Unreachable => fl!(l, "digest-unreachable", count = count, n = n.as_str()),
        Heading::DeadlinesOverdue => fl!(l, "digest-deadlines-overdue", count = count, n = n.as_str()),
        Heading::DueToday => fl!(l, "digest-due-today", count = count, n = n.as_str()),
    };
    for item in &section.top {
        text.push_str("\n• ");
        text.push_str(&item_text(s, item, zone));
    }
    let more = count - section.top.len() as i64;
    if more > 0 {
        text.push('\n');
        text.push_str(&fl!(l, "digest-more", count = more, n = s.formats.integer(more)));
    }
    text
}

fn item_text(s: &Speaker, item: &DigestItem, zone: &TimeZoneName) -> String {
    let (l, f) = (&s.loader, &s.formats);
    match item {
        DigestItem::Review { deal, creator, due } => fl!(
            l,
            "digest-item-review",
            deal = deal.to_string(),
            creator = creator.as_str(),
            due = f.date_time(*due, zone)
        ),
        DigestItem::Counter { deal, creator, fee, since } => fl!(
            l,
            "digest-item-counter",
            deal = deal.to_string(),
            creator = creator.as_str(),
            fee = fee.map_or_else(|| "—".to_string(), |m| f.money(m)),
            since = f.date_time(*since, zone)
        ),
        DigestItem::Payment { deal, creator, amount, due } => fl!(
            l,
            "digest-item-payment",
            deal = deal.to_string(),
            creator = creator.as_str(),
            amount = f.money(*amount),
            due = f.date(*due, zone)
        ),
        DigestItem::Unreachable { creator, platform } => {
            fl!(l, "digest-item-unreachable", creator = creator.as_str(), platform = platform_name(*platform))
        }
        DigestItem::Deadline { deal, creator, deadline, due } => {
            let (deal, creator, due) = (deal.to_string(), creator.as_str(), f.date_time(*due, zone));
            match deadline {
                DigestDeadline::RespondBy => {
                    fl!(l, "digest-item-respond-by", deal = deal, creator = creator, due = due)
                }
                DigestDeadline::Draft => fl!(l, "digest-item-draft", deal = deal, creator = creator, due = due),
                DigestDeadline::Post => fl!(l, "digest-item-post", deal = deal, creator = creator, due = due),
            }
        }
    }
}
