package io.aisle.ordering;

import java.math.BigDecimal;

/** What a customer spent (order totals, cancelled orders left out) in a window, and in how many orders. */
public record CustomerSpend(long userId, long orderCount, BigDecimal spend) {
}
