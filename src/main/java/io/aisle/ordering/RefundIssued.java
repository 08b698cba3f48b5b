package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * Money went back to the customer through the order's payment provider: {@code amount} of the order, the whole
 * rest of it when {@code full}. {@code reference} is the provider's refund reference; {@code reason} says why in
 * words the customer may read (a return, a cancellation). Published in the transaction that records the refund.
 */
public record RefundIssued(long orderId, Long userId, String email, BigDecimal amount, String currency,
        String reference, String reason, boolean full) {
}
