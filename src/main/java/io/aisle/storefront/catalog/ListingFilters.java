package io.aisle.storefront.catalog;

import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a product listing as its URL carries them, read leniently: a value that makes no sense
 * is left out and named in {@code problems}, so a mistyped link still shows products. {@code page} is
 * 0-based here and 1-based in the URL.
 */
public record ListingFilters(String q, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock, ProductSort sort, int page,
        List<String> problems, String brand, Integer minRating, ProductQuery.OptionValue option) {

    static final int PAGE_SIZE = 24;
    /** The highest price the catalog stores. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    /** The choices of the sort menu, by URL value. */
    static final Map<String, String> SORTS = sorts();

    static ListingFilters from(Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        String q = blankToNull(params.get("q"));
        if (q != null && q.length() > ProductSearch.MAX_QUERY_LENGTH) {
            q = q.substring(0, ProductSearch.MAX_QUERY_LENGTH).strip();
            problems.add("Search words are cut at " + ProductSearch.MAX_QUERY_LENGTH + " characters.");
        }
        BigDecimal min = price(params.get("minPrice"), "Min price", problems);
        BigDecimal max = price(params.get("maxPrice"), "Max price", problems);
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add("The min price was above the max price, so both were left out.");
            min = null;
            max = null;
        }
        boolean inStock = "true".equalsIgnoreCase(params.get("inStock")) || "on".equalsIgnoreCase(params.get("inStock"));
        ProductSort sort = ProductSort.RELEVANCE;
        String sortParam = blankToNull(params.get("sort"));
        if (sortParam != null) {
            if (SORTS.containsKey(sortParam.toLowerCase(Locale.ROOT))) {
                sort = ProductSort.valueOf(sortParam.toUpperCase(Locale.ROOT));
            } else {
                problems.add("We do not know the sort order \"" + sortParam + "\", so the best matches come first.");
            }
        }
        return new ListingFilters(q, min, max, inStock, sort, pageIndex(params.get("page"), problems), List.copyOf(problems),
                blankToNull(params.get("brand")), rating(params.get("minRating"), problems),
                ProductQuery.OptionValue.parse(params.get("option")));
    }

    /** This listing with other facet choices (null leaves a filter out), from its first page. */
    ListingFilters with(BigDecimal min, BigDecimal max, boolean stock, String chosenBrand, Integer rating) {
        return new ListingFilters(q, min, max, stock, sort, 0, problems, chosenBrand, rating, option);
    }

    /** This listing narrowed to another option value (null: none), from its first page. */
    ListingFilters withOption(ProductQuery.OptionValue chosen) {
        return new ListingFilters(q, minPrice, maxPrice, inStock, sort, 0, problems, brand, minRating, chosen);
    }

    private static Integer rating(String value, List<String> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.matches("[1-5]")) {
            return Integer.valueOf(text);
        }
        problems.add("A rating filter is 1 to 5 stars, so \"" + text + "\" was left out.");
        return null;
    }

    /** The 0-based page for a 1-based page number from a URL; the first page when it makes no sense. */
    static int pageIndex(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= 10_000) {
                return page - 1;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        problems.add("There is no page \"" + value + "\", so here is the first page.");
        return 0;
    }

    ProductQuery query(String category) {
        return new ProductQuery(q, category, minPrice, maxPrice, null, null, inStock ? Boolean.TRUE : null, sort,
                new PageQuery(page, PAGE_SIZE), brand, minRating, option);
    }

    public String sortValue() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    /** This listing at another page (0-based), every filter kept. */
    String url(String path, int pageIndex) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("minPrice", Optional.ofNullable(minPrice).map(BigDecimal::toPlainString))
                .queryParamIfPresent("maxPrice", Optional.ofNullable(maxPrice).map(BigDecimal::toPlainString))
                .queryParamIfPresent("inStock", Optional.of("true").filter(v -> inStock))
                .queryParamIfPresent("brand", Optional.ofNullable(brand))
                .queryParamIfPresent("minRating", Optional.ofNullable(minRating))
                .queryParamIfPresent("option", Optional.ofNullable(option).map(ProductQuery.OptionValue::toString))
                .queryParamIfPresent("sort", Optional.of(sortValue()).filter(v -> sort != ProductSort.RELEVANCE))
                .queryParamIfPresent("page", Optional.of(pageIndex + 1).filter(n -> n > 1))
                .encode()
                .build()
                .toUriString();
    }

    List<String> pageLinks(String path, int totalPages) {
        return IntStream.range(0, totalPages).mapToObj(n -> url(path, n)).toList();
    }

    public boolean filtered() {
        return minPrice != null || maxPrice != null || inStock || brand != null || minRating != null || option != null;
    }

    private static BigDecimal price(String value, String label, List<String> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(text.replace("$", "").replace(",", ""));
            if (price.signum() >= 0 && price.compareTo(MAX_PRICE) <= 0) {
                return price.stripTrailingZeros().scale() < 0 ? price.setScale(0) : price.stripTrailingZeros();
            }
        } catch (NumberFormatException e) {
            // told below
        }
        problems.add(label + " must be an amount like 25 or 19.99, so \"" + text + "\" was left out.");
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("relevance", "Best match");
        sorts.put("price_asc", "Price: low to high");
        sorts.put("price_desc", "Price: high to low");
        sorts.put("newest", "Newest");
        sorts.put("rating", "Top rated");
        sorts.put("name", "Name: A to Z");
        return Collections.unmodifiableMap(sorts);
    }
}
