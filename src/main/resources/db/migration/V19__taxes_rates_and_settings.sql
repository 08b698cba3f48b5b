-- Taxes: the shop's tax rates and its one row of tax settings (module io.aisle.taxes).
--
-- A rate applies to a country, or to one region of it (region = the ISO 3166-2 subdivision code without the
-- country prefix, e.g. 'CA' for California; '' means the whole country), and to one product tax class. At
-- checkout the most specific rate wins: a region's rate replaces the country's rate for that class, and a
-- class with no rate for the address is not taxed. region is '' rather than NULL so that the unique key also
-- keeps country-wide rates to one per class (a unique key lets any number of NULLs in).

CREATE TABLE tax_rates (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country    CHAR(2)       NOT NULL,
    region     VARCHAR(3)    NOT NULL DEFAULT '',
    tax_class  VARCHAR(16)   NOT NULL,
    -- what customers see on the tax line, e.g. 'VAT', 'CA sales tax'
    name       VARCHAR(64)   NOT NULL,
    -- a fraction: 0.0725 is 7.25 %
    rate       DECIMAL(7, 4) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_tax_rates_place_class UNIQUE (country, region, tax_class),
    CONSTRAINT ck_tax_rates_rate CHECK (rate >= 0 AND rate <= 1),
    CONSTRAINT ck_tax_rates_class CHECK (tax_class IN ('standard', 'reduced', 'zero'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exactly one row (id = 1): whether prices are entered with tax included, and whether shipping is taxed
-- (at the standard rate of the delivery address).
CREATE TABLE tax_settings (
    id                 TINYINT     NOT NULL PRIMARY KEY,
    prices_include_tax BOOLEAN     NOT NULL,
    tax_shipping       BOOLEAN     NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    CONSTRAINT ck_tax_settings_one_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seed. The settings keep an existing shop's totals as they were: prices without tax, shipping untaxed.
-- The rates are demo rates, so that the demo shows tax lines (a few US states, Canada's GST and HST provinces,
-- four European VAT countries), chosen so that an order to a plain US address WITHOUT a region stays untaxed
-- as before: the US has region rates only. They are examples, not tax advice: a shop edits them on
-- /admin/taxes or through /api/v1/admin/taxes (docs/taxes.md). They are seeded into a new shop only: a shop that
-- already took orders upgrades without any rate, so no customer's total changes until its admin sets rates.
INSERT INTO tax_settings (id, prices_include_tax, tax_shipping, updated_at)
VALUES (1, FALSE, FALSE, UTC_TIMESTAMP(6));

INSERT INTO tax_rates (country, region, tax_class, name, rate, created_at, updated_at)
SELECT s.country, s.region, s.tax_class, s.name, s.rate, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM (
    SELECT 'US' AS country, 'CA' AS region, 'standard' AS tax_class, 'CA sales tax' AS name, 0.0725 AS rate
    UNION ALL SELECT 'US', 'CA', 'reduced',  'CA sales tax', 0.0725
    UNION ALL SELECT 'US', 'NY', 'standard', 'NY sales tax', 0.0400
    UNION ALL SELECT 'US', 'NY', 'reduced',  'NY sales tax', 0.0400
    UNION ALL SELECT 'US', 'TX', 'standard', 'TX sales tax', 0.0625
    UNION ALL SELECT 'US', 'TX', 'reduced',  'TX sales tax', 0.0625
    UNION ALL SELECT 'US', 'WA', 'standard', 'WA sales tax', 0.0650
    UNION ALL SELECT 'US', 'WA', 'reduced',  'WA sales tax', 0.0650
    UNION ALL SELECT 'CA', '',   'standard', 'GST', 0.0500
    UNION ALL SELECT 'CA', '',   'reduced',  'GST', 0.0500
    UNION ALL SELECT 'CA', '',   'zero',     'GST', 0.0000
    UNION ALL SELECT 'CA', 'ON', 'standard', 'HST', 0.1300
    UNION ALL SELECT 'CA', 'ON', 'reduced',  'HST', 0.1300
    UNION ALL SELECT 'CA', 'NS', 'standard', 'HST', 0.1400
    UNION ALL SELECT 'CA', 'NS', 'reduced',  'HST', 0.1400
    UNION ALL SELECT 'CA', 'NB', 'standard', 'HST', 0.1500
    UNION ALL SELECT 'CA', 'NB', 'reduced',  'HST', 0.1500
    UNION ALL SELECT 'CA', 'NL', 'standard', 'HST', 0.1500
    UNION ALL SELECT 'CA', 'NL', 'reduced',  'HST', 0.1500
    UNION ALL SELECT 'CA', 'PE', 'standard', 'HST', 0.1500
    UNION ALL SELECT 'CA', 'PE', 'reduced',  'HST', 0.1500
    UNION ALL SELECT 'DE', '',   'standard', 'VAT', 0.1900
    UNION ALL SELECT 'DE', '',   'reduced',  'VAT', 0.0700
    UNION ALL SELECT 'DE', '',   'zero',     'VAT', 0.0000
    UNION ALL SELECT 'FR', '',   'standard', 'VAT', 0.2000
    UNION ALL SELECT 'FR', '',   'reduced',  'VAT', 0.0550
    UNION ALL SELECT 'FR', '',   'zero',     'VAT', 0.0000
    UNION ALL SELECT 'GB', '',   'standard', 'VAT', 0.2000
    UNION ALL SELECT 'GB', '',   'reduced',  'VAT', 0.0500
    UNION ALL SELECT 'GB', '',   'zero',     'VAT', 0.0000
    UNION ALL SELECT 'NL', '',   'standard', 'VAT', 0.2100
    UNION ALL SELECT 'NL', '',   'reduced',  'VAT', 0.0900
    UNION ALL SELECT 'NL', '',   'zero',     'VAT', 0.0000
) s
WHERE NOT EXISTS (SELECT 1 FROM orders);
