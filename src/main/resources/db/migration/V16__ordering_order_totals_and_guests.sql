-- Ordering: an order's money broken into lines, shipping, tax and discounts; guest orders; payment status
-- apart from the fulfilment status.
--
-- total = subtotal + shipping_fee - discount_total (+ tax_total when prices exclude tax). subtotal is the
-- lines at their prices as entered; discount_total holds every discount, including one on shipping;
-- tax_total is the tax charged (prices_include_tax = FALSE) or the tax contained in the prices (TRUE).
-- Orders placed before this migration had no tax and no discounts, so the defaults describe them exactly.

ALTER TABLE orders
    MODIFY COLUMN user_id BIGINT NULL,
    -- where the shop writes to about this order: the guest's address, or the customer's at checkout
    ADD COLUMN email                VARCHAR(254)  NULL AFTER user_id,
    -- set for guest orders only; with idempotency_key it keeps a guest's retried checkout to one order
    ADD COLUMN guest_email          VARCHAR(254)  NULL AFTER email,
    -- SHA-256 of the secret in a guest's order link; the link itself is never stored
    ADD COLUMN access_token_hash    CHAR(64)      NULL AFTER guest_email,
    ADD COLUMN payment_status       VARCHAR(24)   NOT NULL DEFAULT 'PAID' AFTER status,
    ADD COLUMN discount_total       DECIMAL(12, 2) NOT NULL DEFAULT 0 AFTER shipping_fee,
    ADD COLUMN tax_total            DECIMAL(12, 2) NOT NULL DEFAULT 0 AFTER discount_total,
    ADD COLUMN prices_include_tax   BOOLEAN       NOT NULL DEFAULT FALSE AFTER tax_total,
    ADD COLUMN shipping_method_id   BIGINT        NULL AFTER prices_include_tax,
    ADD COLUMN shipping_method_name VARCHAR(100)  NULL AFTER shipping_method_id,
    ADD COLUMN ship_company         VARCHAR(200)  NULL AFTER ship_full_name,
    ADD COLUMN ship_region          VARCHAR(100)  NULL AFTER ship_city,
    ADD COLUMN ship_phone           VARCHAR(40)   NULL AFTER ship_country,
    ADD CONSTRAINT uk_orders_guest_idempotency UNIQUE (guest_email, idempotency_key),
    ADD CONSTRAINT uk_orders_access_token UNIQUE (access_token_hash),
    ADD CONSTRAINT ck_orders_customer CHECK (user_id IS NOT NULL OR guest_email IS NOT NULL),
    ADD CONSTRAINT ck_orders_payment_status CHECK (payment_status IN ('PENDING', 'AUTHORIZED', 'PAID',
        'PARTIALLY_REFUNDED', 'REFUNDED')),
    ADD CONSTRAINT ck_orders_money CHECK (subtotal >= 0 AND shipping_fee >= 0 AND discount_total >= 0
        AND tax_total >= 0 AND total >= 0),
    ADD INDEX ix_orders_email (email, created_at);

-- The contact address of the orders placed before: their customer's e-mail (and none for erased accounts).
UPDATE orders o JOIN users u ON u.id = o.user_id
SET o.email = u.email
WHERE o.ship_line1 <> '[erased]';

ALTER TABLE order_items
    ADD COLUMN tax_class VARCHAR(16)    NOT NULL DEFAULT 'standard',
    ADD COLUMN discount  DECIMAL(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN tax       DECIMAL(12, 2) NOT NULL DEFAULT 0,
    ADD COLUMN tax_rate  DECIMAL(7, 4)  NOT NULL DEFAULT 0;

-- The lines under an order's subtotal: each tax (per rate) and each discount (per promotion), as shown to
-- the customer and on the admin's order and CSV. Snapshots: later changes to rates or promotions never
-- rewrite them.
CREATE TABLE order_adjustments (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT         NOT NULL,
    kind         VARCHAR(16)    NOT NULL,
    label        VARCHAR(200)   NOT NULL,
    code         VARCHAR(64)    NULL,
    promotion_id BIGINT         NULL,
    rate         DECIMAL(7, 4)  NULL,
    amount       DECIMAL(12, 2) NOT NULL,
    CONSTRAINT fk_order_adjustments_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_order_adjustments_kind CHECK (kind IN ('TAX', 'DISCOUNT', 'SHIPPING_DISCOUNT')),
    CONSTRAINT ck_order_adjustments_amount CHECK (amount >= 0),
    INDEX ix_order_adjustments_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
