-- Insights: the model registry. Every trained model is recorded with its data window, row counts,
-- holdout metrics, feature list and artifact; at most one model per target is active.

CREATE TABLE ml_models (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target          VARCHAR(16)   NOT NULL,
    algorithm       VARCHAR(64)   NOT NULL,
    trained_at      DATETIME(6)   NOT NULL,
    data_from       DATETIME(6)   NOT NULL,
    data_to         DATETIME(6)   NOT NULL,
    holdout_cutoff  DATETIME(6)   NOT NULL,
    train_rows      INT           NOT NULL,
    test_rows       INT           NOT NULL,
    metrics         VARCHAR(4000) NOT NULL,
    primary_metric  DOUBLE        NOT NULL,
    features        VARCHAR(4000) NOT NULL,
    artifact        VARCHAR(500)  NOT NULL,
    provenance      MEDIUMTEXT    NULL,
    active          BOOLEAN       NOT NULL DEFAULT FALSE,
    activated_at    DATETIME(6)   NULL,
    -- NULL unless active, so the unique key allows any number of inactive models but one active per target
    active_target   VARCHAR(16)   AS (CASE WHEN active THEN target END) STORED,
    CONSTRAINT uk_ml_models_active_target UNIQUE (active_target),
    INDEX ix_ml_models_target_trained (target, trained_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
