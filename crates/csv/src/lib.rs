//! LinkStar's CSV formats. Reading never stops at a bad row: each row yields either a
//! domain value or a [`RowError`] with its line number and reason, so callers keep the
//! good rows and report the rest.

pub mod creators;
pub mod metrics;
pub mod payouts;

/// Why one CSV row was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct RowError {
    /// 1-based line number in the file (the header is line 1).
    pub line: u64,
    /// What is wrong, for the operator.
    pub reason: String,
}

/// Parses a percentage such as `4.25` or `4,25` into basis points (425) without floats.
pub fn percent_to_bp(text: &str) -> Result<u32, String> {
    let t = text.trim().trim_end_matches('%').replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
    {
        return Err(format!("{text:?} is not a percentage like 4.25"));
    }
    let whole: u32 = whole.parse().map_err(|_| format!("{text:?} is too large"))?;
    let frac: u32 = format!("{frac:0<2}").parse().unwrap_or(0);
    let bp =
        whole.checked_mul(100).and_then(|w| w.checked_add(frac)).ok_or_else(|| format!("{text:?} is too large"))?;
    if bp > 10_000 {
        return Err(format!("{text:?} is above 100 %"));
    }
    Ok(bp)
}

/// Basis points back to a percentage (`425` → `4.25`).
pub fn bp_to_percent(bp: u32) -> String {
    format!("{}.{:02}", bp / 100, bp % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_trip_in_basis_points() {
        assert_eq!(percent_to_bp("4.25"), Ok(425));
        assert_eq!(percent_to_bp("4,5%"), Ok(450));
        assert_eq!(percent_to_bp("12"), Ok(1200));
        assert!(percent_to_bp("4.255").is_err());
        assert!(percent_to_bp("-1").is_err());
        assert!(percent_to_bp("101").is_err());
        assert_eq!(bp_to_percent(425), "4.25");
    }
}
