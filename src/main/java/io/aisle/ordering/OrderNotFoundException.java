package io.aisle.ordering;

import io.aisle.platform.NotFoundException;

public class OrderNotFoundException extends NotFoundException {

    public OrderNotFoundException(long id) {
        super("Order " + id + " does not exist.");
    }
}
