-- Personal codes (retention campaigns): a code only one customer account may redeem, once. customer_user_id is the
-- account it was issued to (an account, not an e-mail text: a guest checkout with the owner's address gets nothing, and
-- an owner who changes their address keeps the code); NULL for every other promotion. issue_key names what issued
-- the code (a campaign's member), unique, so issuing the same code twice gives back the first one.
ALTER TABLE promotions
    ADD COLUMN customer_user_id BIGINT NULL,
    ADD COLUMN issue_key VARCHAR(100) NULL,
    ADD CONSTRAINT uk_promotions_issue_key UNIQUE (issue_key),
    ADD INDEX ix_promotions_customer_user (customer_user_id);
