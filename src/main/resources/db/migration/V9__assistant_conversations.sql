-- Assistant: chat conversations and their messages. A customer's conversation has user_id; a guest's
-- has guest_key (a hash of the opaque guest token, never the token) and an expiry. Users belong to
-- identity, so there is no cross-module foreign key; a deleted account's conversations are erased on
-- its AccountDeleted event.

CREATE TABLE assistant_conversations (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT       NULL,
    guest_key      CHAR(64)     NULL,
    title          VARCHAR(120) NOT NULL,
    negative_count INT          NOT NULL DEFAULT 0,
    message_count  INT          NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NULL,
    INDEX ix_assistant_conversations_user (user_id, updated_at),
    INDEX ix_assistant_conversations_guest (guest_key),
    INDEX ix_assistant_conversations_review (negative_count, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assistant_messages (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    content         TEXT          NOT NULL,
    sentiment       VARCHAR(16)   NULL,
    provider        VARCHAR(16)   NULL,
    product_ids     VARCHAR(400)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_assistant_messages_conversation FOREIGN KEY (conversation_id)
        REFERENCES assistant_conversations (id) ON DELETE CASCADE,
    INDEX ix_assistant_messages_conversation (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
