-- Catalog import and export in Shopify's product CSV format (issue 13). An import run keeps its progress and its
-- report here, so any instance can answer for it; a product's handle (Shopify's name for it in the file) is kept
-- so a re-import finds it again, and an imported image's source URL so the export writes the file it came from.

CREATE TABLE product_import_runs (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    filename      VARCHAR(255)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    phase         VARCHAR(64)   NOT NULL,
    rows_read     INT           NOT NULL DEFAULT 0,
    products      INT           NOT NULL DEFAULT 0,  -- products in the file
    processed     INT           NOT NULL DEFAULT 0,  -- products written so far (in the run's open transaction)
    created_count INT           NOT NULL DEFAULT 0,
    updated_count INT           NOT NULL DEFAULT 0,
    error_count   INT           NOT NULL DEFAULT 0,
    errors        MEDIUMTEXT    NULL,                -- JSON [{row, column, message}], the first 500
    message       VARCHAR(1000) NULL,
    requested_by  VARCHAR(254)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,            -- every progress write: a run silent for minutes was interrupted
    finished_at   DATETIME(6)   NULL,
    CONSTRAINT ck_product_import_runs_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    INDEX ix_product_import_runs_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_handles (
    product_id BIGINT       NOT NULL PRIMARY KEY,
    handle     VARCHAR(200) NOT NULL,
    CONSTRAINT uk_product_handles_handle UNIQUE (handle),
    CONSTRAINT fk_product_handles_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the media module's image ids, only stored (its table is not this module's)
CREATE TABLE product_image_sources (
    image_id   BIGINT        NOT NULL PRIMARY KEY,
    product_id BIGINT        NOT NULL,
    source     VARCHAR(1000) NOT NULL,
    INDEX ix_product_image_sources_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row, locked by each import's transaction first: imports run one after another across all instances, so two
-- imports of one file at once give the catalog the second one finds, never a duplicate product.
CREATE TABLE product_import_lock (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT INTO product_import_lock (id) VALUES (1);
