package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link TaxCalculator} over thousands of generated orders (seeded, so a failure repeats):
 * random amounts, classes, rates with up to four decimals, names shared between rates, both price modes,
 * shipping taxed or not. The expected figures are worked out here in whole numbers (rates as basis points
 * of a hundredth), independently of the calculator's BigDecimal arithmetic.
 */
class TaxCalculatorPropertyTests {

    private static final int ORDERS = 5_000;
    private static final List<String> CLASSES = List.of("standard", "reduced", "zero", "unrated");

    /** One generated order: its amounts, shipping, rules, and the rates in ten-thousandths by class. */
    private record Order(List<TaxableAmount> amounts, long shipping, TaxRules rules, Map<String, Long> basisPoints) {
    }

    @Test
    void taxLinesAddUpToTheTotalAndTheTotalToTheLineAndShippingTaxes() {
        forEachOrder(order -> {
            TaxResult result = calculate(order);
            long linesSum = result.lines().stream().mapToLong(line -> Money.toMinor(line.amount())).sum();
            long partsSum = result.lineTaxes().stream().mapToLong(Long::longValue).sum() + result.shippingTax();
            assertThat(linesSum).as("tax lines of %s", order).isEqualTo(result.total());
            assertThat(partsSum).as("line and shipping taxes of %s", order).isEqualTo(result.total());
            assertThat(result.lineTaxes()).hasSameSizeAs(order.amounts());
        });
    }

    @Test
    void noTaxIsEverNegativeAndNoTaxLineIsZero() {
        forEachOrder(order -> {
            TaxResult result = calculate(order);
            assertThat(result.lineTaxes()).allSatisfy(tax -> assertThat(tax).isNotNegative());
            assertThat(result.shippingTax()).isNotNegative();
            assertThat(result.lines()).allSatisfy(line -> assertThat(line.amount()).isPositive());
        });
    }

    @Test
    void taxContainedInAPriceNeverExceedsThePrice() {
        forEachOrder(order -> {
            TaxRules inclusive = new TaxRules(true, order.rules().taxShipping(), order.rules().byClass());
            TaxResult result = TaxCalculator.calculate(order.amounts(), order.shipping(), inclusive);
            for (int i = 0; i < order.amounts().size(); i++) {
                assertThat(result.lineTaxes().get(i)).isLessThanOrEqualTo(order.amounts().get(i).amountMinor());
            }
            assertThat(result.shippingTax()).isLessThanOrEqualTo(order.shipping());
        });
    }

    @Test
    void aZeroRateOrAClassWithoutARateGivesNoTax() {
        forEachOrder(order -> {
            TaxResult result = calculate(order);
            for (int i = 0; i < order.amounts().size(); i++) {
                Long bp = order.basisPoints().get(order.amounts().get(i).taxClass());
                if (bp == null || bp == 0) {
                    assertThat(result.lineTaxes().get(i)).as("line %d of %s", i, order).isZero();
                }
            }
        });
    }

    @Test
    void eachLineIsTaxedOnItsOwnAndRoundedHalfUp() {
        forEachOrder(order -> {
            TaxResult result = calculate(order);
            for (int i = 0; i < order.amounts().size(); i++) {
                TaxableAmount amount = order.amounts().get(i);
                long bp = order.basisPoints().getOrDefault(amount.taxClass(), 0L);
                long expected = order.rules().pricesIncludeTax()
                        ? amount.amountMinor() - roundHalfUp(amount.amountMinor() * 10_000, 10_000 + bp)
                        : roundHalfUp(amount.amountMinor() * bp, 10_000);
                assertThat(result.lineTaxes().get(i)).as("line %d of %s", i, order).isEqualTo(expected);
            }
            long shippingBp = order.rules().taxShipping() ? order.basisPoints().getOrDefault("standard", 0L) : 0;
            long expectedShipping = order.rules().pricesIncludeTax()
                    ? order.shipping() - roundHalfUp(order.shipping() * 10_000, 10_000 + shippingBp)
                    : roundHalfUp(order.shipping() * shippingBp, 10_000);
            assertThat(result.shippingTax()).as("shipping of %s", order).isEqualTo(expectedShipping);
        });
    }

    /** numerator / denominator rounded half up, for non-negative whole numbers. */
    private static long roundHalfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    private static TaxResult calculate(Order order) {
        return TaxCalculator.calculate(order.amounts(), order.shipping(), order.rules());
    }

    private static void forEachOrder(Consumer<Order> check) {
        Random random = new Random(20261204L);
        for (int n = 0; n < ORDERS; n++) {
            check.accept(order(random));
        }
    }

    private static Order order(Random random) {
        Map<String, TaxRate> byClass = new HashMap<>();
        Map<String, Long> basisPoints = new HashMap<>();
        for (String taxClass : CLASSES.subList(0, 3)) {
            if (random.nextInt(5) == 0) {
                continue; // sometimes a class has no rate at the address
            }
            long bp = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(10_001); // anything up to 100 %
                default -> random.nextInt(3_000); // the usual rates
            };
            basisPoints.put(taxClass, bp);
            // few names, so that different classes sometimes share a tax line
            byClass.put(taxClass, new TaxRate(taxClass, random.nextBoolean() ? "VAT" : "Sales tax", BigDecimal.valueOf(bp, 4)));
        }
        List<TaxableAmount> amounts = new ArrayList<>();
        int lines = random.nextInt(8);
        for (int i = 0; i < lines; i++) {
            long amount = random.nextInt(10) == 0 ? 0 : random.nextInt(10) == 0
                    ? random.nextLong(1_000_000_000_000L) : random.nextInt(100_000);
            amounts.add(new TaxableAmount(amount, CLASSES.get(random.nextInt(CLASSES.size()))));
        }
        long shipping = random.nextBoolean() ? 0 : random.nextInt(5_000);
        return new Order(amounts, shipping, new TaxRules(random.nextBoolean(), random.nextBoolean(), byClass), basisPoints);
    }
}
