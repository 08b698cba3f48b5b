package io.aisle.admin.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.modeling.CustomerFeatures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSentencesTests {

    @Test
    void everyFeatureTheModelsReadHasASentenceOfItsOwn() {
        assertThat(CustomerFeatures.NAMES).allSatisfy(name -> {
            assertThat(FeatureSentences.knows(name)).as("a sentence for %s", name).isTrue();
            assertThat(FeatureSentences.of(name, 3, Map.of("order_count", 4.0, "sessions", 2.0)))
                    .doesNotContain("_").isNotBlank();
        });
    }

    @Test
    void readsTheLastOrderAgainstTheCustomersUsualGapBetweenOrders() {
        Map<String, Double> features = Map.of("recency_days", 143.2, "mean_days_between_orders", 30.0);

        assertThat(FeatureSentences.of("recency_days", 143.2, features))
                .isEqualTo("Last order 143 days ago, much longer than their usual 30 days between orders");
        assertThat(FeatureSentences.of("recency_days", 25, features))
                .isEqualTo("Last order 25 days ago, within their usual 30 days between orders");
        assertThat(FeatureSentences.of("recency_days", 12, Map.of("mean_days_between_orders", 0.0)))
                .isEqualTo("Last order 12 days ago");
    }

    @Test
    void aFeatureAddedLaterReadsAsItsNameAndValueInsteadOfBreakingThePage() {
        assertThat(FeatureSentences.of("orders_last_365_days", 3, Map.of())).isEqualTo("Orders last 365 days: 3");
        assertThat(FeatureSentences.of("bgnbd_p_alive", 0.4567, Map.of())).isEqualTo("Bgnbd p alive: 0.46");
        assertThat(FeatureSentences.knows("orders_last_365_days")).isFalse();
    }
}
