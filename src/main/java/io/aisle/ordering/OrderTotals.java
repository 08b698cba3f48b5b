package io.aisle.ordering;

import io.aisle.taxes.TaxCalculator;
import io.aisle.taxes.TaxLine;
import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxResult;
import io.aisle.taxes.TaxRules;
import io.aisle.taxes.TaxableAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of an order's total, in minor units, with no I/O: the lines (their amount at the prices as
 * entered, the discount that fell on each), shipping and its discount, and the tax rules of the address. Tax is
 * worked out by {@link TaxCalculator} per line on what the customer pays for it (amount − discount) and on
 * shipping after its discount, each rounded once, half up. {@code total = subtotal − discounts + shipping (+ tax
 * when prices exclude it)}; discounts are capped at what they discount, so no figure is ever negative.
 */
record OrderTotals(List<Line> lines, long subtotal, long shipping, long discounts, long shippingTax, long tax,
        long total, List<TaxLine> taxLines) {

    /** A line: its amount (unit price × quantity), the discount on it, and its tax once worked out. */
    record Line(long amount, long discount, String taxClass, long tax, BigDecimal rate) {

        static Line of(long amount, long discount, String taxClass) {
            return new Line(amount, Math.min(Math.max(discount, 0), amount), taxClass, 0, BigDecimal.ZERO);
        }
    }

    static OrderTotals of(List<Line> lines, long shippingPrice, long shippingDiscount, TaxRules rules) {
        long discountedShipping = shippingPrice - Math.min(Math.max(shippingDiscount, 0), shippingPrice);
        TaxResult tax = TaxCalculator.calculate(lines.stream()
                .map(line -> new TaxableAmount(line.amount() - line.discount(), line.taxClass())).toList(),
                discountedShipping, rules);
        List<Line> taxed = new ArrayList<>(lines.size());
        long subtotal = 0;
        long discounts = shippingPrice - discountedShipping;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // four decimals, as stored (DECIMAL(7,4)), so that an order reads back as it was answered
            BigDecimal rate = rules.rate(line.taxClass()).map(TaxRate::rate).orElse(BigDecimal.ZERO)
                    .setScale(4, RoundingMode.HALF_UP);
            taxed.add(new Line(line.amount(), line.discount(), line.taxClass(), tax.lineTaxes().get(i), rate));
            subtotal += line.amount();
            discounts += line.discount();
        }
        long total = subtotal - discounts + shippingPrice + (rules.pricesIncludeTax() ? 0 : tax.total());
        return new OrderTotals(List.copyOf(taxed), subtotal, shippingPrice, discounts, tax.shippingTax(), tax.total(),
                total, tax.lines());
    }
}
