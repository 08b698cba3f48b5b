-- Ordering: how an order left the shop (carrier, tracking number and link), and the indexes the admin's
-- order and customer searches use.

-- One shipment per order (no partial shipments yet): the unique key backs the status guard, so two admins
-- shipping the same order at once can never record two shipments. tracking_url is built from the carrier's
-- pattern when the order ships (or given by the admin for an "other" carrier) and kept, so a carrier
-- changing its site later does not rewrite what the customer was told.
CREATE TABLE shipments (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT       NOT NULL,
    carrier         VARCHAR(32)  NOT NULL,
    tracking_number VARCHAR(40)  NULL,
    tracking_url    VARCHAR(500) NULL,
    shipped_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_shipments_order UNIQUE (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Order search: by e-mail (ix_orders_email, V16) and number (primary key) already are index lookups; the
-- ship-to name is searched by prefix, and payment status filters like the fulfilment status does.
ALTER TABLE orders
    ADD INDEX ix_orders_ship_name (ship_full_name, created_at),
    ADD INDEX ix_orders_payment_status_created (payment_status, created_at);

-- Customer list (identity's table; the indexes serve its admin listing): newest first through a covering
-- index walk whatever the page, and name search by prefix (e-mail search uses uk_users_email).
ALTER TABLE users
    ADD INDEX ix_users_role_created (role, deleted_at, created_at, id),
    ADD INDEX ix_users_full_name (full_name);
