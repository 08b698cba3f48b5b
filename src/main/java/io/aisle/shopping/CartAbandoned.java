package io.aisle.shopping;

import java.time.Instant;

/**
 * A customer who opted in to cart reminders left lines in their cart untouched since {@code lastChange}, longer
 * than the shop's idle time. Published at most once per cart state: {@code cartKey} names the cart as it was
 * (customer and last change), so a reminder is written once per cart, however often the search runs.
 */
public record CartAbandoned(long userId, String email, String name, Instant lastChange, String cartKey) {
}
