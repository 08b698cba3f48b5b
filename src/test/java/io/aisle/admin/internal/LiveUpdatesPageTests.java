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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void aDashboardThatReconnectsGetsTheOrdersPlacedAfterTheLastEventItSawAndNothingElse() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 10);
        MvcResult first = subscribe("/admin/events/orders");
        long seen = buy(newCustomer(), product, 1);
        await().atMost(WRITTEN).until(() -> content(first).contains(">Order #" + seen + "<"));
        String lastEventId = lastEventId(content(first));
        unsubscribe(first);

        long missed = buy(newCustomer(), product, 1);
        // written before the page comes back: this instance's writer sent it to no page, and the instance never
        // reads its own events back, so only the replay can bring it
        await().atMost(WRITTEN).until(() -> jdbc.sql("SELECT COUNT(*) FROM live_events WHERE topic = :topic AND data LIKE :order")
                .param("topic", OrderFeed.TOPIC).param("order", "%>Order #" + missed + "<%").query(Long.class).single() == 1);

        String resumed = content(subscribe("/admin/events/orders", lastEventId));
        assertThat(resumed).contains(">Order #" + missed + "<").doesNotContain(">Order #" + seen + "<");
        assertThat(content(subscribe("/admin/events/stock", lastEventId)))
                .as("an event of another topic names a time, and shows nothing of its topic").doesNotContain("Order #");
        for (String nonsense : new String[] {"abc", "-1", "99999999999999999999", "1 OR 1=1", ""}) {
            assertThat(content(subscribe("/admin/events/orders", nonsense))).as(nonsense)
                    .isEqualTo(":connected\n\n");
        }
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
        return subscribe(url, null);
    }

    private MvcResult subscribe(String url, String lastEventId) throws Exception {
        var request = get(url).with(signedInAsAdmin());
        if (lastEventId != null) {
            request.header(LiveEvents.LAST_EVENT_ID, lastEventId);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(request().asyncStarted())
                .andReturn();
    }

    private static String content(MvcResult stream) throws Exception {
        return stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String lastEventId(String events) {
        Matcher id = Pattern.compile("(?m)^id:(\\d+)$").matcher(events);
        String last = null;
        while (id.find()) {
            last = id.group(1);
        }
        assertThat(last).as("events carry their ids").isNotNull();
        return last;
    }

    /** The page goes away: the stream completes and the hub forgets it. */
    private static void unsubscribe(MvcResult stream) {
        stream.getRequest().getAsyncContext().complete();
    }
}
