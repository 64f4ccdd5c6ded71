-- LinkStar foundation schema (SQLite). Instants are epoch milliseconds (UTC); money is
-- integer minor units plus an ISO 4217 code; flags are 0/1 integers.

CREATE TABLE brands (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    legal_name TEXT NOT NULL,
    default_currency TEXT NOT NULL,
    disclosure_rules TEXT NOT NULL
);

CREATE TABLE operators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    name TEXT NOT NULL,
    username TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    locale TEXT NOT NULL
);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    spec TEXT NOT NULL,
    budget_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    UNIQUE (brand_id, name)
);

-- One row per creator; the three platforms are columns so pool searches need no joins.
-- List values are stored delimited (",es,pt,") so a filter is one LIKE.
CREATE TABLE creators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    languages TEXT NOT NULL,
    preferred_locale TEXT,
    time_zone TEXT NOT NULL,
    categories TEXT NOT NULL,
    audience_countries TEXT NOT NULL,
    rate_card TEXT NOT NULL,
    risk_flags TEXT NOT NULL,
    risky INTEGER NOT NULL,
    rating INTEGER,
    pool_status TEXT NOT NULL,
    tiktok_handle TEXT UNIQUE,
    tiktok_followers INTEGER,
    tiktok_er INTEGER,
    instagram_handle TEXT UNIQUE,
    instagram_followers INTEGER,
    instagram_er INTEGER,
    youtube_handle TEXT UNIQUE,
    youtube_followers INTEGER,
    youtube_er INTEGER,
    top_followers INTEGER NOT NULL,
    top_er INTEGER NOT NULL
);
CREATE INDEX creators_country_top ON creators (country, top_followers);
CREATE INDEX creators_top ON creators (top_followers);
CREATE INDEX creators_country_tiktok ON creators (country, tiktok_followers);
CREATE INDEX creators_country_instagram ON creators (country, instagram_followers);
CREATE INDEX creators_country_youtube ON creators (country, youtube_followers);
CREATE INDEX creators_tiktok ON creators (tiktok_followers);
CREATE INDEX creators_instagram ON creators (instagram_followers);
CREATE INDEX creators_youtube ON creators (youtube_followers);

CREATE TABLE chat_accounts (
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    linked_at INTEGER NOT NULL,
    unreachable INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, external_id)
);
CREATE INDEX chat_accounts_creator ON chat_accounts (creator_id);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    stage TEXT NOT NULL,
    terms TEXT NOT NULL,
    terms_hash TEXT NOT NULL,
    accepted_hash TEXT,
    accepted_at INTEGER,
    accepted_via TEXT,
    counter_fee_minor INTEGER,
    draft_versions INTEGER NOT NULL,
    change_requests INTEGER NOT NULL,
    extra_rounds INTEGER NOT NULL,
    approved_version INTEGER,
    post_url TEXT,
    fee_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    respond_by INTEGER NOT NULL,
    draft_due INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX deals_campaign_stage ON deals (campaign_id, stage);
CREATE INDEX deals_stage ON deals (stage, updated_at);
CREATE INDEX deals_creator ON deals (creator_id);

CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    used_by TEXT
);
CREATE INDEX invites_deal ON invites (deal_id);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    caption TEXT NOT NULL,
    file TEXT,
    problems TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    UNIQUE (deal_id, version)
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    draft_id INTEGER NOT NULL REFERENCES drafts(id),
    decision TEXT NOT NULL,
    notes TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    at INTEGER NOT NULL
);
CREATE INDEX reviews_deal ON reviews (deal_id);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    url TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    verified_at INTEGER,
    removed_at INTEGER
);
CREATE INDEX posts_deal ON posts (deal_id);

CREATE TABLE metrics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    at INTEGER NOT NULL,
    views INTEGER NOT NULL,
    likes INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    shares INTEGER NOT NULL,
    saves INTEGER NOT NULL,
    clicks INTEGER NOT NULL,
    conversions INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX metrics_deal_at ON metrics (deal_id, at);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    kind TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    reference TEXT,
    paid_by INTEGER REFERENCES operators(id),
    paid_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX payments_deal ON payments (deal_id);
CREATE INDEX payments_status_due ON payments (status, due_at);

-- The audit log. Ids are assigned from audit_head inside the writing transaction, so
-- the chain has no gaps; the triggers make the table append-only for LinkStar itself.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    deal_id INTEGER,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_deal ON audit_events (deal_id, id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_kind TEXT NOT NULL,
    recipient_id INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until INTEGER,
    lease_owner TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
