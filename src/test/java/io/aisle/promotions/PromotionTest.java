package io.aisle.promotions;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ApiTest} (same Spring context) plus making promotions straight through {@link PromotionAdmin}. Each
 * test's promotions target its own category slug, which no real product has, and are paused afterwards, so
 * they never touch another test's checkout; codes are unique.
 */
public abstract class PromotionTest extends ApiTest {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1_000);

    @Autowired
    protected PromotionAdmin admin;

    @Autowired
    protected PromotionService service;

    /** This test's own category: only its lines are in it. */
    protected final String category = unique("cat").toLowerCase();

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void pauseWhatTheTestMade() {
        made.forEach(admin::pause);
    }

    /** A promotion on this test's category (10% off, with a fresh code, unless {@code setup} says otherwise). */
    protected Promotion promotion(Consumer<FormBuilder> setup) {
        FormBuilder form = new FormBuilder();
        form.code = unique("CODE").replace("-", "");
        form.categories = List.of(category);
        setup.accept(form);
        Promotion promotion = admin.create(form.build());
        pauseAfterwards(promotion.id());
        return promotion;
    }

    /** Pauses the promotion after the test, so that it never applies to another test's cart. */
    protected void pauseAfterwards(long promotionId) {
        made.add(promotionId);
    }

    /** A line in this test's category. */
    protected PromotionLine line(String unitPrice, int quantity) {
        return new PromotionLine(IDS.incrementAndGet(), category, new BigDecimal(unitPrice), quantity);
    }

    protected static PromotionContext withCode(String code) {
        return new PromotionContext(code, unique("buyer") + "@example.com", true, Instant.now());
    }

    protected static long newOrderId() {
        return IDS.incrementAndGet();
    }

    /** Fields of a {@link PromotionForm}, set one by one in tests. */
    protected static final class FormBuilder {
        public String name = "Test promotion";
        public String code;
        public PromotionKind kind = PromotionKind.PERCENTAGE;
        public BigDecimal value = new BigDecimal("10");
        public Integer buy;
        public Integer discounted;
        public BigDecimal minSubtotal;
        public List<Long> products = List.of();
        public List<String> categories = List.of();
        public boolean firstOrderOnly;
        public Instant startsAt;
        public Instant endsAt;
        public Integer usageLimit;
        public Integer perCustomerLimit;
        public boolean stackable;

        public PromotionForm build() {
            return new PromotionForm(name, code, kind, value, buy, discounted, minSubtotal, products, categories,
                    firstOrderOnly, startsAt, endsAt, usageLimit, perCustomerLimit, stackable);
        }
    }
}
