-- Live page updates fanned out across instances: every instance writes the events it publishes here and reads
-- the others' (a poll a few times a second), and a reconnecting page resumes after the last event it saw
-- (Last-Event-ID is the id). Rows are kept for a few minutes only.
CREATE TABLE live_events (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic      VARCHAR(120) NOT NULL,
    event      VARCHAR(80)  NOT NULL,
    data       MEDIUMTEXT   NOT NULL,
    origin     VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    KEY live_events_created (created_at),
    KEY live_events_topic (topic, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The assistant's burst limit (messages per minute per customer or guest address), shared by every instance:
-- one row per key, locked while its recent messages are counted, so parallel messages on several instances
-- are admitted one at a time.
CREATE TABLE assistant_burst_keys (
    rate_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    touched_at DATETIME(6)  NOT NULL,
    KEY assistant_burst_keys_touched (touched_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assistant_burst_hits (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rate_key VARCHAR(200) NOT NULL,
    hit_at   DATETIME(6)  NOT NULL,
    KEY assistant_burst_hits_key (rate_key, hit_at),
    KEY assistant_burst_hits_at (hit_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
