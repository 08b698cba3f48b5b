package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class EngagementChainTests {

    private static final EngagementChain CHAIN = new EngagementChain(0.1, 0.2, 0.3, 0.05, 0.3, 0.02);

    @Test
    void eachStatesTransitionProbabilitiesSumToOne() {
        for (Engagement from : Engagement.values()) {
            double sum = 0;
            for (Engagement to : Engagement.values()) {
                sum += CHAIN.probability(from, to);
            }
            assertThat(sum).as("from %s", from).isCloseTo(1.0, offset(1e-12));
        }
    }

    @Test
    void drawnTransitionsFollowTheStatedProbabilities() {
        RandomDraws draws = new RandomDraws(1);
        int trials = 200_000;
        for (Engagement from : Engagement.values()) {
            int[] counts = new int[Engagement.values().length];
            for (int i = 0; i < trials; i++) {
                counts[CHAIN.next(from, draws).ordinal()]++;
            }
            for (Engagement to : Engagement.values()) {
                double p = CHAIN.probability(from, to);
                assertThat(counts[to.ordinal()] / (double) trials).as("%s → %s", from, to)
                        .isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / trials) + 1e-9));
            }
        }
    }

    @Test
    void refusesALapsingStateThatLeavesWithProbabilityAboveOne() {
        assertThatThrownBy(() -> new EngagementChain(0.1, 0.6, 0.5, 0.01, 0.3, 0.02))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
