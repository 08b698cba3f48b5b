package io.aisle.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ordering.OrderingApiTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

/**
 * The database is shared with other tests and earlier runs, so totals are compared before and after
 * this test's own orders, and per-product figures are read for this test's own products.
 */
class SalesSummaryApiTests extends OrderingApiTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Test
    void reportsRevenueOrdersUnitsAndTopProductsWithoutCancelledOrders() {
        // equal revenue (900,000) for both, far above anything else a test sells: the newest products lead
        long cheaper = newProduct(CATEGORY, new BigDecimal("300000.00"), 10);
        long dearer = newProduct(CATEGORY, new BigDecimal("900000.00"), 10);
        Customer first = newCustomer();
        Customer second = newCustomer();
        Customer cancelling = newCustomer();
        Map<?, ?> before = summary("?from=" + TODAY + "&to=" + TODAY);

        addToCart(first, cheaper, 2);
        buy(first, dearer, 1);
        buy(second, cheaper, 1);
        long cancelled = buy(cancelling, dearer, 1);
        api.post().uri("/api/v1/orders/{id}/cancel", cancelled).header(HttpHeaders.AUTHORIZATION, cancelling.bearer())
                .exchange().expectStatus().isOk();
        Map<?, ?> after = summary("?from=" + TODAY + "&to=" + TODAY);

        assertThat(money(after.get("revenue")).subtract(money(before.get("revenue")))).isEqualByComparingTo("1800000.00");
        assertThat(number(after, "orderCount") - number(before, "orderCount")).isEqualTo(2);
        assertThat(number(after, "unitsSold") - number(before, "unitsSold")).isEqualTo(4);
        assertThat(money(after.get("averageOrderValue"))).isEqualByComparingTo(money(after.get("revenue"))
                .divide(BigDecimal.valueOf(number(after, "orderCount")), 2, RoundingMode.HALF_UP));
        Map<?, ?> dayBefore = only((List<?>) before.get("revenueByDay"));
        Map<?, ?> dayAfter = only((List<?>) after.get("revenueByDay"));
        assertThat(dayAfter.get("date")).isEqualTo(TODAY);
        assertThat(money(dayAfter.get("revenue")).subtract(money(dayBefore.get("revenue"))))
                .isEqualByComparingTo("1800000.00");
        assertThat(number(dayAfter, "orders") - number(dayBefore, "orders")).isEqualTo(2);
        Map<?, ?> sportsBefore = category(before);
        Map<?, ?> sportsAfter = category(after);
        assertThat(money(sportsAfter.get("revenue")).subtract(money(sportsBefore.get("revenue"))))
                .isEqualByComparingTo("1800000.00");
        assertThat(number(sportsAfter, "units") - number(sportsBefore, "units")).isEqualTo(4);
        List<?> top = (List<?>) after.get("topProducts");
        assertThat(top).hasSizeLessThanOrEqualTo(10);
        assertThat(top).first().satisfies(p -> assertProduct((Map<?, ?>) p, dearer, 1, "900000.00"));
        assertThat(top).element(1).satisfies(p -> assertProduct((Map<?, ?>) p, cheaper, 3, "900000.00"));
    }

    @Test
    void hasEveryDayOfThePeriodWithZerosOnDaysWithoutSales() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<?, ?> report = summary("?from=" + today.minusDays(2) + "&to=" + today.plusDays(3));

        List<?> days = (List<?>) report.get("revenueByDay");
        assertThat(days).extracting("date").containsExactly(today.minusDays(2).toString(),
                today.minusDays(1).toString(), TODAY, today.plusDays(1).toString(), today.plusDays(2).toString(),
                today.plusDays(3).toString());
        assertThat(days.subList(3, 6)).allSatisfy(day -> {
            assertThat(money(((Map<?, ?>) day).get("revenue"))).isZero();
            assertThat(((Map<?, ?>) day).get("orders")).isEqualTo(0);
        });
    }

    @Test
    void coversTheLast30DaysByDefault() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<?, ?> report = summary("");

        assertThat(report.get("from")).isEqualTo(today.minusDays(29).toString());
        assertThat(report.get("to")).isEqualTo(TODAY);
        assertThat((List<?>) report.get("revenueByDay")).hasSize(30);
    }

    @Test
    void listsProductsThatAreAboutToRunOut() {
        long product = newProduct(CATEGORY, new BigDecimal("1.00"), 0);
        // sorts first among the products without stock, whatever earlier runs left behind
        api.put().uri("/api/v1/products/{id}", product).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", unique("LOW").toUpperCase(), "name", "!!! almost gone " + product,
                        "brand", "Testbrand", "category", CATEGORY, "description", "Low on stock.",
                        "price", 1)).exchange().expectStatus().isOk();
        try {
            List<?> lowStock = (List<?>) summary("").get("lowStock");

            assertThat(lowStock).extracting("stock").allSatisfy(stock -> assertThat((Integer) stock).isBetween(0, 5));
            assertThat(lowStock).anySatisfy(item -> assertThat(item).isEqualTo(Map.of("productId", (int) product,
                    "name", "!!! almost gone " + product, "stock", 0)));
        } finally {
            api.delete().uri("/api/v1/products/{id}", product).header(HttpHeaders.AUTHORIZATION, adminBearer())
                    .exchange().expectStatus().isNoContent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?from=2026-02-10&to=2026-02-09", "?from=2020-01-01&to=2026-01-01", "?from=yesterday"})
    void refusesAnImpossiblePeriodWith400(String query) {
        problemBody(api.get().uri("/api/v1/admin/analytics/summary" + query)
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange(), 400);
    }

    @Test
    void refusesCustomersWith403AndAnonymousCallersWith401() {
        problemBody(api.get().uri("/api/v1/admin/analytics/summary")
                .header(HttpHeaders.AUTHORIZATION, newCustomer().bearer()).exchange(), 403);
        problemBody(api.get().uri("/api/v1/admin/analytics/summary").exchange(), 401);
    }

    private Map<?, ?> summary(String query) {
        return getJson(adminBearer(), "/api/v1/admin/analytics/summary" + query);
    }

    private static void assertProduct(Map<?, ?> product, long id, int units, String revenue) {
        assertThat(product.get("productId")).isEqualTo((int) id);
        assertThat((String) product.get("name")).startsWith("Test product");
        assertThat(product.get("units")).isEqualTo(units);
        assertThat(money(product.get("revenue"))).isEqualByComparingTo(revenue);
    }

    /** The report's line for the test category, zeros if it has none yet. */
    private static Map<?, ?> category(Map<?, ?> report) {
        Map<?, ?> none = Map.of("revenue", 0, "units", 0);
        return ((List<?>) report.get("revenueByCategory")).stream().<Map<?, ?>>map(c -> (Map<?, ?>) c)
                .filter(c -> CATEGORY.equals(c.get("slug")))
                .findFirst().orElse(none);
    }

    private static Map<?, ?> only(List<?> days) {
        assertThat(days).hasSize(1);
        return (Map<?, ?>) days.get(0);
    }

    private static long number(Map<?, ?> json, String field) {
        return ((Number) json.get(field)).longValue();
    }
}
