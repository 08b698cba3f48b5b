package io.aisle.identity;

import io.aisle.platform.RetryLaterException;
import java.time.Duration;

/**
 * Too many reset or verification mails were asked for this address (or from this client) lately: the next must
 * wait (429). Known and unknown addresses are counted alike, so the answer tells nobody whether an account exists.
 */
public class TooManyMailRequestsException extends RetryLaterException {

    public TooManyMailRequestsException(Duration wait) {
        super(429, "Too Many Requests", "Too many e-mails were asked for lately. Try again in {seconds} s.", wait);
    }
}
