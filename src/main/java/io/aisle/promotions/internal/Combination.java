package io.aisle.promotions.internal;

import io.aisle.platform.Money;
import io.aisle.promotions.AppliedPromotion;
import io.aisle.promotions.Discounts;
import io.aisle.promotions.PromotionRefusedException.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The combining rule. Stackable promotions and free shipping always apply together with the rest. Of the
 * promotions that are not stackable, one applies: the automatic one that takes off most, unless the entered
 * code takes off at least as much, in which case the code applies instead; an entered code worse than
 * that automatic promotion is refused as {@link Reason#CANNOT_COMBINE}, saying which gives more. Discounts
 * add up on the original line amounts (percentages do not compound), the automatic promotions first and the
 * code last, and each line's total discount is capped at its amount, so a later promotion gets only what is
 * left of a line.
 */
public final class Combination {

    private static final Comparator<Offer> BETTER = Comparator.comparingLong(Offer::amount)
            .thenComparing(offer -> -offer.promotion().id());

    private Combination() {
    }

    /** {@code automatic}: offers that passed their conditions; {@code code}: the entered code's offer, or null. */
    public static Discounts of(List<Offer> automatic, Offer code, long[] amounts) {
        List<Offer> chosen = new ArrayList<>(automatic.stream().filter(offer -> !offer.competes()).toList());
        Offer bestAutomatic = automatic.stream().filter(Offer::competes).max(BETTER).orElse(null);
        if (bestAutomatic != null && code != null && code.competes() && code.amount() < bestAutomatic.amount()) {
            throw new Refusal(Reason.CANNOT_COMBINE, "The code " + code.promotion().code() + " takes off "
                    + Money.fromMinor(code.amount()) + " and cannot be combined with \""
                    + bestAutomatic.promotion().name() + "\", which already takes off "
                    + Money.fromMinor(bestAutomatic.amount()) + ": the order keeps the better one.",
                    Map.of("better", bestAutomatic.promotion().name())).exception(code.promotion().code());
        }
        if (bestAutomatic != null && (code == null || !code.competes())) {
            chosen.add(bestAutomatic);
        }
        chosen.sort(Comparator.comparingLong(offer -> offer.promotion().id()));
        if (code != null) {
            chosen.add(code);
        }
        return capped(chosen, amounts);
    }

    private static Discounts capped(List<Offer> chosen, long[] amounts) {
        long[] left = amounts.clone();
        List<AppliedPromotion> applied = new ArrayList<>();
        boolean freeShipping = false;
        for (Offer offer : chosen) {
            long amount = 0;
            for (int i = 0; i < left.length; i++) {
                long discount = Math.min(left[i], offer.lineDiscounts()[i]);
                left[i] -= discount;
                amount += discount;
            }
            boolean automatic = offer.promotion().automatic();
            if (amount > 0 || offer.freeShipping() || !automatic) {
                applied.add(new AppliedPromotion(offer.promotion().id(), offer.promotion().code(),
                        offer.promotion().name(), Money.fromMinor(amount), offer.freeShipping()));
                freeShipping |= offer.freeShipping();
            }
        }
        List<BigDecimal> lineDiscounts = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lineDiscounts.add(Money.fromMinor(amounts[i] - left[i]));
        }
        return new Discounts(applied, lineDiscounts, freeShipping);
    }
}
