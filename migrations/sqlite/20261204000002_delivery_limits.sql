-- Delivery limits held at send time (issue 14).
-- Sends to chats that have a budget of their own (an operators' Telegram alert group:
-- 20 a minute), one row per send at the time its answer came back (at the time it left
-- while in flight). Kept in the database so the budget holds across restarts and is
-- shared by every worker; rows older than the budget's window are deleted as new ones
-- are added.
CREATE TABLE chat_sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX chat_sends_chat_at ON chat_sends (chat, at);
-- The last message sent to a recipient, read when a row is claimed: a chat's one-second
-- gap holds across restarts and between workers.
CREATE INDEX outbox_recipient_sent ON outbox (recipient_kind, recipient_id, status, sent_at);
