-- Identity: accounts and refresh tokens (stored as SHA-256 hashes, never in clear).

CREATE TABLE users (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(100) NULL,
    full_name         VARCHAR(200) NOT NULL,
    phone             VARCHAR(40)  NULL,
    ship_full_name    VARCHAR(200) NULL,
    ship_line1        VARCHAR(200) NULL,
    ship_line2        VARCHAR(200) NULL,
    ship_city         VARCHAR(100) NULL,
    ship_postal_code  VARCHAR(20)  NULL,
    ship_country      VARCHAR(2)   NULL,
    role              VARCHAR(16)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    deleted_at        DATETIME(6)  NULL,
    CONSTRAINT uk_users_email UNIQUE (email),
    INDEX ix_users_role (role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE refresh_tokens (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    family_id   CHAR(36)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_refresh_tokens_user (user_id),
    INDEX ix_refresh_tokens_family (family_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
