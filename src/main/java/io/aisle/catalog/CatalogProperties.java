package io.aisle.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Catalog settings under {@code aisle.catalog}. {@code cacheTtl} bounds how long another instance may
 * show a product or a listing after it changed (this instance drops changed entries at once); zero turns
 * the cache off. {@code countTtl} bounds how long a listing's total (the pager's "1,234 products") may lag
 * behind the catalog, the cache on or off; zero counts every time.
 */
@ConfigurationProperties("aisle.catalog")
public record CatalogProperties(boolean seed, Duration cacheTtl, Duration countTtl) {

    public CatalogProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(2) : cacheTtl;
        countTtl = countTtl == null ? Duration.ofSeconds(5) : countTtl;
    }
}
