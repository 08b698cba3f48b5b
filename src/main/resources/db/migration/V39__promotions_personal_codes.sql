-- Personal codes (retention campaigns): a code only one customer may redeem, once. customer_email (lower case) is
-- the customer it was issued to; NULL for every other promotion. issue_key names what issued the code (a campaign's
-- member), unique, so issuing the same code twice gives back the first one.
ALTER TABLE promotions
    ADD COLUMN customer_email VARCHAR(254) NULL,
    ADD COLUMN issue_key VARCHAR(100) NULL,
    ADD CONSTRAINT uk_promotions_issue_key UNIQUE (issue_key);
