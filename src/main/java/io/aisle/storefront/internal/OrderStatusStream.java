package io.aisle.storefront.internal;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Shipments;
import io.aisle.platform.Fragments;
import io.aisle.platform.LiveEvents;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An order page's live stream of its status. A change that commits between the page's rendering and its
 * subscribing (a payment provider's webhook arriving while the customer comes back from paying) would reach no one,
 * so the page says which status it shows, and a stream that finds the order past it sends the current one at once.
 */
@Component
public class OrderStatusStream {

    static final String TEMPLATE = "storefront/account/order-status";

    private final LiveEvents live;
    private final Fragments fragments;
    private final Shipments shipments;

    OrderStatusStream(LiveEvents live, Fragments fragments, Shipments shipments) {
        this.live = live;
        this.fragments = fragments;
        this.shipments = shipments;
    }

    /**
     * Subscribes to the order's changes; {@code shown} (null: unknown) is the status the page was rendered with,
     * {@code lastEventId} the last event a reconnecting page saw (null: none).
     */
    public SseEmitter open(Order order, OrderStatus shown, String lastEventId) {
        SseEmitter emitter = live.subscribe(topic(order.id()), lastEventId);
        if (shown != null && shown != order.status()) {
            try {
                emitter.send(SseEmitter.event().name("status").data(render(order.id(), order.status())));
            } catch (IOException | IllegalStateException gone) {
                emitter.complete();
            }
        }
        return emitter;
    }

    static String topic(long orderId) {
        return "order:" + orderId;
    }

    /** The fragment a live update swaps in: the badge, the note with the tracking, what no longer applies. */
    String render(long orderId, OrderStatus status) {
        Map<String, Object> model = new HashMap<>(Map.of("status", status, "live", true));
        model.put("shipment", shipments.latest(orderId).orElse(null));
        return fragments.render(TEMPLATE, "live", model);
    }
}
