/**
 * Taxes: the shop's tax rates per country, region and product tax class, and its tax settings (prices
 * entered with or without tax, shipping taxed or not). Owns the tables {@code tax_rates} and
 * {@code tax_settings}. Checkout asks {@link io.aisle.taxes.TaxService#rulesFor} for the rules of a delivery
 * address (served from a short-lived in-memory copy, see {@link io.aisle.taxes.TaxService}) and prices the
 * tax with the pure {@link io.aisle.taxes.TaxCalculator}; the admin edits rates and settings through
 * {@link io.aisle.taxes.TaxService} (REST under {@code /api/v1/admin/taxes}, pages in the admin module).
 * Depends on the platform only (money arithmetic, problem answers).
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.aisle.taxes;

import org.springframework.modulith.ApplicationModule;
