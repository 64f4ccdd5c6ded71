-- More deadline kinds and overdue flags (issue 7). A deal remembers when it entered its
-- stage (a revision is due a turnaround after changes were asked; the review SLA runs
-- from the draft's arrival) and since when it is overdue; both reset on a stage change.
ALTER TABLE deals ADD COLUMN stage_at BIGINT;
ALTER TABLE deals ADD COLUMN overdue_at BIGINT;
UPDATE deals SET stage_at = updated_at;
-- The back-fill looks for deals with no scheduled rows at all, in any status.
CREATE INDEX reminders_deal ON reminders (deal_id);
-- Overdue deals for the dashboard's attention counts.
CREATE INDEX deals_overdue ON deals (overdue_at) WHERE overdue_at IS NOT NULL;
