package io.aisle.catalog;

import io.aisle.platform.NotFoundException;

public class ProductNotFoundException extends NotFoundException {

    public ProductNotFoundException(long id) {
        super("Product " + id + " does not exist.");
    }
}
