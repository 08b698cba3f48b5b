package io.aisle.promotions;

import java.time.Instant;

public record PromotionContext(String code, String customerEmail, boolean firstOrder, Instant at) {
}
