package io.aisle.productcsv.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One product of an import file, from the rows that share its handle: the first row's product fields, every
 * row's variant and image. {@code row} is its first row; {@code status} is DRAFT, ACTIVE or ARCHIVED;
 * {@code category} the category's name (from Type, or the last segment of Product Category);
 * {@code optionNames} is empty for a product with only Shopify's "Title / Default Title" option.
 */
public record CsvProduct(long row, String handle, String title, String description, String vendor, String category,
        String status, List<String> optionNames, List<Variant> variants, List<Image> images) {

    /** A variant row; {@code options} holds its values in option order (empty for the default variant). */
    public record Variant(long row, String sku, List<String> options, BigDecimal price, BigDecimal compareAtPrice,
            int stock, int grams, boolean taxable, String image) {
    }

    /** An image row; {@code position} is 1 for the main image. */
    public record Image(long row, String src, int position, String alt) {
    }
}
