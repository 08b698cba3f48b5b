package io.aisle.lab.simulation;

import java.util.ArrayList;
import java.util.List;

/** A sink that counts a run and keeps only the cutoff rows, so a large run fits in little memory. */
public final class SimulationSummary implements HistorySink {

    private long customers;
    private long orders;
    private long events;
    private final List<GroundTruth> truths = new ArrayList<>();
    private final List<RealisedLabel> labels = new ArrayList<>();

    @Override
    public void customer(SimulatedCustomer customer) {
        customers++;
    }

    @Override
    public void order(SimulatedOrder order) {
        orders++;
    }

    @Override
    public void event(SimulatedEvent event) {
        events++;
    }

    @Override
    public void cutoff(GroundTruth truth, RealisedLabel label) {
        truths.add(truth);
        labels.add(label);
    }

    public long customers() {
        return customers;
    }

    public long orders() {
        return orders;
    }

    public long events() {
        return events;
    }

    /** The share of customers signed up by the cutoff who made no purchase in the horizon. */
    public double churnRate() {
        return labels.stream().filter(RealisedLabel::churned).count() / (double) labels.size();
    }

    public BestAchievable best() {
        return BestAchievable.of(truths, labels);
    }
}
