package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price and stock conditions a customer writes into a search ("water bottle under $50", "tent in
 * stock", "mouse between $50 and $150"), taken out of the words: ranked by its words, "under $50" would
 * find what mentions 50, and it should instead leave out what costs more. "Under" and "over" include the
 * amount itself.
 *
 * @param words the query without its conditions (the whole query when nothing else would be left)
 */
public record QueryConstraints(String words, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock) {

    private static final String AMOUNT = "\\$?\\s?(\\d{1,9}(?:\\.\\d{1,2})?)\\s?(?:\\$|dollars?|usd)?";
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|from)\\s+" + AMOUNT + "\\s*(?:and|to|-)\\s*" + AMOUNT);
    private static final Pattern RANGE = Pattern.compile("(?i)\\$(\\d{1,9}(?:\\.\\d{1,2})?)\\s?-\\s?\\$?(\\d{1,9}(?:\\.\\d{1,2})?)");
    private static final Pattern MAX = Pattern.compile("(?i)\\b(?:under|below|less than|cheaper than|up to|at most|max)\\s+" + AMOUNT);
    private static final Pattern MIN = Pattern.compile("(?i)\\b(?:over|above|more than|at least|min)\\s+" + AMOUNT);
    private static final Pattern IN_STOCK = Pattern.compile("(?i)\\b(?:in[ -]stock|available now)\\b");

    public static QueryConstraints of(String query) {
        String rest = query;
        BigDecimal min = null;
        BigDecimal max = null;
        for (Pattern range : new Pattern[] {BETWEEN, RANGE}) {
            Matcher m = range.matcher(rest);
            if (m.find()) {
                min = new BigDecimal(m.group(1));
                max = new BigDecimal(m.group(2));
                rest = cut(rest, m);
            }
        }
        Matcher under = MAX.matcher(rest);
        if (max == null && under.find()) {
            max = new BigDecimal(under.group(1));
            rest = cut(rest, under);
        }
        Matcher over = MIN.matcher(rest);
        if (min == null && over.find()) {
            min = new BigDecimal(over.group(1));
            rest = cut(rest, over);
        }
        Matcher stock = IN_STOCK.matcher(rest);
        boolean inStock = stock.find();
        if (inStock) {
            rest = cut(rest, stock);
        }
        rest = rest.replaceAll("\\s+", " ").strip();
        return new QueryConstraints(Words.of(rest).isEmpty() ? query.strip() : rest, min, max, inStock);
    }

    /** True when the query asked for nothing but words. */
    public boolean none() {
        return minPrice == null && maxPrice == null && !inStock;
    }

    /** Whether the product meets the conditions (its current price and stock). */
    public boolean admits(Product product) {
        return (minPrice == null || product.price().compareTo(minPrice) >= 0)
                && (maxPrice == null || product.price().compareTo(maxPrice) <= 0)
                && (!inStock || product.inStock());
    }

    private static String cut(String text, Matcher m) {
        return text.substring(0, m.start()) + " " + text.substring(m.end());
    }
}
