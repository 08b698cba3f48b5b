-- Imported real histories (UCI Online Retail, see docs/ml.md).
--
-- Catalog: a category can be unlisted. Imported products live in one unlisted category, are archived
-- (deleted_at set) and therefore never appear in the storefront, its search or the admin's lists.
ALTER TABLE categories ADD COLUMN listed BOOLEAN NOT NULL DEFAULT TRUE;

-- Insights: one row per import run of a transaction file. content_sha256 (of the uncompressed CSV) is
-- unique so the same file cannot be imported twice; a failed run gives it up (set to NULL) so it can be
-- retried. retail_customers maps the file's customer ids to the accounts a run created.
CREATE TABLE retail_imports (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source          VARCHAR(500)  NOT NULL,
    content_sha256  CHAR(64)      NULL,
    status          VARCHAR(16)   NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    summary         VARCHAR(4000) NULL,
    CONSTRAINT uk_retail_imports_content UNIQUE (content_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retail_customers (
    import_id       BIGINT        NOT NULL,
    customer_code   VARCHAR(32)   NOT NULL,
    user_id         BIGINT        NOT NULL,
    PRIMARY KEY (import_id, customer_code),
    CONSTRAINT fk_retail_customers_import FOREIGN KEY (import_id) REFERENCES retail_imports (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
