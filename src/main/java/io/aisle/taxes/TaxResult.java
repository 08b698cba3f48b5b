package io.aisle.taxes;

import java.util.List;

/**
 * The tax of an order, all in minor units (cents). {@code lineTaxes} holds each taxable amount's tax, in
 * the order the amounts were given; {@code shippingTax} is the tax on shipping (0 when shipping is not
 * taxed); {@code lines} groups them by name and rate for display; {@code total} is their sum, which equals
 * the sum of {@code lines} because every amount is rounded once, before grouping. With
 * {@link TaxRules#pricesIncludeTax()} the figures are the tax contained in the amounts (the total does not
 * change); otherwise they are added on top.
 */
public record TaxResult(List<Long> lineTaxes, long shippingTax, List<TaxLine> lines, long total) {

    public TaxResult {
        lineTaxes = List.copyOf(lineTaxes);
        lines = List.copyOf(lines);
    }
}
