package io.aisle.returns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Returns settings under {@code aisle.returns}: how long after delivery a customer may ask to return goods. */
@ConfigurationProperties("aisle.returns")
public record ReturnsProperties(Duration window) {

    public ReturnsProperties {
        window = window == null || window.isNegative() ? Duration.ofDays(30) : window;
    }

    /** The window in whole days, as customers read it ("within 30 days of delivery"). */
    public long windowDays() {
        return window.toDays();
    }
}
