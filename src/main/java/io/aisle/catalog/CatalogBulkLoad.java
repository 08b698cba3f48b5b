package io.aisle.catalog;

import io.aisle.catalog.data.BulkCatalogRepository;
import io.aisle.catalog.data.BulkCatalogRepository.ProductRow;
import io.aisle.catalog.data.BulkCatalogRepository.ReviewRow;
import io.aisle.catalog.data.BulkCatalogRepository.VariantRow;
import io.aisle.catalog.data.CategoryRepository;
import io.aisle.catalog.internal.CatalogSeeder;
import io.aisle.catalog.search.BulkEmbeddings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes whole products in bulk (the {@code seed-catalog} command): products, options, variants, reviews and
 * embeddings of a chunk in one transaction, one batched statement per table. No {@link ProductChanged} is
 * published (that would embed each product again); a shop running meanwhile takes the products in through its
 * search catch-up and catalog cache expiry, as it does another instance's edits.
 */
@Service
public class CatalogBulkLoad {

    private final BulkCatalogRepository bulk;
    private final CategoryRepository categories;
    private final BulkEmbeddings embeddings;
    private final Clock clock;

    CatalogBulkLoad(BulkCatalogRepository bulk, CategoryRepository categories, BulkEmbeddings embeddings, Clock clock) {
        this.bulk = bulk;
        this.categories = categories;
        this.embeddings = embeddings;
        this.clock = clock;
    }

    /** Creates the listed category unless one with this slug exists. */
    @Transactional
    public void ensureCategory(String slug, String name, int sortOrder) {
        categories.insertIfAbsent(slug, name, sortOrder);
    }

    /** Which of these SKUs products (deleted ones too) have already. */
    @Transactional(readOnly = true)
    public Set<String> existingSkus(Collection<String> skus) {
        return skus.isEmpty() ? Set.of() : bulk.findIdsBySku(skus).keySet();
    }

    /** How many listed products are neither in the sample catalog nor have a SKU starting with {@code prefix}. */
    @Transactional(readOnly = true)
    public long productsBesides(String prefix) {
        return bulk.countListedOutside(prefix, CatalogSeeder.sampleSkus());
    }

    /**
     * Writes these products (new SKUs, listed categories) with their parts and embeddings, in the caller's
     * transaction if there is one; returns their ids by SKU. A SKU written meanwhile by someone else fails the
     * whole chunk with a duplicate key.
     */
    @Transactional
    public Map<String, Long> insert(List<BulkProduct> products) {
        Instant now = clock.instant();
        Map<String, Long> categoryIds = new HashMap<>();
        List<ProductRow> rows = new ArrayList<>(products.size());
        for (BulkProduct p : products) {
            long categoryId = categoryIds.computeIfAbsent(p.category(), slug -> categories.findIdBySlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("no listed category " + slug)));
            rows.add(new ProductRow(p, categoryId, p.lowestPrice(), p.highestPrice(), p.compareAtPrice(), p.stock(),
                    p.ratingAverage()));
        }
        bulk.insertProducts(rows, now);
        Map<String, Long> ids = bulk.findIdsBySku(products.stream().map(BulkProduct::sku).toList());
        List<Object[]> options = new ArrayList<>();
        List<VariantRow> variants = new ArrayList<>();
        List<ReviewRow> reviews = new ArrayList<>();
        List<BulkEmbeddings.Entry> texts = new ArrayList<>(products.size());
        for (BulkProduct p : products) {
            long id = ids.get(p.sku());
            for (int i = 0; i < p.optionNames().size(); i++) {
                options.add(new Object[] {id, i + 1, p.optionNames().get(i)});
            }
            for (int i = 0; i < p.variants().size(); i++) {
                variants.add(new VariantRow(id, p.variants().get(i), i + 1, p.weightGrams()));
            }
            for (int i = 0; i < p.reviews().size(); i++) {
                reviews.add(new ReviewRow(id, -(i + 1L), p.reviews().get(i), p.createdAt().plusSeconds(86_400L * (i + 1))));
            }
            texts.add(new BulkEmbeddings.Entry(id, p.name(), p.brand(), categoryName(p.category()), p.description(),
                    p.meaning()));
        }
        if (!options.isEmpty()) {
            bulk.insertOptions(options);
        }
        bulk.insertVariants(variants, now);
        if (!reviews.isEmpty()) {
            bulk.insertReviews(reviews);
        }
        embeddings.store(texts, now);
        return ids;
    }

    private final Map<String, String> categoryNames = new java.util.concurrent.ConcurrentHashMap<>();

    private String categoryName(String slug) {
        return categoryNames.computeIfAbsent(slug, s -> categories.findAllWithCounts().stream()
                .filter(c -> c.slug().equals(s)).findFirst().map(Category::name).orElse(s));
    }
}
