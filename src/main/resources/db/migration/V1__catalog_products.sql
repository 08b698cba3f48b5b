-- Catalog: categories, products, reviews and the audit trail of manual stock adjustments.
-- Times are UTC in DATETIME(6); money is DECIMAL(12,2).

CREATE TABLE categories (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_categories_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE products (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku            VARCHAR(64)    NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    brand          VARCHAR(100)   NOT NULL,
    category_id    BIGINT         NOT NULL,
    description    TEXT           NOT NULL,
    price          DECIMAL(12, 2) NOT NULL,
    currency       CHAR(3)        NOT NULL DEFAULT 'USD',
    stock          INT            NOT NULL DEFAULT 0,
    image_url      VARCHAR(500)   NULL,
    rating_average DECIMAL(3, 2)  NOT NULL DEFAULT 0,
    rating_count   INT            NOT NULL DEFAULT 0,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    deleted_at     DATETIME(6)    NULL,
    CONSTRAINT uk_products_sku UNIQUE (sku),
    CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id),
    -- The last line of defence: no code path can take stock below zero.
    CONSTRAINT ck_products_stock CHECK (stock >= 0),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    INDEX ix_products_category_price (category_id, deleted_at, price),
    INDEX ix_products_price (deleted_at, price),
    INDEX ix_products_created (deleted_at, created_at),
    INDEX ix_products_rating (deleted_at, rating_average),
    INDEX ix_products_name (deleted_at, name),
    INDEX ix_products_stock (deleted_at, stock)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reviews (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    rating      TINYINT       NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_reviews_product_user UNIQUE (product_id, user_id),
    CONSTRAINT fk_reviews_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_reviews_rating CHECK (rating BETWEEN 1 AND 5),
    INDEX ix_reviews_product_created (product_id, created_at),
    INDEX ix_reviews_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stock_adjustments (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT       NOT NULL,
    delta       INT          NOT NULL,
    stock_after INT          NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    actor_id    BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_stock_adjustments_product FOREIGN KEY (product_id) REFERENCES products (id),
    INDEX ix_stock_adjustments_product (product_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
