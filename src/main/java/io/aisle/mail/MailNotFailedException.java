package io.aisle.mail;

import io.aisle.platform.ConflictException;

/** Only a mail that gave up can be retried: a pending one is retried anyway, a sent one must not go twice. */
public class MailNotFailedException extends ConflictException {

    public MailNotFailedException(long id, MailStatus status) {
        super("Mail not failed", "Mail " + id + " is " + status.name().toLowerCase()
                + "; only a failed mail can be retried.");
    }
}
