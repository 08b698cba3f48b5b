package io.aisle.returns;

import io.aisle.platform.ConflictException;
import java.util.Map;

/** More units of a line than are left to return: the rest was bought fewer times or is in other returns. */
public class ReturnQuantityExceededException extends ConflictException {

    public ReturnQuantityExceededException(long orderId, long productId, int wanted, int left) {
        super("Too many units", "Order " + orderId + " has " + left + " unit(s) of product " + productId
                + " left to return, not " + wanted + ".", Map.of("productId", productId, "returnable", left));
    }
}
