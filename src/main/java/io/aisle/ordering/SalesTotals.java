package io.aisle.ordering;

import java.math.BigDecimal;

/** Sales over a period: revenue is merchandise (order subtotals, without shipping fees). */
public record SalesTotals(BigDecimal revenue, long orderCount, long unitsSold) {
}
