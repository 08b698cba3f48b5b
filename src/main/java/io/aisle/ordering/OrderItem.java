package io.aisle.ordering;

import java.math.BigDecimal;

/**
 * A line of an order, as it was when bought. {@code lineTotal} is unit price × quantity; {@code discount} the
 * part of the order's discounts that fell on this line; {@code tax} the tax on {@code lineTotal − discount} at
 * {@code taxRate} (added to it, or contained in it when the shop's prices include tax).
 */
public record OrderItem(long productId, String sku, String name, String categorySlug, String categoryName,
        BigDecimal unitPrice, int quantity, BigDecimal lineTotal, String taxClass, BigDecimal discount,
        BigDecimal tax, BigDecimal taxRate) {

    /** A line without tax or discount (imported histories, and orders from before taxes existed). */
    public static OrderItem untaxed(long productId, String sku, String name, String categorySlug,
            String categoryName, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
        return new OrderItem(productId, sku, name, categorySlug, categoryName, unitPrice, quantity, lineTotal,
                "standard", BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(4));
    }
}
