package io.aisle.admin.internal;

import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.ordering.OrderItem;
import io.aisle.ordering.OrderPlaced;
import io.aisle.platform.Fragments;
import io.aisle.platform.LiveEvents;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes every new order to the dashboards that are open, once the order has committed: an {@code <li>}
 * rendered from the dashboard's own {@code feed-item} fragment, which the page puts on top of its feed.
 */
@Component
class OrderFeed {

    static final String TOPIC = "admin:orders";
    static final String EVENT = "order";

    private final LiveEvents live;
    private final AccountService accounts;
    private final Fragments fragments;

    OrderFeed(LiveEvents live, AccountService accounts, Fragments fragments) {
        this.live = live;
        this.accounts = accounts;
        this.fragments = fragments;
    }

    @TransactionalEventListener
    void on(OrderPlaced event) {
        Map<Long, User> customers = event.userId() == null ? Map.of() : accounts.findAll(List.of(event.userId()));
        int units = event.items().stream().mapToInt(OrderItem::quantity).sum();
        OrderFeedItem item = new OrderFeedItem(event.orderId(), CustomerLabel.of(event.userId(), event.email(), customers),
                event.total(), units, event.placedAt());
        live.publish(TOPIC, EVENT, render(item));
    }

    String render(OrderFeedItem item) {
        return fragments.render("admin/dashboard/index", "feed-item", Map.of("item", item));
    }
}
