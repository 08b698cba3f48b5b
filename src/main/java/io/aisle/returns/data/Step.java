package io.aisle.returns.data;

import io.aisle.returns.ReturnStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A return's move to {@code to} at {@code at}, with what that step records (null: nothing). */
public record Step(ReturnStatus to, Instant at, String note, Boolean restock, BigDecimal refundAmount) {

    public static Step to(ReturnStatus to, Instant at) {
        return new Step(to, at, null, null, null);
    }
}
