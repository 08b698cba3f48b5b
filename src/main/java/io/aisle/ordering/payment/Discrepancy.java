package io.aisle.ordering.payment;

/** Something the books disagree on, about one order id, and whether reconciliation repaired it. */
record Discrepancy(long orderId, String finding, boolean repaired) {
}
