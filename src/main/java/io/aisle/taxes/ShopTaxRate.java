package io.aisle.taxes;

import java.math.BigDecimal;

/**
 * A tax rate the shop has set: for {@code country} (ISO 3166-1 alpha-2), or only its {@code region} (the
 * ISO 3166-2 subdivision code without the country prefix, e.g. {@code CA}; null for the whole country), for
 * products of {@code taxClass}. A region's rate replaces its country's rate for that class.
 */
public record ShopTaxRate(long id, String country, String region, String taxClass, String name, BigDecimal rate) {

    /** The rate as customers read it. */
    public TaxRate toTaxRate() {
        return new TaxRate(taxClass, name, rate);
    }
}
