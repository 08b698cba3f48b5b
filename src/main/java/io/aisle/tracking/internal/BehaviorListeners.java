package io.aisle.tracking.internal;

import io.aisle.catalog.ProductViewed;
import io.aisle.catalog.ProductsSearched;
import io.aisle.catalog.ReviewPosted;
import io.aisle.identity.AccountDeleted;
import io.aisle.identity.UserLoggedIn;
import io.aisle.ordering.OrderCancelled;
import io.aisle.ordering.OrderItem;
import io.aisle.ordering.OrderPlaced;
import io.aisle.shopping.CartItemAdded;
import io.aisle.shopping.CartItemRemoved;
import io.aisle.tracking.BehaviorEvent;
import io.aisle.tracking.BehaviorTracker;
import io.aisle.tracking.EventType;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the modules' events into behaviour events. Events raised inside a transaction are recorded
 * only once it commits ({@code fallbackExecution} records those raised outside one straight away).
 */
@Component
class BehaviorListeners {

    private final BehaviorTracker tracker;
    private final Clock clock;

    BehaviorListeners(BehaviorTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserLoggedIn event) {
        record(EventType.LOGIN, event.userId(), null, null, null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductViewed event) {
        record(EventType.PRODUCT_VIEW, event.userId(), event.productId(), null, null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductsSearched event) {
        record(EventType.SEARCH, event.userId(), null, truncate(event.query(), 500),
                "{\"results\":" + event.resultCount() + "}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewPosted event) {
        record(EventType.REVIEW, event.userId(), event.productId(), null, "{\"rating\":" + event.rating() + "}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CartItemAdded event) {
        record(EventType.ADD_TO_CART, event.userId(), event.productId(), null, "{\"quantity\":" + event.quantity() + "}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CartItemRemoved event) {
        record(EventType.REMOVE_FROM_CART, event.userId(), event.productId(), null, null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderPlaced event) {
        if (event.userId() == null) {
            return; // a guest's order: behaviour is tracked for customers, whose histories the models learn from
        }
        int units = event.items().stream().mapToInt(OrderItem::quantity).sum();
        record(EventType.CHECKOUT, event.userId(), null, null, "{\"orderId\":" + event.orderId() + ",\"total\":"
                + event.total().toPlainString() + ",\"units\":" + units + "}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderCancelled event) {
        if (event.userId() == null) {
            return;
        }
        record(EventType.CANCEL, event.userId(), null, null, "{\"orderId\":" + event.orderId() + "}");
    }

    /** Inside the deleting transaction, so the events go together with the account. */
    @EventListener
    void on(AccountDeleted event) {
        tracker.forget(event.userId());
    }

    void record(EventType type, long userId, Long productId, String query, String payload) {
        tracker.record(new BehaviorEvent(type, userId, productId, query, payload, clock.instant()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
