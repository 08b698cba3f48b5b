package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/** One live order of a customer as it stood at a cutoff: when it was placed and its total (shipping included). */
public record PastOrder(long userId, Instant placedAt, BigDecimal total) {
}
