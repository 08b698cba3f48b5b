package io.aisle.admin.taxes;

import io.aisle.taxes.TaxSettings;

/** The settings form: two checkboxes, and an unticked box sends nothing, so a missing value is false. */
record TaxSettingsForm(Boolean pricesIncludeTax, Boolean taxShipping) {

    TaxSettings toSettings() {
        return new TaxSettings(Boolean.TRUE.equals(pricesIncludeTax), Boolean.TRUE.equals(taxShipping));
    }
}
