package io.aisle.shipping;

import java.util.List;

/**
 * A shipping zone: the countries (and regions) it covers, or every address no other zone covers when it is
 * the rest-of-world zone; its methods in the admin's sort order.
 */
public record ShippingZone(long id, String name, boolean restOfWorld, List<ZoneCountry> countries,
        List<ShippingMethod> methods) {

    public ShippingZone {
        countries = List.copyOf(countries);
        methods = List.copyOf(methods);
    }
}
