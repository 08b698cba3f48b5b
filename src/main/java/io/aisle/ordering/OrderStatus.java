package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/** Where an order is: {@code PAID → SHIPPED → DELIVERED}, or {@code PAID → CANCELLED}. */
public enum OrderStatus {
    PAID, SHIPPED, DELIVERED, CANCELLED;

    /**
     * Whether the order still has to reach the customer: paid and not shipped yet, or on its way. Its
     * account cannot be deleted meanwhile, since fulfilling it needs the shipping address.
     */
    public boolean isOpen() {
        return this == PAID || this == SHIPPED;
    }

    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PAID -> next == SHIPPED || next == CANCELLED;
            case SHIPPED -> next == DELIVERED;
            case DELIVERED, CANCELLED -> false;
        };
    }

    /** The status named by an API caller, in any letter case; an unknown name is a 400. */
    public static OrderStatus parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("Unknown order status '" + name + "'; use one of "
                        + Arrays.toString(values()) + "."));
    }
}
