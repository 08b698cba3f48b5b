-- Ordering: orders keep a snapshot of what was bought (name, price, category) so that later
-- catalog changes and account deletion never rewrite the shop's books.

CREATE TABLE orders (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT         NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    subtotal          DECIMAL(12, 2) NOT NULL,
    shipping_fee      DECIMAL(12, 2) NOT NULL,
    total             DECIMAL(12, 2) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    item_count        INT            NOT NULL,
    ship_full_name    VARCHAR(200)   NOT NULL,
    ship_line1        VARCHAR(200)   NOT NULL,
    ship_line2        VARCHAR(200)   NULL,
    ship_city         VARCHAR(100)   NOT NULL,
    ship_postal_code  VARCHAR(20)    NOT NULL,
    ship_country      VARCHAR(2)     NOT NULL,
    payment_reference VARCHAR(100)   NULL,
    idempotency_key   VARCHAR(100)   NULL,
    estimated_delivery DATE          NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    shipped_at        DATETIME(6)    NULL,
    delivered_at      DATETIME(6)    NULL,
    cancelled_at      DATETIME(6)    NULL,
    CONSTRAINT uk_orders_idempotency UNIQUE (user_id, idempotency_key),
    INDEX ix_orders_user_created (user_id, created_at),
    INDEX ix_orders_status_created (status, created_at),
    INDEX ix_orders_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_items (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT         NOT NULL,
    product_id    BIGINT         NOT NULL,
    sku           VARCHAR(64)    NOT NULL,
    product_name  VARCHAR(200)   NOT NULL,
    category_slug VARCHAR(64)    NOT NULL,
    category_name VARCHAR(128)   NOT NULL,
    unit_price    DECIMAL(12, 2) NOT NULL,
    quantity      INT            NOT NULL,
    line_total    DECIMAL(12, 2) NOT NULL,
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id),
    INDEX ix_order_items_order (order_id),
    INDEX ix_order_items_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
