package io.aisle.ordering;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** A status change the flow does not allow from where the order is now. */
public class OrderStatusConflictException extends ConflictException {

    public OrderStatusConflictException(long orderId, OrderStatus current, OrderStatus wanted) {
        super("Status change not allowed", "Order " + orderId + " is " + current + " and cannot become " + wanted + ".",
                Map.of("currentStatus", current.name()));
    }
}
