package io.aisle.modeling;

/** Where a training run is: its phase, how far overall (0–100), and how many customer rows it has read. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (phase, percent, rows) -> { };

    void report(String phase, int percent, long rows);
}
