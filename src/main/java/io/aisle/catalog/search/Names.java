package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The brands and categories of the indexed products, for suggestions as a customer types: a name is
 * suggested when one of its words begins with what was typed ("nor" suggests "The North Face"), the names
 * with the most products first. Only products customers see at that moment count, so a draft's or a not yet
 * published product's brand is not given away: active products are counted as they are indexed, and those
 * with a publishing time are kept aside and left out until it has come (without a change to the index).
 * Suggesting costs a pass over the distinct names, not over the products.
 */
final class Names {

    private final Map<Long, Product> counted = new HashMap<>();
    private final Map<Long, Product> scheduled = new HashMap<>();
    private final Map<String, Integer> brands = new HashMap<>();
    private final Map<Product.CategoryRef, Integer> categories = new HashMap<>();

    synchronized void put(Product product) {
        remove(product.id());
        if (product.status() != ProductStatus.ACTIVE) {
            return;
        }
        counted.put(product.id(), product);
        brands.merge(product.brand(), 1, Integer::sum);
        categories.merge(product.category(), 1, Integer::sum);
        if (product.publishAt() != null) {
            scheduled.put(product.id(), product);
        }
    }

    synchronized void remove(long id) {
        Product old = counted.remove(id);
        scheduled.remove(id);
        if (old != null) {
            brands.computeIfPresent(old.brand(), (b, n) -> n == 1 ? null : n - 1);
            categories.computeIfPresent(old.category(), (c, n) -> n == 1 ? null : n - 1);
        }
    }

    synchronized List<String> brands(String typed, int limit, Instant now) {
        return matching(brands, Product::brand, Function.identity(), typed, limit, now);
    }

    synchronized List<Product.CategoryRef> categories(String typed, int limit, Instant now) {
        return matching(categories, Product::category, Product.CategoryRef::name, typed, limit, now);
    }

    private <T> List<T> matching(Map<T, Integer> counts, Function<Product, T> key, Function<T, String> name,
            String typed, int limit, Instant now) {
        String start = typed.strip().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        Map<T, Integer> found = new HashMap<>();
        counts.forEach((k, n) -> {
            if (begins(name.apply(k).toLowerCase(Locale.ROOT), start)) {
                found.put(k, n);
            }
        });
        for (Product waiting : scheduled.values()) {
            if (waiting.publishAt().isAfter(now)) {
                found.computeIfPresent(key.apply(waiting), (k, n) -> n == 1 ? null : n - 1);
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.<T, Integer>comparingByValue().reversed()
                        .thenComparing(e -> name.apply(e.getKey()), Comparator.naturalOrder()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether the name, or one of its words, begins with {@code start}. */
    private static boolean begins(String name, String start) {
        return name.startsWith(start) || name.contains(" " + start) || name.contains("-" + start);
    }
}
