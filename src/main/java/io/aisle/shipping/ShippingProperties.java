package io.aisle.shipping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Shipping settings under {@code aisle.shipping}. {@code cacheTtl} bounds how long another instance may
 * price shipping by a configuration the admin has since changed (the instance that made the change drops
 * its copy at once); zero turns the cache off.
 */
@ConfigurationProperties("aisle.shipping")
public record ShippingProperties(Duration cacheTtl) {

    public ShippingProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
    }
}
