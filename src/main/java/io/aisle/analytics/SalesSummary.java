package io.aisle.analytics;

import io.aisle.ordering.CategorySales;
import io.aisle.ordering.DailySales;
import io.aisle.ordering.ProductSales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales report of the days {@code from} to {@code to} (inclusive, UTC). Revenue is merchandise
 * without shipping fees; cancelled orders do not count. {@code revenueByDay} has every day of the
 * period, days without sales included.
 */
public record SalesSummary(
        LocalDate from,
        LocalDate to,
        BigDecimal revenue,
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
