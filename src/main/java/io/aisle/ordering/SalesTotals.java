package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * Sales over a period: revenue is merchandise (order subtotals, without shipping fees) net of refunds; {@code refunds}
 * is what was given back of those orders (see {@code SalesRepository} for how a refund counts against revenue).
 */
public record SalesTotals(BigDecimal revenue, long orderCount, long unitsSold, BigDecimal refunds) {
}
