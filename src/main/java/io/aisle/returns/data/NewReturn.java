package io.aisle.returns.data;

import io.aisle.returns.ReturnReason;
import java.math.BigDecimal;
import java.time.Instant;

/** A return as requested, before it has an id. */
public record NewReturn(long orderId, Long userId, String email, ReturnReason reason, String reasonText, String note,
        BigDecimal shippingRefund, String idempotencyKey, Instant createdAt) {
}
