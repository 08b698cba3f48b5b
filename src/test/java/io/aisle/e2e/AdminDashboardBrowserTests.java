package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The admin dashboard draws its charts from real sales, with Chart.js served by the app itself. */
class AdminDashboardBrowserTests extends BrowserTest {

    @Test
    void dashboardDrawsRevenueCategoryAndTopProductChartsWithData() {
        placeOrder(newProduct("books", new BigDecimal("25.00"), 10), 2);

        page = newContext(1440, 900).newPage();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        page.navigate("/admin");
        for (String chart : new String[] {"chart-revenue-by-day", "chart-revenue-by-category", "chart-top-products"}) {
            assertThat(page.locator("#" + chart)).isVisible();
            page.waitForFunction("id => window.Chart && Chart.getChart(id) && Chart.getChart(id).data.datasets[0].data.length > 0", chart);
            Object points = page.evaluate("id => Chart.getChart(id).data.datasets[0].data.length", chart);
            assertThat(((Number) points).intValue()).isPositive();
        }
        screenshot(page, "admin-dashboard");
    }

    private void placeOrder(long productId, int quantity) {
        Customer customer = newCustomer();
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", productId, "quantity", quantity)).exchange().expectStatus().isOk();
        api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", Map.of("fullName", "Chart Customer", "line1", "1 Road", "city", "Town",
                        "postalCode", "123", "country", "US")))
                .exchange().expectStatus().isCreated();
    }
}
