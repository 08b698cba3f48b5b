package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of the rounding and grouping rules, as docs/taxes.md states them. */
class TaxCalculatorTests {

    private static final TaxRate VAT_19 = new TaxRate("standard", "VAT", new BigDecimal("0.1900"));
    private static final TaxRate VAT_7 = new TaxRate("reduced", "VAT", new BigDecimal("0.0700"));
    private static final TaxRate CA = new TaxRate("standard", "CA sales tax", new BigDecimal("0.0725"));

    @Test
    void addsTaxRoundedHalfUpPerLineWhenPricesExcludeTax() {
        // 19.99 × 7.25 % = 1.449275 → 1.45; 0.20 × 7.25 % = 0.0145 → 0.01; 10.00 × 7.25 % = 0.725 → 0.73
        TaxResult result = TaxCalculator.calculate(List.of(line(1999, "standard"), line(20, "standard"),
                line(1000, "standard")), 0, rules(false, false, CA));

        assertThat(result.lineTaxes()).containsExactly(145L, 1L, 73L);
        assertThat(result.total()).isEqualTo(219);
        assertThat(result.lines()).containsExactly(new TaxLine("CA sales tax", new BigDecimal("0.0725"), new BigDecimal("2.19")));
    }

    @Test
    void findsTheTaxContainedInTaxInclusivePrices() {
        // 119.00 at 19 % contains 19.00; 19.99 contains 19.99 − round(16.798…) = 19.99 − 16.80 = 3.19
        TaxResult result = TaxCalculator.calculate(List.of(line(11900, "standard"), line(1999, "standard")), 0,
                rules(true, false, VAT_19));

        assertThat(result.lineTaxes()).containsExactly(1900L, 319L);
        assertThat(result.total()).isEqualTo(2219);
    }

    @Test
    void groupsTaxLinesByNameAndRateAndLeavesUnratedClassesUntaxed() {
        TaxResult result = TaxCalculator.calculate(List.of(line(1000, "standard"), line(1000, "reduced"),
                line(500, "standard"), line(700, "zero")), 0, rules(false, false, VAT_19, VAT_7));

        assertThat(result.lineTaxes()).containsExactly(190L, 70L, 95L, 0L);
        assertThat(result.lines()).containsExactly(
                new TaxLine("VAT", new BigDecimal("0.19"), new BigDecimal("2.85")),
                new TaxLine("VAT", new BigDecimal("0.07"), new BigDecimal("0.70")));
    }

    @Test
    void taxesShippingAtTheStandardRateOnlyWhenTheShopTaxesShipping() {
        List<TaxableAmount> books = List.of(line(1000, "reduced"));

        TaxResult untaxed = TaxCalculator.calculate(books, 499, rules(false, false, VAT_19, VAT_7));
        TaxResult taxed = TaxCalculator.calculate(books, 499, rules(false, true, VAT_19, VAT_7));

        assertThat(untaxed.shippingTax()).isZero();
        assertThat(taxed.shippingTax()).isEqualTo(95); // 4.99 × 19 % = 0.9481
        assertThat(taxed.total()).isEqualTo(70 + 95);
        assertThat(taxed.lines()).extracting(TaxLine::rate).containsExactly(new BigDecimal("0.07"), new BigDecimal("0.19"));
    }

    @Test
    void anAddressWithoutRatesPaysNoTax() {
        TaxResult result = TaxCalculator.calculate(List.of(line(5000, "standard")), 999, new TaxRules(false, true, Map.of()));

        assertThat(result.total()).isZero();
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> line(-1, "standard")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaxCalculator.calculate(List.of(), -1, rules(false, true, VAT_19)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TaxableAmount line(long minor, String taxClass) {
        return new TaxableAmount(minor, taxClass);
    }

    private static TaxRules rules(boolean inclusive, boolean shipping, TaxRate... rates) {
        return new TaxRules(inclusive, shipping, java.util.Arrays.stream(rates)
                .collect(java.util.stream.Collectors.toMap(TaxRate::taxClass, r -> r)));
    }
}
