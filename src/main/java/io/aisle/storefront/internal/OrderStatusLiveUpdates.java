package io.aisle.storefront.internal;

import io.aisle.ordering.OrderStatusChanged;
import io.aisle.platform.LiveEvents;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Pushes an order's new status to its open order pages once the change is committed: the status badge
 * (rendered by Thymeleaf, so escaped like every page) for htmx to swap in, and the cancel button taken
 * away once the order can no longer be cancelled.
 */
@Component
class OrderStatusLiveUpdates {

    static final String TEMPLATE = "storefront/account/order-status";

    private final LiveEvents live;
    private final ITemplateEngine templates;

    OrderStatusLiveUpdates(LiveEvents live, ITemplateEngine templates) {
        this.live = live;
        this.templates = templates;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        String topic = "order:" + event.orderId();
        if (live.subscribers(topic) == 0) {
            return;
        }
        Context context = new Context(Locale.ENGLISH, Map.of("status", event.to(), "live", true));
        live.publish(topic, "status", templates.process(TEMPLATE, Set.of("live"), context));
    }
}
