package io.aisle.ordering;

import io.aisle.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where an order is in fulfilment, apart from where its money is ({@link PaymentStatus}):
 * {@code PENDING → CONFIRMED → SHIPPED → DELIVERED}, or cancelled before it ships. A {@code PENDING} order waits
 * for the customer to finish paying with the provider (Stripe's Payment Element, 3-D Secure) and holds its stock
 * until its reservation ends; a {@code CONFIRMED} one is paid (or authorized) and waits to be shipped. Before
 * issue 12 {@code CONFIRMED} was called {@code PAID}: {@link #parse} still accepts that name.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

    /**
     * Whether the order still has to reach the customer: waiting for payment, confirmed and not shipped yet, or on
     * its way. Its account cannot be deleted meanwhile, since fulfilling it needs the shipping address.
     */
    public boolean isOpen() {
        return this == PENDING || this == CONFIRMED || this == SHIPPED;
    }

    /** Whether the order counts as sold: confirmed and not cancelled. */
    public boolean isSale() {
        return this == CONFIRMED || this == SHIPPED || this == DELIVERED;
    }

    /**
     * Whether a person (the admin, or the customer cancelling) may move the order to {@code next}. Only the payment
     * confirms a pending order ({@link PaymentUpdates}), never a person.
     */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PENDING -> next == CANCELLED;
            case CONFIRMED -> next == SHIPPED || next == CANCELLED;
            case SHIPPED -> next == DELIVERED;
            case DELIVERED, CANCELLED -> false;
        };
    }

    /** The status named by an API caller, in any letter case ({@code PAID} is the old name of CONFIRMED); an unknown name is a 400. */
    public static OrderStatus parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("PAID")) {
            return CONFIRMED;
        }
        return Arrays.stream(values())
                .filter(status -> status.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("Unknown order status '" + name + "'; use one of "
                        + Arrays.toString(values()) + "."));
    }
}
