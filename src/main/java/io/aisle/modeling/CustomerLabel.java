package io.aisle.modeling;

import java.math.BigDecimal;

/**
 * What a customer did in the label window [cutoff, cutoff + H): {@code churned} when they bought nothing
 * in it, and {@code spend}, the total of their orders in it (cancelled orders left out).
 */
public record CustomerLabel(long userId, boolean churned, BigDecimal spend) {

    static CustomerLabel churned(long userId) {
        return new CustomerLabel(userId, true, BigDecimal.ZERO.setScale(2));
    }
}
