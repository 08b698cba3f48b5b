-- Insights: training jobs (so any instance can answer "how far is job 12?") and the latest scores of
-- every customer (so retention lists are one indexed query, not a model run per page view).

CREATE TABLE ml_training_jobs (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    targets       VARCHAR(32)   NOT NULL,
    requested_by  VARCHAR(200)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    phase         VARCHAR(64)   NOT NULL,
    rows_done     BIGINT        NOT NULL DEFAULT 0,
    percent       INT           NOT NULL DEFAULT 0,
    message       VARCHAR(2000) NULL,
    outcome       TEXT          NULL,
    created_at    DATETIME(6)   NOT NULL,
    started_at    DATETIME(6)   NULL,
    finished_at   DATETIME(6)   NULL,
    INDEX ix_ml_training_jobs_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ml_customer_scores (
    user_id            BIGINT         NOT NULL PRIMARY KEY,
    churn_probability  DOUBLE         NOT NULL,
    risk_band          VARCHAR(8)     NOT NULL,
    predicted_spend    DECIMAL(12, 2) NOT NULL,
    value_band         VARCHAR(8)     NOT NULL,
    churn_model_id     BIGINT         NOT NULL,
    spend_model_id     BIGINT         NOT NULL,
    scored_at          DATETIME(6)    NOT NULL,
    INDEX ix_ml_customer_scores_risk (risk_band, churn_probability),
    INDEX ix_ml_customer_scores_churn (churn_probability)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
