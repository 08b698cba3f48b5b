package io.aisle.returns;

/** Where a return is: {@code REQUESTED → APPROVED → RECEIVED → REFUNDED}, or {@code REQUESTED → REJECTED}. */
public enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED
}
