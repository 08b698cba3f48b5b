package io.aisle.taxes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Taxes settings under {@code aisle.taxes}. {@code cacheTtl} bounds how long another instance may still price
 * orders with the rates and settings as they were before an admin changed them (this instance takes the change
 * at once); zero reads them from the database for every order.
 */
@ConfigurationProperties("aisle.taxes")
public record TaxesProperties(Duration cacheTtl) {

    public TaxesProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
    }
}
