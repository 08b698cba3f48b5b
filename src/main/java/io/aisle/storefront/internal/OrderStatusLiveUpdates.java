package io.aisle.storefront.internal;

import io.aisle.ordering.OrderStatusChanged;
import io.aisle.platform.LiveEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes an order's new status to its open order pages once the change is committed: the status badge and
 * the note with the carrier and tracking link (rendered by Thymeleaf, so escaped like every page) for htmx
 * to swap in, and the cancel button taken away once the order can no longer be cancelled.
 */
@Component
class OrderStatusLiveUpdates {

    private final LiveEvents live;
    private final OrderStatusStream stream;

    OrderStatusLiveUpdates(LiveEvents live, OrderStatusStream stream) {
        this.live = live;
        this.stream = stream;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        String topic = OrderStatusStream.topic(event.orderId());
        // rendered after commit, so the shipment recorded with the change is there
        live.publish(topic, "status", stream.render(event.orderId(), event.to()));
    }
}
