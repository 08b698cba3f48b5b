package io.aisle.taxes;

import java.math.BigDecimal;

/**
 * The rate that applies to one tax class at an address: {@code name} is what customers see on the tax
 * line ("VAT", "CA sales tax"); {@code rate} is a fraction ({@code 0.0725} is 7.25 %), from 0 to 1.
 */
public record TaxRate(String taxClass, String name, BigDecimal rate) {
}
