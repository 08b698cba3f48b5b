package io.aisle.promotions;

import io.aisle.promotions.PromotionRefusedException.Reason;
import io.aisle.promotions.data.Candidate;
import io.aisle.promotions.data.CounterRepository;
import io.aisle.promotions.data.PromotionRepository;
import io.aisle.promotions.data.RedemptionRepository;
import io.aisle.promotions.internal.Combination;
import io.aisle.promotions.internal.Conditions;
import io.aisle.promotions.internal.Offer;
import io.aisle.promotions.internal.Offers;
import io.aisle.promotions.internal.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What promotions take off a cart, and recording what an order took.
 *
 * <p>Costs on the checkout's hot path: {@link #evaluate} is one indexed read of the active automatic
 * promotions and the entered code (plus one of the customer's uses when a promotion has a per-customer limit).
 * {@link #redeem} inserts one row per applied promotion, which never makes checkouts wait for each other. A
 * promotion with a per-customer limit also counts on the customer's own row, so only that customer's checkouts
 * queue. A promotion with a usage limit in total counts on its one counter row with a guarded UPDATE, whose
 * lock is held until the order commits: checkouts using the same limited promotion take turns for the rest of
 * their transactions (which is what makes "10 uses" mean 10 on any number of instances), so call
 * {@link #redeem} as late in the checkout transaction as possible. Unlimited promotions never touch a counter.
 */
@Service
public class PromotionService {

    private final PromotionRepository promotions;
    private final CounterRepository counters;
    private final RedemptionRepository redemptions;
    private final Clock clock;

    PromotionService(PromotionRepository promotions, CounterRepository counters, RedemptionRepository redemptions,
            Clock clock) {
        this.promotions = promotions;
        this.counters = counters;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    /**
     * The discounts of these lines: every automatic promotion whose conditions hold, and the entered code
     * (if any), combined by the rule of {@link Combination}: stackable promotions and free shipping add up; of
     * the rest, the automatic promotion taking off most applies, unless the code takes off at least as much,
     * which then replaces it (the better deal for the customer). An automatic promotion that does not apply is
     * left out silently.
     *
     * @throws PromotionRefusedException when the entered code cannot apply, saying why
     */
    @Transactional(readOnly = true)
    public Discounts evaluate(List<PromotionLine> lines, PromotionContext ctx) {
        String codeKey = ctx.code() == null || ctx.code().isBlank() ? null : ctx.code().strip().toUpperCase(Locale.ROOT);
        List<Candidate> candidates = promotions.findCandidates(codeKey);
        Map<Long, Long> customerUses = customerUses(candidates, ctx.customerEmail());
        long[] amounts = Offers.amounts(lines);
        long subtotal = Arrays.stream(amounts).sum();
        PromotionContext at = ctx.at() != null ? ctx : new PromotionContext(ctx.code(), ctx.customerEmail(),
                ctx.customerId(), ctx.firstOrder(), clock.instant());
        List<Offer> automatic = new ArrayList<>();
        Offer code = null;
        for (Candidate candidate : candidates) {
            Promotion p = candidate.promotion();
            Optional<Refusal> refusal = Conditions.check(p, subtotal, at, candidate.uses(),
                    customerUses.getOrDefault(p.id(), 0L));
            Offer offer = refusal.isPresent() ? null : Offers.of(p, lines, amounts);
            if (p.automatic()) {
                if (offer != null && offer.givesSomething()) {
                    automatic.add(offer);
                }
            } else {
                code = codeOffer(p, refusal, offer, lines);
            }
        }
        if (codeKey != null && code == null) {
            throw new PromotionRefusedException(Reason.UNKNOWN_CODE, ctx.code().strip(),
                    "There is no promotion code " + ctx.code().strip() + ".");
        }
        return Combination.of(automatic, code, amounts);
    }

    /**
     * Records what the order got from each applied promotion, in the checkout's transaction, and takes its
     * uses: the order's redemptions commit or roll back with the order. Call it with the {@link Discounts}
     * the order was priced with, the customer's e-mail (compared in lower case) and their account (null for a
     * guest: a personal code is refused).
     *
     * @throws PromotionRefusedException (409) when a promotion's usage limit, or this customer's, ran out
     *         since the cart was evaluated; the order must not be placed (the transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(Discounts discounts, long orderId, String customerEmail, Long customerId) {
        String email = customerEmail == null ? null : customerEmail.strip().toLowerCase(Locale.ROOT);
        // the same order of locks in every checkout, so two orders with two limited promotions cannot deadlock
        List<AppliedPromotion> applied = discounts.applied().stream()
                .sorted(Comparator.comparingLong(AppliedPromotion::promotionId)).toList();
        for (AppliedPromotion a : applied) {
            Promotion p = promotions.findById(a.promotionId()).orElseThrow(() -> new PromotionNotFoundException(a.promotionId()));
            String name = p.automatic() ? "The promotion \"" + p.name() + "\"" : "The code " + p.code();
            if (p.personal() && !p.customerUserId().equals(customerId)) {
                // evaluate refused it already; an order whose buyer changed on the way must not slip through
                throw new PromotionRefusedException(Reason.NOT_YOURS, p.code(), name + " is personal.");
            }
            if (p.perCustomerLimit() != null && email != null) {
                counters.addCustomerUse(p.id(), email);
                if (counters.customerUsesLocked(p.id(), email) > p.perCustomerLimit()) {
                    throw new PromotionRefusedException(Reason.CUSTOMER_LIMIT_REACHED, p.code(), name + " can be used "
                            + Conditions.times(p.perCustomerLimit()) + " per customer, and you have used it up.");
                }
            }
            try {
                redemptions.insert(p.id(), orderId, email, a.amount(), clock.instant());
            } catch (DuplicateKeyException e) {
                throw new PromotionAlreadyRedeemedException(orderId);
            }
            // last: the one row checkouts of a limited promotion queue on is held for the shortest time
            if (p.usageLimit() != null && counters.takeUse(p.id()) == 0) {
                throw new PromotionRefusedException(Reason.USED_UP, p.code(), name + " has just been used up.");
            }
        }
    }

    /** {@link #redeem(Discounts, long, String, Long)} for a buyer without an account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(Discounts discounts, long orderId, String customerEmail) {
        redeem(discounts, orderId, customerEmail, null);
    }

    /**
     * Gives back the uses an order took, in the transaction that cancels it because its payment never came (failed,
     * or its reservation ended): a limited code is not used up by checkouts nobody paid for, and the customer keeps
     * their own uses. Once per order: only redemptions still there are given back. An order cancelled after it was
     * paid keeps its uses.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long orderId) {
        // in promotion id order, as redeem takes its locks, so a release and a checkout cannot deadlock
        for (Map.Entry<Long, String> redeemed : redemptions.findByOrder(orderId)) {
            if (redemptions.delete(redeemed.getKey(), orderId)) {
                counters.giveBackUse(redeemed.getKey());
                if (!redeemed.getValue().isEmpty()) {
                    counters.giveBackCustomerUse(redeemed.getKey(), redeemed.getValue());
                }
            }
        }
    }

    private Map<Long, Long> customerUses(List<Candidate> candidates, String email) {
        List<Long> limited = candidates.stream().map(Candidate::promotion).filter(p -> p.perCustomerLimit() != null)
                .map(Promotion::id).toList();
        return email == null || limited.isEmpty() ? Map.of()
                : counters.customerUses(email.strip().toLowerCase(Locale.ROOT), limited);
    }

    private static Offer codeOffer(Promotion p, Optional<Refusal> refusal, Offer offer, List<PromotionLine> lines) {
        if (refusal.isPresent()) {
            throw refusal.get().exception(p.code());
        }
        if (p.kind() == PromotionKind.BUY_X_GET_Y && offer.amount() == 0) {
            int needed = p.buyQuantity() + p.discountedQuantity();
            throw new PromotionRefusedException(Reason.NO_ELIGIBLE_PRODUCTS, p.code(), "The code " + p.code()
                    + " needs " + needed + " eligible items in the cart; it has " + Offers.eligibleUnits(p, lines) + ".");
        }
        if (lines.stream().noneMatch(p::targets)) {
            throw new PromotionRefusedException(Reason.NO_ELIGIBLE_PRODUCTS, p.code(),
                    "None of the products in the cart is eligible for the code " + p.code() + ".");
        }
        return offer;
    }
}
