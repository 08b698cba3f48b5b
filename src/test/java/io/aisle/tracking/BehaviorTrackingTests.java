package io.aisle.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import io.aisle.tracking.data.BehaviorEventRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

class BehaviorTrackingTests extends ApiTest {

    @Autowired
    BehaviorTracker tracker;

    @Autowired
    BehaviorEventRepository events;

    @Test
    void recordsSignInProductViewAndSearchOfASignedInCustomer() {
        Customer customer = newCustomer();
        long productId = newProduct("books", new java.math.BigDecimal("12.00"), 5);
        api.get().uri("/api/v1/products/{id}", productId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
        api.get().uri("/api/v1/products?q={q}", "noise cancelling").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        tracker.flush();

        List<BehaviorEvent> recorded = events.findByUser(customer.id(), 10);
        assertThat(recorded).extracting(BehaviorEvent::type)
                .containsExactlyInAnyOrder(EventType.LOGIN, EventType.PRODUCT_VIEW, EventType.SEARCH);
        assertThat(recorded).filteredOn(e -> e.type() == EventType.PRODUCT_VIEW)
                .singleElement().extracting(BehaviorEvent::productId).isEqualTo(productId);
        assertThat(recorded).filteredOn(e -> e.type() == EventType.SEARCH)
                .singleElement().extracting(BehaviorEvent::searchQuery).isEqualTo("noise cancelling");
    }

    @Test
    void recordsCartChangesCheckoutAndCancellation() {
        Customer customer = newCustomer();
        long productId = newProduct("sports", new java.math.BigDecimal("30.00"), 10);
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(java.util.Map.of("productId", productId, "quantity", 2)).exchange().expectStatus().isOk();
        api.delete().uri("/api/v1/cart/items/{id}", productId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().is2xxSuccessful();
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(java.util.Map.of("productId", productId, "quantity", 1)).exchange().expectStatus().isOk();
        Number orderId = (Number) api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(java.util.Map.of("shippingAddress", java.util.Map.of("fullName", "T", "line1", "1 Road",
                        "city", "Town", "region", "VA", "postalCode", "22201", "country", "US")))
                .exchange().expectStatus().isCreated()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("id");
        api.post().uri("/api/v1/orders/{id}/cancel", orderId).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();

        tracker.flush();

        List<BehaviorEvent> recorded = events.findByUser(customer.id(), 20);
        assertThat(recorded).extracting(BehaviorEvent::type).contains(EventType.ADD_TO_CART, EventType.REMOVE_FROM_CART,
                EventType.CHECKOUT, EventType.CANCEL);
        assertThat(recorded).filteredOn(e -> e.type() == EventType.CHECKOUT).singleElement()
                .extracting(BehaviorEvent::payload).asString().contains("\"orderId\":" + orderId).contains("\"units\":1");
    }

    @Test
    void recordsNothingForGuests() {
        long productId = newProduct("books", new java.math.BigDecimal("12.00"), 5);
        long before = jdbc.sql("SELECT COUNT(*) FROM behavior_events WHERE product_id = :id").param("id", productId)
                .query(Long.class).single();
        api.get().uri("/api/v1/products/{id}", productId).exchange().expectStatus().isOk();
        tracker.flush();
        long after = jdbc.sql("SELECT COUNT(*) FROM behavior_events WHERE product_id = :id").param("id", productId)
                .query(Long.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void writesEveryQueuedEventWhenStoppedRightAfterRecording() {
        BehaviorTracker own = new BehaviorTracker(events, new SimpleMeterRegistry());
        long userId = 900_000_000L + System.nanoTime() % 1_000_000;
        own.start();
        IntStream.range(0, 2_000).forEach(i ->
                own.record(new BehaviorEvent(EventType.PRODUCT_VIEW, userId, (long) i, null, null, Instant.now())));
        own.stop();

        long written = jdbc.sql("SELECT COUNT(*) FROM behavior_events WHERE user_id = :userId")
                .param("userId", userId).query(Long.class).single();
        assertThat(written).isEqualTo(2_000);
        events.deleteByUser(userId);
    }
}
