package io.aisle.shipping;

import io.aisle.platform.NotFoundException;

/** No shipping zone has this id. */
public class ShippingZoneNotFoundException extends NotFoundException {

    ShippingZoneNotFoundException(long id) {
        super("There is no shipping zone " + id + ".");
    }
}
