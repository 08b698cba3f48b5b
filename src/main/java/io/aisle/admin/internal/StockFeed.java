package io.aisle.admin.internal;

import io.aisle.catalog.ProductChanged;
import io.aisle.platform.Fragments;
import io.aisle.platform.LiveEvents;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes a product's new stock level to the open product pages once the change has committed (an order,
 * a cancellation, an adjustment). Every stock cell listens for its own event, {@code stock-<id>}, on one
 * connection per page, and swaps in the level rendered from the product list's {@code stock-level}
 * fragment.
 */
@Component
class StockFeed {

    static final String TOPIC = "admin:stock";

    private final LiveEvents live;
    private final Fragments fragments;

    StockFeed(LiveEvents live, Fragments fragments) {
        this.live = live;
        this.fragments = fragments;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        // a new product is in no open table yet; a deleted one stays on screen until the page reloads
        boolean shown = event.kind() == ProductChanged.Kind.STOCK || event.kind() == ProductChanged.Kind.UPDATED;
        if (!shown) {
            return;
        }
        live.publish(TOPIC, "stock-" + event.productId(), render(event.stock()));
    }

    String render(int stock) {
        return fragments.render("admin/products/list", "stock-level", Map.of("stock", stock));
    }
}
