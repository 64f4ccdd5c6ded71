//! Payout files: one CSV per currency for the bank or payout provider, and the
//! attribution list (tracking and discount codes) for the shop.
//!
//! Payout columns: `payment_id, deal_id, campaign, creator, kind, amount, currency,
//! due_date, status, reference, paid_at` — amounts as plain decimals in the currency's
//! own digits (`1234.50`, `¥1235` as `1235`, `1.005` BHD), dates in UTC.
//! Attribution columns: `deal_id, campaign, creator, stage, tracking_code, tracking_url,
//! discount_code`.

use std::io::Write;

use linkstar_core::ids::DealId;
use linkstar_core::payment::Payment;
use linkstar_core::stage::Stage;

/// The payout header row.
pub const PAYOUT_HEADER: [&str; 11] = [
    "payment_id",
    "deal_id",
    "campaign",
    "creator",
    "kind",
    "amount",
    "currency",
    "due_date",
    "status",
    "reference",
    "paid_at",
];

/// The attribution header row.
pub const ATTRIBUTION_HEADER: [&str; 7] =
    ["deal_id", "campaign", "creator", "stage", "tracking_code", "tracking_url", "discount_code"];

/// Writes payments as a payout file, header first.
pub struct PayoutWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> PayoutWriter<W> {
    /// Starts a file.
    pub fn new(out: W) -> Result<Self, csv::Error> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(PAYOUT_HEADER)?;
        Ok(Self { inner })
    }

    /// Writes one payment with its campaign and creator names.
    pub fn write(&mut self, p: &Payment, campaign: &str, creator: &str) -> Result<(), csv::Error> {
        let utc = |t: jiff::Timestamp| jiff::tz::TimeZone::UTC.to_datetime(t);
        self.inner.write_record([
            p.id.to_string(),
            p.deal_id.to_string(),
            campaign.to_string(),
            creator.to_string(),
            p.kind.as_str().to_string(),
            p.amount.decimal(),
            p.amount.currency.code().to_string(),
            utc(p.due_at).date().to_string(),
            p.status.as_str().to_string(),
            p.reference.clone().unwrap_or_default(),
            p.paid_at.map(|t| utc(t).strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default(),
        ])
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, csv::Error> {
        self.inner.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

/// One deal's attribution line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionRecord<'a> {
    /// The deal.
    pub deal: DealId,
    /// Campaign name.
    pub campaign: &'a str,
    /// Creator name.
    pub creator: &'a str,
    /// Where the deal is.
    pub stage: Stage,
    /// The tracking code.
    pub tracking_code: &'a str,
    /// The tracking link.
    pub tracking_url: Option<&'a str>,
    /// The discount code.
    pub discount_code: Option<&'a str>,
}

/// Writes the attribution list, header first.
pub fn write_attribution<'a, W: Write>(
    out: W,
    records: impl IntoIterator<Item = AttributionRecord<'a>>,
) -> Result<W, csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ATTRIBUTION_HEADER)?;
    for r in records {
        w.write_record([
            r.deal.to_string().as_str(),
            r.campaign,
            r.creator,
            r.stage.as_str(),
            r.tracking_code,
            r.tracking_url.unwrap_or_default(),
            r.discount_code.unwrap_or_default(),
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkstar_core::ids::{OperatorId, PaymentId};
    use linkstar_core::money::{Currency, Money};
    use linkstar_core::payment::{PaymentKind, PaymentStatus};

    #[test]
    fn payouts_use_each_currencys_digits() {
        let at = |s: &str| s.parse::<jiff::Timestamp>().expect("instant");
        let pay = |id: i64, minor: i64, cur: &str, paid: bool| Payment {
            id: PaymentId(id),
            deal_id: DealId(7),
            kind: PaymentKind::Balance,
            amount: Money::new(minor, Currency::parse(cur).expect("currency")),
            due_at: at("2026-12-12T15:00:00Z"),
            status: if paid { PaymentStatus::Paid } else { PaymentStatus::Due },
            reference: paid.then(|| "SEPA-1".to_string()),
            paid_by: paid.then_some(OperatorId(4)),
            paid_at: paid.then(|| at("2026-12-13T08:30:00Z")),
        };
        let mut w = PayoutWriter::new(Vec::new()).expect("writer");
        w.write(&pay(1, 1_001, "BHD", false), "Glow, Launch", "Ana").expect("row");
        w.write(&pay(2, 1_235, "JPY", true), "Glow", "Bea").expect("row");
        let text = String::from_utf8(w.finish().expect("finish")).expect("utf8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], PAYOUT_HEADER.join(","));
        assert_eq!(lines[1], "1,7,\"Glow, Launch\",Ana,balance,1.001,BHD,2026-12-12,due,,");
        assert_eq!(lines[2], "2,7,Glow,Bea,balance,1235,JPY,2026-12-12,paid,SEPA-1,2026-12-13T08:30:00Z");
    }

    #[test]
    fn attribution_lists_codes() {
        let rec = AttributionRecord {
            deal: DealId(3),
            campaign: "Glow",
            creator: "Ana",
            stage: Stage::Approved,
            tracking_code: "creator-1-deal-3",
            tracking_url: Some("https://shop.example.com/?utm_content=creator-1-deal-3"),
            discount_code: None,
        };
        let text = String::from_utf8(write_attribution(Vec::new(), [rec]).expect("csv")).expect("utf8");
        assert!(text.ends_with(
            "3,Glow,Ana,approved,creator-1-deal-3,https://shop.example.com/?utm_content=creator-1-deal-3,\n"
        ));
    }
}
