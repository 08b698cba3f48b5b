-- Identity: access tokens name their session (the refresh-token family, claim "sid"), and every API
-- request checks that the session still has a live refresh token: one seek on this index.
CREATE INDEX ix_refresh_tokens_family_live ON refresh_tokens (family_id, revoked_at);

-- Web sessions signed in before this instant are over (a password change, an account deletion).
ALTER TABLE users ADD COLUMN sessions_valid_after DATETIME(6) NULL;

-- Failed sign-ins per account, shared by every instance. The account is the SHA-256 of the normalized
-- email, so unknown emails are throttled alike without being stored in clear.
CREATE TABLE login_failures (
    account_hash    CHAR(64)    NOT NULL PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failed_at  DATETIME(6) NOT NULL,
    blocked_until   DATETIME(6) NOT NULL,
    INDEX ix_login_failures_last (last_failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
