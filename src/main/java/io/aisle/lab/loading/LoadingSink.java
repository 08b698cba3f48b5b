package io.aisle.lab.loading;

import io.aisle.lab.simulation.GroundTruth;
import io.aisle.lab.simulation.HistorySink;
import io.aisle.lab.simulation.RealisedLabel;
import io.aisle.lab.simulation.SimulatedCustomer;
import io.aisle.lab.simulation.SimulatedEvent;
import io.aisle.lab.simulation.SimulatedOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects whole customers (the sink gets everything of one customer before the next) and hands them to
 * the {@link ChunkWriter} a chunk at a time. One per load; not thread-safe.
 */
final class LoadingSink implements HistorySink {

    private static final int MAX_CUSTOMERS = 2_000;
    private static final int MAX_EVENTS = 100_000;

    private final ChunkWriter writer;
    private final Map<Long, Long> userIds = new LinkedHashMap<>();
    private List<SimulatedCustomer> customers = new ArrayList<>();
    private List<SimulatedOrder> orders = new ArrayList<>();
    private List<SimulatedEvent> events = new ArrayList<>();

    LoadingSink(ChunkWriter writer) {
        this.writer = writer;
    }

    @Override
    public void customer(SimulatedCustomer customer) {
        if (customers.size() >= MAX_CUSTOMERS || events.size() >= MAX_EVENTS) {
            flush();
        }
        customers.add(customer);
    }

    @Override
    public void order(SimulatedOrder order) {
        orders.add(order);
    }

    @Override
    public void event(SimulatedEvent event) {
        events.add(event);
    }

    @Override
    public void cutoff(GroundTruth truth, RealisedLabel label) {
        // the truth stays with the simulation; the shop learns only from the history
    }

    /** Writes what is left and returns simulated customer id → user id, in simulation order. */
    Map<Long, Long> finish() {
        flush();
        return userIds;
    }

    private void flush() {
        if (!customers.isEmpty()) {
            userIds.putAll(writer.write(customers, orders, events));
        }
        customers = new ArrayList<>();
        orders = new ArrayList<>();
        events = new ArrayList<>();
    }
}
