package io.aisle.returns;

/** A return as requested, and whether it was made earlier by a request with the same idempotency key. */
public record RequestedReturn(Return value, boolean replayed) {
}
