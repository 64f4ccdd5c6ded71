-- One index over a deal's scheduled rows instead of two: every row is written into
-- each index, and the back-fill writes hundreds of thousands at once. `(deal_id,
-- action)` over all rows serves the back-fill's "has this deal any rows" probe, the
-- cancel of a deal's pending rows and the finish of one action's due rows (a deal has
-- a handful of rows, so the status is checked on the rows themselves).
DROP INDEX reminders_pending_deal;
DROP INDEX reminders_deal;
CREATE INDEX reminders_deal_action ON reminders (deal_id, action);
