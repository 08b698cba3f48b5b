package io.aisle.identity;

import io.aisle.platform.RetryLaterException;
import java.time.Duration;

/** Too many failed sign-ins on this account or from this address: the next try must wait (429). */
public class TooManyAttemptsException extends RetryLaterException {

    public TooManyAttemptsException(Duration wait) {
        super(429, "Too Many Requests", "Too many failed sign-in attempts. Try again in {seconds} s.", wait);
    }
}
