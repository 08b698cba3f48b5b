package io.aisle.promotions.internal;

import io.aisle.platform.Money;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionContext;
import io.aisle.promotions.PromotionRefusedException.Reason;
import io.aisle.promotions.PromotionStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * A promotion's conditions that do not depend on which lines it discounts: status, dates, first order,
 * limits (as far as the counters show them now; redemption enforces them exactly) and minimum subtotal.
 * Checked in that order, so the reason given is the most basic one.
 */
public final class Conditions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Conditions() {
    }

    /**
     * @param uses the promotion's counted uses (meaningful when it has a usage limit)
     * @param customerUses this customer's uses of it, 0 when unknown
     */
    public static Optional<Refusal> check(Promotion p, long subtotal, PromotionContext ctx, long uses,
            long customerUses) {
        String name = p.automatic() ? "The promotion \"" + p.name() + "\"" : "The code " + p.code();
        Instant at = ctx.at();
        if (p.status() == PromotionStatus.PAUSED) {
            return refuse(Reason.PAUSED, name + " is paused.");
        }
        if (p.personal() && !p.customerUserId().equals(ctx.customerId())) {
            return refuse(Reason.NOT_YOURS, name + " is personal: it works only for the customer it was sent to.");
        }
        if (p.startsAt() != null && at.isBefore(p.startsAt())) {
            return refuse(Reason.NOT_STARTED, name + " starts on " + WHEN.format(p.startsAt()) + ".");
        }
        if (p.endsAt() != null && !at.isBefore(p.endsAt())) {
            return refuse(Reason.EXPIRED, name + " ended on " + WHEN.format(p.endsAt()) + ".");
        }
        if (p.firstOrderOnly() && !ctx.firstOrder()) {
            return refuse(Reason.FIRST_ORDER_ONLY, name + " is for a customer's first order only.");
        }
        if (p.usageLimit() != null && uses >= p.usageLimit()) {
            return refuse(Reason.USED_UP, name + " has been used up.");
        }
        if (p.perCustomerLimit() != null && customerUses >= p.perCustomerLimit()) {
            return refuse(Reason.CUSTOMER_LIMIT_REACHED, name + " can be used " + times(p.perCustomerLimit())
                    + " per customer, and you have used it " + times(customerUses) + ".");
        }
        long minimum = p.minSubtotal() == null ? 0 : Money.toMinor(p.minSubtotal());
        if (subtotal < minimum) {
            String missing = Money.fromMinor(minimum - subtotal).toPlainString();
            return Optional.of(new Refusal(Reason.MINIMUM_NOT_MET, name + " needs a subtotal of at least "
                    + p.minSubtotal().toPlainString() + ": add " + missing + " more.",
                    Map.of("missing", missing, "minimumSubtotal", p.minSubtotal().toPlainString())));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(Reason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }

    /** "once", "2 times". */
    public static String times(long n) {
        return n == 1 ? "once" : n + " times";
    }
}
