package io.aisle.lab.loading;

import io.aisle.catalog.Product;
import io.aisle.identity.HistoricalAccount;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.lab.simulation.OrderLine;
import io.aisle.lab.simulation.SimulatedCustomer;
import io.aisle.lab.simulation.SimulatedEvent;
import io.aisle.lab.simulation.SimulatedEventType;
import io.aisle.lab.simulation.SimulatedOrder;
import io.aisle.ordering.HistoricalOrder;
import io.aisle.ordering.OrderImport;
import io.aisle.tracking.BehaviorEvent;
import io.aisle.tracking.BehaviorImport;
import io.aisle.tracking.EventType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes whole simulated customers through the owning modules' import services. */
final class ChunkWriter {

    private final String runId;
    private final HistoricalAccounts accounts;
    private final OrderImport orders;
    private final BehaviorImport events;
    private final SkuCatalog catalog;

    ChunkWriter(String runId, HistoricalAccounts accounts, OrderImport orders, BehaviorImport events,
            SkuCatalog catalog) {
        this.runId = runId;
        this.accounts = accounts;
        this.orders = orders;
        this.events = events;
        this.catalog = catalog;
    }

    /** Writes the customers with all their orders and events; returns simulated id → user id. */
    Map<Long, Long> write(List<SimulatedCustomer> customers, List<SimulatedOrder> simulatedOrders,
            List<SimulatedEvent> simulatedEvents) {
        List<Long> ids = accounts.createAll(customers.stream().map(this::account).toList());
        Map<Long, Long> userIds = new LinkedHashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            userIds.put(customers.get(i).id(), ids.get(i));
        }
        catalog.require(simulatedOrders.stream().flatMap(o -> o.lines().stream()).map(OrderLine::sku)
                .collect(Collectors.toSet()));
        Map<Long, List<Instant>> cancels = cancellations(simulatedEvents);
        orders.importAll(simulatedOrders.stream().map(o -> order(o, userIds.get(o.customerId()), cancels)).toList());
        events.importAll(simulatedEvents.stream().map(e -> event(e, userIds.get(e.customerId()))).toList());
        return userIds;
    }

    private HistoricalAccount account(SimulatedCustomer customer) {
        return new HistoricalAccount("sim-" + runId + "-" + customer.id() + "@simulated.invalid",
                "Simulated customer " + customer.id(), customer.signupDate().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** CANCEL event times per customer, in time order. */
    private static Map<Long, List<Instant>> cancellations(List<SimulatedEvent> events) {
        Map<Long, List<Instant>> cancels = new HashMap<>();
        for (SimulatedEvent event : events) {
            if (event.type() == SimulatedEventType.CANCEL) {
                cancels.computeIfAbsent(event.customerId(), id -> new ArrayList<>()).add(event.at());
            }
        }
        cancels.values().forEach(times -> times.sort(null));
        return cancels;
    }

    /** A cancelled order was cancelled at the customer's first CANCEL event after it was placed. */
    private HistoricalOrder order(SimulatedOrder order, long userId, Map<Long, List<Instant>> cancels) {
        Instant cancelledAt = !order.cancelled() ? null : cancels.getOrDefault(order.customerId(), List.of()).stream()
                .filter(at -> !at.isBefore(order.placedAt()))
                .findFirst()
                .orElse(order.placedAt());
        return new HistoricalOrder(userId, order.placedAt(), cancelledAt, order.lines().stream().map(this::line).toList());
    }

    private HistoricalOrder.Line line(OrderLine line) {
        Product product = catalog.get(line.sku());
        return new HistoricalOrder.Line(product.id(), product.sku(), product.name(), product.category().slug(),
                product.category().name(), line.unitPrice(), line.quantity());
    }

    private static BehaviorEvent event(SimulatedEvent event, long userId) {
        return new BehaviorEvent(EventType.valueOf(event.type().name()), userId, null, null, null, event.at());
    }
}
