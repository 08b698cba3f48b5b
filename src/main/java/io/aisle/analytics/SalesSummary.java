package io.aisle.analytics;

import io.aisle.ordering.CategorySales;
import io.aisle.ordering.DailySales;
import io.aisle.ordering.ProductSales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales report of the days {@code from} to {@code to} (inclusive, UTC). Revenue is merchandise
 * without shipping fees, net of refunds ({@code refunds} is what was given back of the period's orders; by day too);
 * cancelled orders and orders still waiting for their payment do not count. Category and product figures are
 * before refunds. {@code revenueByDay} has every day of the
 * period, days without sales included.
 */
public record SalesSummary(
        LocalDate from,
        LocalDate to,
        BigDecimal revenue,
        BigDecimal refunds,
        long orderCount,
        BigDecimal averageOrderValue,
        long unitsSold,
        List<DailySales> revenueByDay,
        List<CategorySales> revenueByCategory,
        List<ProductSales> topProducts,
        List<LowStock> lowStock) {

    /** A listed product that is about to run out. */
    public record LowStock(long productId, String name, int stock) {
    }
}
