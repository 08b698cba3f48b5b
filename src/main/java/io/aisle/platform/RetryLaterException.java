package io.aisle.platform;

import java.time.Duration;
import java.util.Map;

/**
 * A refusal that ends by itself: too many attempts, or too busy right now. The answer carries a
 * {@code Retry-After} header and a {@code retryAfter} member with the whole seconds to wait.
 */
public abstract class RetryLaterException extends AisleException {

    private final long retryAfterSeconds;

    protected RetryLaterException(int status, String title, String detail, Duration retryAfter) {
        this(status, title, detail, seconds(retryAfter));
    }

    private RetryLaterException(int status, String title, String detail, long retryAfterSeconds) {
        super(status, title, detail.replace("{seconds}", Long.toString(retryAfterSeconds)),
                Map.of("retryAfter", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds to wait, at least 1 (a client that retries after 0 s would only be refused again). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
