-- Returns: a customer sends back some lines of a delivered order; the admin approves or rejects it, marks the goods
-- received (back to stock or not) and refunds them (issue 12). Order and product ids are only stored: the orders
-- belong to the ordering module, which this module reads through its services.

CREATE TABLE returns (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT         NOT NULL,
    user_id          BIGINT         NULL,            -- null for a guest's order
    email            VARCHAR(254)   NULL,            -- where the shop writes about it (none for an erased account)
    status           VARCHAR(16)    NOT NULL,
    reason           VARCHAR(24)    NOT NULL,
    reason_text      VARCHAR(500)   NULL,
    customer_note    VARCHAR(1000)  NULL,
    admin_note       VARCHAR(1000)  NULL,
    restock          BOOLEAN        NULL,            -- the admin's choice when the goods came back
    -- the order's shipping (with its tax, less its discount) when this return brings back the rest of the order
    shipping_refund  DECIMAL(12, 2) NOT NULL DEFAULT 0.00,
    refund_amount    DECIMAL(12, 2) NULL,
    refund_reference VARCHAR(100)   NULL,
    idempotency_key  VARCHAR(100)   NULL,
    created_at       DATETIME(6)    NOT NULL,
    approved_at      DATETIME(6)    NULL,
    received_at      DATETIME(6)    NULL,
    refunded_at      DATETIME(6)    NULL,
    rejected_at      DATETIME(6)    NULL,
    CONSTRAINT uk_returns_request UNIQUE (order_id, idempotency_key),
    CONSTRAINT ck_returns_status CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED')),
    CONSTRAINT ck_returns_reason CHECK (reason IN ('WRONG_SIZE', 'DAMAGED', 'NOT_AS_DESCRIBED', 'CHANGED_MIND',
        'OTHER')),
    CONSTRAINT ck_returns_refund CHECK (refund_amount IS NULL OR refund_amount > 0),
    INDEX ix_returns_status (status, id),
    INDEX ix_returns_user (user_id, order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines of a return: the order line (an order has one line per product), how many units, and what they paid.
CREATE TABLE return_lines (
    return_id    BIGINT         NOT NULL,
    product_id   BIGINT         NOT NULL,
    product_name VARCHAR(200)   NOT NULL,             -- as on the order
    quantity    INT            NOT NULL,
    unit_refund DECIMAL(12, 2) NOT NULL,              -- what one unit paid, for display
    amount      DECIMAL(12, 2) NOT NULL,              -- what these units paid, to the cent (sums to the line's paid)
    PRIMARY KEY (return_id, product_id),
    CONSTRAINT fk_return_lines_return FOREIGN KEY (return_id) REFERENCES returns (id),
    CONSTRAINT ck_return_lines_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per order line, the units bought and the units claimed by returns that were not rejected. A request locks its
-- order's rows and raises claimed with a guarded UPDATE, so a unit is never returned twice, whatever requests race;
-- the CHECK backs the guard.
CREATE TABLE return_allowances (
    order_id   BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    bought     INT    NOT NULL,
    claimed    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT ck_return_allowances_claimed CHECK (claimed >= 0 AND claimed <= bought)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
