-- The operator dashboard's reads. The review SLA lives inside the terms JSON; a generated
-- column exposes it in milliseconds so the review queue can be ordered by when each
-- review falls due (the draft arrived at `updated_at` while a deal is in review).
ALTER TABLE deals ADD COLUMN review_sla_ms INTEGER
    GENERATED ALWAYS AS (CAST(json_extract(terms, '$.review_sla_hours') AS INTEGER) * 3600000) VIRTUAL;
CREATE INDEX deals_review_due ON deals ((updated_at + review_sla_ms)) WHERE stage = 'in_review';
CREATE INDEX deals_campaign_stage_updated ON deals (campaign_id, stage, updated_at);
CREATE INDEX deals_updated ON deals (updated_at);
CREATE INDEX payments_status_paid ON payments (status, paid_at);
CREATE INDEX outbox_recipient ON outbox (recipient_kind, recipient_id, id);
CREATE INDEX outbox_status_created ON outbox (status, created_at);
CREATE INDEX audit_events_at ON audit_events (at);
-- Covering indexes for campaign money: the sums read these instead of the wide deal rows
-- (whose terms JSON would make them table scans).
CREATE INDEX deals_campaign_money ON deals (campaign_id, stage, currency, fee_minor);
CREATE INDEX deals_id_campaign ON deals (id, campaign_id);
CREATE INDEX payments_status_deal ON payments (status, deal_id, currency, amount_minor);
-- Open payments by due date (the overdue and due tabs), without sorting every open one.
CREATE INDEX payments_open_due ON payments (due_at, id) WHERE status IN ('scheduled', 'due');
