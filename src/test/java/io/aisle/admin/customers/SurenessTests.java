package io.aisle.admin.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurenessTests {

    @Test
    void aClearChanceFromAGoodModelIsQuiteSureAndSaysWhatBecameOfCustomersGivenASimilarChance() {
        Map<String, Double> metrics = new HashMap<>(Map.of("auc", 0.81));
        metrics.put("reliability_8_count", 120.0);
        metrics.put("reliability_8_observed", 0.84);

        Sureness sure = Sureness.ofChurn(0.86, metrics);

        assertThat(sure.headline()).isEqualTo("Quite sure");
        assertThat(sure.detail()).contains("far from 50/50", "is good", "81 times in 100",
                "Of 120 past customers it gave a similar chance, 16% bought again.");
    }

    @Test
    void aCoinTossOrAModelNoBetterThanGuessingIsNotSureAndTooFewSimilarCustomersSayNothing() {
        Map<String, Double> few = Map.of("auc", 0.78, "reliability_5_count", 4.0, "reliability_5_observed", 0.5);

        assertThat(Sureness.ofChurn(0.52, few).headline()).isEqualTo("Not very sure");
        assertThat(Sureness.ofChurn(0.52, few).detail()).contains("close to 50/50").doesNotContain("past customers it gave");
        assertThat(Sureness.ofChurn(0.95, Map.of("auc", 0.52)).headline()).isEqualTo("Not sure");
        assertThat(Sureness.ofSpend(Map.of("mae", 41.5, "spearman", 0.55)).headline()).isEqualTo("Typically off by $41.50");
    }
}
