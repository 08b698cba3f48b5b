package io.aisle.assistant.offline;

import io.aisle.assistant.internal.SearchFilters;
import io.aisle.catalog.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    private final List<String> phrases = new ArrayList<>();
    private String rest;
    private String bareBrand;

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
        if (min != null && max != null && min.compareTo(max) > 0) {
            min = null; // "over $50 under $20" contradicts itself: the budget, the upper limit, wins
        }
        Boolean inStock = reader.first(List.of(STOCK), m -> true);
        String brand = reader.brand(brands);
        String category = reader.category(categories);
        return new Constraints(new SearchFilters(min, max == null ? null : max.max(BigDecimal.ZERO), category, brand,
                minRating, inStock), List.copyOf(reader.phrases), reader.rest.replaceAll("\\s+", " ").strip(),
                reader.bareBrand);
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

    private String category(List<Category> categories) {
        for (Category c : categories) {
            for (String alias : aliases(c)) {
                Matcher m = Pattern.compile("(?:\\bin\\s+(?:the\\s+)?)?(?<![\\p{L}\\p{N}-])" + Pattern.quote(alias)
                        + "(?![\\p{L}\\p{N}-])(?:\\s+(?:category|section|department))?").matcher(rest);
                if (m.find()) {
                    take(m, "in " + c.name());
                    return c.slug();
                }
            }
        }
        return null;
    }

    /** A category's slug and name, "and" for "&", and a one-word name in the singular too ("book"). */
    private static List<String> aliases(Category c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        List<String> aliases = new ArrayList<>(List.of(c.slug(), c.slug().replace('-', ' '), name,
                name.replace("&", "and")));
        if (!name.contains(" ") && name.length() > 3 && name.endsWith("s")) {
            aliases.add(name.substring(0, name.length() - 1));
        }
        return aliases;
    }

    /** The one brand the question names (with "from", "by" or "made by" before it), if it names one. */
    private String brand(List<String> brands) {
        List<String> named = new ArrayList<>();
        brands.stream()
                .map(b -> b.toLowerCase(Locale.ROOT))
                .filter(b -> b.length() >= 2 && !IntentClassifier.isStopWord(b) && rest.contains(b))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(b -> named.stream().noneMatch(longer -> longer.contains(b)) && word(b).matcher(rest).find())
                .forEach(named::add);
        if (named.size() != 1) {
            return null;
        }
        Matcher m = Pattern.compile("(?:\\b(?:made by|from|by|brand)\\s+)?" + word(named.get(0)).pattern()
                + "(?:\\s+brand)?").matcher(rest);
        m.find();
        String brand = brands.stream().filter(b -> b.equalsIgnoreCase(named.get(0))).findFirst().orElseThrow();
        bareBrand = m.group().strip().equals(named.get(0)) ? brand : null;
        take(m, "from " + brand);
        return brand;
    }

    private static Pattern word(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
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
