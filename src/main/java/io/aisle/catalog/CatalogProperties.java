package io.aisle.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Catalog settings under {@code aisle.catalog}. {@code cacheTtl} bounds how long another instance may
 * show a product or a listing after it changed (this instance drops changed entries at once); zero turns
 * the cache off.
 */
@ConfigurationProperties("aisle.catalog")
public record CatalogProperties(boolean seed, Duration cacheTtl) {

    public CatalogProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(2) : cacheTtl;
    }
}
