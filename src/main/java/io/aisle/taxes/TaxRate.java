package io.aisle.taxes;

import java.math.BigDecimal;

public record TaxRate(String taxClass, String name, BigDecimal rate) {
}
