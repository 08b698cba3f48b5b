-- Ordering: real payment providers, stock held while a payment is pending, partial refunds (issue 12).

-- The fulfilment status no longer names the money: PAID becomes CONFIRMED, and PENDING is an order waiting for its
-- customer to finish paying with the provider (it holds its stock until reserved_until).
UPDATE orders SET status = 'CONFIRMED' WHERE status = 'PAID';

ALTER TABLE orders
    ADD COLUMN payment_provider VARCHAR(16)   NOT NULL DEFAULT 'simulated' AFTER payment_status,
    -- the provider's id of the payment while it is open (a Stripe PaymentIntent); unique, as webhooks find their
    -- order by it
    ADD COLUMN payment_intent   VARCHAR(100)  NULL AFTER payment_provider,
    ADD COLUMN reserved_until   DATETIME(6)   NULL,
    ADD COLUMN refunded_total   DECIMAL(12, 2) NOT NULL DEFAULT 0.00,
    ADD CONSTRAINT uk_orders_payment_intent UNIQUE (payment_intent),
    ADD INDEX ix_orders_reservations (status, reserved_until),
    DROP CONSTRAINT ck_orders_payment_status,
    -- VOIDED: the payment was called off before it took money (a failed or abandoned payment)
    ADD CONSTRAINT ck_orders_payment_status CHECK (payment_status IN ('PENDING', 'AUTHORIZED', 'PAID',
        'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED'));

-- The ledger takes any number of refunds per order (partial ones, a return's, a cancellation's), each once per
-- request key; an order still has at most one charge. A refund is written PENDING before the provider is asked and
-- SUCCEEDED once it answered, so a crash in between leaves a row that the next try (same key) completes.
ALTER TABLE payments
    DROP INDEX uk_payments_order_kind,
    ADD COLUMN request_key VARCHAR(120) NULL,
    ADD COLUMN reason      VARCHAR(200) NULL,
    ADD COLUMN charge_of   BIGINT AS (CASE WHEN kind = 'CHARGE' THEN order_id END) STORED,
    ADD CONSTRAINT uk_payments_charge UNIQUE (charge_of),
    ADD CONSTRAINT uk_payments_request UNIQUE (order_id, request_key),
    DROP CONSTRAINT ck_payments_status,
    ADD CONSTRAINT ck_payments_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'VOIDED', 'FAILED'));

-- The simulated provider's partial refunds, one per request key (a real provider's idempotency key).
CREATE TABLE simulated_provider_refunds (
    reference   VARCHAR(100)   NOT NULL PRIMARY KEY,
    order_id    BIGINT         NOT NULL,
    request_key VARCHAR(120)   NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    CONSTRAINT uk_simulated_provider_refunds_request UNIQUE (request_key),
    INDEX ix_simulated_provider_refunds_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Provider events (webhooks) already handled: the same event delivered twice is handled once.
CREATE TABLE payment_provider_events (
    provider    VARCHAR(16)  NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    type        VARCHAR(60)  NOT NULL,
    reference   VARCHAR(100) NULL,
    received_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (provider, event_id),
    INDEX ix_payment_provider_events_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
