package io.aisle.shopping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The products a customer keeps for later, newest first, with live catalog details. */
public record Wishlist(List<Item> items) {

    public record Item(long productId, String name, BigDecimal price, int stock, String imageUrl, Instant addedAt) {
    }
}
