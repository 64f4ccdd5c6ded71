-- Scheduled reminders and automatic transitions (issue 7). One row per planned send;
-- the operations that change a deal's deadlines cancel and re-plan its pending rows.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    creator_id INTEGER NOT NULL REFERENCES creators(id),
    action TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    send_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    lease_owner TEXT,
    lease_until INTEGER,
    created_at INTEGER NOT NULL,
    done_at INTEGER
);
CREATE INDEX reminders_pending_due ON reminders (send_at) WHERE status = 'pending';
CREATE INDEX reminders_pending_deal ON reminders (deal_id, action) WHERE status = 'pending';
