package io.aisle.assistant.offline;

import io.aisle.assistant.internal.SearchFilters;
import io.aisle.catalog.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads price limits, a category, a brand, a lowest rating and "in stock" from a lower-cased question.
 * "Under", "below", "over" and "above" exclude the amount itself; "up to", "at most", "at least", "$50 or
 * less" and "between $20 and $40" include it. A bare number counts as money only after such a word and
 * when no unit follows ("under 50 ft" is no price). Categories are the catalog's, by slug or name; a brand
 * is one of the catalog's brands named in the question (two different brands: no brand filter).
 */
final class ConstraintReader {

    private static final String MONEY = "(\\$\\s*\\d[\\d,]*+(?:\\.\\d{1,2})?+|\\d[\\d,]*+(?:\\.\\d{1,2})?+)"
            + "(?:\\s*(?:dollars?|bucks|usd)\\b)?(?!\\s*(?:%|-?(?:stars?|gb|tb|mb|mm|cm|m|in|inch|inches|ft|feet|oz"
            + "|ounces?|qt|quarts?|l|liters?|litres?|people|persons?|kg|g|lbs?|pounds?|w|watts?|hours?|hrs?"
            + "|minutes?|mins?|years?|months?|days?|pack|pieces?|pcs|players?)\\b))";
    private static final String MORE = "(?:\\s+(?:or|and)\\s+(?:more|higher|better|above|up|over))?";
    private static final String RATING = "(\\d(?:\\.\\d)?)";
    private static final List<Pattern> RATINGS = List.of(
            Pattern.compile("\\brated\\s+(?:at least\\s+|over\\s+|above\\s+|more than\\s+)?" + RATING
                    + "(?:\\s*(?:\\+|stars?|/\\s*5|out of 5))*" + MORE),
            Pattern.compile("\\b(?:with\\s+)?(?:an?\\s+)?(?:average\\s+)?rating\\s+(?:of\\s+)?(?:at least\\s+|over\\s+"
                    + "|above\\s+)?" + RATING + "(?:\\s*(?:\\+|stars?|/\\s*5|out of 5))*" + MORE),
            Pattern.compile("\\b(?:at least\\s+|over\\s+|above\\s+)?" + RATING + "\\s*\\+?\\s*-?\\s*stars?" + MORE
                    + "(?:\\s+rat(?:ed|ing|ings))?"));
    private static final Pattern RANGE = Pattern.compile("\\b(?:between|from)\\s+" + MONEY + "\\s*(?:and|to|-|–)\\s*"
            + MONEY + "|(\\$\\s*\\d[\\d,]*+(?:\\.\\d{1,2})?+)\\s*(?:-|–|to)\\s*" + MONEY);
    private static final Pattern BELOW = Pattern.compile("\\b(?:under|below|less than|cheaper than|beneath)\\s+" + MONEY);
    private static final Pattern AT_MOST = Pattern.compile("\\b(?:up to|at most|no more than|not more than|max(?:imum)?"
            + "(?:\\s+of)?|within|budget(?:\\s+of|\\s+is)?)\\s+" + MONEY + "|" + MONEY
            + "\\s+(?:or less|or under|or cheaper|or below|and under|and below|max(?:imum)?|tops)\\b");
    private static final Pattern ABOVE = Pattern.compile("\\b(?:over|above|more than|pricier than)\\s+" + MONEY);
    private static final Pattern AT_LEAST = Pattern.compile("\\b(?:at least|no less than|starting (?:at|from)|from)\\s+"
            + MONEY + "|" + MONEY + "\\s*(?:\\+|or more|and up|and above|or above)");
    private static final Pattern STOCK = Pattern.compile(
            "\\b(?:in[- ]stock|available (?:now|today)|ready to ship|not sold out|on hand)\\b");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** The highest price a product can have: a limit above it limits nothing. */
    private static final BigDecimal HIGHEST = new BigDecimal("9999999999.99");

    private final List<String> phrases = new ArrayList<>();
    private String rest;

    private ConstraintReader(String text) {
        this.rest = text;
    }

    static Constraints read(String text, List<Category> categories, List<String> brands) {
        ConstraintReader reader = new ConstraintReader(text);
        BigDecimal minRating = reader.first(RATINGS, m -> new BigDecimal(m.group(1)));
        if (minRating != null && minRating.compareTo(BigDecimal.valueOf(5)) > 0) {
            minRating = null;
        }
        BigDecimal[] range = reader.range();
        BigDecimal max = range != null ? range[1] : reader.first(List.of(BELOW), m -> money(m).subtract(CENT));
        max = max != null ? max : reader.first(List.of(AT_MOST), ConstraintReader::money);
        BigDecimal min = range != null ? range[0] : reader.first(List.of(ABOVE), m -> money(m).add(CENT));
        min = min != null ? min : reader.first(List.of(AT_LEAST), ConstraintReader::money);
        max = max == null || max.compareTo(HIGHEST) > 0 ? null : max.max(BigDecimal.ZERO);
        min = min == null ? null : min.min(HIGHEST);
        if (min != null && max != null && min.compareTo(max) > 0) {
            min = null; // "over $50 under $20" contradicts itself: the budget, the upper limit, wins
        }
        Boolean inStock = reader.first(List.of(STOCK), m -> true);
        Optional<CatalogNames.Named> brand = CatalogNames.brand(reader.rest, brands);
        reader.take(brand);
        String category = reader.take(CatalogNames.category(reader.rest, categories));
        return new Constraints(new SearchFilters(min, max, category, brand.map(CatalogNames.Named::value).orElse(null),
                minRating, inStock), List.copyOf(reader.phrases), reader.rest.replaceAll("\\s+", " ").strip(),
                brand.filter(CatalogNames.Named::inPassing).map(CatalogNames.Named::value).orElse(null));
    }

    /** The value of the first pattern that matches, its phrase taken out of the rest. */
    private <T> T first(List<Pattern> patterns, Function<Matcher, T> value) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(rest);
            if (m.find()) {
                T found = value.apply(m);
                take(m);
                return found;
            }
        }
        return null;
    }

    private BigDecimal[] range() {
        Matcher m = RANGE.matcher(rest);
        if (!m.find()) {
            return null;
        }
        BigDecimal a = amount(m.group(1) != null ? m.group(1) : m.group(3));
        BigDecimal b = amount(m.group(2) != null ? m.group(2) : m.group(4));
        take(m);
        return a.compareTo(b) <= 0 ? new BigDecimal[] {a, b} : new BigDecimal[] {b, a};
    }

    /** Takes a category or brand found out of the rest; its value, or null when none was found. */
    private String take(Optional<CatalogNames.Named> found) {
        found.ifPresent(n -> {
            phrases.add(n.phrase());
            rest = rest.substring(0, n.start()) + " " + rest.substring(n.end());
        });
        return found.map(CatalogNames.Named::value).orElse(null);
    }

    private void take(Matcher m) {
        take(m, m.group().strip());
    }

    /** Takes the match out of the rest; {@code phrase} is how the answer repeats it. */
    private void take(Matcher m, String phrase) {
        phrases.add(phrase);
        rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
    }

    private static BigDecimal money(Matcher m) {
        return amount(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replaceAll("[^\\d.]", ""));
    }
}
