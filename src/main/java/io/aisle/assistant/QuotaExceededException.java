package io.aisle.assistant;

import io.aisle.platform.AisleException;
import java.util.Map;

/** The asker used up their messages (or sent too many too fast): 429, with what to do about it. */
public class QuotaExceededException extends AisleException {

    public QuotaExceededException(String detail, int retryAfterSeconds) {
        super(429, "Too many messages", detail, Map.of("remaining", 0, "retryAfterSeconds", retryAfterSeconds));
    }
}
