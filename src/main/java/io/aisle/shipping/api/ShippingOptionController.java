package io.aisle.shipping.api;

import io.aisle.shipping.ShippingOption;
import io.aisle.shipping.ShippingQuery;
import io.aisle.shipping.ShippingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Shipping")
@RestController
class ShippingOptionController {

    private final ShippingService shipping;

    ShippingOptionController(ShippingService shipping) {
        this.shipping = shipping;
    }

    @Operation(summary = "The shipping methods for an address and order, priced, with estimated delivery dates",
            description = "Deliveries first, cheapest first (the first is the default), then pick-ups. Empty when "
                    + "the shop does not ship there. subtotal is after line discounts; dates count calendar days (UTC).")
    @GetMapping("/api/v1/shipping/options")
    List<ShippingOption> options(@RequestParam String country, @RequestParam(required = false) String region,
            @RequestParam BigDecimal subtotal, @RequestParam(defaultValue = "0") int weightGrams) {
        return shipping.optionsFor(new ShippingQuery(country, region, subtotal, weightGrams));
    }
}
