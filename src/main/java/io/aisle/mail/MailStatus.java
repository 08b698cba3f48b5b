package io.aisle.mail;

/**
 * Where a mail is: {@code PENDING} until sent (retried with backoff), {@code SENT}, {@code FAILED} after the last
 * attempt (the admin may retry it), or {@code SKIPPED} when there was nothing left to say at send time.
 */
public enum MailStatus {
    PENDING, SENT, FAILED, SKIPPED
}
