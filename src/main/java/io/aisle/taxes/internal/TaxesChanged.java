package io.aisle.taxes.internal;

/** An admin changed a rate or the settings: published inside the changing transaction. */
public record TaxesChanged() {
}
