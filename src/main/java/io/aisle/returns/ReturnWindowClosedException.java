package io.aisle.returns;

import io.aisle.platform.ConflictException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The order was delivered longer ago than the return window: says until when a return was possible. */
public class ReturnWindowClosedException extends ConflictException {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public ReturnWindowClosedException(long orderId, Instant until) {
        super("Return window closed", "Order " + orderId + " could be returned until " + DAY.format(until)
                + " (UTC).", Map.of("returnableUntil", until.toString()));
    }
}
