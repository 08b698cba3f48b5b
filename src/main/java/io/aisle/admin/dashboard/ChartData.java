package io.aisle.admin.dashboard;

import io.aisle.admin.internal.HtmlJson;
import io.aisle.analytics.SalesSummary;
import io.aisle.ordering.CategorySales;
import io.aisle.ordering.DailySales;
import io.aisle.ordering.ProductSales;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts as JSON, for {@code <script type="application/json">} blocks that
 * {@code admin-charts.js} reads (the CSP allows no inline script). Every chart is
 * {@code {"labels": [...], "values": [...]}}.
 */
@Component
class ChartData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final HtmlJson json;

    ChartData(HtmlJson json) {
        this.json = json;
    }

    record Series(List<String> labels, List<BigDecimal> values) {
    }

    /** The JSON of each chart. */
    record Charts(String revenueByDay, String revenueByCategory, String topProducts) {
    }

    Charts of(SalesSummary summary) {
        return new Charts(
                write(summary.revenueByDay(), day -> DAY.format(day.date()), DailySales::revenue),
                write(summary.revenueByCategory(), CategorySales::category, CategorySales::revenue),
                write(summary.topProducts(), ProductSales::name, ProductSales::revenue));
    }

    private <T> String write(List<T> rows, Function<T, String> label, Function<T, BigDecimal> value) {
        Series series = new Series(rows.stream().map(label).toList(), rows.stream().map(value).toList());
        return json.write(series);
    }
}
