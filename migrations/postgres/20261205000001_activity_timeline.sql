-- The operators' activity timeline (issue 15): deliveries and failures are listed with
-- their deal's campaign and creator, so an outbox row names its deal. Rows about no one
-- deal (the daily digest, a creator out of reach) keep NULL. Existing rows take it from
-- their payload, the notice's `deal` argument.
ALTER TABLE outbox ADD COLUMN deal_id BIGINT;
UPDATE outbox SET deal_id = (payload::jsonb ->> 'deal')::bigint
    WHERE jsonb_typeof(payload::jsonb -> 'deal') = 'number';
CREATE INDEX outbox_deal ON outbox (deal_id, id);
