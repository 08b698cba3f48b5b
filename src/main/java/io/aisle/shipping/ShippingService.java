package io.aisle.shipping;

import java.util.List;

public interface ShippingService {
    List<ShippingOption> optionsFor(ShippingQuery query);
    ShippingOption option(long methodId, ShippingQuery query);
    boolean shipsTo(String country);
}
