package io.aisle.taxes;

import java.math.BigDecimal;

/**
 * One line of tax as customers see it under the subtotal: every taxed amount (order lines and shipping)
 * with the same {@code name} and {@code rate} together, e.g. "VAT 19 %: 3.80". {@code amount} has two
 * decimals and is never zero (amounts that come to no tax make no line).
 */
public record TaxLine(String name, BigDecimal rate, BigDecimal amount) {
}
