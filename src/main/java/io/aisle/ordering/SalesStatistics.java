package io.aisle.ordering;

import io.aisle.ordering.data.SalesRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales figures over orders, for reporting. A period runs from the start of {@code from} to the end of
 * {@code to}, in UTC days. Cancelled orders do not count; revenue is merchandise without shipping fees,
 * so that the breakdowns by day, category and product add up to it.
 */
@Service
public class SalesStatistics {

    private final SalesRepository sales;

    SalesStatistics(SalesRepository sales) {
        this.sales = sales;
    }

    @Transactional(readOnly = true)
    public SalesTotals totals(LocalDate from, LocalDate to) {
        return sales.totals(start(from), end(to));
    }

    /** Only the days that had sales, in date order. */
    @Transactional(readOnly = true)
    public List<DailySales> byDay(LocalDate from, LocalDate to) {
        return sales.byDay(start(from), end(to));
    }

    /** Highest revenue first. */
    @Transactional(readOnly = true)
    public List<CategorySales> byCategory(LocalDate from, LocalDate to) {
        return sales.byCategory(start(from), end(to));
    }

    /** The best-selling products by revenue; on a tie, the newer product first. */
    @Transactional(readOnly = true)
    public List<ProductSales> topProducts(LocalDate from, LocalDate to, int limit) {
        return sales.topProducts(start(from), end(to), limit);
    }

    private static LocalDateTime start(LocalDate day) {
        return day.atStartOfDay();
    }

    private static LocalDateTime end(LocalDate day) {
        return day.plusDays(1).atStartOfDay();
    }
}
