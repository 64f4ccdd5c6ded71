-- Operator alerts (issue 7). One row per brand and operators' local day whose daily
-- digest was queued: inserted in the transaction that queues it, so the digest goes
-- out once a day per brand whatever the number of `serve` processes or restarts.
CREATE TABLE operator_digests (
    brand_id BIGINT NOT NULL REFERENCES brands(id),
    day TEXT NOT NULL,
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (brand_id, day)
);
