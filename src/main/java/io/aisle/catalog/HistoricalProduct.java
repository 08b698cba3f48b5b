package io.aisle.catalog;

import java.math.BigDecimal;

/** A product of an imported history, as the source described it: SKU, name, a usual price and its currency. */
public record HistoricalProduct(String sku, String name, BigDecimal price, String currency) {
}
