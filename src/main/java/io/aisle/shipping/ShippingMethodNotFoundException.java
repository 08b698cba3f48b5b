package io.aisle.shipping;

import io.aisle.platform.NotFoundException;

/** No shipping method has this id. */
public class ShippingMethodNotFoundException extends NotFoundException {

    ShippingMethodNotFoundException(long id) {
        super("There is no shipping method " + id + ".");
    }
}
