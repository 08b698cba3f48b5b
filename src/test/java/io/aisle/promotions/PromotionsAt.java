package io.aisle.promotions;

import io.aisle.promotions.data.CounterRepository;
import io.aisle.promotions.data.PromotionRepository;
import io.aisle.promotions.data.RedemptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationContext;

/** The promotion service on a clock stopped at a moment: for tests that replay orders of a simulated past. */
public final class PromotionsAt {

    private PromotionsAt() {
    }

    public static PromotionService at(Instant moment, ApplicationContext spring) {
        return new PromotionService(spring.getBean(PromotionRepository.class), spring.getBean(CounterRepository.class),
                spring.getBean(RedemptionRepository.class), Clock.fixed(moment, ZoneOffset.UTC));
    }
}
