package io.aisle.shipping;

import io.aisle.platform.ConflictException;

/**
 * A zone or method change that clashes with another: a zone name or method name in use, a country or
 * region already in another zone, a second rest-of-world zone.
 */
public class ShippingConflictException extends ConflictException {

    ShippingConflictException(String detail) {
        super("Shipping setup conflict", detail);
    }
}
