package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;

/**
 * What a product listing asks for. Every filter is optional; {@code text} matches name, brand and
 * description, word by word, and products matching more of the words rank first. {@code brand} is matched
 * exactly (as the facets name it), {@code minRating} against the average rating (1 to 5), {@code option}
 * keeps the products with a variant for sale that has this option value ("Size" "M").
 */
public record ProductQuery(
        String text,
        String category,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        Integer minStock,
        Integer maxStock,
        Boolean inStock,
        ProductSort sort,
        PageQuery page,
        String brand,
        Integer minRating,
        OptionValue option) {

    /** An option's value, as the option facet names it: Size = M. */
    public record OptionValue(String name, String value) {

        /** "Size:M" as a URL carries it; null when blank or without a colon. */
        public static OptionValue parse(String text) {
            if (text == null || text.indexOf(':') < 1) {
                return null;
            }
            return new OptionValue(text.substring(0, text.indexOf(':')).strip(), text.substring(text.indexOf(':') + 1).strip());
        }

        @Override
        public String toString() {
            return name + ":" + value;
        }
    }

    public ProductQuery(String text, String category, BigDecimal minPrice, BigDecimal maxPrice, Integer minStock,
            Integer maxStock, Boolean inStock, ProductSort sort, PageQuery page) {
        this(text, category, minPrice, maxPrice, minStock, maxStock, inStock, sort, page, null, null, null);
    }

    /** The highest price a DECIMAL(12,2) column holds. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    public ProductQuery {
        checkPrice("minPrice", minPrice);
        checkPrice("maxPrice", maxPrice);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidRequestException("minPrice", "must not be greater than maxPrice");
        }
        checkStock("minStock", minStock);
        checkStock("maxStock", maxStock);
        if (minStock != null && maxStock != null && minStock > maxStock) {
            throw new InvalidRequestException("minStock", "must not be greater than maxStock");
        }
        if (minRating != null && (minRating < 1 || minRating > 5)) {
            throw new InvalidRequestException("minRating", "must be between 1 and 5");
        }
        brand = brand == null || brand.isBlank() ? null : brand.strip();
        sort = sort == null ? ProductSort.RELEVANCE : sort;
        page = page == null ? PageQuery.of(null, null) : page;
    }

    private static void checkPrice(String name, BigDecimal price) {
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0)) {
            throw new InvalidRequestException(name, "must be between 0 and " + MAX_PRICE);
        }
    }

    private static void checkStock(String name, Integer stock) {
        if (stock != null && stock < 0) {
            throw new InvalidRequestException(name, "must be 0 or more");
        }
    }

    /**
     * Whether the product passes this query's filters (category, price, stock, brand, rating), the text and
     * the option value aside (a product does not carry its variants: {@link ProductSearch} asks the catalog): the same
     * conditions the SQL listing applies, for listings ranked in memory by {@link ProductSearch}.
     */
    public boolean admits(Product product) {
        return (category == null || category.isBlank() || category.trim().equals(product.category().slug()))
                && (minPrice == null || product.price().compareTo(minPrice) >= 0)
                && (maxPrice == null || product.price().compareTo(maxPrice) <= 0)
                && admitsStock(product.stock())
                && (brand == null || brand.equalsIgnoreCase(product.brand()))
                && (minRating == null || product.ratingAverage().compareTo(BigDecimal.valueOf(minRating)) >= 0);
    }

    /** Whether a product with this stock passes the query's stock filters (in stock, minimum and maximum stock). */
    public boolean admitsStock(int stock) {
        return (minStock == null || stock >= minStock) && (maxStock == null || stock <= maxStock)
                && (inStock == null || inStock == stock > 0);
    }

    /** The same query at another page (facets count every page of a listing, so they ignore it). */
    public ProductQuery withPage(PageQuery other) {
        return new ProductQuery(text, category, minPrice, maxPrice, minStock, maxStock, inStock, sort, other, brand,
                minRating, option);
    }

    /** The same query in another order (a listing's total does not depend on it). */
    public ProductQuery withSort(ProductSort other) {
        return new ProductQuery(text, category, minPrice, maxPrice, minStock, maxStock, inStock, other, page, brand,
                minRating, option);
    }

    public static ProductQuery all(PageQuery page) {
        return new ProductQuery(null, null, null, null, null, null, null, ProductSort.NAME, page);
    }
}
