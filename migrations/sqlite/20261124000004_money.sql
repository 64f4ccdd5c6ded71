-- Money and results (SQLite): dated exchange rates the operator enters, and the
-- discount code given to each deal. Rates are exact decimals kept as text ("1.0845").

CREATE TABLE fx_rates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_currency TEXT NOT NULL,
    to_currency TEXT NOT NULL,
    rate TEXT NOT NULL,
    rate_date TEXT NOT NULL,
    entered_by INTEGER REFERENCES operators(id),
    entered_at INTEGER NOT NULL,
    UNIQUE (from_currency, to_currency, rate_date)
);

CREATE TABLE discount_codes (
    deal_id INTEGER PRIMARY KEY REFERENCES deals(id),
    code TEXT NOT NULL UNIQUE,
    set_at INTEGER NOT NULL
);

-- The newest snapshot of a deal is found by (deal_id, at DESC, id DESC): the existing
-- metrics_deal_at index already ends in the rowid (= id) on SQLite.
