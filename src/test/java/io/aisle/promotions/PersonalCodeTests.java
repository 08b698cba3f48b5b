package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.platform.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import io.aisle.promotions.PromotionRefusedException.Reason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A personal code works for the one account it was issued to, once, and issuing it again gives the same code. */
class PersonalCodeTests extends PromotionTest {

    @Autowired
    private PersonalCodes codes;

    @Autowired
    private PlatformTransactionManager transactions;

    private final List<PromotionLine> cart = List.of(line("40.00", 1));

    private PersonalOffer offer(long customerId) {
        return new PersonalOffer(unique("test-issue"), "We miss you", customerId, PromotionKind.PERCENTAGE,
                new BigDecimal("15"), Instant.now().plus(Duration.ofDays(14)));
    }

    private void redeem(PersonalCode code, long customerId, long orderId) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> service.redeem(service.evaluate(cart,
                new PromotionContext(code.code(), "owner@example.com", customerId, false, null)), orderId,
                "owner@example.com", customerId));
    }

    /** An account id no other test uses (promotions keep no foreign key to accounts). */
    private static long newAccountId() {
        return newOrderId();
    }

    @Test
    void theOwnerGetsTheDiscountOnceAndAnyoneElseIsRefusedAsNotTheirs() {
        long owner = newAccountId();
        PersonalCode code = codes.issue(offer(owner), codes.newCode("BACK"));
        pauseAfterwards(code.promotionId());

        Discounts discounts = service.evaluate(cart, new PromotionContext(code.code().toLowerCase(), "any@example.com",
                owner, false, null));
        assertThat(discounts.total()).isEqualByComparingTo("6.00");
        assertThatThrownBy(() -> service.evaluate(cart, new PromotionContext(code.code(), "someone@example.com",
                owner + 1, false, null)))
                .isInstanceOfSatisfying(PromotionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_YOURS);
                    assertThat(e.status()).isEqualTo(400);
                });
        assertThatThrownBy(() -> service.evaluate(cart, new PromotionContext(code.code(), null, false, null)))
                .isInstanceOfSatisfying(PromotionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_YOURS));

        redeem(code, owner, newOrderId());
        assertThatThrownBy(() -> redeem(code, owner, newOrderId()))
                .isInstanceOfSatisfying(PromotionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED_UP));
        assertThat(codes.redeemedAt(List.of(code.promotionId()))).containsOnlyKeys(code.promotionId());
    }

    @Test
    void theAdminsPromotionListHidesPersonalCodesUnlessAskedToShowThem() throws Exception {
        PersonalCode code = codes.issue(offer(newAccountId()), codes.newCode("BACK"));
        pauseAfterwards(code.promotionId());

        String hidden = mvc.perform(get("/admin/promotions").with(signedInAsAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shown = mvc.perform(get("/admin/promotions?personal=true").with(signedInAsAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(hidden).doesNotContain(code.code()).contains("show them");
        assertThat(shown).contains(code.code()).contains("hide them");
    }

    @Test
    void issuingTheSameKeyAgainGivesTheFirstCodeAndNoSecondPromotion() {
        PersonalOffer offer = offer(newAccountId());
        PersonalCode first = codes.issue(offer, codes.newCode("BACK"));
        pauseAfterwards(first.promotionId());

        PersonalCode second = codes.issue(offer, codes.newCode("BACK"));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotions WHERE issue_key = :key").param("key", offer.issueKey())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOfferThatIsNoPersonalDiscountIsRefusedNamingTheField() {
        PersonalOffer ok = offer(newAccountId());
        assertThatThrownBy(() -> codes.issue(new PersonalOffer(ok.issueKey(), ok.name(), ok.customerId(),
                PromotionKind.FREE_SHIPPING, ok.value(), ok.expiresAt()), codes.newCode("X")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> codes.issue(new PersonalOffer(ok.issueKey(), ok.name(), ok.customerId(),
                PromotionKind.PERCENTAGE, new BigDecimal("120"), ok.expiresAt()), codes.newCode("X")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> codes.issue(new PersonalOffer(ok.issueKey(), ok.name(), ok.customerId(),
                PromotionKind.PERCENTAGE, ok.value(), Instant.now().minusSeconds(1)), codes.newCode("X")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("expiresAt");
    }
}
