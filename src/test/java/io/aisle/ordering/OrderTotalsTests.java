package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The money rules of an order, over thousands of generated carts (seeded, so a failure repeats): totals add up,
 * nothing is negative, and every tax is its line's amount at its rate rounded half up, once.
 */
class OrderTotalsTests {

    private static final String[] CLASSES = { "standard", "reduced", "zero" };
    private static final BigDecimal[] RATES = { new BigDecimal("0.0725"), new BigDecimal("0.19"),
            new BigDecimal("0.07"), new BigDecimal("0.055"), new BigDecimal("0.2"), new BigDecimal("0.13"),
            new BigDecimal("0.0475"), BigDecimal.ZERO };

    @Test
    void totalsAreLinesPlusShippingPlusTaxMinusDiscountsAndNeverNegativeForThousandsOfCarts() {
        Random random = new Random(20261204);
        for (int run = 0; run < 20_000; run++) {
            boolean included = random.nextInt(3) == 0;
            TaxRules rules = rules(random, included);
            List<OrderTotals.Line> lines = lines(random);
            long shipping = random.nextInt(4) == 0 ? 0 : random.nextInt(5_000);
            long shippingDiscount = random.nextInt(5) == 0 ? shipping : 0;

            OrderTotals totals = OrderTotals.of(lines, shipping, shippingDiscount, rules);

            long subtotal = lines.stream().mapToLong(OrderTotals.Line::amount).sum();
            long lineDiscounts = lines.stream().mapToLong(OrderTotals.Line::discount).sum();
            String seen = "run " + run + ": " + lines + " shipping " + shipping + " rules " + rules;
            assertThat(totals.subtotal()).as(seen).isEqualTo(subtotal);
            assertThat(totals.discounts()).as(seen).isEqualTo(lineDiscounts + shippingDiscount);
            long expectedTotal = subtotal + shipping - lineDiscounts - shippingDiscount + (included ? 0 : totals.tax());
            assertThat(totals.total()).as(seen).isEqualTo(expectedTotal).isNotNegative();
            assertThat(totals.tax()).as(seen).isNotNegative()
                    .isEqualTo(totals.taxLines().stream().mapToLong(line -> line.amount().movePointRight(2).longValueExact()).sum())
                    .isEqualTo(totals.lines().stream().mapToLong(OrderTotals.Line::tax).sum() + totals.shippingTax());
            if (included) {
                assertThat(totals.tax()).as(seen).isLessThanOrEqualTo(totals.total());
            }
            for (OrderTotals.Line line : totals.lines()) {
                assertThat(line.discount()).as(seen).isBetween(0L, line.amount());
                assertThat(line.tax()).as(seen).isEqualTo(expectedTax(line.amount() - line.discount(),
                        rules.byClass().get(line.taxClass()), included));
            }
        }
    }

    @Test
    void taxAddedToPricesIsRoundedHalfUpPerLine() {
        TaxRules california = new TaxRules(false, false,
                Map.of("standard", new TaxRate("standard", "CA sales tax", new BigDecimal("0.0725"))));
        // 3 × 19.99 = 59.97; × 7.25 % = 4.347825 → 4.35, and 0.10 × 7.25 % = 0.00725 → 0.01
        OrderTotals totals = OrderTotals.of(List.of(OrderTotals.Line.of(5_997, 0, "standard"),
                OrderTotals.Line.of(10, 0, "standard")), 999, 0, california);

        assertThat(totals.lines()).extracting(OrderTotals.Line::tax).containsExactly(435L, 1L);
        assertThat(totals.total()).isEqualTo(5_997 + 10 + 999 + 436);
        assertThat(totals.taxLines()).singleElement()
                .satisfies(line -> assertThat(line.name()).isEqualTo("CA sales tax"))
                .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("4.36"));
    }

    @Test
    void taxIncludedInPricesIsThePartOfThePriceThatIsTax() {
        TaxRules germany = new TaxRules(true, true, Map.of(
                "standard", new TaxRate("standard", "MwSt.", new BigDecimal("0.19")),
                "reduced", new TaxRate("reduced", "MwSt.", new BigDecimal("0.07"))));
        // 119.00 at 19 % holds 19.00; 10.70 at 7 % holds 0.70; shipping 5.95 at 19 % holds 0.95
        OrderTotals totals = OrderTotals.of(List.of(OrderTotals.Line.of(11_900, 0, "standard"),
                OrderTotals.Line.of(1_070, 0, "reduced")), 595, 0, germany);

        assertThat(totals.lines()).extracting(OrderTotals.Line::tax).containsExactly(1_900L, 70L);
        assertThat(totals.shippingTax()).isEqualTo(95);
        assertThat(totals.total()).isEqualTo(11_900 + 1_070 + 595);
        assertThat(totals.taxLines()).extracting(line -> line.amount().toPlainString()).containsExactly("19.95", "0.70");
    }

    @Test
    void discountsAreTakenBeforeTaxAndNeverExceedWhatTheyDiscount() {
        TaxRules rules = new TaxRules(false, false,
                Map.of("standard", new TaxRate("standard", "VAT", new BigDecimal("0.20"))));
        OrderTotals totals = OrderTotals.of(List.of(OrderTotals.Line.of(1_000, 250, "standard"),
                OrderTotals.Line.of(500, 9_999, "standard")), 700, 9_999, rules);

        assertThat(totals.lines()).extracting(OrderTotals.Line::discount).containsExactly(250L, 500L);
        assertThat(totals.lines()).extracting(OrderTotals.Line::tax).containsExactly(150L, 0L);
        assertThat(totals.discounts()).isEqualTo(250 + 500 + 700);
        assertThat(totals.total()).isEqualTo(750 + 150);
    }

    private static long expectedTax(long amount, TaxRate rate, boolean included) {
        if (rate == null) {
            return 0;
        }
        BigDecimal paid = BigDecimal.valueOf(amount);
        if (!included) {
            return paid.multiply(rate.rate()).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return amount - paid.divide(BigDecimal.ONE.add(rate.rate()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static TaxRules rules(Random random, boolean included) {
        Map<String, TaxRate> byClass = new HashMap<>();
        for (String taxClass : CLASSES) {
            if (random.nextInt(4) != 0) {
                byClass.put(taxClass, new TaxRate(taxClass, "Tax " + taxClass, RATES[random.nextInt(RATES.length)]));
            }
        }
        return new TaxRules(included, random.nextBoolean(), byClass);
    }

    private static List<OrderTotals.Line> lines(Random random) {
        List<OrderTotals.Line> lines = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            long amount = random.nextInt(10) == 0 ? 0 : (1 + random.nextInt(20_000)) * (long) (1 + random.nextInt(99));
            long discount = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextLong(amount + 1);
                case 2 -> amount;
                default -> amount + random.nextInt(1_000); // more than the line: capped
            };
            lines.add(OrderTotals.Line.of(amount, discount, CLASSES[random.nextInt(CLASSES.length)]));
        }
        return lines;
    }
}
