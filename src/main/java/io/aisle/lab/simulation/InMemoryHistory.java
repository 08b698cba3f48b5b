package io.aisle.lab.simulation;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests and small runs. */
public final class InMemoryHistory implements HistorySink {

    private final List<SimulatedCustomer> customers = new ArrayList<>();
    private final List<SimulatedOrder> orders = new ArrayList<>();
    private final List<SimulatedEvent> events = new ArrayList<>();
    private final List<GroundTruth> truths = new ArrayList<>();
    private final List<RealisedLabel> labels = new ArrayList<>();

    @Override
    public void customer(SimulatedCustomer customer) {
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
        truths.add(truth);
        labels.add(label);
    }

    public SimulatedHistory history() {
        return new SimulatedHistory(customers, orders, events, truths, labels);
    }
}
