package io.aisle.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.ordering.ProductSales;
import io.aisle.ordering.SalesStatistics;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's best-seller ranking: revenue over the last 90 days. Summing the order lines of three
 * months on every home page view would make it the slowest page of the shop, and a ranking a minute old
 * is as good as a fresh one, so it is kept for a minute.
 */
@Component
class BestSellers {

    static final int DAYS = 90;
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final SalesStatistics sales;
    private final Clock clock;
    private final Cache<Integer, List<Long>> rankings = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(4).build();

    BestSellers(SalesStatistics sales, Clock clock) {
        this.sales = sales;
        this.clock = clock;
    }

    /** Ids of the {@code count} products with the most revenue over the last 90 days, best first. */
    List<Long> ranking(int count) {
        return rankings.get(count, n -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            return sales.topProducts(today.minusDays(DAYS), today, n).stream().map(ProductSales::productId).toList();
        });
    }
}
