package io.aisle.shopping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Shopping settings under {@code aisle.shopping}: {@code abandonedCart.idle}, how long a cart must stay untouched
 * before a customer who opted in is reminded of it (4 hours by default; 0 turns reminders off), and
 * {@code abandonedCart.checkInterval}, how often the shop looks (15 minutes by default).
 */
@Validated
@ConfigurationProperties("aisle.shopping")
public record ShoppingProperties(AbandonedCart abandonedCart) {

    public ShoppingProperties {
        abandonedCart = abandonedCart == null ? new AbandonedCart(null, null) : abandonedCart;
    }

    public record AbandonedCart(Duration idle, Duration checkInterval) {

        public AbandonedCart {
            idle = idle == null ? Duration.ofHours(4) : idle;
            checkInterval = checkInterval == null ? Duration.ofMinutes(15) : checkInterval;
            if (idle.isNegative() || checkInterval.isNegative() || checkInterval.isZero()) {
                throw new IllegalArgumentException("aisle.shopping.abandoned-cart: idle must be 0 or more and "
                        + "check-interval more than 0");
            }
        }

        public boolean enabled() {
            return !idle.isZero();
        }
    }
}
