package io.aisle.lab;

import io.aisle.lab.loading.SimulationLoader;
import io.aisle.lab.simulation.SimulationSettings;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The simulated customers a fresh shop shows its insights on: a year of history ending on a given day, always
 * the same simulation (fixed seed), written into the shop through the owning modules' import services. The
 * accounts cannot sign in (docs/ml.md, "Simulator").
 */
@Service
public class DemoHistory {

    static final int MONTHS = 12;
    static final long SEED = 42;

    private final SimulationLoader loader;

    DemoHistory(SimulationLoader loader) {
        this.loader = loader;
    }

    /** Loads {@code customers} simulated customers whose twelve months of history end on {@code lastDay}. */
    public void loadYearEndingOn(LocalDate lastDay, int customers) {
        loader.load(SimulationSettings.endingOn(lastDay, customers, MONTHS, SEED));
    }
}
