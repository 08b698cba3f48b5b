package io.aisle.taxes;

/**
 * The shop's tax settings: whether prices are entered with tax included (the tax is then the part of the
 * price it contains) or without (tax is added at checkout), and whether shipping is taxed, at the standard
 * rate of the delivery address.
 */
public record TaxSettings(boolean pricesIncludeTax, boolean taxShipping) {
}
