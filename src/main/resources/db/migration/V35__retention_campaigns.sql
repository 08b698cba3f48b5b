-- Retention campaigns (issue 15): offers to valuable customers at risk, with a random control group, and the
-- state each member's offer is in, so that sending resumes after a crash and gives every member one code and one
-- mail at most (see docs/ml.md "Retention campaigns").

CREATE TABLE retention_campaigns (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the submission that started it (the form's or the API's idempotency key): one submission, one campaign
    request_key           VARCHAR(64)    NOT NULL,
    name                  VARCHAR(200)   NOT NULL,
    min_churn_probability DOUBLE         NOT NULL,
    min_predicted_spend   DECIMAL(12, 2) NOT NULL,
    discount_kind         VARCHAR(16)    NOT NULL,
    discount_value        DECIMAL(12, 2) NOT NULL,
    code_valid_days       INT            NOT NULL,
    horizon_days          INT            NOT NULL,
    control_share         DOUBLE         NOT NULL,
    llm_text              BOOLEAN        NOT NULL,
    -- the seed of the random split into treatment and control, kept so the split can be checked
    seed                  BIGINT         NOT NULL,
    started_by            VARCHAR(254)   NULL,
    started_at            DATETIME(6)    NOT NULL,
    horizon_ends_at       DATETIME(6)    NOT NULL,
    codes_expire_at       DATETIME(6)    NOT NULL,
    CONSTRAINT uk_retention_campaigns_request UNIQUE (request_key),
    CONSTRAINT ck_retention_campaigns_kind CHECK (discount_kind IN ('PERCENTAGE', 'FIXED_AMOUNT')),
    CONSTRAINT ck_retention_campaigns_share CHECK (control_share >= 0 AND control_share < 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per customer chosen, with the arm drawn for them and, for the treated, where their offer is:
-- PENDING (to send; a sender's claim holds it until lease_until), OFFERED (code issued and mail written, in one
-- transaction), SKIPPED (no one to send to any more). Control members are CONTROL from the start and get nothing.
-- No foreign key to users: a deleted account's row stays (left_at set), so the report can say who left.
CREATE TABLE retention_members (
    campaign_id       BIGINT         NOT NULL,
    user_id           BIGINT         NOT NULL,
    arm               VARCHAR(9)     NOT NULL,
    churn_probability DOUBLE         NOT NULL,
    predicted_spend   DECIMAL(12, 2) NOT NULL,
    state             VARCHAR(8)     NOT NULL,
    attempts          INT            NOT NULL DEFAULT 0,
    claim_token       VARCHAR(36)    NULL,
    lease_until       DATETIME(6)    NULL,
    promotion_id      BIGINT         NULL,
    code              VARCHAR(64)    NULL,
    llm_written       BOOLEAN        NULL,
    offered_at        DATETIME(6)    NULL,
    left_at           DATETIME(6)    NULL,
    PRIMARY KEY (campaign_id, user_id),
    CONSTRAINT fk_retention_members_campaign FOREIGN KEY (campaign_id) REFERENCES retention_campaigns (id),
    CONSTRAINT ck_retention_members_arm CHECK (arm IN ('TREATMENT', 'CONTROL')),
    CONSTRAINT ck_retention_members_state CHECK (state IN ('CONTROL', 'PENDING', 'OFFERED', 'SKIPPED')),
    INDEX ix_retention_members_due (state, lease_until),
    INDEX ix_retention_members_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one row every campaign start writes first: starts take turns, so a customer already in a campaign whose
-- horizon is still running is never chosen again by a start at the same moment (two admins, two instances). A write,
-- not only a locking read, so that on a Galera cluster two starts on two nodes conflict too (one is refused).
CREATE TABLE retention_start_lock (
    id     INT    NOT NULL PRIMARY KEY,
    starts BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB;
INSERT INTO retention_start_lock (id, starts) VALUES (1, 0);
