package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of money in the ledger: the charge of an order or its refund, with the provider's reference.
 * A {@link Status#VOIDED} charge is money the provider took for an order that never committed; its
 * {@link Kind#REFUND} row records that it was given back.
 */
public record Payment(long id, long orderId, Kind kind, Status status, BigDecimal amount, String currency,
        String providerReference, Instant createdAt) {

    public enum Kind {
        CHARGE, REFUND
    }

    public enum Status {
        SUCCEEDED, VOIDED
    }
}
