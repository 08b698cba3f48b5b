package io.aisle.lab.loading;

import io.aisle.catalog.ProductService;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.lab.simulation.SimulatedEvent;
import io.aisle.lab.simulation.SimulatedHistory;
import io.aisle.lab.simulation.SimulatedOrder;
import io.aisle.lab.simulation.Simulation;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.ordering.OrderImport;
import io.aisle.tracking.BehaviorImport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Loads a simulated customer history into the shop's database, so features, labels and models run on it
 * exactly as on real customers: simulated customers become accounts that cannot sign in
 * ({@link HistoricalAccounts}), their orders become delivered or cancelled orders of the catalog's real
 * products ({@link OrderImport}, matched by SKU, at the simulated prices, shipping added as at checkout),
 * and their events become behaviour events ({@link BehaviorImport}, matched by type name).
 *
 * <p>Customers are written a few thousand at a time as the simulation streams them, each chunk in a few
 * batched statements per table and its own transactions; a failure leaves the chunks written so far.
 * Every load gets its own run id, in the accounts' emails {@code sim-<runId>-<n>@simulated.invalid}, so
 * loads never collide.
 */
@Service
public class SimulationLoader {

    private final HistoricalAccounts accounts;
    private final OrderImport orders;
    private final BehaviorImport events;
    private final ProductService products;

    SimulationLoader(HistoricalAccounts accounts, OrderImport orders, BehaviorImport events, ProductService products) {
        this.accounts = accounts;
        this.orders = orders;
        this.events = events;
        this.products = products;
    }

    /** Runs the simulation and loads it as it goes; returns simulated customer id → user id. */
    public Map<Long, Long> load(SimulationSettings settings) {
        LoadingSink sink = sink();
        Simulation.run(settings, sink);
        return sink.finish();
    }

    /** Loads a simulation kept in memory; returns simulated customer id → user id. */
    public Map<Long, Long> load(SimulatedHistory history) {
        Map<Long, List<SimulatedOrder>> ordersByCustomer = history.orders().stream()
                .collect(Collectors.groupingBy(SimulatedOrder::customerId));
        Map<Long, List<SimulatedEvent>> eventsByCustomer = history.events().stream()
                .collect(Collectors.groupingBy(SimulatedEvent::customerId));
        LoadingSink sink = sink();
        history.customers().forEach(customer -> {
            sink.customer(customer);
            eventsByCustomer.getOrDefault(customer.id(), List.of()).forEach(sink::event);
            ordersByCustomer.getOrDefault(customer.id(), List.of()).forEach(sink::order);
        });
        return sink.finish();
    }

    private LoadingSink sink() {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        return new LoadingSink(new ChunkWriter(runId, accounts, orders, events, new SkuCatalog(products)));
    }
}
