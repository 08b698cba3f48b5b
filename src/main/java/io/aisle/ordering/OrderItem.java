package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * A line of an order, as it was when bought. {@code lineTotal} is unit price × quantity; {@code discount} the
 * part of the order's discounts that fell on this line; {@code tax} the tax on {@code lineTotal − discount} at
 * {@code taxRate} (added to it, or contained in it when the shop's prices include tax). {@code variantId} is the
 * variant bought (null for lines of imported histories) and {@code variantTitle} its option values ("42 / Blue",
 * empty for a product without options).
 */
public record OrderItem(long productId, String sku, String name, String categorySlug, String categoryName,
        BigDecimal unitPrice, int quantity, BigDecimal lineTotal, String taxClass, BigDecimal discount,
        BigDecimal tax, BigDecimal taxRate, Long variantId, String variantTitle) {

    public OrderItem {
        variantTitle = variantTitle == null ? "" : variantTitle;
    }

    /** The name with the variant's option values: "Trail Shoe (42 / Blue)". */
    public String lineName() {
        return variantTitle.isEmpty() ? name : name + " (" + variantTitle + ")";
    }

    /** A line without tax or discount (imported histories, and orders from before taxes existed). */
    public static OrderItem untaxed(long productId, String sku, String name, String categorySlug,
            String categoryName, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
        return new OrderItem(productId, sku, name, categorySlug, categoryName, unitPrice, quantity, lineTotal,
                "standard", BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(4), null, "");
    }
}
