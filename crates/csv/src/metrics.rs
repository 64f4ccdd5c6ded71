//! Metrics as CSV (`linkstar metrics import`): one snapshot per row, naming its deal by
//! post URL, tracking code (or tracking link) or discount code.
//!
//! Columns (any order; only a key column and one figure are needed): `post_url,
//! tracking_code, discount_code, at, views, likes, comments, shares, saves, clicks,
//! conversions, revenue`. `at` is a date or RFC 3339 time (default: the import's time);
//! `revenue` is a decimal in the deal's currency (`1234.50`, or `1234.50 EUR`). An
//! empty figure means "not measured here": it carries over from the newest snapshot.

use std::io::Read;

use serde::Deserialize;

use linkstar_core::attribution::{DealKey, DiscountCode, parse_tracking_code};
use linkstar_core::checks::parse_post_link;
use linkstar_core::metrics::{FigureUpdate, MetricsEntry};
use linkstar_core::time::parse_instant;

use crate::RowError;

#[derive(Debug, Deserialize)]
struct Row {
    #[serde(default)]
    post_url: String,
    #[serde(default)]
    tracking_code: String,
    #[serde(default)]
    discount_code: String,
    #[serde(default)]
    at: String,
    #[serde(default)]
    views: String,
    #[serde(default)]
    likes: String,
    #[serde(default)]
    comments: String,
    #[serde(default)]
    shares: String,
    #[serde(default)]
    saves: String,
    #[serde(default)]
    clicks: String,
    #[serde(default)]
    conversions: String,
    #[serde(default)]
    revenue: String,
}

fn count(name: &str, text: &str) -> Result<Option<i64>, String> {
    let t = text.trim().replace(['_', ' ', ','], "");
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
        .map(Some)
        .ok_or_else(|| format!("{name} {text:?} is not a whole number of zero or more"))
}

impl Row {
    fn key(&self) -> Result<DealKey, String> {
        let (url, tracking, discount) = (self.post_url.trim(), self.tracking_code.trim(), self.discount_code.trim());
        match (url.is_empty(), tracking.is_empty(), discount.is_empty()) {
            (false, true, true) => {
                parse_post_link(url).map(|p| DealKey::PostUrl(p.url)).map_err(|e| format!("post_url {url:?}: {e}"))
            }
            (true, false, true) => parse_tracking_code(tracking)
                .map(|(c, d)| DealKey::Tracking(c, d))
                .ok_or_else(|| format!("tracking_code {tracking:?} is not like creator-12-deal-345")),
            (true, true, false) => DiscountCode::parse(discount).map(DealKey::Discount).map_err(|e| e.to_string()),
            (true, true, true) => Err("the row names no deal: give post_url, tracking_code or discount_code".into()),
            _ => Err("give only one of post_url, tracking_code and discount_code".into()),
        }
    }

    fn into_entry(self) -> Result<MetricsEntry, String> {
        let key = self.key()?;
        let at = match self.at.trim() {
            "" => None,
            t => Some(parse_instant(t).map_err(|e| e.to_string())?),
        };
        let update = FigureUpdate {
            views: count("views", &self.views)?,
            likes: count("likes", &self.likes)?,
            comments: count("comments", &self.comments)?,
            shares: count("shares", &self.shares)?,
            saves: count("saves", &self.saves)?,
            clicks: count("clicks", &self.clicks)?,
            conversions: count("conversions", &self.conversions)?,
            revenue_minor: None,
        };
        let revenue = Some(self.revenue.trim().to_string()).filter(|r| !r.is_empty());
        if update.is_empty() && revenue.is_none() {
            return Err("the row has no figures".into());
        }
        Ok(MetricsEntry { key, at, update, revenue })
    }
}

