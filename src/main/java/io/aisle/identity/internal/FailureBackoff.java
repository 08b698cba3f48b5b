package io.aisle.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How long failed sign-ins block the next attempt: {@code free} failures in a row cost nothing, each one
 * after that blocks for {@code first}, doubling, never longer than {@code max}. The owner who mistyped is
 * never locked out for long; a guesser gets a handful of tries per {@code max}.
 */
record FailureBackoff(int free, Duration first, Duration max) {

    /** The instant until which the next attempt is refused after {@code failures} failures in a row. */
    Instant blockedUntil(int failures, Instant now) {
        if (failures < free) {
            return now;
        }
        int doublings = Math.min(failures - free, 30);
        long millis = Math.min(max.toMillis(), first.toMillis() << doublings);
        return now.plusMillis(millis);
    }
}
