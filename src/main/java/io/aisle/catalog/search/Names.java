package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The brands and categories of the indexed products, for suggestions as a customer types: a name is
 * suggested when one of its words begins with what was typed ("nor" suggests "The North Face"), the names
 * with the most products first. Only products customers see at that moment count, so a draft's or a
 * not yet published product's brand is not given away (a scheduled product counts from its publishing
 * time on, without a change to the index).
 */
final class Names {

    private final Map<Long, Product> indexed = new ConcurrentHashMap<>();

    void put(Product product) {
        indexed.put(product.id(), product);
    }

    void remove(long id) {
        indexed.remove(id);
    }

    List<String> brands(String typed, int limit, Instant now) {
        return matching(Product::brand, Function.identity(), typed, limit, now);
    }

    List<Product.CategoryRef> categories(String typed, int limit, Instant now) {
        return matching(Product::category, Product.CategoryRef::name, typed, limit, now);
    }

    private <T> List<T> matching(Function<Product, T> key, Function<T, String> name, String typed, int limit, Instant now) {
        String start = typed.strip().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        Map<T, Long> counts = indexed.values().stream().filter(p -> p.visible(now))
                .collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> begins(name.apply(e.getKey()).toLowerCase(Locale.ROOT), start))
                .sorted(Map.Entry.<T, Long>comparingByValue().reversed()
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
