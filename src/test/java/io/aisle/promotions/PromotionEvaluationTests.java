package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of promotion and each condition takes off a cart, on the real database. */
class PromotionEvaluationTests extends PromotionTest {

    private static List<String> amounts(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void aPercentageCodeTakesItsRoundedShareOfTheEligibleLinesOnlyWhateverTheCaseItIsTypedIn() {
        Promotion p = promotion(f -> f.value = new BigDecimal("15"));
        PromotionLine other = new PromotionLine(1, unique("elsewhere"), new BigDecimal("50.00"), 1);

        Discounts d = service.evaluate(List.of(line("10.00", 1), other, line("3.33", 3)), withCode(p.code().toLowerCase()));

        // 15% of 19.99 = 2.9985 -> 3.00, shared 10.00 : 9.99 by largest remainder
        assertThat(amounts(d.lineDiscounts())).containsExactly("1.50", "0.00", "1.50");
        assertThat(d.applied()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo("3.00");
            assertThat(a.code()).isEqualTo(p.code());
            assertThat(a.freeShipping()).isFalse();
        });
    }

    @Test
    void aFixedAmountIsSharedInProportionToTheLinesAndNeverExceedsThem() {
        Promotion p = promotion(f -> { f.kind = PromotionKind.FIXED_AMOUNT; f.value = new BigDecimal("10.00"); });

        Discounts d = service.evaluate(List.of(line("5.00", 1), line("5.00", 2)), withCode(p.code()));
        Discounts small = service.evaluate(List.of(line("4.00", 1)), withCode(p.code()));

        assertThat(amounts(d.lineDiscounts())).containsExactly("3.33", "6.67");
        assertThat(amounts(small.lineDiscounts())).containsExactly("4.00");
        assertThat(small.applied().get(0).amount()).isEqualByComparingTo("4.00");
    }

    @Test
    void freeShippingFromAMinimumIsAFlagAndTakesNothingOffTheLines() {
        Promotion p = promotion(f -> { f.kind = PromotionKind.FREE_SHIPPING; f.minSubtotal = new BigDecimal("30.00"); });

        Discounts d = service.evaluate(List.of(line("15.00", 2)), withCode(p.code()));

        assertThat(d.freeShipping()).isTrue();
        assertThat(amounts(d.lineDiscounts())).containsExactly("0.00");
        assertThat(d.applied()).singleElement().satisfies(a -> assertThat(a.freeShipping()).isTrue());
    }

    @Test
    void buyTwoGetOneFreeGivesTheCheapestUnitsOfEachGroupOfThree() {
        Promotion p = promotion(f -> { f.kind = PromotionKind.BUY_X_GET_Y; f.value = new BigDecimal("100"); f.buy = 2; f.discounted = 1; f.code = null; });

        // 7 units: two groups of three, so the two cheapest units (one at 4.00, one at 6.00) are free
        Discounts d = service.evaluate(List.of(line("10.00", 4), line("4.00", 1), line("6.00", 2)), withCode(null));

        assertThat(amounts(d.lineDiscounts())).containsExactly("0.00", "4.00", "6.00");
        assertThat(d.applied()).singleElement().satisfies(a -> {
            assertThat(a.promotionId()).isEqualTo(p.id());
            assertThat(a.code()).isNull();
            assertThat(a.amount()).isEqualByComparingTo("10.00");
        });
    }

    @Test
    void anAutomaticPromotionAppliesWithoutACodeAndIsLeftOutSilentlyWhenItsConditionsFail() {
        promotion(f -> { f.code = null; f.minSubtotal = new BigDecimal("50.00"); });

        assertThat(service.evaluate(List.of(line("60.00", 1)), withCode(null)).total()).isEqualByComparingTo("6.00");
        Discounts below = service.evaluate(List.of(line("40.00", 1)), withCode(null));
        assertThat(below.applied()).isEmpty();
        assertThat(below.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void targetProductsAreEligibleWhateverTheirCategory() {
        PromotionLine targeted = new PromotionLine(newOrderId(), "books", new BigDecimal("20.00"), 1);
        Promotion p = promotion(f -> { f.categories = List.of(); f.products = List.of(targeted.productId()); });

        Discounts d = service.evaluate(List.of(targeted, line("20.00", 1)), withCode(p.code()));

        assertThat(amounts(d.lineDiscounts())).containsExactly("2.00", "0.00");
    }

    @Test
    void aPromotionAppliesFromItsStartUntilJustBeforeItsEnd() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.DAYS);
        Promotion p = promotion(f -> { f.startsAt = start; f.endsAt = start.plus(1, ChronoUnit.DAYS); });
        List<PromotionLine> cart = List.of(line("10.00", 1));

        assertThat(service.evaluate(cart, at(p, start)).total()).isEqualByComparingTo("1.00");
        assertThat(service.evaluate(cart, at(p, start.plus(1, ChronoUnit.DAYS).minusMillis(1))).total())
                .isEqualByComparingTo("1.00");
    }

    @Test
    void aNonStackableCodeReplacesAWorseAutomaticPromotionAndAStackableOneAddsToIt() {
        promotion(f -> { f.code = null; f.value = new BigDecimal("5"); });
        Promotion better = promotion(f -> f.value = new BigDecimal("20"));
        Promotion stacking = promotion(f -> { f.value = new BigDecimal("10"); f.stackable = true; });
        List<PromotionLine> cart = List.of(line("100.00", 1));

        Discounts replaced = service.evaluate(cart, withCode(better.code()));
        Discounts stacked = service.evaluate(cart, withCode(stacking.code()));

        assertThat(replaced.applied()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo(better.code()));
        assertThat(replaced.total()).isEqualByComparingTo("20.00");
        assertThat(stacked.applied()).hasSize(2);
        assertThat(stacked.total()).isEqualByComparingTo("15.00");
    }

    @Test
    void freeShippingCombinesWithANonStackableAutomaticPromotion() {
        promotion(f -> { f.code = null; f.value = new BigDecimal("5"); });
        Promotion shipping = promotion(f -> f.kind = PromotionKind.FREE_SHIPPING);

        Discounts d = service.evaluate(List.of(line("100.00", 1)), withCode(shipping.code()));

        assertThat(d.freeShipping()).isTrue();
        assertThat(d.total()).isEqualByComparingTo("5.00");
    }

    @Test
    void stackedPromotionsNeverTakeMoreThanALineIsWorth() {
        promotion(f -> { f.code = null; f.kind = PromotionKind.FIXED_AMOUNT; f.value = new BigDecimal("8.00"); f.stackable = true; });
        Promotion code = promotion(f -> { f.value = new BigDecimal("50"); f.stackable = true; });

        Discounts d = service.evaluate(List.of(line("10.00", 1)), withCode(code.code()));

        assertThat(amounts(d.lineDiscounts())).containsExactly("10.00");
        assertThat(d.applied()).extracting(a -> a.amount().toPlainString()).containsExactly("8.00", "2.00");
    }

    private static PromotionContext at(Promotion p, Instant at) {
        return new PromotionContext(p.code(), "at@example.com", true, at);
    }
}
