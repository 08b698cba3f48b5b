package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of money in the ledger: the charge of an order or one of its refunds, with the provider's reference.
 * A {@link Status#VOIDED} charge is money the provider took for an order that never committed; its
 * {@link Kind#REFUND} row records that it was given back. A refund is {@link Status#PENDING} from the moment the
 * shop decided it until the provider confirmed it (then {@code providerReference} is the refund's); {@code reason}
 * says why in the customer's words.
 */
public record Payment(long id, long orderId, Kind kind, Status status, BigDecimal amount, String currency,
        String providerReference, Instant createdAt, String reason) {

    public enum Kind {
        CHARGE, REFUND
    }

    public enum Status {
        PENDING, SUCCEEDED, VOIDED, FAILED
    }
}
