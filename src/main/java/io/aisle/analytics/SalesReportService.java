package io.aisle.analytics;

import io.aisle.catalog.ProductService;
import io.aisle.ordering.DailySales;
import io.aisle.ordering.SalesStatistics;
import io.aisle.ordering.SalesTotals;
import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the admin's sales report from the ordering module's figures and the catalog's stock. */
@Service
public class SalesReportService {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int TOP_PRODUCTS = 10;
    static final int LOW_STOCK_THRESHOLD = 5;
    static final int LOW_STOCK_LIMIT = 50;

    private final SalesStatistics sales;
    private final ProductService products;
    private final Clock clock;

    SalesReportService(SalesStatistics sales, ProductService products, Clock clock) {
        this.sales = sales;
        this.products = products;
        this.clock = clock;
    }

    /**
     * The report of {@code from} to {@code to}, both inclusive; either may be null: {@code to} defaults
     * to today (UTC) and {@code from} to {@value #DEFAULT_DAYS} days up to {@code to}. One read-only
     * transaction, so that every figure comes from the same snapshot.
     */
    @Transactional(readOnly = true)
    public SalesSummary summary(LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
        if (first.isAfter(last)) {
            throw new InvalidRequestException("'from' (" + first + ") must not be after 'to' (" + last + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidRequestException("A report covers at most " + MAX_DAYS + " days.");
        }
        SalesTotals totals = sales.totals(first, last);
        return new SalesSummary(first, last, totals.revenue(), totals.refunds(), totals.orderCount(), average(totals),
                totals.unitsSold(), everyDay(first, last, sales.byDay(first, last)), sales.byCategory(first, last),
                sales.topProducts(first, last, TOP_PRODUCTS),
                products.lowStock(LOW_STOCK_THRESHOLD, LOW_STOCK_LIMIT).stream()
                        .map(p -> new SalesSummary.LowStock(p.id(), p.name(), p.stock()))
                        .toList());
    }

    private static BigDecimal average(SalesTotals totals) {
        return totals.orderCount() == 0 ? BigDecimal.ZERO.setScale(2)
                : totals.revenue().divide(BigDecimal.valueOf(totals.orderCount()), 2, RoundingMode.HALF_UP);
    }

    /** A chart needs every day: the days without sales are filled in with zeros. */
    private static List<DailySales> everyDay(LocalDate first, LocalDate last, List<DailySales> daysWithSales) {
        Map<LocalDate, DailySales> byDate = daysWithSales.stream()
                .collect(Collectors.toMap(DailySales::date, Function.identity()));
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return first.datesUntil(last.plusDays(1))
                .map(day -> byDate.getOrDefault(day, new DailySales(day, none, 0)))
                .toList();
    }
}
