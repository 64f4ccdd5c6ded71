//! Currency conversion with dated rates the operator enters (LinkStar never fetches
//! rates: there is no network). Conversion is exact: the rate is a decimal kept as an
//! integer mantissa and a power of ten, products are taken in `i128`, and the result is
//! rounded half away from zero to the target currency's minor units.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::DomainError;
use crate::money::{Currency, Money};

pub use jiff::civil::Date;

/// Most fraction digits a rate may have (`0.000000000001` is the smallest rate).
const MAX_RATE_DIGITS: u32 = 12;

/// A positive decimal exchange rate, exact: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rate {
    mantissa: i128,
    scale: u32,
}

impl Rate {
    /// Parses a positive decimal such as `1.0845` or `0.0061` (a comma works as the point).
    pub fn parse(text: &str) -> Result<Rate, DomainError> {
        let bad = |why: &str| DomainError::invalid("fx-rate", format!("{text:?}: {why}"));
        let t = text.trim().replace(',', ".");
        let (whole, fraction) = t.split_once('.').unwrap_or((&t, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
            return Err(bad("not a positive decimal number"));
        }
        let fraction = fraction.trim_end_matches('0');
        if fraction.len() as u32 > MAX_RATE_DIGITS {
            return Err(bad("more than 12 digits after the decimal point"));
        }
        if whole.len() > 12 {
            return Err(bad("too large"));
        }
        let mantissa: i128 = format!("{whole}{fraction}").parse().map_err(|_| bad("not a number"))?;
        if mantissa <= 0 {
            return Err(bad("a rate must be above zero"));
        }
        Ok(Rate { mantissa, scale: fraction.len() as u32 })
    }

    fn pow10(n: u32) -> i128 {
        10_i128.pow(n)
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = Self::pow10(self.scale);
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        write!(f, "{}.{:0width$}", self.mantissa / scale, self.mantissa % scale, width = self.scale as usize)
    }
}

impl Serialize for Rate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Rate::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// `n / d` rounded half away from zero; `d` must be positive.
fn div_round(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d { q + n.signum() } else { q }
}

/// One rate the operator entered: one unit of `from` is worth `rate` units of `to`, on `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FxRate {
    /// The currency converted from.
    pub from: Currency,
    /// The currency converted to.
    pub to: Currency,
    /// Units of `to` per unit of `from`.
    pub rate: Rate,
    /// The day the rate is for.
    pub date: Date,
}

impl FxRate {
    /// A rate between two different currencies.
    pub fn new(from: Currency, to: Currency, rate: Rate, date: Date) -> Result<FxRate, DomainError> {
        if from == to {
            return Err(DomainError::invalid("fx-rate", format!("a rate needs two currencies, not {from} twice")));
        }
        Ok(FxRate { from, to, rate, date })
    }

    /// Converts `money` in either direction of the rate (the inverse for `to → from`).
    pub fn convert(&self, money: Money) -> Result<Money, DomainError> {
        let overflow = || DomainError::invalid("money", "amount overflow in conversion");
        let (target, numerator, denominator) = if money.currency == self.from {
            // to_minor = minor × m / 10^s × 10^dt / 10^df
            let n = Rate::pow10(self.to.minor_digits()) * self.rate.mantissa;
            (self.to, n, Rate::pow10(self.rate.scale) * Rate::pow10(self.from.minor_digits()))
        } else if money.currency == self.to {
            let n = Rate::pow10(self.from.minor_digits()) * Rate::pow10(self.rate.scale);
            (self.from, n, self.rate.mantissa * Rate::pow10(self.to.minor_digits()))
        } else {
            return Err(DomainError::invalid(
                "fx-rate",
                format!("a {}→{} rate cannot convert {}", self.from, self.to, money.currency),
            ));
        };
        let product = i128::from(money.minor).checked_mul(numerator).ok_or_else(overflow)?;
        let minor = i64::try_from(div_round(product, denominator)).map_err(|_| overflow())?;
        Ok(Money::new(minor, target))
    }

    fn pairs(&self, a: Currency, b: Currency) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }
}

/// Every rate entered, for conversions "as of" a day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FxTable {
    rates: Vec<FxRate>,
}

impl FxTable {
    /// A table of rates.
    pub fn new(rates: Vec<FxRate>) -> Self {
        Self { rates }
    }

    /// The rate used to go between `a` and `b` on `on`: the newest one dated on or before
    /// that day, in either direction (a rate entered in the asked direction wins a tie).
    pub fn rate(&self, a: Currency, b: Currency, on: Date) -> Option<&FxRate> {
        self.rates.iter().filter(|r| r.pairs(a, b) && r.date <= on).max_by_key(|r| (r.date, r.from == a))
    }

