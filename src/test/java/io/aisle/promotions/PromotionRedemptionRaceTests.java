package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.platform.Concurrently;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Redemption as checkout does it: evaluate the cart, then redeem in the order's transaction, many customers at
 * once on the real database. Each thread's transaction is what one checkout's would be.
 */
class PromotionRedemptionRaceTests extends PromotionTest {

    @Autowired
    private PlatformTransactionManager transactions;

    /** One checkout: evaluates and redeems in one transaction; answers "ok" or the refusal's status and reason. */
    private String checkout(String code, String email) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                List<PromotionLine> lines = List.of(line("20.00", 1));
                Discounts discounts = service.evaluate(lines, new PromotionContext(code, email, false, Instant.now()));
                service.redeem(discounts, newOrderId(), email);
            });
            return "ok";
        } catch (PromotionRefusedException e) {
            return e.status() + " " + e.reason();
        }
    }

    private long redemptions(long promotionId) {
        return jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = :id").param("id", promotionId)
                .query(Long.class).single();
    }

    private long counter(long promotionId) {
        return jdbc.sql("SELECT uses FROM promotion_counters WHERE promotion_id = :id").param("id", promotionId)
                .query(Long.class).single();
    }

    @Test
    void fiftyCustomersRacingForACodeWithTenUsesGetExactlyTenRedemptionsAndTheOtherForty409() throws Exception {
        Promotion p = promotion(f -> f.usageLimit = 10);

        List<String> outcomes = Concurrently.results(50, i -> checkout(p.code(), unique("racer") + "@example.com"));

        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(counted).containsEntry("ok", 10L);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).hasSize(40).allMatch(o -> o.equals("409 USED_UP"));
        assertThat(redemptions(p.id())).isEqualTo(10);
        assertThat(counter(p.id())).isEqualTo(10);
        assertThat(admin.list(io.aisle.platform.PageQuery.of(0, 100), false).content()).filteredOn(u -> u.promotion().id() == p.id())
                .singleElement().satisfies(u -> assertThat(u.redemptions()).isEqualTo(10));
    }

    @Test
    void oneCustomerRacingWithTwentyCheckoutsGetsExactlyTheirPerCustomerLimitWhateverTheCaseOfTheirEmail() throws Exception {
        Promotion p = promotion(f -> f.perCustomerLimit = 2);
        String email = unique("eager") + "@example.com";

        List<String> outcomes = Concurrently.results(20,
                i -> checkout(p.code().toLowerCase(), i % 2 == 0 ? email : email.toUpperCase()));

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(2);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).allMatch(o -> o.equals("409 CUSTOMER_LIMIT_REACHED"));
        assertThat(redemptions(p.id())).isEqualTo(2);
        assertThat(checkout(p.code(), unique("other") + "@example.com")).isEqualTo("ok");
    }

    @Test
    void anUnlimitedCodeNeverTouchesItsCounterSoCheckoutsDoNotQueueOnIt() throws Exception {
        Promotion p = promotion(f -> { });

        List<String> outcomes = Concurrently.results(20, i -> checkout(p.code(), unique("many") + "@example.com"));

        assertThat(outcomes).containsOnly("ok");
        assertThat(redemptions(p.id())).isEqualTo(20);
        assertThat(counter(p.id())).isZero();
    }

    @Test
    void aCheckoutThatRollsBackGivesItsUseBack() {
        Promotion p = promotion(f -> { f.usageLimit = 1; f.perCustomerLimit = 1; });
        String email = unique("undone") + "@example.com";

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Discounts discounts = service.evaluate(List.of(line("20.00", 1)), withCode(p.code()));
            service.redeem(discounts, newOrderId(), email);
            throw new IllegalStateException("payment declined");
        })).hasMessage("payment declined");

        assertThat(redemptions(p.id())).isZero();
        assertThat(counter(p.id())).isZero();
        assertThat(checkout(p.code(), email)).isEqualTo("ok");
    }

    @Test
    void anOrderRedeemsOnceAndOnlyInsideTheCheckoutsTransaction() {
        Promotion p = promotion(f -> { });
        Discounts discounts = service.evaluate(List.of(line("20.00", 1)), withCode(p.code()));
        long orderId = newOrderId();

        assertThatThrownBy(() -> service.redeem(discounts, orderId, "a@example.com"))
                .isInstanceOf(IllegalTransactionStateException.class);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> service.redeem(discounts, orderId, "a@example.com"));
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> service.redeem(discounts, orderId, "a@example.com")))
                .isInstanceOf(PromotionAlreadyRedeemedException.class);
        assertThat(redemptions(p.id())).isEqualTo(1);
    }
}
