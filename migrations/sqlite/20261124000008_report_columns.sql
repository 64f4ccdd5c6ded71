-- Campaign reports read one row per deal. The payment model is the only part of the terms
-- JSON a report needs; a generated column hands it over as a few bytes of JSON instead of
-- the whole terms text, and the review SLA is already `review_sla_ms` (dashboard migration).
ALTER TABLE deals ADD COLUMN payment_model TEXT
    GENERATED ALWAYS AS (json_extract(terms, '$.payment_model')) VIRTUAL;
-- "The creators of this campaign" (each creator's record across campaigns) without
-- reading the deal rows.
CREATE INDEX deals_campaign_creator ON deals (campaign_id, creator_id);
-- A creator's record across campaigns from the index alone.
CREATE INDEX deals_creator_record ON deals (creator_id, stage, draft_due, change_requests);
