package io.aisle.ordering;

import io.aisle.platform.Money;
import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of an order's total, in minor units, with no I/O: the lines (their amount at the prices as
 * entered, the discount that fell on each), shipping and its discount, and the tax rules of the address.
 * Tax is worked out per line on what the customer pays for it (amount − discount) and on shipping after its
 * discount when the shop taxes shipping, each rounded once by {@link Money#ROUNDING}:
 * <ul>
 *   <li>prices exclude tax: tax = amount × rate, added to the total;</li>
 *   <li>prices include tax: tax = amount − amount / (1 + rate), contained in the total.</li>
 * </ul>
 * {@code total = subtotal − discounts + shipping (+ tax when prices exclude it)}; discounts are capped at what
 * they discount, so no figure is ever negative.
 */
record OrderTotals(List<Line> lines, long subtotal, long shipping, long discounts, long shippingTax, long tax,
        long total, List<TaxLine> taxLines) {

    /** A line: its amount (unit price × quantity), the discount on it, and its tax once worked out. */
    record Line(long amount, long discount, String taxClass, long tax, BigDecimal rate) {

        static Line of(long amount, long discount, String taxClass) {
            return new Line(amount, Math.min(Math.max(discount, 0), amount), taxClass, 0, BigDecimal.ZERO);
        }
    }

    /** The tax at one rate, over every line and shipping taxed at it. */
    record TaxLine(String name, BigDecimal rate, long amount) {
    }

    static OrderTotals of(List<Line> lines, long shippingPrice, long shippingDiscount, TaxRules rules) {
        long discountedShipping = shippingPrice - Math.min(Math.max(shippingDiscount, 0), shippingPrice);
        Map<String, TaxLine> byRate = new LinkedHashMap<>();
        List<Line> taxed = new ArrayList<>(lines.size());
        long subtotal = 0;
        long discounts = shippingPrice - discountedShipping;
        long tax = 0;
        for (Line line : lines) {
            TaxRate rate = rules.byClass().get(line.taxClass());
            long lineTax = taxOn(line.amount() - line.discount(), rate, rules.pricesIncludeTax());
            taxed.add(new Line(line.amount(), line.discount(), line.taxClass(), lineTax,
                    rate == null ? BigDecimal.ZERO : rate.rate()));
            add(byRate, rate, lineTax);
            subtotal += line.amount();
            discounts += line.discount();
            tax += lineTax;
        }
        long shippingTax = 0;
        if (rules.taxShipping()) {
            TaxRate rate = rules.byClass().get("standard");
            shippingTax = taxOn(discountedShipping, rate, rules.pricesIncludeTax());
            add(byRate, rate, shippingTax);
            tax += shippingTax;
        }
        long total = subtotal - discounts + shippingPrice + (rules.pricesIncludeTax() ? 0 : tax);
        return new OrderTotals(List.copyOf(taxed), subtotal, shippingPrice, discounts, shippingTax, tax, total,
                List.copyOf(byRate.values()));
    }

    /** The tax on an amount the customer pays: added to it, or (prices include tax) the part of it that is tax. */
    static long taxOn(long amount, TaxRate rate, boolean included) {
        if (rate == null || rate.rate().signum() == 0 || amount == 0) {
            return 0;
        }
        if (!included) {
            return Money.times(amount, rate.rate());
        }
        long net = BigDecimal.valueOf(amount).divide(BigDecimal.ONE.add(rate.rate()), 0, Money.ROUNDING)
                .longValueExact();
        return amount - net;
    }

    private static void add(Map<String, TaxLine> byRate, TaxRate rate, long amount) {
        if (rate == null || amount == 0) {
            return;
        }
        String key = rate.name() + '@' + rate.rate().stripTrailingZeros().toPlainString();
        TaxLine sum = byRate.get(key);
        byRate.put(key, new TaxLine(rate.name(), rate.rate(), (sum == null ? 0 : sum.amount()) + amount));
    }
}
