package io.aisle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.platform.PageQuery;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The totals of listings (every page and sort of one set of filters share one), kept {@code countTtl} (5 s):
 * counting the matching products is the one part of a listing page that reads every one of them (100,000 index
 * entries for the whole catalog), where the page itself reads 20 rows. A product created, edited or deleted on
 * this instance, or sold out here, drops every total at once; other instances' changes and restocks show within
 * {@code countTtl}. The last page and a listing of one page are always exact (their total is counted from
 * their rows).
 */
@Component
class ListingTotals {

    private final Cache<Key, Long> totals;
    private final boolean enabled;

    ListingTotals(CatalogProperties properties) {
        this.enabled = !properties.countTtl().isZero();
        this.totals = Caffeine.newBuilder().expireAfterWrite(properties.countTtl()).maximumSize(10_000).build();
    }

    private record Key(ProductQuery query, boolean everyStatus) {
    }

    long of(ProductQuery query, boolean everyStatus, LongSupplier count) {
        if (!enabled) {
            return count.getAsLong();
        }
        ProductQuery filters = query.withPage(PageQuery.of(null, null)).withSort(ProductSort.RELEVANCE);
        return totals.get(new Key(filters, everyStatus), key -> count.getAsLong());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        // a checkout moves stock all the time: only a sell-out changes what "in stock" lists
        if (event.kind() != ProductChanged.Kind.STOCK || event.stock() == 0) {
            totals.invalidateAll();
        }
    }
}
