package io.aisle.modeling;

import static io.aisle.Histories.CUTOFF;
import static io.aisle.Histories.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.ApiTest;
import io.aisle.Histories;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Features joined across ordering and tracking, and the labels, on hand-made histories. */
class FeatureServiceTests extends ApiTest {

    @Autowired
    FeatureService features;

    @Autowired
    LabelService labels;

    private long buyer;
    private long browser;
    private long both;

    @BeforeEach
    void makeHistories() {
        Histories histories = new Histories(jdbc);
        buyer = newCustomer().id();
        histories.order(buyer, "20.00", daysBefore(50), "books");
        histories.order(buyer, "30.00", daysBefore(10), "toys");
        histories.order(buyer, "45.00", daysBefore(-30), "toys");

        browser = newCustomer().id();
        histories.event(browser, "PRODUCT_VIEW", daysBefore(5));
        histories.event(browser, "ADD_TO_CART", daysBefore(5));

        both = newCustomer().id();
        histories.order(both, "CONFIRMED", "99.00", daysBefore(1), null, "garden");
        histories.order(both, "CANCELLED", "99.00", daysBefore(-10), daysBefore(-11), "garden");
        histories.event(both, "SEARCH", daysBefore(1));
        histories.event(both, "CHECKOUT", daysBefore(1));
    }

    @Test
    void customersWithOrdersButNoEventsAndEventsButNoOrdersBothAppearWithZerosForTheMissingSide() {
        Map<Long, CustomerFeatures> byUser = featuresAtCutoff();

        assertThat(byUser.get(buyer).values()).containsExactly(
                2, 50, 25, 10, 50, 40, 0, 2, 0, 1, 30, 1, 20,
                0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(byUser.get(browser).values()).containsExactly(
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                1, 1, 0, 1, 0, 1, 5, 1, 0);
        CustomerFeatures joined = byUser.get(both);
        assertThat(joined.orderCount()).isEqualTo(1);
        assertThat(joined.totalSpend()).isEqualTo(99);
        assertThat(joined.searches()).isEqualTo(1);
        assertThat(joined.checkouts()).isEqualTo(1);
        assertThat(joined.daysSinceLastEvent()).isCloseTo(1, within(1e-9));
    }

    @Test
    void featuresComeInUserIdOrderWithOneRowPerCustomer() {
        List<CustomerFeatures> rows = features.featuresAsOf(CUTOFF);

        assertThat(rows).extracting(CustomerFeatures::userId).isSorted().doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).hasSize(CustomerFeatures.NAMES.size()));
    }

    @Test
    void featuresOfChosenCustomersAreTheSameRowsAsInTheFullSetAndNothingElse() {
        Map<Long, CustomerFeatures> all = featuresAtCutoff();

        List<CustomerFeatures> chosen = features.featuresAsOf(CUTOFF, List.of(buyer, browser));

        assertThat(chosen).extracting(CustomerFeatures::userId).containsExactlyInAnyOrder(buyer, browser);
        assertThat(chosen).allSatisfy(row -> assertThat(row.values()).containsExactly(all.get(row.userId()).values()));
        assertThat(features.featuresAsOf(CUTOFF, List.of())).isEmpty();
    }

    @Test
    void labelsMarkWhoBoughtInTheHorizonAndWhatTheySpentCancelledOrdersAside() {
        assertThat(labels.horizon()).isEqualTo(Duration.ofDays(90));

        Map<Long, CustomerLabel> byUser = labels.labelsAsOf(CUTOFF, List.of(buyer, browser, both));

        assertThat(byUser).containsOnlyKeys(buyer, browser, both);
        assertThat(byUser.get(buyer)).isEqualTo(new CustomerLabel(buyer, false, new BigDecimal("45.00")));
        assertThat(byUser.get(browser)).isEqualTo(new CustomerLabel(browser, true, new BigDecimal("0.00")));
        assertThat(byUser.get(both)).isEqualTo(new CustomerLabel(both, true, new BigDecimal("0.00")));
    }

    @Test
    void aShorterHorizonEndsTheLabelWindowEarlier() {
        Map<Long, CustomerLabel> byUser = labels.labelsAsOf(CUTOFF, Duration.ofDays(30), List.of(buyer));

        // the buyer's next order is exactly 30 days after the cutoff: outside [cutoff, cutoff + 30 days)
        assertThat(byUser.get(buyer).churned()).isTrue();
    }

    private Map<Long, CustomerFeatures> featuresAtCutoff() {
        return features.featuresAsOf(CUTOFF).stream()
                .collect(Collectors.toMap(CustomerFeatures::userId, Function.identity()));
    }
}
