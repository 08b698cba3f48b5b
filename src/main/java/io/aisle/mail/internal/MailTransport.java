package io.aisle.mail.internal;

import jakarta.mail.internet.MimeMessage;

/** Where a finished mail goes: an SMTP server, or an {@code .eml} file when no SMTP server is configured. */
interface MailTransport {

    /** Delivers the outbox's mail {@code outboxId}; throws when it could not (the sender retries). */
    void send(long outboxId, MimeMessage message) throws Exception;

    /** Where mails go, in words for the admin. */
    String describe();
}
