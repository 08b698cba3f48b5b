package io.aisle.taxes;

/**
 * One amount to tax, in minor units (cents), never negative: an order line after its discount, as entered
 * (with tax included when the shop's prices include it). {@code taxClass} is the product's tax class code.
 */
public record TaxableAmount(long amountMinor, String taxClass) {

    public TaxableAmount {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("A taxable amount is never negative: " + amountMinor);
        }
    }
}
