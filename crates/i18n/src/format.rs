//! Numbers, money, lists and instants written the way each language writes them, with
//! ICU4X's compiled CLDR data. Fluent only places the finished strings.

use fixed_decimal::Decimal;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{self, Combo, YMD, YMDT, zone::LocalizedOffsetShort};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::relativetime::options::Numeric;
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use icu_list::ListFormatter;
use icu_list::options::ListFormatterOptions;
use icu_locale_core::Locale as IcuLocale;
use icu_time::zone::UtcOffset;
use icu_time::{Time, ZonedDateTime};
use jiff::Timestamp;
use linkstar_core::money::Money;
use linkstar_core::place::TimeZoneName;

use crate::Language;

type DateTimeWithOffset = DateTimeFormatter<Combo<YMDT, LocalizedOffsetShort>>;

/// The ICU formatters of one language, built once and reused for every message.
#[derive(Debug)]
pub(crate) struct Formats {
    locale: IcuLocale,
    decimal: Option<DecimalFormatter>,
    percent: Option<PercentFormatter<DecimalFormatter>>,
    date_time: Option<DateTimeWithOffset>,
    date: Option<DateTimeFormatter<YMD>>,
    and_list: Option<ListFormatter>,
    or_list: Option<ListFormatter>,
    /// "in 2 days", "3 hours ago", "in 15 minutes": days, hours, minutes.
    relative: [Option<RelativeTimeFormatter>; 3],
}

