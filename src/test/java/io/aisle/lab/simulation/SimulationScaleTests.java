package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulationScaleTests {

    @Test
    void tenThousandCustomersOverAYearStreamThroughACountingSink() {
        SimulationSummary summary = new SimulationSummary();

        Simulation.run(SimulationSettings.defaults(), summary);

        assertThat(summary.customers()).isEqualTo(10_000);
        assertThat(summary.orders()).isGreaterThan(10_000);
        assertThat(summary.events()).isGreaterThan(summary.orders() * 10);
        assertThat(summary.churnRate()).isBetween(0.2, 0.8);
    }
}
