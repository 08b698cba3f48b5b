package io.aisle.ordering;

import io.aisle.platform.AisleException;
import io.aisle.platform.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Ships several orders with one carrier, each with its own tracking number. Each order ships in its own
 * transaction through {@link OrderService#ship}, so one refused order (already shipped, cancelled, a bad
 * tracking number) leaves the others shipped, and the answer says which and why.
 */
@Service
public class BulkShipping {

    /** As many orders as the admin selects on one page of the list, with room to spare. */
    public static final int MAX_ORDERS = 100;

    private final OrderService orders;

    BulkShipping(OrderService orders) {
        this.orders = orders;
    }

    /** What happened: the orders shipped, and each refused order with the reason, in the order given. */
    public record Outcome(List<Long> shipped, Map<Long, String> refused) {
    }

    /** Ships each order with the carrier and its tracking number from {@code trackingNumbers} (absent: none). */
    public Outcome ship(List<Long> orderIds, String carrier, Map<Long, String> trackingNumbers) {
        if (orderIds.isEmpty()) {
            throw new InvalidRequestException("ids", "must name at least one order");
        }
        if (orderIds.size() > MAX_ORDERS) {
            throw new InvalidRequestException("ids", "must name at most " + MAX_ORDERS + " orders");
        }
        List<Long> shipped = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (long id : orderIds.stream().distinct().toList()) {
            try {
                orders.ship(id, new ShipmentRequest(carrier, trackingNumbers.get(id), null));
                shipped.add(id);
            } catch (AisleException refusal) {
                refused.put(id, refusal.detail());
            }
        }
        return new Outcome(List.copyOf(shipped), refused);
    }
}
