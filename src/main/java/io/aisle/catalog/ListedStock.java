package io.aisle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.catalog.data.StockLevelRepository;
import io.aisle.platform.PageResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The stock of listed products, kept apart from the cached listings so that a checkout does not throw listings away:
 * a listing is cached with its products as they were read, and every read of it overlays each product's stock from
 * here. A stock change on this instance drops the product's level at once (the next listing reads it again, a lookup
 * by primary key); a level is never older than the catalog cache's TTL, so another instance's checkout shows within it.
 */
@Component
class ListedStock {

    private final Cache<Long, Integer> levels;
    private final StockLevelRepository repository;
    /**
     * When each product's stock last changed here, on {@link #changes}' count, for as long as a read of levels could
     * still be running (a read slower than that leaves a level at most the TTL old, as on other instances).
     */
    private final Cache<Long, Long> changedAt = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000).build();
    private final AtomicLong changes = new AtomicLong();

    ListedStock(CatalogProperties properties, StockLevelRepository repository) {
        this.repository = repository;
        this.levels = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(100_000).recordStats()
                .build();
    }

    Cache<Long, Integer> levels() {
        return levels;
    }

    /**
     * The page with each product's stock as it is now. For a query that filters by stock, a product whose stock no
     * longer passes is left out (and from the total): this instance never lists a product it knows is sold out as in
     * stock, even when a listing read just before the sale was cached just after it.
     */
    PageResult<Product> overlay(ProductQuery query, PageResult<Product> page) {
        if (page.content().isEmpty()) {
            return page;
        }
        Map<Long, Integer> now = of(page.content().stream().map(Product::id).toList());
        List<Product> shown = new ArrayList<>(page.content().size());
        for (Product listed : page.content()) {
            Product product = listed.withStock(now.getOrDefault(listed.id(), listed.stock()));
            if (query.admitsStock(product.stock())) {
                shown.add(product);
            }
        }
        if (shown.equals(page.content())) {
            // the usual case between sales: the cached page as it is, nothing copied
            return page;
        }
        long left = page.content().size() - shown.size();
        return new PageResult<>(List.copyOf(shown), new PageResult.PageInfo(page.page().number(), page.page().size(),
                page.page().totalElements() - left, page.page().totalPages()));
    }

    /** Forgets the product's level after its stock moved, once the move committed. */
    void changed(long productId) {
        changedAt.put(productId, changes.incrementAndGet());
        levels.invalidate(productId);
    }

    private Map<Long, Integer> of(Collection<Long> ids) {
        Map<Long, Integer> found = new HashMap<>(levels.getAllPresent(ids));
        if (found.size() == ids.size()) {
            return found;
        }
        long readFrom = changes.get();
        Map<Long, Integer> loaded = repository.findByIds(ids.stream().filter(id -> !found.containsKey(id)).toList());
        levels.putAll(loaded);
        // a change that committed while the levels were read may have been dropped before they were put: drop them
        // again (a change after this check comes after the put, and drops it itself)
        loaded.keySet().stream().filter(id -> {
            Long changed = changedAt.getIfPresent(id);
            return changed != null && changed > readFrom;
        }).forEach(levels::invalidate);
        found.putAll(loaded);
        return found;
    }
}