/// Reads metrics rows with a header, yielding each row's entry or why it was refused.
pub fn read(input: impl Read) -> impl Iterator<Item = Result<(u64, MetricsEntry), RowError>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::Headers).from_reader(input);
    let headers = reader.headers().cloned();
    let known = ["post_url", "tracking_code", "discount_code"];
    let mut header_error = match &headers {
        Err(e) => Some(RowError { line: 1, reason: format!("unreadable header: {e}") }),
        Ok(h) if !h.iter().any(|c| known.contains(&c)) => Some(RowError {
            line: 1,
            reason: "the header needs a post_url, tracking_code or discount_code column".into(),
        }),
        Ok(_) => None,
    };
    let fatal = header_error.is_some();
    let headers = headers.unwrap_or_default();
    let mut records = reader.into_records();
    std::iter::from_fn(move || {
        if let Some(e) = header_error.take() {
            return Some(Err(e));
        }
        if fatal {
            return None;
        }
        let record = records.next()?;
        Some(match record {
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line());
                Err(RowError { line, reason: format!("malformed CSV: {err}") })
            }
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| p.line());
                // By header name, so columns may come in any order and be left out.
                match rec.deserialize::<Row>(Some(&headers)) {
                    Err(err) => Err(RowError { line, reason: err.to_string() }),
                    Ok(row) => row.into_entry().map(|e| (line, e)).map_err(|reason| RowError { line, reason }),
                }
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_core::ids::{CreatorId, DealId};

    #[test]
    fn good_rows_are_read_and_bad_ones_reported_with_their_line() {
        let text = "post_url,tracking_code,discount_code,at,views,likes,comments,shares,saves,clicks,conversions,revenue\n\
            https://www.tiktok.com/@ana.lima/video/42?x=1,,,2026-12-20,12000,900,40,12,30,,,\n\
            ,creator-1-deal-2,,,,,,,,140,3,89.70\n\
            ,,ana10,2026-12-21T10:00:00Z,,,,,,,5,149.50 EUR\n\
            ,,,,1,,,,,,,\n\
            https://example.com/x,,,,1,,,,,,,\n\
            ,creator-1-deal-2,,,-5,,,,,,,\n\
            ,creator-1-deal-2,ANA10,,1,,,,,,,\n\
            ,creator-1-deal-2,,yesterday,1,,,,,,,\n\
            ,creator-1-deal-2,,,,,,,,,,\n\
            ,creator-1-deal-2,,,1\n";
        let rows: Vec<_> = read(text.as_bytes()).collect();
        let good: Vec<_> = rows.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(good.len(), 3);
        assert_eq!(good[0].0, 2);
        assert_eq!(good[0].1.key, DealKey::PostUrl("https://www.tiktok.com/@ana.lima/video/42".into()));
        assert_eq!((good[0].1.update.views, good[0].1.update.clicks), (Some(12_000), None));
        assert_eq!(good[1].1.key, DealKey::Tracking(CreatorId(1), DealId(2)));
        assert_eq!(good[1].1.revenue.as_deref(), Some("89.70"));
        assert_eq!(good[2].1.key, DealKey::Discount(DiscountCode::parse("ANA10").expect("code")));
        let bad: Vec<(u64, String)> =
            rows.iter().filter_map(|r| r.as_ref().err()).map(|e| (e.line, e.reason.clone())).collect();
        let lines: Vec<u64> = bad.iter().map(|b| b.0).collect();
        assert_eq!(lines, vec![5, 6, 7, 8, 9, 10, 11], "{bad:?}");
        assert!(bad[0].1.contains("names no deal"), "{}", bad[0].1);
        assert!(bad[1].1.contains("post_url"), "{}", bad[1].1);
        assert!(bad[2].1.contains("views"), "{}", bad[2].1);
        assert!(bad[3].1.contains("only one"), "{}", bad[3].1);
        assert!(bad[4].1.contains("yesterday"), "{}", bad[4].1);
        assert!(bad[5].1.contains("no figures"), "{}", bad[5].1);
        assert!(bad[6].1.contains("malformed"), "{}", bad[6].1);
    }

    #[test]
    fn columns_may_come_in_any_order_and_be_left_out() {
        let rows: Vec<_> = read("revenue,discount_code,views\n12.50,ana10,300\n".as_bytes()).collect();
        let (line, entry) = rows[0].as_ref().expect("a good row");
        assert_eq!((*line, entry.update.views, entry.revenue.as_deref()), (2, Some(300), Some("12.50")));
    }

    #[test]
    fn a_header_without_a_key_column_is_one_error() {
        let rows: Vec<_> = read("views,likes\n1,2\n".as_bytes()).collect();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].as_ref().is_err_and(|e| e.line == 1));
    }
}
