package io.aisle.platform.security;

import io.aisle.platform.RetryLaterException;
import java.time.Duration;

/** Every slot for checking a password is taken: answered quickly (503) instead of queueing for CPU. */
class PasswordHashingBusyException extends RetryLaterException {

    PasswordHashingBusyException() {
        super(503, "Service Unavailable", "Too many sign-ins are being checked right now. Try again in {seconds} s.",
                Duration.ofSeconds(1));
    }
}
