package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulationDeterminismTests {

    private static final SimulationSettings SETTINGS = SimulationSettings.of(2_000, 12, 7);

    @Test
    void sameSeedGivesTheSameHistoryAndGroundTruth() {
        SimulatedHistory first = Simulation.run(SETTINGS);
        SimulatedHistory second = Simulation.run(SETTINGS);

        assertThat(second).isEqualTo(first);
        assertThat(first.events()).isNotEmpty();
        assertThat(first.groundTruth()).isNotEmpty();
    }

    @Test
    void differentSeedGivesADifferentHistory() {
        SimulatedHistory first = Simulation.run(SETTINGS);
        SimulatedHistory other = Simulation.run(SETTINGS.withSeed(8));

        assertThat(other.customers()).isNotEqualTo(first.customers());
        assertThat(other.orders()).isNotEqualTo(first.orders());
        assertThat(other.groundTruth()).isNotEqualTo(first.groundTruth());
    }

    @Test
    void aCustomersHistoryDoesNotDependOnHowManyOthersAreSimulated() {
        SimulatedHistory small = Simulation.run(SimulationSettings.of(50, 12, 7));
        SimulatedHistory large = Simulation.run(SETTINGS);

        assertThat(large.customers().subList(0, 50)).isEqualTo(small.customers());
        assertThat(large.orders().stream().filter(order -> order.customerId() <= 50).toList()).isEqualTo(small.orders());
    }
}
