package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.promotions.PromotionRefusedException.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every reason an entered code is refused, with the status and the words the customer gets. */
class PromotionRefusalTests extends PromotionTest {

    @Autowired
    private PlatformTransactionManager transactions;

    private final List<PromotionLine> cart = List.of(line("20.00", 1));

    private PromotionRefusedException refusal(List<PromotionLine> lines, PromotionContext ctx) {
        try {
            service.evaluate(lines, ctx);
        } catch (PromotionRefusedException e) {
            return e;
        }
        throw new AssertionError("the code " + ctx.code() + " was not refused");
    }

    private void assertRefused(PromotionRefusedException e, Reason reason, int status, String detail) {
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.detail()).contains(detail);
        assertThat(e.properties()).containsEntry("reason", reason.name()).containsKey("code");
    }

    private void redeemOnce(Promotion p, String email) {
        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                service.redeem(service.evaluate(cart, new PromotionContext(p.code(), email, true, Instant.now())),
                        newOrderId(), email));
    }

    @Test
    void anUnknownCodeIsRefusedNamingIt() {
        assertRefused(refusal(cart, withCode("NO-SUCH-CODE-" + newOrderId())), Reason.UNKNOWN_CODE, 400, "There is no promotion code NO-SUCH-CODE-");
    }

    @Test
    void aCodeBeforeItsStartOrFromItsEndIsRefusedWithTheDate() {
        Instant start = Instant.parse("2030-01-01T09:00:00Z");
        Promotion p = promotion(f -> { f.startsAt = start; f.endsAt = start.plus(1, ChronoUnit.DAYS); });

        assertRefused(refusal(cart, new PromotionContext(p.code(), null, true, start.minusSeconds(1))),
                Reason.NOT_STARTED, 400, "starts on 1 Jan 2030, 09:00 UTC");
        assertRefused(refusal(cart, new PromotionContext(p.code(), null, true, start.plus(1, ChronoUnit.DAYS))),
                Reason.EXPIRED, 400, "ended on 2 Jan 2030, 09:00 UTC");
    }

    @Test
    void aPausedCodeIsRefusedUntilResumed() {
        Promotion p = promotion(f -> { });
        admin.pause(p.id());

        assertRefused(refusal(cart, withCode(p.code())), Reason.PAUSED, 400, "is paused");
        admin.resume(p.id());
        assertThat(service.evaluate(cart, withCode(p.code())).total()).isEqualByComparingTo("2.00");
    }

    @Test
    void aUsedUpCodeIsRefusedWith409() {
        Promotion p = promotion(f -> f.usageLimit = 1);
        redeemOnce(p, unique("first") + "@example.com");

        assertRefused(refusal(cart, withCode(p.code())), Reason.USED_UP, 409, "has been used up");
    }

    @Test
    void aCustomerWhoUsedUpTheirShareIsRefusedWith409WhileOthersMayStillUseIt() {
        Promotion p = promotion(f -> f.perCustomerLimit = 1);
        String email = unique("once") + "@example.com";
        redeemOnce(p, email);

        assertRefused(refusal(cart, new PromotionContext(p.code(), email.toUpperCase(), true, Instant.now())),
                Reason.CUSTOMER_LIMIT_REACHED, 409, "can be used once per customer");
        assertThat(service.evaluate(cart, withCode(p.code())).applied()).hasSize(1);
    }

    @Test
    void aSubtotalBelowTheMinimumIsRefusedWithTheAmountStillMissing() {
        Promotion p = promotion(f -> f.minSubtotal = new BigDecimal("30.00"));

        PromotionRefusedException e = refusal(List.of(line("12.50", 1)), withCode(p.code()));

        assertRefused(e, Reason.MINIMUM_NOT_MET, 400, "needs a subtotal of at least 30.00: add 17.50 more");
        assertThat(e.properties()).containsEntry("missing", "17.50");
    }

    @Test
    void aCartWithoutEligibleProductsIsRefused() {
        Promotion p = promotion(f -> { });
        Promotion buyTwo = promotion(f -> { f.kind = PromotionKind.BUY_X_GET_Y; f.value = new BigDecimal("100"); f.buy = 2; f.discounted = 1; });

        assertRefused(refusal(List.of(new PromotionLine(1, "elsewhere", BigDecimal.TEN, 1)), withCode(p.code())),
                Reason.NO_ELIGIBLE_PRODUCTS, 400, "None of the products in the cart is eligible");
        assertRefused(refusal(List.of(line("5.00", 2)), withCode(buyTwo.code())),
                Reason.NO_ELIGIBLE_PRODUCTS, 400, "needs 3 eligible items in the cart; it has 2");
    }

    @Test
    void aFirstOrderCodeIsRefusedOnALaterOrder() {
        Promotion p = promotion(f -> f.firstOrderOnly = true);

        assertRefused(refusal(cart, new PromotionContext(p.code(), "later@example.com", false, Instant.now())),
                Reason.FIRST_ORDER_ONLY, 400, "first order only");
    }

    @Test
    void aNonStackableCodeWorseThanTheAutomaticPromotionIsRefusedAsNotCombinable() {
        promotion(f -> { f.code = null; f.name = "Winter sale"; f.value = new BigDecimal("20"); });
        Promotion worse = promotion(f -> f.value = new BigDecimal("10"));

        assertRefused(refusal(cart, withCode(worse.code())), Reason.CANNOT_COMBINE, 400,
                "takes off 2.00 and cannot be combined with \"Winter sale\", which already takes off 4.00");
    }

    @Test
    void aLimitThatRanOutBetweenEvaluationAndRedemptionFailsTheRedemptionWith409() {
        Promotion p = promotion(f -> f.usageLimit = 1);
        Discounts late = service.evaluate(cart, withCode(p.code()));
        redeemOnce(p, unique("quick") + "@example.com");

        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> service.redeem(late, newOrderId(), "slow@example.com")))
                .isInstanceOfSatisfying(PromotionRefusedException.class,
                        e -> assertRefused(e, Reason.USED_UP, 409, "has just been used up"));
    }

    @Test
    void aLimitAddedLaterCountsTheUsesBeforeIt() {
        Promotion p = promotion(f -> { });
        redeemOnce(p, unique("early") + "@example.com");
        redeemOnce(p, unique("early") + "@example.com");

        FormBuilder limited = new FormBuilder();
        limited.code = p.code();
        limited.categories = p.categorySlugs();
        limited.usageLimit = 2;
        admin.update(p.id(), limited.build());

        assertRefused(refusal(cart, withCode(p.code())), Reason.USED_UP, 409, "has been used up");
    }
}
