package io.aisle.ordering;

import java.math.BigDecimal;

/** Revenue and units of one category, by the category the products had when they were sold. */
public record CategorySales(String category, String slug, BigDecimal revenue, long units) {
}
