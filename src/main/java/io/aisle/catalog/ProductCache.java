package io.aisle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Products, listings, categories and reviews as last read, for a short time. Catalog reads are most of a shop's traffic and
 * change rarely; this keeps them off the database. Every change on this instance drops the affected
 * entries once its transaction commits, so this instance never serves a stale product; other instances
 * catch up within the TTL. Caffeine blocks an invalidation until a load of the same key finishes, so a
 * read racing a change cannot put the old value back.
 */
@Component
class ProductCache {

    private final Cache<Long, Optional<Product>> products;
    private final Cache<ProductQuery, PageResult<Product>> listings;
    private final Cache<Boolean, List<Category>> categories;
    private final Cache<ReviewPage, PageResult<Review>> reviews;
    private final boolean enabled;

    /** A page of one product's reviews, the key of the reviews cache. */
    record ReviewPage(long productId, PageQuery page) {
    }

    ProductCache(CatalogProperties properties) {
        this.enabled = !properties.cacheTtl().isZero();
        this.products = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(20_000).build();
        this.listings = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(5_000).build();
        this.categories = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(1).build();
        this.reviews = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(5_000).build();
    }

    Optional<Product> product(long id, Function<Long, Optional<Product>> loader) {
        return enabled ? products.get(id, loader) : loader.apply(id);
    }

    PageResult<Product> listing(ProductQuery query, Function<ProductQuery, PageResult<Product>> loader) {
        return enabled ? listings.get(query, loader) : loader.apply(query);
    }

    List<Category> categories(Supplier<List<Category>> loader) {
        return enabled ? categories.get(Boolean.TRUE, key -> loader.get()) : loader.get();
    }

    PageResult<Review> reviews(ReviewPage key, Function<ReviewPage, PageResult<Review>> loader) {
        return enabled ? reviews.get(key, loader) : loader.apply(key);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        products.invalidate(event.productId());
        // stock and prices show in listings and decide the inStock filter; counts per category change
        listings.invalidateAll();
        categories.invalidateAll();
        // account deletion takes reviews away and says so with an UPDATED change
        reviews.invalidateAll();
    }

    /** Ratings change through reviews, which do not raise {@link ProductChanged}. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewPosted event) {
        products.invalidate(event.productId());
        listings.invalidateAll();
        reviews.invalidateAll();
    }
}
