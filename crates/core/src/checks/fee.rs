//! The fee a creator types when they propose another one: `600`, `600,50`, `1.234,50`,
//! `Rp 5.000.000`, `350 USD`, `€600`. The amount is read the way people write it in
//! their language; a currency, named by code or symbol, must be the deal's.

use crate::money::{Currency, Money};

/// Why a typed fee is not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeProblem {
    /// No positive amount could be read.
    Unreadable,
    /// The amount names another currency than the deal's.
    WrongCurrency {
        /// The currency named (its code, or the symbol as typed when it maps to none).
        found: String,
        /// The deal's currency.
        expected: Currency,
    },
}

impl std::fmt::Display for FeeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unreadable => f.write_str("not an amount"),
            Self::WrongCurrency { found, expected } => write!(f, "an amount in {found}, expected {expected}"),
        }
    }
}

/// Currency symbols and the codes they stand for. A symbol several currencies share
/// (`$`, `¥`) stands for the deal's currency when that is one of them.
const SYMBOLS: &[(&str, &[&str])] = &[
    ("€", &["EUR"]),
    ("£", &["GBP"]),
    ("₹", &["INR"]),
    ("₫", &["VND"]),
    ("đ", &["VND"]),
    ("฿", &["THB"]),
    ("r$", &["BRL"]),
    ("rp", &["IDR"]),
    ("us$", &["USD"]),
    ("$", &["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD"]),
    ("¥", &["JPY", "CNY"]),
    ("￥", &["JPY", "CNY"]),
    ("円", &["JPY"]),
    ("元", &["CNY"]),
];

/// Reads a fee for a deal priced in `currency`.
pub fn read_fee(text: &str, currency: Currency) -> Result<Money, FeeProblem> {
    let text = text.trim();
    let is_number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}' | '\u{202f}');
    let start = text.find(|c: char| c.is_ascii_digit()).ok_or(FeeProblem::Unreadable)?;
    let end = text.rfind(|c: char| c.is_ascii_digit()).map_or(start, |i| i + 1);
    let (before, number, after) = (text[..start].trim(), &text[start..end], text[end..].trim());
    if !number.chars().all(is_number) {
        return Err(FeeProblem::Unreadable);
    }
    let named = match (before.is_empty(), after.is_empty()) {
        (true, true) => None,
        (false, true) => Some(before),
        (true, false) => Some(after),
        (false, false) => return Err(FeeProblem::Unreadable),
    };
    if let Some(named) = named {
        let found = named_currency(named, currency)?;
        if found != currency.code() {
            return Err(FeeProblem::WrongCurrency { found, expected: currency });
        }
    }
    let amount = plain_decimal(number, currency);
    Money::from_decimal(&amount, currency).ok().filter(|m| m.minor > 0).ok_or(FeeProblem::Unreadable)
}

/// The code of the currency `named` (a code or a symbol); the deal's currency when a
/// shared symbol can stand for it.
fn named_currency(named: &str, deal: Currency) -> Result<String, FeeProblem> {
    let lower = named.to_lowercase();
    if let Some((_, codes)) = SYMBOLS.iter().find(|(symbol, _)| *symbol == lower) {
        let code = codes.iter().find(|c| **c == deal.code()).unwrap_or(&codes[0]);
        return Ok((*code).to_string());
    }
    if named.len() == 3 && named.bytes().all(|b| b.is_ascii_alphabetic()) {
        return match Currency::parse(named) {
            Ok(c) => Ok(c.code().to_string()),
            Err(_) => Err(FeeProblem::Unreadable),
        };
    }
    Err(FeeProblem::Unreadable)
}

/// `1.234,50`, `1,234.50`, `5.000.000`, `1 200` → `1234.50`, `1234.50`, `5000000`, `1200`:
/// a separator that repeats, or is followed by exactly three digits where the currency
/// has no three-digit minor unit, groups thousands; the other is the decimal point.
fn plain_decimal(number: &str, currency: Currency) -> String {
    let digits: String = number.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    let count = |sep: char| digits.matches(sep).count();
    let groups = |sep: char| {
        let tail = digits.rsplit(sep).next().map_or(0, str::len);
        count(sep) > 1 || (count(sep) == 1 && tail == 3 && currency.minor_digits() != 3)
    };
    match (digits.rfind(','), digits.rfind('.')) {
        (Some(c), Some(d)) if c > d => digits.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => digits.replace(',', ""),
        (Some(_), None) if groups(',') => digits.replace(',', ""),
        (Some(_), None) => digits.replace(',', "."),
        (None, Some(_)) if groups('.') => digits.replace('.', ""),
        _ => digits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).expect("currency")
    }

    fn minor(text: &str, code: &str) -> Result<i64, FeeProblem> {
        read_fee(text, cur(code)).map(|m| m.minor)
    }

    #[test]
    fn amounts_are_read_the_way_people_type_them() {
        for (text, want) in [
            ("600", 60_000),
            ("600.50", 60_050),
            ("600,50", 60_050),
            ("1.234,50", 123_450),
            ("1,234.50", 123_450),
            ("1,200", 120_000),
            ("1.200", 120_000),
            ("1 200", 120_000),
            ("1'200.5", 120_050),
            ("600 EUR", 60_000),
            ("eur 600", 60_000),
            ("600EUR", 60_000),
            ("€600", 60_000),
            ("600 €", 60_000),
        ] {
            assert_eq!(minor(text, "EUR"), Ok(want), "{text}");
        }
        assert_eq!(minor("Rp 5.000.000", "IDR"), Ok(500_000_000));
        assert_eq!(minor("5.000.000 IDR", "IDR"), Ok(500_000_000));
        assert_eq!(minor("2.500.000₫", "VND"), Ok(2_500_000));
        assert_eq!(minor("2,500,000 VND", "VND"), Ok(2_500_000));
        assert_eq!(minor("$350", "USD"), Ok(35_000));
        assert_eq!(minor("¥80,000", "JPY"), Ok(80_000));
        assert_eq!(minor("1.250", "BHD"), Ok(1_250));
    }

    #[test]
    fn another_currency_is_named_in_the_refusal() {
        assert_eq!(
            minor("350 USD", "EUR"),
            Err(FeeProblem::WrongCurrency { found: "USD".into(), expected: cur("EUR") })
        );
        assert_eq!(
            minor("usd350", "EUR"),
            Err(FeeProblem::WrongCurrency { found: "USD".into(), expected: cur("EUR") })
        );
        assert_eq!(minor("$350", "IDR"), Err(FeeProblem::WrongCurrency { found: "USD".into(), expected: cur("IDR") }));
        assert_eq!(minor("€ 20", "VND"), Err(FeeProblem::WrongCurrency { found: "EUR".into(), expected: cur("VND") }));
        // A shared symbol stands for the deal's own currency when it can.
        assert_eq!(minor("$350", "SGD"), Ok(35_000));
        assert_eq!(minor("¥3,000", "CNY"), Ok(300_000));
    }

    #[test]
    fn what_is_no_amount_is_unreadable() {
        for bad in ["", "lots", "-5", "0", "0,00", "6 0 0 x", "350 XYZ", "USD 350 EUR", "600.5055", "1e9"] {
            assert_eq!(minor(bad, "EUR"), Err(FeeProblem::Unreadable), "{bad}");
        }
        // Three digits after one separator group thousands, except for a currency with
        // three minor digits.
        assert_eq!(minor("600.505", "EUR"), Ok(60_050_500));
        assert_eq!(minor("12.345", "BHD"), Ok(12_345));
    }
}
