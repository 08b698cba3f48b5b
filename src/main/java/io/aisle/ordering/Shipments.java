package io.aisle.ordering;

import io.aisle.ordering.data.ShipmentRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How orders left the shop, for the pages and the API that show an order. Shipping itself is
 * {@link OrderService#ship}: the shipment is recorded in the transaction that moves the order to SHIPPED.
 * Callers check who may see the order first (the order's owner, or the admin).
 */
@Service
public class Shipments {

    private final ShipmentRepository shipments;

    Shipments(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    /** The order's shipments, oldest first; empty until it ships (or when it shipped without a carrier). */
    @Transactional(readOnly = true)
    public List<Shipment> ofOrder(long orderId) {
        return shipments.findByOrders(List.of(orderId));
    }

    /** The order's latest shipment (one per order today); empty before it ships. */
    @Transactional(readOnly = true)
    public Optional<Shipment> latest(long orderId) {
        List<Shipment> shipped = ofOrder(orderId);
        return shipped.isEmpty() ? Optional.empty() : Optional.of(shipped.get(shipped.size() - 1));
    }

    /** The shipments of these orders by order id (orders without any are left out). */
    @Transactional(readOnly = true)
    public Map<Long, List<Shipment>> ofOrders(Collection<Long> orderIds) {
        return shipments.findByOrders(orderIds).stream().collect(Collectors.groupingBy(Shipment::orderId));
    }
}
