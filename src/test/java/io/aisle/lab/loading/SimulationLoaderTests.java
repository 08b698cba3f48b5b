package io.aisle.lab.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.ApiTest;
import io.aisle.lab.simulation.RealisedLabel;
import io.aisle.lab.simulation.SimulatedEvent;
import io.aisle.lab.simulation.SimulatedEventType;
import io.aisle.lab.simulation.SimulatedHistory;
import io.aisle.lab.simulation.SimulatedOrder;
import io.aisle.lab.simulation.Simulation;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.CustomerLabel;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.LabelService;
import io.aisle.ordering.OrderingProperties;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small simulation loaded into the shop: the features and labels the shop then computes from its own
 * tables agree with what the simulated history says, so the loader and the feature SQL agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulationLoaderTests extends ApiTest {

    private static final SimulationSettings SETTINGS = SimulationSettings.of(300, 12, 20251);
    private static final Instant CUTOFF = SETTINGS.cutoff().atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant HORIZON_END = CUTOFF.plus(Duration.ofDays(SETTINGS.horizonDays()));

    @Autowired
    SimulationLoader loader;

    @Autowired
    FeatureService features;

    @Autowired
    LabelService labels;

    @Autowired
    OrderingProperties ordering;

    private SimulatedHistory history;
    private Map<Long, Long> userIds;

    @BeforeAll
    void load() {
        history = Simulation.run(SETTINGS);
        userIds = loader.load(history);
    }

    @Test
    void everySimulatedCustomerBecomesAnAccountSignedUpOnTheirDayThatCannotSignIn() {
        assertThat(userIds).hasSize(300).doesNotContainValue(null);
        assertThat(userIds.values()).doesNotHaveDuplicates();
        var first = history.customers().get(0);
        long userId = userIds.get(first.id());
        Map<String, Object> row = jdbc.sql("SELECT email, password_hash, DATE(created_at) AS day FROM users WHERE id = :id")
                .param("id", userId).query().singleRow();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("day").toString()).isEqualTo(first.signupDate().toString());
        expectProblem(api.post().uri("/api/v1/auth/login")
                .body(Map.of("email", row.get("email"), "password", "anything-at-all")).exchange(), 401);
    }

    @Test
    void everyOrderAndEventLandsWithoutMovingStock() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id IN (:ids)").param("ids", userIds.values())
                .query(Integer.class).single()).isEqualTo(history.orders().size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM behavior_events WHERE user_id IN (:ids)")
                .param("ids", userIds.values()).query(Integer.class).single()).isEqualTo(history.events().size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE user_id IN (:ids))")
                .param("ids", userIds.values()).query(Integer.class).single())
                .isEqualTo(history.orders().stream().mapToInt(o -> o.lines().size()).sum());
    }

    @Test
    void featuresAtTheCutoffAgreeWithTheSimulatedHistory() {
        Map<Long, CustomerFeatures> byUser = features.featuresAsOf(CUTOFF).stream()
                .filter(f -> userIds.containsValue(f.userId()))
                .collect(Collectors.toMap(CustomerFeatures::userId, Function.identity()));
        Map<Long, List<SimulatedOrder>> orders = history.orders().stream()
                .collect(Collectors.groupingBy(SimulatedOrder::customerId));
        Map<Long, List<SimulatedEvent>> events = history.events().stream()
                .collect(Collectors.groupingBy(SimulatedEvent::customerId));
        int active = 0;
        for (var customer : history.customers()) {
            List<SimulatedOrder> placed = orders.getOrDefault(customer.id(), List.of()).stream()
                    .filter(o -> o.placedAt().isBefore(CUTOFF)).toList();
            List<SimulatedEvent> seen = events.getOrDefault(customer.id(), List.of()).stream()
                    .filter(e -> e.at().isBefore(CUTOFF)).toList();
            CustomerFeatures actual = byUser.get(userIds.get(customer.id()));
            if (placed.isEmpty() && seen.isEmpty()) {
                assertThat(actual).isNull();
                continue;
            }
            active++;
            List<SimulatedOrder> live = placed.stream().filter(o -> !cancelledBefore(o, CUTOFF)).toList();
            assertThat(actual.orderCount()).isEqualTo(live.size());
            assertThat(actual.totalSpend()).isCloseTo(paid(live).doubleValue(), within(0.001));
            assertThat(actual.cancelledOrders()).isEqualTo(placed.size() - live.size());
            assertThat(actual.productViews()).isEqualTo(count(seen, SimulatedEventType.PRODUCT_VIEW));
            assertThat(actual.searches()).isEqualTo(count(seen, SimulatedEventType.SEARCH));
            assertThat(actual.cartAdds()).isEqualTo(count(seen, SimulatedEventType.ADD_TO_CART));
            assertThat(actual.checkouts()).isEqualTo(count(seen, SimulatedEventType.CHECKOUT));
        }
        assertThat(active).isGreaterThan(100);
        assertThat(byUser).hasSize(active);
    }

    @Test
    void labelsAtTheCutoffAreTheSimulatorsRealisedLabels() {
        List<RealisedLabel> realised = history.realisedLabels();
        Map<Long, CustomerLabel> actual = labels.labelsAsOf(CUTOFF,
                realised.stream().map(label -> userIds.get(label.customerId())).toList());
        Map<Long, List<SimulatedOrder>> orders = history.orders().stream()
                .collect(Collectors.groupingBy(SimulatedOrder::customerId));
        assertThat(realised).hasSizeGreaterThan(200);
        assertThat(realised).anyMatch(RealisedLabel::churned).anyMatch(label -> !label.churned());
        for (RealisedLabel label : realised) {
            CustomerLabel stored = actual.get(userIds.get(label.customerId()));
            assertThat(stored.churned()).as("customer %d churned", label.customerId()).isEqualTo(label.churned());
            List<SimulatedOrder> bought = orders.getOrDefault(label.customerId(), List.of()).stream()
                    .filter(o -> !o.cancelled() && !o.placedAt().isBefore(CUTOFF) && o.placedAt().isBefore(HORIZON_END))
                    .toList();
            assertThat(stored.spend()).isEqualByComparingTo(paid(bought));
            // the simulator's spend is the goods alone; the shop's adds shipping as at checkout
            assertThat(stored.spend().subtract(shipping(bought)).doubleValue())
                    .isCloseTo(label.spend(), within(0.001));
        }
    }

    /** A cancelled order was cancelled at the customer's first CANCEL event after it was placed. */
    private boolean cancelledBefore(SimulatedOrder order, Instant cutoff) {
        return order.cancelled() && history.events().stream()
                .filter(e -> e.customerId() == order.customerId() && e.type() == SimulatedEventType.CANCEL)
                .map(SimulatedEvent::at)
                .filter(at -> !at.isBefore(order.placedAt()))
                .min(Instant::compareTo)
                .orElseThrow()
                .isBefore(cutoff);
    }

    private BigDecimal paid(List<SimulatedOrder> orders) {
        return orders.stream().map(o -> o.total().add(ordering.shippingFeeFor(o.total())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal shipping(List<SimulatedOrder> orders) {
        return orders.stream().map(o -> ordering.shippingFeeFor(o.total())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long count(List<SimulatedEvent> events, SimulatedEventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }
}
