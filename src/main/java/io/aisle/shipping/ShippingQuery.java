package io.aisle.shipping;

import java.math.BigDecimal;

public record ShippingQuery(String country, String region, BigDecimal subtotal, int weightGrams) {
}
