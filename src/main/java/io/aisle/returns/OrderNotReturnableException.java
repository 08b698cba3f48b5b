package io.aisle.returns;

import io.aisle.ordering.OrderStatus;
import io.aisle.platform.ConflictException;
import java.util.Map;

/** Only a delivered order can be returned; before that it can be cancelled (until it ships). */
public class OrderNotReturnableException extends ConflictException {

    public OrderNotReturnableException(long orderId, OrderStatus status) {
        super("Order not delivered", "Order " + orderId + " is " + status + ": only a delivered order can be "
                + "returned.", Map.of("orderStatus", status.name()));
    }
}
