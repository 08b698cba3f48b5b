package io.aisle.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.admin.AdminPageTest;
import io.aisle.platform.LiveEvents;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The admin's event streams, subscribed through MockMvc: the listeners publish after the checkout's
 * commit; the instance's event writer sends them once written to the database, moments later.
 */
class LiveUpdatesPageTests extends AdminPageTest {

    private static final Duration WRITTEN = Duration.ofSeconds(10);

    @Autowired
    private LiveEvents live;

    @Autowired
    private OrderFeed orderFeed;

    @Test
    void pushesEveryNewOrderToTheOpenDashboardsAsAFeedItem() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("12.50"), 10);
        Customer customer = newCustomer();
        int before = live.subscribers(OrderFeed.TOPIC);
        MvcResult stream = subscribe("/admin/events/orders");
        assertThat(live.subscribers(OrderFeed.TOPIC)).isEqualTo(before + 1);

        long order = buy(customer, product, 2);

        await().atMost(WRITTEN).untilAsserted(() -> assertThat(content(stream)).contains("event:order\n",
                "data:<li class=\"feed-item\">", "href=\"/admin/orders/" + order + "\"", ">Order #" + order + "<",
                customer.email(), "$34.99", "2 items"));
        unsubscribe(stream);
        assertThat(live.subscribers(OrderFeed.TOPIC)).isEqualTo(before);
    }

    @Test
    void pushesTheNewStockLevelOfEachProductAnOrderTakesOrAnAdminAdjusts() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("5.00"), 10);
        MvcResult stream = subscribe("/admin/events/stock");

        buy(newCustomer(), product, 7);
        api.patch().uri("/api/v1/products/{id}/stock", product).header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(java.util.Map.of("delta", -3, "reason", "Breakage")).exchange().expectStatus().isOk();

        await().atMost(WRITTEN).untilAsserted(() -> assertThat(content(stream)).contains(
                "event:stock-" + product + "\ndata:<span class=\"stock-level low\">3</span>",
                "event:stock-" + product + "\ndata:<span class=\"stock-level out\">0</span>"));
        unsubscribe(stream);
    }

    @Test
    void rendersTheFeedItemWithTheCustomersTextEscaped() {
        String item = orderFeed.render(new OrderFeedItem(42, "<script>alert('x')</script>@example.com",
                new BigDecimal("1234.50"), 1, Instant.parse("2026-03-01T09:05:00Z")));

        assertThat(item).startsWith("<li class=\"feed-item\">").endsWith("</li>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;@example.com", "$1,234.50", "1 item",
                        "1 Mar 2026, 09:05 UTC", "href=\"/admin/orders/42\"")
                .doesNotContain("<script>");
    }

    private MvcResult subscribe(String url) throws Exception {
        return mvc.perform(get(url).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(request().asyncStarted())
                .andReturn();
    }

    private static String content(MvcResult stream) throws Exception {
        return stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page goes away: the stream completes and the hub forgets it. */
    private static void unsubscribe(MvcResult stream) {
        stream.getRequest().getAsyncContext().complete();
    }
}
