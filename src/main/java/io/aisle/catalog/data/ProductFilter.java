package io.aisle.catalog.data;

import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link ProductQuery} as SQL: a WHERE clause, the relevance columns and an ORDER BY, with
 * every value as a named parameter. Text search is plain, portable SQL (LIKE per word) so it runs the
 * same on MariaDB, MySQL and MySQL-compatible engines; a word counts once whether it is found in the
 * name, the brand or the description, and the name weighs more than the brand, the brand more than the
 * description.
 */
final class ProductFilter {

    static final int MAX_WORDS = 8;

    final String where;
    final String relevanceColumns;
    final String orderBy;
    /** Whether the WHERE clause names the category table (c): a count without it need not join it. */
    final boolean needsCategory;
    final Map<String, Object> params = new LinkedHashMap<>();

    ProductFilter(ProductQuery query, boolean everyStatus, Instant now) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.deleted_at IS NULL");
        if (!everyStatus) {
            conditions.add("p.status = 'ACTIVE' AND (p.publish_at IS NULL OR p.publish_at <= :now)");
            params.put("now", SqlTime.utc(now));
        }
        List<String> words = words(query.text());
        List<String> matched = new ArrayList<>();
        List<String> weighted = new ArrayList<>();
        List<String> anyWord = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String name = "w" + i;
            params.put(name, "%" + escapeLike(words.get(i)) + "%");
            String in = "p.name LIKE :%1$s OR p.brand LIKE :%1$s OR p.description LIKE :%1$s".formatted(name);
            matched.add("CASE WHEN " + in + " THEN 1 ELSE 0 END");
            weighted.add("CASE WHEN p.name LIKE :%1$s THEN 3 ELSE 0 END + CASE WHEN p.brand LIKE :%1$s THEN 2 ELSE 0 END"
                    .formatted(name));
            anyWord.add(in);
        }
        if (!anyWord.isEmpty()) {
            conditions.add("(" + String.join(" OR ", anyWord) + ")");
        }
        this.needsCategory = query.category() != null && !query.category().isBlank();
        if (needsCategory) {
            conditions.add("c.slug = :category");
            params.put("category", query.category().trim());
        }
        range(conditions, "p.price", ">=", "minPrice", query.minPrice());
        range(conditions, "p.price", "<=", "maxPrice", query.maxPrice());
        range(conditions, "p.stock", ">=", "minStock", query.minStock());
        range(conditions, "p.stock", "<=", "maxStock", query.maxStock());
        if (query.brand() != null) {
            conditions.add("p.brand = :brand");
            params.put("brand", query.brand());
        }
        range(conditions, "p.rating_average", ">=", "minRating", query.minRating());
        if (query.option() != null) {
            conditions.add("EXISTS (" + ProductRepository.WITH_OPTION_VALUE + " AND o.product_id = p.id)");
            params.put("optionName", query.option().name());
            params.put("optionValue", query.option().value());
        }
        if (Boolean.TRUE.equals(query.inStock())) {
            conditions.add("p.stock > 0");
        } else if (Boolean.FALSE.equals(query.inStock())) {
            conditions.add("p.stock = 0");
        }
        this.where = "WHERE " + String.join(" AND ", conditions);
        this.relevanceColumns = words.isEmpty()
                ? "0 AS matched_words, 0 AS score"
                : "(" + String.join(" + ", matched) + ") AS matched_words, ("
                        + String.join(" + ", matched) + " + " + String.join(" + ", weighted) + ") AS score";
        this.orderBy = "ORDER BY " + order(query.sort(), !words.isEmpty());
    }

    private void range(List<String> conditions, String column, String op, String name, Object value) {
        if (value != null) {
            conditions.add(column + " " + op + " :" + name);
            params.put(name, value);
        }
    }

    private static String order(ProductSort sort, boolean hasText) {
        return switch (sort) {
            case RELEVANCE -> hasText
                    ? "matched_words DESC, score DESC, p.rating_count DESC, p.id"
                    : "p.rating_count DESC, p.rating_average DESC, p.id";
            case PRICE_ASC -> "p.price ASC, p.id";
            case PRICE_DESC -> "p.price DESC, p.id";
            case NEWEST -> "p.created_at DESC, p.id DESC";
            case RATING -> "p.rating_average DESC, p.rating_count DESC, p.id";
            case NAME -> "p.name ASC, p.id";
        };
    }

    /**
     * Lower-cased words, a plural 's' dropped, at most {@link #MAX_WORDS}. A word is letters and digits,
     * and '%' and '_', which are searched for literally (they are LIKE wildcards only in SQL, not for the
     * customer); single letters and digits are left out.
     */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}%_]+")) {
            boolean singleLetterOrDigit = raw.length() == 1 && Character.isLetterOrDigit(raw.charAt(0));
            if (raw.isEmpty() || singleLetterOrDigit || words.size() == MAX_WORDS) {
                continue;
            }
            words.add(raw.length() > 3 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.substring(0, raw.length() - 1) : raw);
        }
        return List.copyOf(words);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
