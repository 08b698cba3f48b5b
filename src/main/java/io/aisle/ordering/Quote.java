package io.aisle.ordering;

import io.aisle.shipping.ShippingOption;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an order would cost now: the lines with their discounts and taxes, the shipping methods the address
 * can have and the chosen one, and the totals, worked out exactly as checkout will (see {@link OrderTotals}).
 * Without an address ({@code taxKnown} false) shipping and tax are not known yet: {@code shipping} is null,
 * {@code shippingFee} and {@code taxTotal} are 0, and the total is what the lines cost after discounts.
 * {@code estimated}: priced for the shop's home country before the shopper gave an address (the cart page), so
 * shipping is the cheapest method there and tax may change with the address.
 */
public record Quote(
        List<Line> lines,
        int itemCount,
        BigDecimal subtotal,
        BigDecimal discountTotal,
        BigDecimal shippingFee,
        BigDecimal taxTotal,
        boolean pricesIncludeTax,
        boolean taxKnown,
        BigDecimal total,
        String currency,
        ShippingOption shipping,
        List<ShippingOption> shippingOptions,
        List<OrderAdjustment> adjustments,
        boolean estimated) {

    /** A priced line; {@code discount} is its share of the discounts, {@code tax} the tax on what is left. */
    public record Line(long productId, String sku, String name, String imageUrl, BigDecimal unitPrice, int quantity,
            BigDecimal lineTotal, BigDecimal discount, String taxClass, BigDecimal taxRate, BigDecimal tax) {
    }

    /** This quote, marked as an estimate for an address the shopper has not given. */
    Quote asEstimate() {
        return new Quote(lines, itemCount, subtotal, discountTotal, shippingFee, taxTotal, pricesIncludeTax, taxKnown,
                total, currency, shipping, shippingOptions, adjustments, true);
    }

    public List<OrderAdjustment> taxLines() {
        return adjustments.stream().filter(a -> a.kind() == OrderAdjustment.Kind.TAX).toList();
    }

    public List<OrderAdjustment> discountLines() {
        return adjustments.stream().filter(a -> a.kind() != OrderAdjustment.Kind.TAX).toList();
    }
}
