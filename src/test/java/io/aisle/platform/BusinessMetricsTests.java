package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.assistant.AssistantApiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The business metrics on the operations port's {@code /actuator/prometheus}, moved by real requests: orders placed,
 * replayed and refused by reason, checkout latency, stock conflicts, the catalog cache, live connections, the
 * assistant's calls and training jobs. Other tests share the application, so each test compares a scrape after
 * with one before.
 */
class BusinessMetricsTests extends AssistantApiTest {

    private static final String CHECKOUTS = "aisle_orders_checkouts_total";

    @Autowired
    private LiveEvents live;

    private PrometheusScrape scrape() {
        return PrometheusScrape.parse(management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    @Test
    void countsCheckoutsByOutcomeAndReasonAndTimesThem() {
        PrometheusScrape before = scrape();
        Customer buyer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("12.00"), 1);
        addToCart(buyer, product, 1);
        Customer late = newCustomer();
        addToCart(late, product, 1);
        checkout(buyer, Map.of("shippingAddress", ADDRESS), "key-" + buyer.id()).expectStatus().isCreated();
        checkout(buyer, Map.of("shippingAddress", ADDRESS), "key-" + buyer.id())
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        checkout(late, Map.of("shippingAddress", ADDRESS), null).expectStatus().isEqualTo(409);
        checkout(buyer, Map.of("shippingAddress", ADDRESS), null).expectStatus().isEqualTo(409);
        checkout(buyer, Map.of("shippingAddress", ADDRESS), "k".repeat(101)).expectStatus().isEqualTo(400);
        addToCart(buyer, newProduct(CATEGORY, new BigDecimal("5.00"), 3), 1);
        checkout(buyer, Map.of("shippingAddress", ADDRESS, "paymentToken", "tok_declined"), null)
                .expectStatus().isEqualTo(402);

        PrometheusScrape after = scrape();
        assertThat(moved(before, after, CHECKOUTS, "outcome", "placed")).isEqualTo(1);
        assertThat(moved(before, after, CHECKOUTS, "outcome", "replayed")).isEqualTo(1);
        assertThat(moved(before, after, CHECKOUTS, "outcome", "refused", "reason", "out_of_stock")).isEqualTo(1);
        assertThat(moved(before, after, CHECKOUTS, "outcome", "refused", "reason", "empty_cart")).isEqualTo(1);
        assertThat(moved(before, after, CHECKOUTS, "outcome", "refused", "reason", "validation")).isEqualTo(1);
        assertThat(moved(before, after, CHECKOUTS, "outcome", "refused", "reason", "payment_declined")).isEqualTo(1);
        assertThat(moved(before, after, "aisle_catalog_stock_conflicts_total")).isEqualTo(1);
        assertThat(moved(before, after, "aisle_orders_checkout_seconds_count")).isEqualTo(6);
        assertThat(moved(before, after, "aisle_orders_checkout_seconds_bucket", "outcome", "placed", "le", "+Inf"))
                .as("a histogram Prometheus computes percentiles from").isEqualTo(1);
    }

    private RestTestClient.ResponseSpec checkout(Customer customer, Map<String, ?> body, String idempotencyKey) {
        var request = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer());
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange();
    }

    @Test
    void countsCatalogCacheHitsAndMisses() {
        long product = newProduct(CATEGORY, new BigDecimal("3.00"), 5);
        PrometheusScrape before = scrape();
        getJson(null, "/api/v1/products/{id}", product);
        getJson(null, "/api/v1/products/{id}", product);

        PrometheusScrape after = scrape();
        assertThat(moved(before, after, "cache_gets_total", "cache", "catalog.products", "result", "miss"))
                .isGreaterThanOrEqualTo(1);
        assertThat(moved(before, after, "cache_gets_total", "cache", "catalog.products", "result", "hit"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void gaugesTheLiveConnectionsOfThisInstance() {
        double before = scrape().sum("aisle_live_connections");
        SseEmitter stream = live.subscribe("metrics-test:" + unique("t"));
        try {
            assertThat(scrape().sum("aisle_live_connections")).isGreaterThanOrEqualTo(before + 1);
        } finally {
            stream.complete();
        }
    }

    @Test
    void countsTheAssistantsCallsByProvider() {
        PrometheusScrape before = scrape();
        ask(newCustomer(), "What is your returns policy?");

        assertThat(moved(before, scrape(), "aisle_assistant_calls_total", "provider", "offline", "outcome", "answered"))
                .isEqualTo(1);
    }

    @Test
    void countsTrainingJobsAndTimesThem() {
        PrometheusScrape before = scrape();
        Map<?, ?> started = api.post().uri("/api/v1/insights/train").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("target", "churn")).exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        String job = "/api/v1/insights/jobs/" + started.get("id");
        await().atMost(Duration.ofMinutes(3)).until(() -> List.of("SUCCEEDED", "FAILED").contains(
                getJson(adminBearer(), job).get("status")));

        // the worker publishes the job's end after writing it: the counters follow within moments
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertThat(moved(before, after, "aisle_insights_training_jobs_total", "status", "started"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "aisle_insights_training_jobs_total", "status", "succeeded")
                    + moved(before, after, "aisle_insights_training_jobs_total", "status", "failed"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "aisle_insights_training_duration_seconds_count"))
                    .isGreaterThanOrEqualTo(1);
        });
    }

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
