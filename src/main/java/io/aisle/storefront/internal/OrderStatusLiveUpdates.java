package io.aisle.storefront.internal;

import io.aisle.ordering.OrderStatusChanged;
import io.aisle.ordering.Shipments;
import io.aisle.platform.Fragments;
import io.aisle.platform.LiveEvents;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes an order's new status to its open order pages once the change is committed: the status badge and
 * the note with the carrier and tracking link (rendered by Thymeleaf, so escaped like every page) for htmx
 * to swap in, and the cancel button taken away once the order can no longer be cancelled.
 */
@Component
class OrderStatusLiveUpdates {

    static final String TEMPLATE = "storefront/account/order-status";

    private final LiveEvents live;
    private final Fragments fragments;
    private final Shipments shipments;

    OrderStatusLiveUpdates(LiveEvents live, Fragments fragments, Shipments shipments) {
        this.live = live;
        this.fragments = fragments;
        this.shipments = shipments;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        String topic = "order:" + event.orderId();
        if (live.subscribers(topic) == 0) {
            return;
        }
        // read after commit, so the shipment recorded with the change is there
        Map<String, Object> model = new HashMap<>(Map.of("status", event.to(), "live", true));
        model.put("shipment", shipments.latest(event.orderId()).orElse(null));
        live.publish(topic, "status", fragments.render(TEMPLATE, "live", model));
    }
}
