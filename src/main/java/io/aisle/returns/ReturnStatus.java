package io.aisle.returns;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a return is: {@code REQUESTED → APPROVED → RECEIVED → REFUNDED}, or {@code REQUESTED → REJECTED} (also from
 * {@code APPROVED}, as long as the goods are not back). The customer requests; the admin does every other step.
 */
public enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED;

    /** The status a caller names as a filter, in any letter case; blank or null is no filter (null). */
    public static ReturnStatus parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("status", "must be one of " + Arrays.toString(values())));
    }
}
