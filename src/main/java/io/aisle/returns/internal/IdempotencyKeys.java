package io.aisle.returns.internal;

import io.aisle.platform.InvalidRequestException;

/** The {@code Idempotency-Key} header of a return request: absent, or 1 to 100 characters. */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    static String check(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_LENGTH)) {
            throw new InvalidRequestException("The Idempotency-Key header must be 1 to " + MAX_LENGTH
                    + " characters long.");
        }
        return key;
    }
}
