package io.aisle.taxes;

import io.aisle.platform.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices the tax of an order: pure arithmetic on minor units, no state, no database.
 *
 * <p>The rule (docs/taxes.md): each taxable amount (an order line after its discount, and shipping when the
 * shop taxes it, at the standard rate) is taxed at the rate of its class at the address and rounded on its
 * own to a whole minor unit by the shop's one rounding rule, {@link Money#ROUNDING} (half up). Prices
 * without tax: tax added = round(amount × rate). Prices with tax included: tax contained =
 * amount − round(amount / (1 + rate)). A class without a rate at the address is taxed 0. The tax lines group
 * the rounded amounts by name and rate, in the order they first appear, so they always add up to the total.
 */
public final class TaxCalculator {

    private TaxCalculator() {
    }

    /** The tax of these amounts and this shipping amount (minor units, not negative) under these rules. */
    public static TaxResult calculate(List<TaxableAmount> amounts, long shippingMinor, TaxRules rules) {
        if (shippingMinor < 0) {
            throw new IllegalArgumentException("Shipping is never negative: " + shippingMinor);
        }
        Map<LineKey, Long> grouped = new LinkedHashMap<>();
        List<Long> lineTaxes = new ArrayList<>(amounts.size());
        long total = 0;
        for (TaxableAmount amount : amounts) {
            long tax = taxOn(amount.amountMinor(), rules.rate(amount.taxClass()), rules, grouped);
            lineTaxes.add(tax);
            total += tax;
        }
        long shippingTax = taxOn(shippingMinor, rules.shippingRate(), rules, grouped);
        total += shippingTax;
        List<TaxLine> lines = new ArrayList<>();
        grouped.forEach((key, minor) -> {
            if (minor > 0) {
                lines.add(new TaxLine(key.name(), key.rate(), Money.fromMinor(minor)));
            }
        });
        return new TaxResult(lineTaxes, shippingTax, lines, total);
    }

    /** The tax of one amount (minor units) at one rate; added to or contained in it as the shop's prices are. */
    public static long tax(long amountMinor, BigDecimal rate, boolean pricesIncludeTax) {
        if (rate.signum() == 0 || amountMinor == 0) {
            return 0;
        }
        if (!pricesIncludeTax) {
            return Money.times(amountMinor, rate);
        }
        long net = BigDecimal.valueOf(amountMinor).divide(BigDecimal.ONE.add(rate), 0, Money.ROUNDING).longValueExact();
        return amountMinor - net;
    }

    private static long taxOn(long amountMinor, Optional<TaxRate> rate, TaxRules rules, Map<LineKey, Long> grouped) {
        if (rate.isEmpty()) {
            return 0;
        }
        long tax = tax(amountMinor, rate.get().rate(), rules.pricesIncludeTax());
        grouped.merge(LineKey.of(rate.get()), tax, Long::sum);
        return tax;
    }

    /** Tax lines group by name and rate; 0.07 and 0.0700 are one rate. */
    private record LineKey(String name, BigDecimal rate) {

        static LineKey of(TaxRate rate) {
            return new LineKey(rate.name(), rate.rate().stripTrailingZeros());
        }
    }
}
