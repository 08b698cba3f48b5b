package io.aisle.taxes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxSettings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most specific rate wins: a region's rate replaces its country's for that class only. */
class TaxTableTests {

    private final TaxTable table = new TaxTable(new TaxSettings(false, true), List.of(
            rate("CA", null, "standard", "GST", "0.05"),
            rate("CA", null, "reduced", "GST", "0.05"),
            rate("CA", "ON", "standard", "HST", "0.13"),
            rate("US", "CA", "standard", "CA sales tax", "0.0725")));

    @Test
    void aRegionsRateReplacesTheCountrysRateForItsClassOnly() {
        var rules = table.rulesFor("CA", "ON");

        assertThat(rules.byClass()).containsOnlyKeys("standard", "reduced");
        assertThat(rules.rate("standard")).contains(new TaxRate("standard", "HST", new BigDecimal("0.13")));
        assertThat(rules.rate("reduced")).contains(new TaxRate("reduced", "GST", new BigDecimal("0.05")));
        assertThat(rules.taxShipping()).isTrue();
    }

    @Test
    void aRegionWithoutRatesGetsTheCountrysRates() {
        assertThat(table.rulesFor("CA", "QC").rate("standard")).map(TaxRate::name).contains("GST");
        assertThat(table.rulesFor("ca", null).rate("standard")).map(TaxRate::name).contains("GST");
    }

    @Test
    void aCountryWithRegionRatesOnlyTaxesNothingWithoutARegion() {
        assertThat(table.rulesFor("US", null).byClass()).isEmpty();
        assertThat(table.rulesFor("US", "OR").byClass()).isEmpty();
        assertThat(table.rulesFor("US", " ca ").rate("standard")).map(TaxRate::name).contains("CA sales tax");
        assertThat(table.rulesFor("US", "US-CA").rate("standard")).map(TaxRate::name).contains("CA sales tax");
    }

    @Test
    void anUnknownOrMissingCountryHasNoRates() {
        assertThat(table.rulesFor("ZZ", "ON").byClass()).isEmpty();
        assertThat(table.rulesFor(null, null).byClass()).isEmpty();
        // ON is a region of Canada, not of the US
        assertThat(table.rulesFor("US", "ON").byClass()).isEmpty();
    }

    private static ShopTaxRate rate(String country, String region, String taxClass, String name, String rate) {
        return new ShopTaxRate(0, country, region, taxClass, name, new BigDecimal(rate));
    }
}