    /// Converts `money` into `to` with the rate of `on`; the rate used is returned with
    /// it (`None` when no conversion was needed), so reports can show its date.
    pub fn convert(&self, money: Money, to: Currency, on: Date) -> Result<(Money, Option<FxRate>), DomainError> {
        if money.currency == to {
            return Ok((money, None));
        }
        let rate = self.rate(money.currency, to, on).ok_or_else(|| {
            DomainError::invalid(
                "fx-rate",
                format!("no {}→{} rate on or before {on}: enter one with `linkstar fx set`", money.currency, to),
            )
        })?;
        Ok((rate.convert(money)?, Some(*rate)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).expect("currency")
    }

    fn day(d: &str) -> Date {
        d.parse().expect("date")
    }

    fn rate(from: &str, to: &str, r: &str, d: &str) -> FxRate {
        FxRate::new(cur(from), cur(to), Rate::parse(r).expect("rate"), day(d)).expect("fx")
    }

    #[test]
    fn rates_parse_exactly() {
        assert_eq!(Rate::parse("1.0845").map(|r| r.to_string()), Ok("1.0845".into()));
        assert_eq!(Rate::parse("0,0061").map(|r| r.to_string()), Ok("0.0061".into()));
        assert_eq!(Rate::parse("162.50").map(|r| r.to_string()), Ok("162.5".into()));
        assert_eq!(Rate::parse("3").map(|r| r.to_string()), Ok("3".into()));
        for bad in ["", "0", "0.000", "-1", "1e3", "abc", "1.2.3", "0.0000000000001"] {
            assert!(Rate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn converts_between_minor_digit_counts() {
        // 1,000.00 EUR at 162.37 JPY per EUR = ¥162,370 (JPY has no minor unit).
        let eur_jpy = rate("EUR", "JPY", "162.37", "2026-11-20");
        assert_eq!(eur_jpy.convert(Money::new(100_000, cur("EUR"))), Ok(Money::new(162_370, cur("JPY"))));
        // ¥1,001 back to EUR: 1001 / 162.37 = 6.1649… EUR → 6.16 EUR.
        assert_eq!(eur_jpy.convert(Money::new(1_001, cur("JPY"))), Ok(Money::new(616, cur("EUR"))));
        // 10.00 USD at 0.377 BHD per USD = 3.770 BHD (three minor digits).
        let usd_bhd = rate("USD", "BHD", "0.377", "2026-11-20");
        assert_eq!(usd_bhd.convert(Money::new(1_000, cur("USD"))), Ok(Money::new(3_770, cur("BHD"))));
        // 0.005 BHD → USD: 0.005 / 0.377 = 0.01326… → 0.01 USD.
        assert_eq!(usd_bhd.convert(Money::new(5, cur("BHD"))), Ok(Money::new(1, cur("USD"))));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        // 0.05 EUR × 1.5 = 0.075 → 0.08; −0.05 → −0.08.
        let r = rate("EUR", "USD", "1.5", "2026-11-20");
        assert_eq!(r.convert(Money::new(5, cur("EUR"))).map(|m| m.minor), Ok(8));
        assert_eq!(r.convert(Money::new(-5, cur("EUR"))).map(|m| m.minor), Ok(-8));
        assert_eq!(div_round(7, 2), 4);
        assert_eq!(div_round(-7, 2), -4);
        assert_eq!(div_round(5, 3), 2);
    }

    #[test]
    fn the_table_picks_the_newest_rate_on_or_before_the_day() {
        let table = FxTable::new(vec![
            rate("USD", "EUR", "0.90", "2026-11-01"),
            rate("USD", "EUR", "0.95", "2026-11-15"),
            rate("EUR", "USD", "1.10", "2026-11-10"),
        ]);
        let usd = Money::new(10_000, cur("USD"));
        let (m, used) = table.convert(usd, cur("EUR"), day("2026-11-12")).expect("convert");
        assert_eq!((m.minor, used.map(|r| r.date)), (9_091, Some(day("2026-11-10"))), "inverse of 1.10");
        let (m, used) = table.convert(usd, cur("EUR"), day("2026-11-30")).expect("convert");
        assert_eq!((m.minor, used.map(|r| r.date)), (9_500, Some(day("2026-11-15"))));
        assert!(table.convert(usd, cur("EUR"), day("2026-10-01")).is_err(), "no rate yet");
        assert!(table.convert(usd, cur("JPY"), day("2026-11-30")).is_err());
        assert_eq!(table.convert(usd, cur("USD"), day("2026-11-30")), Ok((usd, None)));
    }

    #[test]
    fn a_rate_needs_two_currencies() {
        assert!(FxRate::new(cur("EUR"), cur("EUR"), Rate::parse("1").expect("rate"), day("2026-11-20")).is_err());
    }
}
