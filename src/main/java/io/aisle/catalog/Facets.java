package io.aisle.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many products of a listing fall under each value a customer could narrow it by: categories, brands
 * (most products first), price bands, minimum ratings ("4 stars and up"), in stock, and variant option
 * values. Counts are within the listing as it is filtered now, so a value's count is what choosing it would
 * show. Values with no product are left out.
 */
public record Facets(List<FacetCount> categories, List<FacetCount> brands, List<FacetCount> prices,
        List<FacetCount> ratings, long inStock, List<OptionFacet> options) {

    /** The brands shown at most, the most common first. */
    public static final int MAX_BRANDS = 20;

    /** One value and its count; for a price band the value is "min-max" (max empty for the open top band). */
    public record FacetCount(String value, String label, long count) {
    }

    /** The values of one variant option (a size, a colour) across the listing. */
    public record OptionFacet(String name, List<FacetCount> values) {
    }

    /** One counted row, as SQL or an in-memory count produces them: facet is category, brand, price, rating, stock or option. */
    public record Row(String facet, String value, String label, long count) {
    }

    /** The facets from counted rows, each list in its display order. */
    public static Facets of(List<Row> rows) {
        Map<String, List<FacetCount>> options = new TreeMap<>();
        List<FacetCount> categories = new ArrayList<>();
        List<FacetCount> brands = new ArrayList<>();
        List<FacetCount> prices = new ArrayList<>();
        List<FacetCount> ratings = new ArrayList<>();
        long inStock = 0;
        for (Row row : rows) {
            if (row.count() == 0 || row.value() == null || row.value().isEmpty()) {
                continue;
            }
            FacetCount count = new FacetCount(row.value(), row.label(), row.count());
            switch (row.facet()) {
                case "category" -> categories.add(count);
                case "brand" -> brands.add(count);
                case "price" -> prices.add(new FacetCount(row.value(), PriceBands.label(row.value()), row.count()));
                case "rating" -> ratings.add(new FacetCount(row.value(), row.value() + " stars and up", row.count()));
                case "stock" -> inStock = row.count();
                case "option" -> options.computeIfAbsent(row.label(), name -> new ArrayList<>())
                        .add(new FacetCount(row.value(), row.value(), row.count()));
                default -> throw new IllegalArgumentException("unknown facet " + row.facet());
            }
        }
        categories.sort(Comparator.comparing(FacetCount::label));
        brands.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        prices.sort(Comparator.comparing(c -> PriceBands.lower(c.value())));
        ratings.sort(Comparator.comparing(FacetCount::value).reversed());
        List<OptionFacet> optionFacets = new ArrayList<>();
        options.forEach((name, values) -> optionFacets.add(new OptionFacet(name, values.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList())));
        return new Facets(categories, brands.size() > MAX_BRANDS ? List.copyOf(brands.subList(0, MAX_BRANDS)) : brands,
                prices, ratings, inStock, optionFacets);
    }

    /**
     * Counts these products in memory (a ranked search's products), as the SQL facets count a listing; their
     * option values come counted ({@code optionRows}).
     */
    public static Facets count(List<Product> products, List<Row> optionRows) {
        List<Row> rows = new ArrayList<>();
        products.stream().collect(Collectors.groupingBy(Product::category, Collectors.counting()))
                .forEach((c, n) -> rows.add(new Row("category", c.slug(), c.name(), n)));
        products.stream().collect(Collectors.groupingBy(Product::brand, Collectors.counting()))
                .forEach((b, n) -> rows.add(new Row("brand", b, b, n)));
        products.stream().collect(Collectors.groupingBy(p -> PriceBands.of(p.price()),
                Collectors.counting())).forEach((band, n) -> rows.add(new Row("price", band, "", n)));
        for (int stars : PriceBands.RATINGS) {
            rows.add(new Row("rating", String.valueOf(stars), "", products.stream()
                    .filter(p -> p.ratingAverage().compareTo(BigDecimal.valueOf(stars)) >= 0).count()));
        }
        rows.add(new Row("stock", "in", "", products.stream().filter(Product::inStock).count()));
        rows.addAll(optionRows);
        return of(rows);
    }
}
