package io.aisle.catalog;

import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;

/**
 * What a product listing asks for. Every filter is optional; {@code text} matches name, brand and
 * description, word by word, and products matching more of the words rank first.
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
        PageQuery page) {

    public ProductQuery {
        if (minPrice != null && minPrice.signum() < 0 || maxPrice != null && maxPrice.signum() < 0) {
            throw new InvalidRequestException("prices must be 0 or more");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidRequestException("minPrice must not be greater than maxPrice");
        }
        if (minStock != null && minStock < 0 || maxStock != null && maxStock < 0) {
            throw new InvalidRequestException("stock filters must be 0 or more");
        }
        if (minStock != null && maxStock != null && minStock > maxStock) {
            throw new InvalidRequestException("minStock must not be greater than maxStock");
        }
        sort = sort == null ? ProductSort.RELEVANCE : sort;
        page = page == null ? PageQuery.of(null, null) : page;
    }

    public static ProductQuery all(PageQuery page) {
        return new ProductQuery(null, null, null, null, null, null, null, ProductSort.NAME, page);
    }
}
