package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.ProductRepository.ProductDetails;
import io.aisle.taxes.TaxClass;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products of an imported history (a real shop's transaction log), written in bulk so that imported
 * orders can point at them, for the models in insights.
 *
 * <p>They are <b>archived from the start</b> ({@code deleted_at} set, no stock) and sit in one
 * <b>unlisted</b> category, so they never show in the storefront, its search, the category lists or the
 * admin's product list, and nobody can buy them; orders keep their own snapshot of each line anyway. No
 * {@link ProductChanged} is published: nothing changed in the live catalog.
 */
@Service
public class HistoricalProducts {

    /** The unlisted category of imported products. */
    public static final String CATEGORY_SLUG = "imported-history";
    static final String CATEGORY_NAME = "Imported history";
    private static final int BATCH = 2_000;

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final Clock clock;

    HistoricalProducts(ProductRepository products, CategoryRepository categories, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.clock = clock;
    }

    /**
     * Makes sure an archived product exists for each SKU (one imported earlier is reused as it is) and
     * returns them by SKU. Fails if a SKU belongs to a live product of the shop: callers prefix their
     * SKUs (for example {@code UCI-}) so that this cannot happen by accident.
     */
    @Transactional
    public Map<String, Product> importAll(Collection<HistoricalProduct> imported, String brand, String description) {
        categories.insertUnlistedIfAbsent(CATEGORY_SLUG, CATEGORY_NAME);
        long categoryId = categories.findAnyIdBySlug(CATEGORY_SLUG).orElseThrow();
        List<HistoricalProduct> all = List.copyOf(imported);
        Map<String, Product> bySku = new HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<HistoricalProduct> batch = all.subList(from, Math.min(from + BATCH, all.size()));
            products.insertArchivedIfAbsent(batch.stream().map(p -> new ProductDetails(p.sku(), p.name(), brand,
                    categoryId, description, p.price(), p.currency(), null, TaxClass.STANDARD.code(), 0, "ARCHIVED", null)).toList(),
                    clock.instant());
            Set<String> skus = batch.stream().map(HistoricalProduct::sku).collect(Collectors.toSet());
            products.findAllArchivedBySku(skus).forEach(p -> bySku.put(p.sku(), p));
        }
        List<String> live = new ArrayList<>(all.stream().map(HistoricalProduct::sku).filter(s -> !bySku.containsKey(s))
                .toList());
        if (!live.isEmpty()) {
            throw new IllegalStateException("SKUs of the import that are live products of the shop: " + live);
        }
        return bySku;
    }
}
