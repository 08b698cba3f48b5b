-- Identity: single-use account tokens (password reset, e-mail verification), stored only as the SHA-256 of a
-- 256-bit random secret; a token is spent by one conditional UPDATE (used_at IS NULL AND expires_at > now), so
-- two requests with one token cannot both succeed. A VERIFY token proves the address in `email`, the one it was
-- mailed to: if the account's address is no longer that, the token verifies nothing.
CREATE TABLE account_tokens (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT uk_account_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_account_tokens_purpose CHECK (purpose IN ('RESET', 'VERIFY')),
    INDEX ix_account_tokens_user (user_id, purpose, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the account's current e-mail address was proven (NULL: not yet); whether the customer wants a reminder of
-- a cart they left (opt-in, so off for everyone until they turn it on).
ALTER TABLE users
    ADD COLUMN email_verified_at DATETIME(6) NULL AFTER email,
    ADD COLUMN cart_reminders    BOOLEAN     NOT NULL DEFAULT FALSE;
-- Accounts that exist now (the admin, customers from before verification existed, imported histories) count as
-- verified since they were created: asking every existing customer to verify would lock nobody out but would
-- keep their guest orders away for no gain. From here on a new account starts unverified.
UPDATE users SET email_verified_at = created_at;

-- Shopping: one row per customer cart with the moment it last changed (added, changed, removed, emptied by an
-- order): cart_items.updated_at alone misses removals and emptied carts. reminded_change is the changed_at for
-- which a CartAbandoned reminder was published; the conditional UPDATE that sets it makes the reminder once per
-- cart state, on any number of instances.
CREATE TABLE carts (
    user_id          BIGINT      NOT NULL PRIMARY KEY,
    changed_at       DATETIME(6) NOT NULL,
    reminded_change  DATETIME(6) NULL,
    INDEX ix_carts_changed (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO carts (user_id, changed_at)
SELECT user_id, MAX(updated_at) FROM cart_items GROUP BY user_id;
