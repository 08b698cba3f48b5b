package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The brands and categories of the indexed products, with how many products each has, for suggestions as
 * a customer types: a name is suggested when one of its words begins with what was typed ("nor" suggests
 * "The North Face"), the names with the most products first.
 */
final class Names {

    private final Map<Long, Product> indexed = new HashMap<>();
    private final Map<String, Integer> brands = new HashMap<>();
    private final Map<Product.CategoryRef, Integer> categories = new HashMap<>();

    synchronized void put(Product product) {
        remove(product.id());
        indexed.put(product.id(), product);
        brands.merge(product.brand(), 1, Integer::sum);
        categories.merge(product.category(), 1, Integer::sum);
    }

    synchronized void remove(long id) {
        Product old = indexed.remove(id);
        if (old != null) {
            brands.computeIfPresent(old.brand(), (b, n) -> n == 1 ? null : n - 1);
            categories.computeIfPresent(old.category(), (c, n) -> n == 1 ? null : n - 1);
        }
    }

    synchronized List<String> brands(String typed, int limit) {
        return matching(brands, Function.identity(), typed, limit);
    }

    synchronized List<Product.CategoryRef> categories(String typed, int limit) {
        return matching(categories, Product.CategoryRef::name, typed, limit);
    }

    private static <T> List<T> matching(Map<T, Integer> counts, Function<T, String> name, String typed, int limit) {
        String start = typed.strip().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        return counts.entrySet().stream()
                .filter(e -> begins(name.apply(e.getKey()).toLowerCase(Locale.ROOT), start))
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
