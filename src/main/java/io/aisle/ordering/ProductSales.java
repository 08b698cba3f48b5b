package io.aisle.ordering;

import java.math.BigDecimal;

/** Units and revenue of one product, under the name it was sold with (the last by alphabet if it was renamed). */
public record ProductSales(long productId, String name, long units, BigDecimal revenue) {
}