impl Formats {
    /// Builds the formatters; one whose data is missing is left out and its values fall
    /// back to a plain, unlocalized form rather than failing the message.
    pub(crate) fn new(language: Language) -> Self {
        let locale: IcuLocale = language.tag().parse().unwrap_or(icu_locale_core::locale!("en-US"));
        let with_offset = YMDT::medium().with_time_precision(TimePrecision::Minute).with_zone(LocalizedOffsetShort);
        Self {
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            percent: PercentFormatter::try_new((&locale).into(), Default::default()).ok(),
            date_time: DateTimeFormatter::try_new((&locale).into(), with_offset).ok(),
            date: DateTimeFormatter::try_new((&locale).into(), fieldsets::YMD::medium()).ok(),
            and_list: ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default()).ok(),
            or_list: ListFormatter::try_new_or((&locale).into(), ListFormatterOptions::default()).ok(),
            relative: {
                // Always numeric: "in 1 day", never "tomorrow" (which names a calendar day).
                let numeric = RelativeTimeFormatterOptions::default().with_numeric(Numeric::Always);
                [
                    RelativeTimeFormatter::try_new_long_day((&locale).into(), numeric).ok(),
                    RelativeTimeFormatter::try_new_long_hour((&locale).into(), numeric).ok(),
                    RelativeTimeFormatter::try_new_long_minute((&locale).into(), numeric).ok(),
                ]
            },
            locale,
        }
    }

    /// An integer with the language's grouping (`1,234,567`, `1.234.567`, `1 234 567`).
    pub(crate) fn integer(&self, n: i64) -> String {
        self.decimal(&Decimal::from(n))
    }

    /// A decimal written as plain text (`0.9213`, `91.34`) with the language's separators;
    /// text that is not a decimal comes back as it is.
    pub(crate) fn decimal_text(&self, text: &str) -> String {
        Decimal::try_from_str(text).map(|d| self.decimal(&d)).unwrap_or_else(|_| text.to_string())
    }

    /// Basis points as a percentage with two decimals: `91.34%`, `91,34 %`.
    pub(crate) fn percent_bp(&self, bp: i64) -> String {
        let mut value = Decimal::from(bp);
        value.multiply_pow10(-2);
        value.absolute.pad_end(-2);
        match &self.percent {
            Some(f) => f.format(&value).to_string(),
            None => format!("{}%", self.decimal(&value)),
        }
    }

    /// A calendar date with no time of day: `Nov 20, 2026`.
    pub(crate) fn day(&self, day: jiff::civil::Date) -> String {
        match (&self.date, iso_date(day.year(), day.month(), day.day())) {
            (Some(f), Some(date)) => f.format(&date).to_string(),
            _ => day.to_string(),
        }
    }

    fn decimal(&self, value: &Decimal) -> String {
        match &self.decimal {
            Some(f) => f.format(value).to_string(),
            None => value.to_string(),
        }
    }

    /// A byte count in mebibytes (2^20 bytes), the unit file limits are set in: whole
    /// when it is (`200`), else with one decimal (`4.5`, `4,5`), never rounded up to 0.
    pub(crate) fn mebibytes(&self, bytes: u64) -> String {
        let tenths = (u128::from(bytes) * 10 + 524_288) / 1_048_576;
        let tenths = tenths.max(1);
        let text = match tenths % 10 {
            0 => format!("{}", tenths / 10),
            d => format!("{}.{d}", tenths / 10),
        };
        self.decimal_text(&text)
    }

    /// Money with the currency's minor digits and the language's symbol and placement:
    /// `$1,234.50`, `1.234,50 €`, `￥1,235`, `R$ 1.234,50`.
    pub(crate) fn money(&self, money: Money) -> String {
        let mut amount = Decimal::from(money.minor);
        let digits = i16::try_from(money.currency.minor_digits()).unwrap_or(2);
        amount.multiply_pow10(-digits);
        CurrencyType::try_from_str(money.currency.code())
            .ok()
            .and_then(|code| CurrencyFormatter::try_new_symbol((&self.locale).into(), code, Default::default()).ok())
            .map(|f| f.format_fixed_decimal(&amount).to_string())
            .unwrap_or_else(|| format!("{} {}", money.currency.code(), self.decimal(&amount)))
    }

    /// Items joined the language's way: "a, b, and c" or "a, b or c".
    pub(crate) fn list(&self, items: &[String], or: bool) -> String {
        let formatter = if or { &self.or_list } else { &self.and_list };
        match formatter {
            Some(f) => f.format(items.iter().map(String::as_str)).to_string(),
            None => items.join(", "),
        }
    }

    /// An instant as local date and time in the reader's zone, with the offset so the
    /// reader never wonders which clock is meant: `Dec 1, 2026, 4:00 PM GMT+7`.
    pub(crate) fn date_time(&self, at: Timestamp, zone: &TimeZoneName) -> String {
        let local = at.to_zoned_datetime(zone.zone());
        let offset = UtcOffset::try_from_seconds(local.offset().seconds()).ok();
        let input = iso_date(local.year(), local.month(), local.day()).zip(offset).and_then(|(date, zone)| {
            let time = Time::try_new(
                u8::try_from(local.hour()).ok()?,
                u8::try_from(local.minute()).ok()?,
                u8::try_from(local.second()).ok()?,
                0,
            )
            .ok()?;
            Some(ZonedDateTime { date, time, zone })
        });
        match (&self.date_time, input) {
            (Some(f), Some(input)) => f.format(&input).to_string(),
            _ => local.to_string(),
        }
    }

    /// How far `at` is from `now`, ICU's relative phrase: "in 2 days", "3 hours ago".
    /// Two days or more count in days, an hour or more in hours, less in minutes, each
    /// rounded to the nearest unit (a reminder sent a few seconds late still says
    /// "in 24 hours").
    /// `None` is "now" (under half a minute), which the caller words.
    pub(crate) fn relative(&self, at: Timestamp, now: Timestamp) -> Option<String> {
        let seconds = at.as_second().saturating_sub(now.as_second());
        let (unit, size) = match seconds.unsigned_abs() {
            a if a >= 2 * 86_400 - 1_800 => (0, 86_400),
            a if a >= 3_570 => (1, 3_600),
            _ => (2, 60),
        };
        let sign = seconds.signum();
        let count = sign * ((seconds.abs() + size / 2) / size);
        if count == 0 {
            return None;
        }
        Some(match &self.relative[unit] {
            Some(f) => f.format(Decimal::from(count)).to_string(),
            None => format!("{count:+} {}", ["d", "h", "min"][unit]),
        })
    }

    /// The local calendar date of an instant in the reader's zone: `Dec 1, 2026`.
    pub(crate) fn date(&self, at: Timestamp, zone: &TimeZoneName) -> String {
        let local = at.to_zoned_datetime(zone.zone());
        match (&self.date, iso_date(local.year(), local.month(), local.day())) {
            (Some(f), Some(date)) => f.format(&date).to_string(),
            _ => local.date().to_string(),
        }
    }
}

fn iso_date(year: i16, month: i8, day: i8) -> Option<icu_calendar::Date<icu_calendar::Iso>> {
    icu_calendar::Date::try_new_iso(i32::from(year), u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// How long until a deadline, in the units a reminder speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    /// At least a day: whole days left, rounded down.
    Days(i64),
    /// Less than a day: hours left, rounded up (so never zero).
    Hours(i64),
    /// The deadline has passed.
    Overdue,
}

impl TimeLeft {
    /// The time from `now` until `due`.
    pub fn until(due: Timestamp, now: Timestamp) -> TimeLeft {
        let seconds = due.as_second().saturating_sub(now.as_second());
        match seconds {
            s if s <= 0 => TimeLeft::Overdue,
            s if s < 86_400 => TimeLeft::Hours((s + 3_599) / 3_600),
            s => TimeLeft::Days(s / 86_400),
        }
    }
}
