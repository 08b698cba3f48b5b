package io.aisle.ordering;

import io.aisle.platform.NotFoundException;

public class OrderNotFoundException extends NotFoundException {

    public OrderNotFoundException(long id) {
        super("Order " + id + " does not exist.");
    }

    private OrderNotFoundException(String detail) {
        super(detail);
    }

    /** No order opens with the secret of this link (a wrong, cut or made-up link). */
    static OrderNotFoundException byLink() {
        return new OrderNotFoundException("No order has this link. Check that you copied all of it.");
    }
}
