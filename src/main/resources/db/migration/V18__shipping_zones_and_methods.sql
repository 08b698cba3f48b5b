-- Shipping: zones (where the shop ships) and their methods (how, at what price, how fast).
--
-- A zone covers the countries its entries name, an entry optionally narrowed to one region (ISO 3166-2
-- subdivision code without the country, e.g. US + CA). The one rest-of-world zone covers every address no
-- other entry matches. For an address the most specific entry wins: country + region, then country, then
-- rest of world. An entry (country, region) belongs to one zone only; region '' is the whole country, so
-- that the unique key also catches a country named twice (NULLs would not collide).

CREATE TABLE shipping_zones (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    -- TRUE for the rest-of-world zone, NULL for every other: the unique key allows one TRUE and many NULLs
    rest_of_world BOOLEAN      NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_shipping_zones_name UNIQUE (name),
    CONSTRAINT uk_shipping_zones_rest_of_world UNIQUE (rest_of_world),
    CONSTRAINT ck_shipping_zones_rest_of_world CHECK (rest_of_world = TRUE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shipping_zone_countries (
    id      BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    zone_id BIGINT      NOT NULL,
    country CHAR(2)     NOT NULL,
    region  VARCHAR(10) NOT NULL DEFAULT '',
    CONSTRAINT uk_shipping_zone_countries UNIQUE (country, region),
    CONSTRAINT fk_shipping_zone_countries_zone FOREIGN KEY (zone_id) REFERENCES shipping_zones (id) ON DELETE CASCADE,
    INDEX ix_shipping_zone_countries_zone (zone_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A method's price: FLAT is one band from 0; BY_SUBTOTAL bands start at an order subtotal, BY_WEIGHT bands
-- at a total weight in grams. A band runs up to the next band's start; below the first band the method
-- does not apply. free_from: from this subtotal on the method costs nothing, whatever the rate.
CREATE TABLE shipping_methods (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    zone_id    BIGINT         NOT NULL,
    name       VARCHAR(100)   NOT NULL,
    carrier    VARCHAR(100)   NULL,
    pickup     BOOLEAN        NOT NULL DEFAULT FALSE,
    active     BOOLEAN        NOT NULL DEFAULT TRUE,
    sort_order INT            NOT NULL DEFAULT 0,
    rate_kind  VARCHAR(16)    NOT NULL,
    free_from  DECIMAL(12, 2) NULL,
    min_days   INT            NOT NULL,
    max_days   INT            NOT NULL,
    created_at DATETIME(6)    NOT NULL,
    updated_at DATETIME(6)    NOT NULL,
    CONSTRAINT uk_shipping_methods_zone_name UNIQUE (zone_id, name),
    CONSTRAINT fk_shipping_methods_zone FOREIGN KEY (zone_id) REFERENCES shipping_zones (id) ON DELETE CASCADE,
    CONSTRAINT ck_shipping_methods_rate_kind CHECK (rate_kind IN ('FLAT', 'BY_SUBTOTAL', 'BY_WEIGHT')),
    CONSTRAINT ck_shipping_methods_days CHECK (min_days >= 0 AND max_days >= min_days),
    CONSTRAINT ck_shipping_methods_free_from CHECK (free_from IS NULL OR free_from >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- starts_at: a subtotal (BY_SUBTOTAL), grams (BY_WEIGHT, whole numbers) or 0 (FLAT)
CREATE TABLE shipping_rate_bands (
    method_id BIGINT         NOT NULL,
    starts_at DECIMAL(12, 2) NOT NULL,
    price     DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (method_id, starts_at),
    CONSTRAINT fk_shipping_rate_bands_method FOREIGN KEY (method_id) REFERENCES shipping_methods (id) ON DELETE CASCADE,
    CONSTRAINT ck_shipping_rate_bands CHECK (starts_at >= 0 AND price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seeded default reproduces the one rule checkout had before (free from 50.00, else 9.99, 5 days),
-- with a shop's own AISLE_FREE_SHIPPING_THRESHOLD, AISLE_SHIPPING_FEE and AISLE_DELIVERY_DAYS when it had
-- set them (Flyway placeholders; the checksum is taken before they are replaced), as "Standard" everywhere.
-- Express and store pick-up in the United States show the choices; Standard stays the cheapest delivery.
INSERT INTO shipping_zones (name, rest_of_world, created_at, updated_at)
VALUES ('Rest of world', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('United States', NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO shipping_zone_countries (zone_id, country, region)
SELECT id, 'US', '' FROM shipping_zones WHERE name = 'United States';

INSERT INTO shipping_methods (zone_id, name, carrier, pickup, active, sort_order, rate_kind, free_from,
                              min_days, max_days, created_at, updated_at)
SELECT z.id, m.name, NULL, m.pickup, TRUE, m.sort_order, 'FLAT', m.free_from, m.min_days, m.max_days,
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM shipping_zones z
JOIN (SELECT 'Standard' AS name, FALSE AS pickup, 0 AS sort_order, ${freeshippingfrom} AS free_from,
             ${deliverydays} AS min_days, ${deliverydays} AS max_days
      UNION ALL SELECT 'Express', FALSE, 1, NULL, 1, 2
      UNION ALL SELECT 'Store pick-up', TRUE, 2, NULL, 0, 1) m
  ON m.name <> 'Store pick-up' OR z.name = 'United States';

INSERT INTO shipping_rate_bands (method_id, starts_at, price)
SELECT id, 0, CASE name WHEN 'Standard' THEN ${shippingfee} WHEN 'Express' THEN 14.99 ELSE 0 END
FROM shipping_methods;
