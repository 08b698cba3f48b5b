package io.aisle.admin.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityRowTests {

    @Test
    void readsTheBinsWithCustomersFromTheModelsMetricsInPercent() {
        Map<String, Double> metrics = Map.of("auc", 0.8,
                "reliability_1_predicted", 0.149, "reliability_1_observed", 0.12, "reliability_1_count", 40.0,
                "reliability_2_predicted", 0.25, "reliability_2_observed", 0.0, "reliability_2_count", 0.0,
                "reliability_7_predicted", 0.731, "reliability_7_observed", 0.705, "reliability_7_count", 212.0);

        assertThat(ReliabilityRow.of(metrics)).containsExactly(new ReliabilityRow(15, 12, 40), new ReliabilityRow(73, 71, 212));
        assertThat(ReliabilityRow.of(Map.of("auc", 0.8))).as("a model trained before the curve was measured").isEmpty();
    }
}
