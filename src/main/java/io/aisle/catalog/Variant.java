package io.aisle.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sellable form of a product: a size, a colour, a size in a colour. {@code options} are its values in the order of
 * the product's option names ({@link ProductService#options}); a product without options has one default variant
 * whose options are empty. {@code compareAtPrice} is the price before a sale (null when not on sale).
 */
public record Variant(long id, long productId, String sku, List<String> options, BigDecimal price,
        BigDecimal compareAtPrice, int stock, int weightGrams, int position) {

    public Variant {
        options = List.copyOf(options);
    }

    /** The option values as a customer reads them: "M / Blue"; empty for a default variant. */
    public String title() {
        return String.join(" / ", options);
    }

    public boolean onSale() {
        return compareAtPrice != null && compareAtPrice.compareTo(price) > 0;
    }

    public boolean inStock() {
        return stock > 0;
    }
}
