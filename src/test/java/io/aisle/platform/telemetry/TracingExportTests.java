package io.aisle.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ordering.OrderingApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code AISLE_OTLP_ENDPOINT} set, a request's spans reach the OpenTelemetry collector over OTLP/HTTP, in the
 * trace the caller started ({@code traceparent}). The collector is a fake at the edge; the rest is the whole
 * application. (Its own context: the endpoint's port is only known once the collector listens, hence the system
 * property the endpoint's placeholder reads.)
 */
@TestPropertySource(properties = {
        "AISLE_OTLP_ENDPOINT=http://127.0.0.1:${aisle.test.otlp-port}/v1/traces",
        "management.opentelemetry.tracing.export.schedule-delay=100ms"
})
class TracingExportTests extends OrderingApiTest {

    private static final OtlpCollector COLLECTOR = start();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static OtlpCollector start() {
        try {
            OtlpCollector collector = new OtlpCollector();
            System.setProperty("aisle.test.otlp-port", String.valueOf(collector.port()));
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        COLLECTOR.close();
    }

    @Test
    void exportsTheCheckoutsHttpSpanInTheCallersTraceToTheCollector() {
        Customer buyer = newCustomer();
        addToCart(buyer, newProduct(CATEGORY, new BigDecimal("8.00"), 4), 1);

        api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, buyer.bearer())
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("shippingAddress", ADDRESS)).exchange()
                .expectStatus().isCreated();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(COLLECTOR.spans())
                .filteredOn(span -> span.traceId().equals(TRACE_ID))
                .anySatisfy(span -> {
                    assertThat(span.name()).isEqualToIgnoringCase("http post /api/v1/orders");
                    assertThat(span.attributes()).containsEntry("uri", "/api/v1/orders")
                            .containsEntry("method", "POST").containsEntry("status", "201");
                }));
        assertThat(COLLECTOR.requests()).allMatch(request -> request.equals("POST /v1/traces"));
    }
}
