package io.aisle.lab.simulation;

import java.math.BigDecimal;

/** One line of a simulated order, priced from the catalog. */
public record OrderLine(String category, String sku, BigDecimal unitPrice, int quantity) {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
