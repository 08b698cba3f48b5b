-- Ordering: the payment ledger. One row per movement of money: the charge of an order and, later, its
-- refund. A CHARGE row is written in the same transaction as its order, so an order and its charge
-- commit together; money the provider took for an order that never committed (a crash or rollback
-- after the charge) is recorded by reconcile-payments as a VOIDED charge with its REFUND.
-- No foreign key to orders on purpose: a voided charge names the id its rolled-back order had.

CREATE TABLE payments (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id           BIGINT         NOT NULL,
    kind               VARCHAR(8)     NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    amount             DECIMAL(12, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    provider_reference VARCHAR(100)   NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    -- at most one charge and one (full) refund per order; the charge's row is also the lock that keeps
    -- reconciliation and a late checkout from both claiming the same provider charge
    CONSTRAINT uk_payments_order_kind UNIQUE (order_id, kind),
    CONSTRAINT ck_payments_kind CHECK (kind IN ('CHARGE', 'REFUND')),
    CONSTRAINT ck_payments_status CHECK (status IN ('SUCCEEDED', 'VOIDED')),
    INDEX ix_payments_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The simulated payment provider's own books (what a real provider keeps on its side): one charge per
-- order id, the provider-side idempotency key. Written outside the shop's transactions.
CREATE TABLE simulated_provider_charges (
    order_id         BIGINT         NOT NULL PRIMARY KEY,
    reference        VARCHAR(100)   NOT NULL,
    user_id          BIGINT         NOT NULL,
    amount           DECIMAL(12, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    refund_reference VARCHAR(100)   NULL,
    refunded_at      DATETIME(6)    NULL,
    CONSTRAINT uk_simulated_provider_charges_reference UNIQUE (reference),
    INDEX ix_simulated_provider_charges_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Orders paid before the ledger existed: their charges, on both sides of the books.
INSERT INTO payments (order_id, kind, status, amount, currency, provider_reference, created_at)
SELECT id, 'CHARGE', 'SUCCEEDED', total, currency, payment_reference, created_at
FROM orders WHERE payment_reference IS NOT NULL;

INSERT INTO simulated_provider_charges (order_id, reference, user_id, amount, currency, created_at)
SELECT id, payment_reference, user_id, total, currency, created_at
FROM orders WHERE payment_reference LIKE 'sim\_%';
