package io.aisle.promotions;

import java.time.Instant;

/**
 * Who is buying, when, and with which code. {@code code} and {@code customerEmail} may be null (no code
 * entered; a customer not known yet, whose per-customer limits are then checked at redemption only).
 * {@code customerId} is the signed-in account buying, null for a guest: only it can redeem a personal code.
 * {@code firstOrder} is the checkout's knowledge that this customer has no earlier order. {@code at} is the
 * moment the dates are checked against (null: now).
 */
public record PromotionContext(String code, String customerEmail, Long customerId, boolean firstOrder, Instant at) {

    /** A buyer without an account (or one not known): personal codes are refused. */
    public PromotionContext(String code, String customerEmail, boolean firstOrder, Instant at) {
        this(code, customerEmail, null, firstOrder, at);
    }
}
