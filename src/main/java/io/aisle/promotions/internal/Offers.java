package io.aisle.promotions.internal;

import io.aisle.platform.Money;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionLine;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a promotion takes off each line of a cart on its own, in minor units: each line's discount is between
 * 0 and the line's amount. A percentage is taken of the eligible lines' sum and rounded once (the shop's one
 * rounding rule), then shared like a fixed amount, so the lines add up to exactly that percentage.
 */
public final class Offers {

    private Offers() {
    }

    /** The line amounts (unit price × quantity) in minor units. */
    public static long[] amounts(List<PromotionLine> lines) {
        return lines.stream().mapToLong(line -> Money.toMinor(line.unitPrice()) * line.quantity()).toArray();
    }

    public static Offer of(Promotion promotion, List<PromotionLine> lines, long[] amounts) {
        long[] eligible = new long[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            eligible[i] = promotion.targets(lines.get(i)) ? amounts[i] : 0;
        }
        long eligibleSum = sum(eligible);
        long[] discounts = switch (promotion.kind()) {
            case PERCENTAGE -> Allocation.proportional(
                    Math.min(eligibleSum, Money.times(eligibleSum, percent(promotion.value()))), eligible);
            case FIXED_AMOUNT -> Allocation.proportional(
                    Math.min(eligibleSum, Money.toMinor(promotion.value())), eligible);
            case FREE_SHIPPING -> new long[amounts.length];
            case BUY_X_GET_Y -> buyXGetY(promotion, lines, eligible);
        };
        return new Offer(promotion, discounts);
    }

    /** Eligible units in the cart, for buy X get Y's message when there are too few. */
    public static int eligibleUnits(Promotion promotion, List<PromotionLine> lines) {
        return lines.stream().filter(promotion::targets).mapToInt(PromotionLine::quantity).sum();
    }

    /**
     * Of every buyQuantity + discountedQuantity eligible units, discountedQuantity are discounted: the cheapest units of
     * the cart, so the shop gives away the least and the result does not depend on the order of the lines.
     */
    private static long[] buyXGetY(Promotion promotion, List<PromotionLine> lines, long[] eligible) {
        int units = 0;
        for (int i = 0; i < lines.size(); i++) {
            units += eligible[i] > 0 ? lines.get(i).quantity() : 0;
        }
        int discountedUnits = units / (promotion.buyQuantity() + promotion.discountedQuantity()) * promotion.discountedQuantity();
        long[] discounts = new long[lines.size()];
        List<Integer> cheapestFirst = IntStream.range(0, lines.size()).filter(i -> eligible[i] > 0).boxed()
                .sorted(Comparator.comparing((Integer i) -> lines.get(i).unitPrice()).thenComparing(i -> i))
                .toList();
        BigDecimal rate = percent(promotion.value());
        for (int i : cheapestFirst) {
            int taken = Math.min(discountedUnits, lines.get(i).quantity());
            discounts[i] = Math.min(eligible[i], Money.times(Money.toMinor(lines.get(i).unitPrice()) * taken, rate));
            discountedUnits -= taken;
        }
        return discounts;
    }

    private static BigDecimal percent(BigDecimal value) {
        return value.movePointLeft(2);
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
