-- Mail: the transactional e-mail outbox (issue 12). A row is written by a listener inside the transaction that
-- causes the mail (so a rolled-back order never mails) and sent after commit by whichever instance claims it.

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- what the mail is about, once: an event handled twice writes one row (order-confirmation:42, ...)
    dedupe_key      VARCHAR(191)  NOT NULL,
    template        VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(255)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    -- the small JSON model the template is rendered from at send time; NULL once a mail with a single-use
    -- token (password reset, e-mail verification) was sent
    model           TEXT          NULL,
    -- stable across retries, so a mail that an SMTP server accepted twice can be recognised as one
    message_id      VARCHAR(255)  NOT NULL,
    -- SKIPPED: nothing left to say at send time (a reminder for a cart that was emptied meanwhile)
    status          VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    -- a sender's claim: the row is its own until lease_until, then any sender may take it again (a crash)
    claim_token     VARCHAR(36)   NULL,
    lease_until     DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    -- what was sent, for the admin (not kept for mails with a single-use token)
    body_html       MEDIUMTEXT    NULL,
    body_text       TEXT          NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT uk_mail_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT uk_mail_outbox_message UNIQUE (message_id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_created (created_at)
);
