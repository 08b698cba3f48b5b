package io.aisle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.platform.LiveEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The admin dashboard draws its charts from real sales, with Chart.js served by the app itself. */
class AdminDashboardBrowserTests extends BrowserTest {

    /** The admin order feed's topic (admin.internal.OrderFeed). */
    private static final String ORDER_FEED = "admin:orders";

    @Autowired
    private LiveEvents live;

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

    @Test
    void figuresOfAPeriodThatIncludesTodayUpdateWhenAnOrderArrives() {
        long productId = newProduct("books", new BigDecimal("25.00"), 10);
        page = newContext(1440, 900).newPage();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        int listening = live.subscribers(ORDER_FEED);
        page.navigate("/admin");
        page.waitForFunction("() => window.Chart && Chart.getChart('chart-revenue-by-day')");
        String before = page.locator("#kpi-orders .value").innerText();
        // the feed's live connection opens after the page loads
        await().atMost(Duration.ofSeconds(10)).until(() -> live.subscribers(ORDER_FEED) > listening);

        placeOrder(productId, 1);

        assertThat(page.locator("#kpi-orders .value")).not().hasText(before);
        int after = Integer.parseInt(page.locator("#kpi-orders .value").innerText().replace(",", ""));
        assertThat(after).isGreaterThan(Integer.parseInt(before.replace(",", "")));
    }

    private void placeOrder(long productId, int quantity) {
        Customer customer = newCustomer();
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", productId, "quantity", quantity)).exchange().expectStatus().isOk();
        api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", Map.of("fullName", "Chart Customer", "line1", "1 Road", "city", "Town",
                        "region", "VA", "postalCode", "22201", "country", "US")))
                .exchange().expectStatus().isCreated();
    }
}
