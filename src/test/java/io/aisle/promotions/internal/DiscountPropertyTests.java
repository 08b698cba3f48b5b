package io.aisle.promotions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.platform.Money;
import io.aisle.promotions.AppliedPromotion;
import io.aisle.promotions.Discounts;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionKind;
import io.aisle.promotions.PromotionLine;
import io.aisle.promotions.PromotionRefusedException;
import io.aisle.promotions.PromotionStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated carts and promotion sets, combined as checkout combines them: every line's discount
 * is between 0 and the line's amount, the lines add up to the applied promotions' amounts, and the total
 * never passes the subtotal.
 */
class DiscountPropertyTests {

    private static final String[] CATEGORIES = {"books", "clothing", "sports"};
    private final Random random = new Random(4711);

    @Test
    void lineDiscountsStayWithinTheirLinesAndSumToTheAppliedPromotionsForThousandsOfCarts() {
        int combined = 0;
        for (int run = 0; run < 5_000; run++) {
            List<PromotionLine> lines = cart();
            long[] amounts = Offers.amounts(lines);
            List<Offer> automatic = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                automatic.add(Offers.of(promotion(run * 10L + i, null), lines, amounts));
            }
            Offer code = random.nextBoolean() ? Offers.of(promotion(run * 10L + 9, "CODE" + run), lines, amounts) : null;
            Discounts discounts;
            try {
                discounts = Combination.of(automatic, code, amounts);
            } catch (PromotionRefusedException e) {
                assertThat(e.reason()).isEqualTo(PromotionRefusedException.Reason.CANNOT_COMBINE);
                continue;
            }
            combined++;
            long lineSum = 0;
            for (int i = 0; i < amounts.length; i++) {
                long discount = Money.toMinor(discounts.lineDiscounts().get(i));
                assertThat(discount).isBetween(0L, amounts[i]);
                lineSum += discount;
            }
            long appliedSum = discounts.applied().stream().mapToLong(a -> Money.toMinor(a.amount())).sum();
            assertThat(lineSum).isEqualTo(appliedSum).isLessThanOrEqualTo(Arrays.stream(amounts).sum());
            assertThat(discounts.freeShipping()).isEqualTo(discounts.applied().stream().anyMatch(AppliedPromotion::freeShipping));
        }
        assertThat(combined).isGreaterThan(3_000);
    }

    @Test
    void eachOfferAloneTakesExactlyItsRoundedValueFromTheEligibleLines() {
        for (int run = 0; run < 5_000; run++) {
            List<PromotionLine> lines = cart();
            long[] amounts = Offers.amounts(lines);
            Promotion p = promotion(run, null);
            Offer offer = Offers.of(p, lines, amounts);
            long eligible = 0;
            for (int i = 0; i < amounts.length; i++) {
                assertThat(offer.lineDiscounts()[i]).isBetween(0L, p.targets(lines.get(i)) ? amounts[i] : 0L);
                eligible += p.targets(lines.get(i)) ? amounts[i] : 0;
            }
            long expected = switch (p.kind()) {
                case PERCENTAGE -> Money.times(eligible, p.value().movePointLeft(2));
                case FIXED_AMOUNT -> Math.min(eligible, Money.toMinor(p.value()));
                case FREE_SHIPPING -> 0;
                case BUY_X_GET_Y -> offer.amount(); // checked by its own examples
            };
            assertThat(offer.amount()).isEqualTo(expected);
        }
    }

    private List<PromotionLine> cart() {
        List<PromotionLine> lines = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            BigDecimal price = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 2_000 : 200_000), 2);
            lines.add(new PromotionLine(1 + random.nextInt(20), CATEGORIES[random.nextInt(3)], price, 1 + random.nextInt(5)));
        }
        return lines;
    }

    private Promotion promotion(long id, String code) {
        PromotionKind kind = PromotionKind.values()[random.nextInt(4)];
        BigDecimal value = switch (kind) {
            case PERCENTAGE, BUY_X_GET_Y -> BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
            case FIXED_AMOUNT -> BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            case FREE_SHIPPING -> BigDecimal.ZERO;
        };
        List<Long> products = random.nextInt(3) == 0 ? List.of(1L + random.nextInt(20), 1L + random.nextInt(20)) : List.of();
        List<String> categories = random.nextInt(3) == 0 ? List.of(CATEGORIES[random.nextInt(3)]) : List.of();
        boolean buyXGetY = kind == PromotionKind.BUY_X_GET_Y;
        return new Promotion(id, "Promotion " + id, code, kind, value, buyXGetY ? 1 + random.nextInt(3) : null,
                buyXGetY ? 1 + random.nextInt(2) : null, null, products, categories, false, null, null, null, null,
                random.nextBoolean(), PromotionStatus.ACTIVE, null, null, null);
    }
}
