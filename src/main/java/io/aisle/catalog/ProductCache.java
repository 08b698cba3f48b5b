package io.aisle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.platform.PageResult;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Products and listings as last read, for a short time. Catalog reads are most of a shop's traffic and
 * change rarely; this keeps them off the database. Every change on this instance drops the affected
 * entries once its transaction commits, so this instance never serves a stale product; other instances
 * catch up within the TTL. Caffeine blocks an invalidation until a load of the same key finishes, so a
 * read racing a change cannot put the old value back.
 */
@Component
class ProductCache {

    private final Cache<Long, Optional<Product>> products;
    private final Cache<ProductQuery, PageResult<Product>> listings;
    private final boolean enabled;

    ProductCache(CatalogProperties properties) {
        this.enabled = !properties.cacheTtl().isZero();
        this.products = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(20_000).build();
        this.listings = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(5_000).build();
    }

    Optional<Product> product(long id, Function<Long, Optional<Product>> loader) {
        return enabled ? products.get(id, loader) : loader.apply(id);
    }

    PageResult<Product> listing(ProductQuery query, Function<ProductQuery, PageResult<Product>> loader) {
        return enabled ? listings.get(query, loader) : loader.apply(query);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        products.invalidate(event.productId());
        // stock and prices show in listings and decide the inStock filter
        listings.invalidateAll();
    }

    /** Ratings change through reviews, which do not raise {@link ProductChanged}. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewPosted event) {
        products.invalidate(event.productId());
        listings.invalidateAll();
    }

    void invalidateAll() {
        products.invalidateAll();
        listings.invalidateAll();
    }
}
