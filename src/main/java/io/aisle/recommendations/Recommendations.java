package io.aisle.recommendations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ScoredProduct;
import io.aisle.ordering.CoPurchase;
import io.aisle.ordering.CoPurchases;
import io.aisle.platform.InvalidRequestException;
import io.aisle.recommendations.Recommendation.Reason;
import io.aisle.shopping.Wishlist;
import io.aisle.shopping.WishlistService;
import io.aisle.tracking.ProductViews;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Product recommendations. The rankings (product ids) are kept for a short while, because they are
 * asked for on every product and home page view and change slowly; the products are resolved at each
 * call, so only listed products in stock are ever recommended, at their current price.
 */
@Service
public class Recommendations {

    public static final int MAX_LIMIT = 24;
    private static final int CANDIDATES = 3 * MAX_LIMIT;
    private static final int HISTORY = 30;
    private static final double VIEW_WEIGHT = 1;
    private static final double WISHLIST_WEIGHT = 2;
    private static final double PURCHASE_WEIGHT = 3;

    private final ProductService products;
    private final ProductSearch search;
    private final CoPurchases coPurchases;
    private final ProductViews views;
    private final WishlistService wishlists;
    private final Cache<Long, Map<Long, Reason>> related;
    private final Cache<Long, Map<Long, Reason>> personal;

    Recommendations(ProductService products, ProductSearch search, CoPurchases coPurchases, ProductViews views,
            WishlistService wishlists, RecommendationsProperties properties) {
        this.products = products;
        this.search = search;
        this.coPurchases = coPurchases;
        this.views = views;
        this.wishlists = wishlists;
        this.related = cache(properties.relatedTtl());
        this.personal = cache(properties.personalTtl());
    }

    /**
     * "Customers also bought": the products most often in the same orders as this one, then the ones
     * nearest to it in meaning; in stock, itself left out. An unknown product is a 404.
     */
    public List<Recommendation> alsoBought(long productId, int limit) {
        checkLimit(limit);
        products.forSale(productId);
        return resolve(related.get(productId, id -> {
            Map<Long, Reason> ranking = new LinkedHashMap<>();
            for (CoPurchase co : coPurchases.alsoBought(id, CANDIDATES)) {
                ranking.put(co.productId(), Reason.BOUGHT_TOGETHER);
            }
            for (ScoredProduct similar : search.similarTo(id, CANDIDATES)) {
                ranking.putIfAbsent(similar.product().id(), Reason.SIMILAR);
            }
            ranking.remove(id);
            return ranking;
        }), limit);
    }

    /**
     * "Recommended for you": the products nearest in meaning to what this customer viewed, wishlisted and
     * bought (weighted 1, 2 and 3), leaving those out; in stock. Empty for a customer with no history.
     */
    public List<Recommendation> forCustomer(long userId, int limit) {
        checkLimit(limit);
        return resolve(personal.get(userId, id -> {
            Map<Long, Double> weights = new LinkedHashMap<>();
            views.recentlyViewed(id, HISTORY).forEach(p -> weights.merge(p, VIEW_WEIGHT, Double::sum));
            wishlists.view(id).items().stream().map(Wishlist.Item::productId)
                    .forEach(p -> weights.merge(p, WISHLIST_WEIGHT, Double::sum));
            coPurchases.boughtBy(id, HISTORY).forEach(p -> weights.merge(p, PURCHASE_WEIGHT, Double::sum));
            return search.similarTo(weights, CANDIDATES).stream()
                    .collect(Collectors.toMap(s -> s.product().id(), s -> Reason.FOR_YOU, (a, b) -> a, LinkedHashMap::new));
        }), limit);
    }

    /**
     * The first {@code limit} ranked products that are listed and in stock. Products are looked up a few
     * more than needed at a time, so a page view reads a handful of products, not the whole ranking.
     */
    private List<Recommendation> resolve(Map<Long, Reason> ranking, int limit) {
        List<Long> ids = List.copyOf(ranking.keySet());
        List<Recommendation> found = new ArrayList<>(limit);
        for (int from = 0; from < ids.size() && found.size() < limit; from += 2 * limit) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 2 * limit));
            Map<Long, Product> listed = products.findAll(chunk).stream()
                    .collect(Collectors.toMap(Product::id, Function.identity()));
            chunk.stream()
                    .filter(id -> listed.containsKey(id) && listed.get(id).inStock())
                    .limit(limit - found.size())
                    .forEach(id -> found.add(new Recommendation(listed.get(id), ranking.get(id))));
        }
        return found;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    private static Cache<Long, Map<Long, Reason>> cache(Duration ttl) {
        return Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(20_000).build();
    }
}
