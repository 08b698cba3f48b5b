package io.aisle.mail;

import io.aisle.platform.NotFoundException;

public class MailNotFoundException extends NotFoundException {

    public MailNotFoundException(long id) {
        super("There is no mail " + id + " in the outbox.");
    }
}
