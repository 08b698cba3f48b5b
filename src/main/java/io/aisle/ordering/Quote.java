package io.aisle.ordering;

import io.aisle.shipping.ShippingOption;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an order would cost now: the lines with their discounts and taxes, the shipping methods the address
 * can have and the chosen one, and the totals, worked out exactly as checkout will (see {@link OrderTotals}).
 * Without an address ({@code taxKnown} false) shipping and tax are not known yet: {@code shipping} is null,
 * {@code shippingFee} and {@code taxTotal} are 0, and the total is what the lines cost after discounts.
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
        List<OrderAdjustment> adjustments) {

    /** A priced line; {@code discount} is its share of the discounts, {@code tax} the tax on what is left. */
    public record Line(long productId, String sku, String name, String imageUrl, BigDecimal unitPrice, int quantity,
            BigDecimal lineTotal, BigDecimal discount, String taxClass, BigDecimal taxRate, BigDecimal tax) {
    }

    /** What the discounts save, lines and shipping together. */
    public BigDecimal savings() {
        return discountTotal;
    }

    public List<OrderAdjustment> taxLines() {
        return adjustments.stream().filter(a -> a.kind() == OrderAdjustment.Kind.TAX).toList();
    }

    public List<OrderAdjustment> discountLines() {
        return adjustments.stream().filter(a -> a.kind() != OrderAdjustment.Kind.TAX).toList();
    }
}
