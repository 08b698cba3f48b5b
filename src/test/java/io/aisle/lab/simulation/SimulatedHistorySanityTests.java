package io.aisle.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatedHistorySanityTests {

    private static final SimulationSettings SETTINGS = SimulationSettings.of(3_000, 12, 11);
    private static final SimulatedHistory HISTORY = Simulation.run(SETTINGS);

    @Test
    void churnRateAtTheCutoffIsPlausible() {
        double churnRate = HISTORY.realisedLabels().stream().filter(RealisedLabel::churned).count()
                / (double) HISTORY.realisedLabels().size();

        assertThat(churnRate).isBetween(0.2, 0.8);
    }

    @Test
    void groundTruthCoversExactlyTheCustomersWhoSignedUpByTheCutoff() {
        List<Long> signedUp = HISTORY.customers().stream()
                .filter(customer -> !customer.signupDate().isAfter(SETTINGS.cutoff()))
                .map(SimulatedCustomer::id).toList();

        assertThat(HISTORY.groundTruth()).extracting(GroundTruth::customerId).containsExactlyElementsOf(signedUp);
        assertThat(HISTORY.realisedLabels()).extracting(RealisedLabel::customerId).containsExactlyElementsOf(signedUp);
    }

    @Test
    void ordersArePlacedOnOrAfterSignUpAndInsideThePeriod() {
        Map<Long, LocalDate> signups = HISTORY.customers().stream()
                .collect(Collectors.toMap(SimulatedCustomer::id, SimulatedCustomer::signupDate));

        assertThat(HISTORY.orders()).isNotEmpty().allSatisfy(order -> {
            LocalDate placed = LocalDate.ofInstant(order.placedAt(), ZoneOffset.UTC);
            assertThat(placed).isAfterOrEqualTo(signups.get(order.customerId())).isBefore(SETTINGS.end());
        });
    }

    @Test
    void orderTotalsAreTheSumOfTheirLinesOfOneToThreeLines() {
        assertThat(HISTORY.orders()).allSatisfy(order -> {
            BigDecimal sum = order.lines().stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(order.total()).isEqualByComparingTo(sum);
            assertThat(order.lines()).hasSizeBetween(1, 3);
        });
    }

    @Test
    void linesArePricedFromTheCatalog() {
        Map<String, CatalogProduct> catalog = Catalog.sample().byCategory().stream().flatMap(List::stream)
                .collect(Collectors.toMap(CatalogProduct::sku, Function.identity()));

        assertThat(HISTORY.orders().stream().flatMap(order -> order.lines().stream())).allSatisfy(line -> {
            CatalogProduct product = catalog.get(line.sku());
            assertThat(product).isNotNull();
            assertThat(line.unitPrice()).isEqualTo(product.price());
            assertThat(line.category()).isEqualTo(product.category());
            assertThat(line.quantity()).isBetween(1, 3);
        });
    }

    @Test
    void everyOrderHasOneCheckoutAndEveryCancelledOrderOneCancel() {
        Map<SimulatedEventType, Long> counts = HISTORY.events().stream()
                .collect(Collectors.groupingBy(SimulatedEvent::type, Collectors.counting()));

        assertThat(counts.get(SimulatedEventType.CHECKOUT)).isEqualTo(HISTORY.orders().size());
        assertThat(counts.get(SimulatedEventType.CANCEL))
                .isEqualTo(HISTORY.orders().stream().filter(SimulatedOrder::cancelled).count()).isPositive();
        assertThat(counts.get(SimulatedEventType.LOGIN)).isGreaterThan(HISTORY.orders().size());
        assertThat(counts).containsKeys(SimulatedEventType.PRODUCT_VIEW, SimulatedEventType.SEARCH, SimulatedEventType.REVIEW,
                SimulatedEventType.ADD_TO_CART, SimulatedEventType.REMOVE_FROM_CART);
    }

    @Test
    void eachCustomersEventsAreInTimeOrder() {
        Map<Long, Instant> last = new HashMap<>();
        assertThat(HISTORY.events()).allSatisfy(event -> {
            Instant previous = last.put(event.customerId(), event.at());
            if (previous != null) {
                assertThat(event.at()).isAfter(previous);
            }
        });
    }

    @Test
    void someCartsAreAbandoned() {
        // a session runs from one LOGIN to the next; a cart add in a session without CHECKOUT was abandoned
        long abandoned = 0;
        boolean added = false;
        boolean checkedOut = false;
        for (SimulatedEvent event : HISTORY.events()) {
            if (event.type() == SimulatedEventType.LOGIN) {
                abandoned += added && !checkedOut ? 1 : 0;
                added = false;
                checkedOut = false;
            }
            added |= event.type() == SimulatedEventType.ADD_TO_CART;
            checkedOut |= event.type() == SimulatedEventType.CHECKOUT;
        }

        assertThat(abandoned).isGreaterThan(HISTORY.orders().size() / 10);
    }
}
