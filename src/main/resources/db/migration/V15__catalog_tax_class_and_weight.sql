-- Catalog: what checkout needs to price a product beyond its price. The tax class picks the tax rate
-- (taxes module: standard, reduced, zero); the weight in grams feeds shipping rates by weight band.
-- Existing products are standard-rated and weigh nothing until the admin says otherwise.

ALTER TABLE products
    ADD COLUMN tax_class    VARCHAR(16) NOT NULL DEFAULT 'standard',
    ADD COLUMN weight_grams INT         NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_products_weight CHECK (weight_grams BETWEEN 0 AND 1000000);
