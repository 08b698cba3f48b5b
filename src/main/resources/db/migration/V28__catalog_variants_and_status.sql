-- Catalog: products have options (size, colour, ...) and variants, each with its own SKU, price, compare-at (sale)
-- price, stock and weight; and a status (draft, active, archived) with an optional publishing time.
--
-- Every product has at least one variant. A product without options has one default variant whose option values are
-- empty and whose SKU is the product's. The product row keeps what listings sort and filter by, kept by the catalog in
-- the transaction that changes a variant: price = the lowest price of its variants, max_price = the highest,
-- compare_at_price = the compare-at price of the cheapest variant on sale, stock = the sum of its variants' stock.
-- Stock is taken from the variant rows (their CHECK is the last line of defence) and then from the product's sum,
-- always variants first, so that two checkouts lock rows in the same order.

ALTER TABLE products
    ADD COLUMN status           VARCHAR(16)    NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN publish_at       DATETIME(6)    NULL,
    ADD COLUMN max_price        DECIMAL(12, 2) NULL,
    ADD COLUMN compare_at_price DECIMAL(12, 2) NULL,
    ADD CONSTRAINT ck_products_status CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED'));

UPDATE products SET max_price = price;

CREATE TABLE product_options (
    product_id BIGINT      NOT NULL,
    position   TINYINT     NOT NULL,
    name       VARCHAR(64) NOT NULL,
    PRIMARY KEY (product_id, position),
    CONSTRAINT fk_product_options_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_product_options_position CHECK (position BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_variants (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id       BIGINT         NOT NULL,
    sku              VARCHAR(64)    NOT NULL,
    option1          VARCHAR(100)   NOT NULL DEFAULT '',
    option2          VARCHAR(100)   NOT NULL DEFAULT '',
    option3          VARCHAR(100)   NOT NULL DEFAULT '',
    price            DECIMAL(12, 2) NOT NULL,
    compare_at_price DECIMAL(12, 2) NULL,
    stock            INT            NOT NULL DEFAULT 0,
    weight_grams     INT            NOT NULL DEFAULT 0,
    position         INT            NOT NULL DEFAULT 1,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    deleted_at       DATETIME(6)    NULL,
    CONSTRAINT uk_product_variants_sku UNIQUE (sku),
    CONSTRAINT fk_product_variants_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_product_variants_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_variants_price CHECK (price >= 0),
    CONSTRAINT ck_product_variants_compare_at CHECK (compare_at_price IS NULL OR compare_at_price >= 0),
    CONSTRAINT ck_product_variants_weight CHECK (weight_grams BETWEEN 0 AND 1000000),
    INDEX ix_product_variants_product (product_id, deleted_at, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO product_variants (product_id, sku, price, stock, weight_grams, position, created_at, updated_at, deleted_at)
SELECT id, sku, price, stock, weight_grams, 1, created_at, updated_at, deleted_at FROM products;

-- Lines name the variant bought; the product stays for what is per product (reviews, recommendations, books).
ALTER TABLE cart_items ADD COLUMN variant_id BIGINT NULL;
UPDATE cart_items c JOIN product_variants v ON v.product_id = c.product_id SET c.variant_id = v.id;
DELETE FROM cart_items WHERE variant_id IS NULL;
ALTER TABLE cart_items MODIFY variant_id BIGINT NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (user_id, variant_id);

ALTER TABLE order_items
    ADD COLUMN variant_id    BIGINT       NULL,
    ADD COLUMN variant_title VARCHAR(310) NOT NULL DEFAULT '';
UPDATE order_items o JOIN product_variants v ON v.product_id = o.product_id SET o.variant_id = v.id;
CREATE INDEX ix_order_items_variant ON order_items (variant_id);

ALTER TABLE return_lines ADD COLUMN variant_id BIGINT NULL;
UPDATE return_lines r JOIN product_variants v ON v.product_id = r.product_id SET r.variant_id = v.id;
ALTER TABLE return_lines MODIFY variant_id BIGINT NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (return_id, variant_id);

ALTER TABLE return_allowances ADD COLUMN variant_id BIGINT NULL;
UPDATE return_allowances a JOIN product_variants v ON v.product_id = a.product_id SET a.variant_id = v.id;
ALTER TABLE return_allowances MODIFY variant_id BIGINT NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (order_id, variant_id);

-- A manual stock change moves one variant's stock; stock_after is that variant's.
ALTER TABLE stock_adjustments ADD COLUMN variant_id BIGINT NULL;
UPDATE stock_adjustments s JOIN product_variants v ON v.product_id = s.product_id SET s.variant_id = v.id;

-- A returned line's name carries its variant's option values: "Trail Shoe (42 / Blue)".
ALTER TABLE return_lines MODIFY product_name VARCHAR(320) NOT NULL;
