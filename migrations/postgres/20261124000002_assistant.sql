-- The creator assistant and the delivery worker.

-- What the assistant remembers about a chat between messages (dialogue state as JSON,
-- the language code the chat platform reports for the user).
CREATE TABLE chat_conversations (
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    state TEXT NOT NULL,
    language_code TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, external_id)
);

-- Inbound updates already handled, so a redelivered update changes nothing twice.
CREATE TABLE chat_updates (
    platform TEXT NOT NULL,
    update_id TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (platform, update_id)
);
CREATE INDEX chat_updates_received ON chat_updates (received_at);

-- The worker claims the oldest pending message per recipient.
CREATE INDEX outbox_recipient_pending ON outbox (recipient_kind, recipient_id, status, id);
