//! Money: an integer amount in minor units plus an ISO 4217 currency. Never floats.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::DomainError;

/// An ISO 4217 currency that has minor units defined (so it can price a deal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(iso_currency::Currency);

impl Currency {
    /// Parses a three-letter ISO 4217 code such as `EUR`, `jpy` or `BHD`.
    pub fn parse(code: &str) -> Result<Self, DomainError> {
        let upper = code.trim().to_ascii_uppercase();
        let currency = iso_currency::Currency::from_code(&upper)
            .ok_or_else(|| DomainError::invalid("currency", format!("unknown currency code {code:?}")))?;
        if currency.exponent().is_none() {
            return Err(DomainError::invalid("currency", format!("{upper} has no minor unit and cannot price a deal")));
        }
        Ok(Self(currency))
    }

    /// The ISO 4217 code, e.g. `EUR`.
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for BHD.
    pub fn minor_digits(&self) -> u32 {
        u32::from(self.0.exponent().unwrap_or(2))
    }

    fn scale(&self) -> i64 {
        10_i64.pow(self.minor_digits())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Self::parse(&code).map_err(serde::de::Error::custom)
    }
}

/// An amount of money in the currency's minor units (cents, yen, fils).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Amount in minor units.
    pub minor: i64,
    /// The currency the amount is in.
    pub currency: Currency,
}

impl Money {
    /// Builds money from minor units.
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// Parses `"1234.50 EUR"` or `"EUR 1234.50"`.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let mut parts = text.split_whitespace();
        let (a, b) = match (parts.next(), parts.next(), parts.next()) {
            (Some(a), Some(b), None) => (a, b),
            _ => {
                return Err(DomainError::invalid(
                    "money",
                    format!("{text:?} is not an amount and a currency like \"1234.50 EUR\""),
                ));
            }
        };
        let (amount, code) = if a.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) { (b, a) } else { (a, b) };
        Self::from_decimal(amount, Currency::parse(code)?)
    }

    /// Parses a plain decimal amount (`"1234.5"`) in the given currency, refusing more
    /// fraction digits than the currency has and negative amounts.
    pub fn from_decimal(amount: &str, currency: Currency) -> Result<Self, DomainError> {
        let bad = |why: &str| DomainError::invalid("money", format!("{amount:?}: {why}"));
        let amount = amount.trim();
        let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("not a positive decimal number"));
        }
        if !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("not a positive decimal number"));
        }
        let digits = currency.minor_digits() as usize;
        if fraction.len() > digits {
            return Err(bad(&format!("{} allows {digits} digits after the decimal point", currency.code())));
        }
        let whole: i64 = whole.parse().map_err(|_| bad("too large"))?;
        let padded = format!("{fraction:0<digits$}");
        let fraction: i64 = if padded.is_empty() { 0 } else { padded.parse().map_err(|_| bad("not a number"))? };
        let minor = whole
            .checked_mul(currency.scale())
            .and_then(|m| m.checked_add(fraction))
            .ok_or_else(|| bad("too large"))?;
        Ok(Self { minor, currency })
    }

    /// Adds two amounts of the same currency.
    pub fn checked_add(self, other: Money) -> Result<Money, DomainError> {
        self.same_currency(&other)?;
        let minor =
            self.minor.checked_add(other.minor).ok_or_else(|| DomainError::invalid("money", "amount overflow"))?;
        Ok(Money::new(minor, self.currency))
    }

    /// Subtracts an amount of the same currency.
    pub fn checked_sub(self, other: Money) -> Result<Money, DomainError> {
        self.same_currency(&other)?;
        let minor =
            self.minor.checked_sub(other.minor).ok_or_else(|| DomainError::invalid("money", "amount overflow"))?;
        Ok(Money::new(minor, self.currency))
    }

    /// A share in basis points (1/100 of a percent), rounded half away from zero to
    /// whole minor units: 30 % of ¥1,001 is ¥300 and 50 % of 0.005 BHD is 0.003 BHD.
    pub fn share_bp(self, basis_points: u32) -> Money {
        let product = i128::from(self.minor) * i128::from(basis_points);
        let rounded = (product + 5_000 * product.signum()) / 10_000;
        Money::new(rounded as i64, self.currency)
    }

    fn same_currency(&self, other: &Money) -> Result<(), DomainError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(DomainError::invalid("money", format!("cannot combine {} and {}", self.currency, other.currency)))
        }
    }

    /// The amount as a plain decimal string with the currency's digits (`"1234.50"`).
    pub fn decimal(&self) -> String {
        let digits = self.currency.minor_digits() as usize;
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if digits == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10_u64.pow(digits as u32);
        format!("{sign}{}.{:0digits$}", abs / scale, abs % scale)
    }
}

impl fmt::Display for Money {
    /// Locale-neutral form for logs and CSV: `1234.50 EUR`. Creators and operators see
    /// the localized form from the i18n crate.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.decimal(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).expect("valid currency")
    }

    #[test]
    fn minor_digits_follow_the_currency() {
        assert_eq!(cur("EUR").minor_digits(), 2);
        assert_eq!(cur("jpy").minor_digits(), 0);
        assert_eq!(cur("BHD").minor_digits(), 3);
    }

    #[test]
    fn parses_amounts_in_minor_units() {
        assert_eq!(Money::parse("1234.5 EUR").map(|m| m.minor), Ok(123_450));
        assert_eq!(Money::parse("JPY 1235").map(|m| m.minor), Ok(1235));
        assert_eq!(Money::parse("1.005 BHD").map(|m| m.minor), Ok(1005));
        assert_eq!(Money::parse("12 EUR").map(|m| m.decimal()), Ok("12.00".into()));
    }

    #[test]
    fn refuses_bad_money() {
        for bad in ["12.345 EUR", "1.5 JPY", "-3 EUR", "12 XYZ", "abc EUR", "12", "1 EUR extra", "1e3 EUR"] {
            assert!(Money::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(Currency::parse("XXX").is_err(), "no-minor-unit codes cannot price deals");
    }

    #[test]
    fn shares_round_to_whole_minor_units() {
        assert_eq!(Money::new(1001, cur("JPY")).share_bp(3000).minor, 300);
        assert_eq!(Money::new(5, cur("BHD")).share_bp(5000).minor, 3);
        assert_eq!(Money::new(99_999, cur("EUR")).share_bp(3333).minor, 33_330);
    }

    #[test]
    fn refuses_mixed_currencies() {
        let eur = Money::new(100, cur("EUR"));
        let usd = Money::new(100, cur("USD"));
        assert!(eur.checked_add(usd).is_err());
        assert_eq!(eur.checked_add(eur).map(|m| m.minor), Ok(200));
    }
}
