package io.aisle.catalog.search;

import io.aisle.catalog.ProductChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the catalog: loads it at start (after the seed catalog is in),
 * and re-indexes a product once a change to it commits. A stock change leaves the text alone and is
 * ignored. A failure to embed is logged, not thrown: the admin's change stands, search falls back to
 * the words for that product, and the next start embeds it (its text hash is stale).
 */
@Component
@Order(20)
class ProductIndexUpdates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexUpdates.class);

    private final ProductIndex index;

    ProductIndexUpdates(ProductIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.loadAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        if (event.kind() == ProductChanged.Kind.STOCK) {
            return;
        }
        try {
            if (event.kind() == ProductChanged.Kind.DELETED) {
                index.remove(event.productId());
            } else {
                index.refresh(event.productId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not index product {} after its change; it is indexed again at the next start",
                    event.productId(), e);
        }
    }
}
