package io.aisle.returns;

/**
 * A return moved on: {@code REQUESTED} by the customer, {@code APPROVED} or {@code REJECTED} by the admin,
 * {@code RECEIVED} when the goods are back, {@code REFUNDED} when the money went back. Published in the
 * transaction that changes it; {@code userId} is null for a guest's order; {@code note} is the admin's words to the
 * customer (a rejection's reason), or null.
 */
public record ReturnStatusChanged(long returnId, long orderId, Long userId, String email, ReturnStatus status,
        String note) {
}
