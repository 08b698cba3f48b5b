package io.aisle.taxes.internal;

import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxRules;
import io.aisle.taxes.TaxSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings and every rate, as read together: small enough (a few hundred rows at most) to keep whole in
 * memory and answer any address from.
 */
public record TaxTable(TaxSettings settings, List<ShopTaxRate> rates) {

    public TaxTable {
        rates = List.copyOf(rates);
    }

    /**
     * The rules for an address: each class at the region's rate where the region has one, else at the
     * country's, else untaxed. Codes are compared without regard to case; a region written with its country
     * prefix ({@code US-CA}) counts as the region ({@code CA}).
     */
    public TaxRules rulesFor(String country, String region) {
        String countryCode = normalize(country);
        String regionCode = normalize(region);
        if (countryCode != null && regionCode != null && regionCode.startsWith(countryCode + "-")) {
            regionCode = regionCode.substring(countryCode.length() + 1);
        }
        Map<String, TaxRate> countryRates = new HashMap<>();
        Map<String, TaxRate> regionRates = new HashMap<>();
        for (ShopTaxRate rate : rates) {
            if (!rate.country().equals(countryCode)) {
                continue;
            }
            if (rate.region() == null) {
                countryRates.put(rate.taxClass(), rate.toTaxRate());
            } else if (rate.region().equals(regionCode)) {
                regionRates.put(rate.taxClass(), rate.toTaxRate());
            }
        }
        countryRates.putAll(regionRates);
        return new TaxRules(settings.pricesIncludeTax(), settings.taxShipping(), countryRates);
    }

    private static String normalize(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
