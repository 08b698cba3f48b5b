-- Shopping: one cart and one wishlist per customer. Product rows belong to the catalog module,
-- so there is no cross-module foreign key; the services check products through the catalog.

CREATE TABLE cart_items (
    user_id    BIGINT      NOT NULL,
    product_id BIGINT      NOT NULL,
    quantity   INT         NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, product_id),
    CONSTRAINT ck_cart_items_quantity CHECK (quantity BETWEEN 1 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wishlist_items (
    user_id    BIGINT      NOT NULL,
    product_id BIGINT      NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
