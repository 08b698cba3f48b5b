-- Identity: the customer's address book. Each customer keeps up to 20 addresses; one of them is the
-- default (checkout starts from it). is_default is 1 for the default and NULL for the others, so the
-- unique key (user_id, is_default) lets each customer have exactly one default and any number of others,
-- whatever races between two requests.
-- The one address the profile held until now (users.ship_*) becomes each customer's default address,
-- and the profile columns go: the address book is the only place addresses live.

CREATE TABLE customer_addresses (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    company      VARCHAR(200) NULL,
    line1        VARCHAR(200) NOT NULL,
    line2        VARCHAR(200) NULL,
    city         VARCHAR(100) NOT NULL,
    region       VARCHAR(100) NULL,
    postal_code  VARCHAR(20)  NOT NULL,
    country      CHAR(2)      NOT NULL,
    phone        VARCHAR(40)  NULL,
    is_default   TINYINT      NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT ck_customer_addresses_default CHECK (is_default = 1),
    CONSTRAINT uk_customer_addresses_default UNIQUE (user_id, is_default),
    CONSTRAINT fk_customer_addresses_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO customer_addresses (user_id, full_name, line1, line2, city, postal_code, country, is_default,
                                created_at, updated_at)
SELECT id, COALESCE(ship_full_name, full_name), ship_line1, ship_line2, COALESCE(ship_city, ''),
       COALESCE(ship_postal_code, ''), COALESCE(ship_country, 'US'), 1, updated_at, updated_at
FROM users
WHERE ship_line1 IS NOT NULL AND deleted_at IS NULL;

ALTER TABLE users
    DROP COLUMN ship_full_name,
    DROP COLUMN ship_line1,
    DROP COLUMN ship_line2,
    DROP COLUMN ship_city,
    DROP COLUMN ship_postal_code,
    DROP COLUMN ship_country;
