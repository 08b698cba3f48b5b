package io.aisle.mail;

import java.time.Instant;

/**
 * One mail of the outbox as the admin sees it: {@code template} names the kind of mail, {@code messageId} is the
 * Message-ID header it is sent with (the same on every attempt), {@code lastError} why the last attempt failed.
 */
public record OutboxMail(long id, String template, String recipient, String subject, MailStatus status, int attempts,
        String lastError, String messageId, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
}
