package io.aisle.lab.simulation;

/**
 * Receives a simulation as it is generated, so a large run need not be held in memory. Everything of a
 * customer arrives before anything of the next: the customer, then their orders and events in time
 * order, then (if they signed up before the cutoff) their ground truth and realised label.
 */
public interface HistorySink {

    void customer(SimulatedCustomer customer);

    void order(SimulatedOrder order);

    void event(SimulatedEvent event);

    void cutoff(GroundTruth truth, RealisedLabel label);
}
