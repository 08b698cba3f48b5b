-- Promotions: discount codes and automatic promotions, what they were redeemed for, and the counters that
-- make their usage limits exact under concurrent checkouts (see docs/promotions.md).

CREATE TABLE promotions (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200)   NOT NULL,
    -- the code as the admin typed it (shown), and upper-cased (matched, unique): codes are case-insensitive.
    -- No code: the promotion is automatic. MySQL allows any number of NULLs in a unique key.
    code               VARCHAR(64)    NULL,
    code_key           VARCHAR(64)    NULL,
    kind               VARCHAR(16)    NOT NULL,
    -- percent for PERCENTAGE and BUY_X_GET_Y (100 = free), an amount for FIXED_AMOUNT, unused (0) for FREE_SHIPPING
    value              DECIMAL(12, 2) NOT NULL,
    buy_quantity       INT            NULL,
    discounted_quantity       INT            NULL,
    min_subtotal       DECIMAL(12, 2) NULL,
    -- targets, comma-separated: read and written whole with their promotion, never queried by product
    product_ids        VARCHAR(2000)  NULL,
    category_slugs     VARCHAR(2000)  NULL,
    first_order_only   BOOLEAN        NOT NULL DEFAULT FALSE,
    starts_at          DATETIME(6)    NULL,
    ends_at            DATETIME(6)    NULL,
    usage_limit        INT            NULL,
    per_customer_limit INT            NULL,
    stackable          BOOLEAN        NOT NULL DEFAULT FALSE,
    status             VARCHAR(8)     NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    CONSTRAINT uk_promotions_code UNIQUE (code_key),
    CONSTRAINT ck_promotions_kind CHECK (kind IN ('PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y')),
    CONSTRAINT ck_promotions_status CHECK (status IN ('ACTIVE', 'PAUSED')),
    CONSTRAINT ck_promotions_value CHECK (value >= 0),
    CONSTRAINT ck_promotions_limits CHECK ((usage_limit IS NULL OR usage_limit > 0)
        AND (per_customer_limit IS NULL OR per_customer_limit > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per promotion, counted only while the promotion has a usage limit: the guarded
-- UPDATE ... WHERE uses < usage_limit is what lets exactly usage_limit checkouts through. Unlimited
-- promotions leave it alone, so their checkouts never queue on this one row.
CREATE TABLE promotion_counters (
    promotion_id BIGINT NOT NULL PRIMARY KEY,
    uses         INT    NOT NULL DEFAULT 0,
    CONSTRAINT ck_promotion_counters_uses CHECK (uses >= 0),
    CONSTRAINT fk_promotion_counters_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE = InnoDB;

-- Uses per customer (lower-cased e-mail), for promotions with a per-customer limit: one row per
-- customer, so only the same customer's checkouts wait for each other.
CREATE TABLE promotion_customer_uses (
    promotion_id   BIGINT       NOT NULL,
    customer_email VARCHAR(254) NOT NULL,
    uses           INT          NOT NULL,
    PRIMARY KEY (promotion_id, customer_email),
    CONSTRAINT fk_promotion_customer_uses_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each order got from each promotion. No foreign key to orders (ordering's table): written in the
-- order's own transaction, so it commits or rolls back with it. Unique per order: redeemed once.
CREATE TABLE promotion_redemptions (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    promotion_id   BIGINT         NOT NULL,
    order_id       BIGINT         NOT NULL,
    customer_email VARCHAR(254)   NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    redeemed_at    DATETIME(6)    NOT NULL,
    CONSTRAINT uk_promotion_redemptions_order UNIQUE (promotion_id, order_id),
    CONSTRAINT fk_promotion_redemptions_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id),
    INDEX ix_promotion_redemptions_time (promotion_id, redeemed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Demo promotions. Both are codes, so a checkout without a code costs what it did; the automatic
-- "buy 2 books, get 1 free" is seeded PAUSED for the same reason: the admin resumes it to try it.
INSERT INTO promotions (name, code, code_key, kind, value, min_subtotal, first_order_only, per_customer_limit,
                        stackable, status, created_at, updated_at)
VALUES ('Welcome: 10% off your first order', 'WELCOME10', 'WELCOME10', 'PERCENTAGE', 10.00, NULL, TRUE, 1,
        FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('Free shipping from $30', 'FREESHIP', 'FREESHIP', 'FREE_SHIPPING', 0.00, 30.00, FALSE, NULL,
        FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO promotions (name, kind, value, buy_quantity, discounted_quantity, category_slugs, stackable, status,
                        created_at, updated_at)
VALUES ('Books: buy 2, get 1 free', 'BUY_X_GET_Y', 100.00, 2, 1, 'books', FALSE, 'PAUSED',
        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO promotion_counters (promotion_id, uses) SELECT id, 0 FROM promotions;
