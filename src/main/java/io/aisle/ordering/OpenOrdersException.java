package io.aisle.ordering;

import io.aisle.platform.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The account still has orders on their way to the customer, so it cannot be deleted yet (a 409 that
 * lists them as {@code openOrders: [{id, status}]}).
 */
public class OpenOrdersException extends ConflictException {

    public static final String RULE = "An account with an open order (paid and not shipped yet, or shipped and "
            + "not delivered yet) cannot be deleted: cancel the orders that have not shipped yet, or wait until "
            + "they are delivered, then delete the account.";

    public OpenOrdersException(List<Order> open) {
        super("Open orders", describe(open) + " " + RULE + " Nothing was deleted.",
                Map.of("openOrders", open.stream().map(o -> Map.of("id", o.id(), "status", o.status().name())).toList()));
    }

    private static String describe(List<Order> open) {
        return "The account has " + (open.size() == 1 ? "an open order: " : open.size() + " open orders: ")
                + open.stream().map(o -> "#" + o.id() + " (" + switch (o.status()) {
                    case PENDING -> "waiting for its payment";
                    case SHIPPED -> "shipped, not delivered yet";
                    default -> "paid, not shipped yet";
                } + ")")
                        .collect(Collectors.joining(", ")) + ".";
    }
}
