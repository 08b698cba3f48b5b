package io.aisle.lab.simulation;

import java.util.List;

/** A whole simulation held in memory; fine for tests and a few thousand customers. */
public record SimulatedHistory(
        List<SimulatedCustomer> customers,
        List<SimulatedOrder> orders,
        List<SimulatedEvent> events,
        List<GroundTruth> groundTruth,
        List<RealisedLabel> realisedLabels) {

    public SimulatedHistory {
        customers = List.copyOf(customers);
        orders = List.copyOf(orders);
        events = List.copyOf(events);
        groundTruth = List.copyOf(groundTruth);
        realisedLabels = List.copyOf(realisedLabels);
    }
}
