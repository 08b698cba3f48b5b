package io.aisle.identity;

import io.aisle.platform.ConflictException;

public class EmailTakenException extends ConflictException {

    public EmailTakenException() {
        super("Email already registered", "An account with this email already exists. Sign in instead.");
    }
}
