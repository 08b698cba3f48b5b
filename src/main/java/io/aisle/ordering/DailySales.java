package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Merchandise revenue and number of orders of one UTC day. */
public record DailySales(LocalDate date, BigDecimal revenue, long orders) {
}
