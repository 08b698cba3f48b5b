package io.aisle.catalog;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** Fewer units in stock than asked for. Names the product so the customer knows which line to change. */
public class OutOfStockException extends ConflictException {

    public OutOfStockException(long productId, String productName, int available, int requested) {
        super("Not enough stock", available == 0
                        ? productName + " is out of stock."
                        : "Only " + available + " of " + productName + " left in stock; " + requested + " requested.",
                Map.of("productId", productId, "available", available));
    }
}
