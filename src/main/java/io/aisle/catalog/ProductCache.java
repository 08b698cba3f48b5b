package io.aisle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Products, listings, categories and reviews as last read, for a short time. Catalog reads are most of a shop's traffic and
 * change rarely; this keeps them off the database. Every change on this instance drops the affected
 * entries once its transaction commits, so this instance never serves a stale product, and writes never
 * decide on a cached one (see {@link #useCache()}); other instances
 * catch up within the TTL. Caffeine blocks an invalidation until a load of the same key finishes, so a
 * read racing a change cannot put the old value back.
 *
 * <p>Stock moves with every checkout, so it is kept apart: listings show each product's stock from
 * {@link ListedStock}, and a stock move drops only the listings whose stock filters it changes the answer of (an
 * in-stock listing when the product sold out or came back), and the facets when it sold out or came back.
 */
@Component
class ProductCache implements MeterBinder {

    private final Cache<Long, Optional<Product>> products;
    private final Cache<ProductQuery, PageResult<Product>> listings;
    private final Cache<ProductQuery, Facets> facets;
    private final Cache<Boolean, List<Category>> categories;
    private final Cache<Long, List<Variant>> variants;
    private final Cache<Long, List<String>> options;
    private final Cache<ReviewPage, PageResult<Review>> reviews;
    private final ListedStock stock;
    private final boolean enabled;

    /** A page of one product's reviews, the key of the reviews cache. */
    record ReviewPage(long productId, PageQuery page) {
    }

    ProductCache(CatalogProperties properties, ListedStock stock) {
        this.stock = stock;
        this.enabled = !properties.cacheTtl().isZero();
        this.products = build(properties, 20_000);
        this.listings = build(properties, 5_000);
        this.facets = build(properties, 1_000);
        this.categories = build(properties, 1);
        this.variants = build(properties, 20_000);
        this.options = build(properties, 20_000);
        this.reviews = build(properties, 5_000);
    }

    /** Each cache records hits and misses for its metrics ({@link #bindTo}): a few counters, no locks. */
    private static <K, V> Cache<K, V> build(CatalogProperties properties, int maximumSize) {
        return Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(maximumSize).recordStats()
                .build();
    }

    /**
     * The caches' gets (hits and misses), puts, evictions and sizes as Micrometer's cache metrics
     * ({@code cache_gets_total{cache="catalog.products",result="hit"}}...): the hit ratio says whether the TTL
     * ({@code AISLE_CATALOG_CACHE_TTL}) keeps reads off the database.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, products, "catalog.products");
        CaffeineCacheMetrics.monitor(registry, listings, "catalog.listings");
        CaffeineCacheMetrics.monitor(registry, facets, "catalog.facets");
        CaffeineCacheMetrics.monitor(registry, categories, "catalog.categories");
        CaffeineCacheMetrics.monitor(registry, variants, "catalog.variants");
        CaffeineCacheMetrics.monitor(registry, options, "catalog.options");
        CaffeineCacheMetrics.monitor(registry, reviews, "catalog.reviews");
        CaffeineCacheMetrics.monitor(registry, stock.levels(), "catalog.stock");
    }

    Optional<Product> product(long id, Function<Long, Optional<Product>> loader) {
        return useCache() ? products.get(id, loader) : loader.apply(id);
    }

    /** The products of these ids that exist, from the cache where present, the rest loaded together. */
    List<Product> products(Collection<Long> ids, Function<Collection<Long>, List<Product>> loader) {
        if (!useCache()) {
            return loader.apply(ids);
        }
        Map<Long, Optional<Product>> found = products.getAll(new LinkedHashSet<>(ids), missing -> {
            Map<Long, Optional<Product>> loaded = new HashMap<>();
            missing.forEach(id -> loaded.put(id, Optional.empty()));
            loader.apply(Set.copyOf(missing)).forEach(p -> loaded.put(p.id(), Optional.of(p)));
            return loaded;
        });
        return found.values().stream().flatMap(Optional::stream).toList();
    }

    List<Variant> variants(long productId, Function<Long, List<Variant>> loader) {
        return useCache() ? variants.get(productId, loader) : loader.apply(productId);
    }

    List<String> options(long productId, Function<Long, List<String>> loader) {
        return useCache() ? options.get(productId, loader) : loader.apply(productId);
    }

    PageResult<Product> listing(ProductQuery query, Function<ProductQuery, PageResult<Product>> loader) {
        return useCache() ? stock.overlay(query, listings.get(query, loader)) : loader.apply(query);
    }

    Facets facets(ProductQuery query, Function<ProductQuery, Facets> loader) {
        return useCache() ? facets.get(query, loader) : loader.apply(query);
    }

    List<Category> categories(Supplier<List<Category>> loader) {
        return useCache() ? categories.get(Boolean.TRUE, key -> loader.get()) : loader.get();
    }

    PageResult<Review> reviews(ReviewPage key, Function<ReviewPage, PageResult<Review>> loader) {
        return useCache() ? reviews.get(key, loader) : loader.apply(key);
    }

    /**
     * Inside a writing transaction (a checkout pricing the cart, a cart change checking stock) reads go to
     * the database, so that what is written is decided on the latest state, not one up to a TTL old.
     */
    private boolean useCache() {
        return enabled && !(TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        products.invalidate(event.productId());
        variants.invalidate(event.productId());
        options.invalidate(event.productId());
        stock.changed(event.productId());
        if (event.kind() == ProductChanged.Kind.STOCK) {
            // every checkout line is a stock change: listings show stock from ListedStock, so only the listings whose
            // stock filters now answer otherwise for the product go; category counts and reviews do not depend on stock
            dropWhereStockFiltersChange(listings, event);
            if (event.soldOutOrBack()) {
                facets.invalidateAll();
            } else {
                dropWhereStockFiltersChange(facets, event);
            }
            return;
        }
        // prices, names and ratings show in listings and decide their filters and order
        listings.invalidateAll();
        facets.invalidateAll();
        categories.invalidateAll();
        // account deletion takes reviews away and says so with an UPDATED change
        reviews.invalidateAll();
    }

    /** Drops the entries whose query's stock filters let the product in before the move and not after, or the reverse. */
    private static void dropWhereStockFiltersChange(Cache<ProductQuery, ?> cache, ProductChanged event) {
        cache.asMap().keySet().removeIf(query -> query.admitsStock(event.previousStock())
                != query.admitsStock(event.stock()));
    }

    /** Ratings change through reviews, which do not raise {@link ProductChanged}. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewPosted event) {
        products.invalidate(event.productId());
        listings.invalidateAll();
        facets.invalidateAll();
        reviews.invalidateAll();
    }
}
