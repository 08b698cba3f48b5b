-- Tracking: raw behaviour events, the machine learning's input. Append-only.

CREATE TABLE behavior_events (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_type   VARCHAR(32)  NOT NULL,
    user_id      BIGINT       NULL,
    product_id   BIGINT       NULL,
    search_query VARCHAR(500) NULL,
    payload      VARCHAR(2000) NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    INDEX ix_behavior_events_user (user_id, occurred_at),
    INDEX ix_behavior_events_type (event_type, occurred_at),
    INDEX ix_behavior_events_product (product_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
