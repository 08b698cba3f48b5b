package io.aisle.ordering;

import static io.aisle.Histories.CUTOFF;
import static io.aisle.Histories.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.ApiTest;
import io.aisle.Histories;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The purchase history features and label windows, on hand-made histories with known answers. */
class PurchaseHistoryTests extends ApiTest {

    private static final double EXACT = 1e-9;

    @Autowired
    PurchaseHistory history;

    private long oneTime;
    private long regular;
    private long churned;
    private long canceller;

    @BeforeEach
    void makeHistories() {
        Histories histories = new Histories(jdbc);
        oneTime = newCustomer().id();
        histories.order(oneTime, "40.00", daysBefore(10), "books", "books");
        histories.order(oneTime, "12.50", daysBefore(-89), "books");

        regular = newCustomer().id();
        histories.order(regular, "10.00", daysBefore(100), "books");
        histories.order(regular, "20.00", daysBefore(70), "toys");
        histories.order(regular, "30.00", daysBefore(40), "books");
        histories.order(regular, "CONFIRMED", "40.00", daysBefore(3.5), null, "garden");
        histories.order(regular, "50.00", CUTOFF, "garden");
        histories.order(regular, "1000.00", daysBefore(-90), "garden");

        churned = newCustomer().id();
        histories.order(churned, "25.00", daysBefore(300), "sports");
        histories.order(churned, "35.00", daysBefore(200), "sports");

        canceller = newCustomer().id();
        histories.order(canceller, "CONFIRMED", "15.00", daysBefore(20), null, "books");
        histories.order(canceller, "CANCELLED", "60.00", daysBefore(15), daysBefore(14), "toys");
        histories.order(canceller, "CANCELLED", "70.00", daysBefore(5), daysBefore(-2), "garden");
        histories.order(canceller, "CANCELLED", "80.00", daysBefore(-1), daysBefore(-1.5), "garden");
    }

    @Test
    void oneTimeBuyerHasNoGapsAndBoughtInTheLastThirtyDays() {
        CustomerPurchases p = asOfCutoff().get(oneTime);

        assertThat(p.orderCount()).isEqualTo(1);
        assertThat(p.totalSpend()).isEqualByComparingTo("40.00");
        assertThat(p.averageOrderValue()).isEqualByComparingTo("40.00");
        assertThat(p.firstOrderAt()).isEqualTo(daysBefore(10)).isEqualTo(p.lastOrderAt());
        assertThat(p.recencyDays()).isCloseTo(10, within(EXACT));
        assertThat(p.tenureDays()).isCloseTo(10, within(EXACT));
        assertThat(p.meanDaysBetweenOrders()).isZero();
        assertThat(p.stdDaysBetweenOrders()).isZero();
        assertThat(p.distinctCategories()).isEqualTo(1);
        assertThat(p.cancelledOrders()).isZero();
        assertThat(p.ordersLast30Days()).isEqualTo(1);
        assertThat(p.spendLast30Days()).isEqualByComparingTo("40.00");
        assertThat(p.ordersPrevious30Days()).isZero();
        assertThat(p.spendPrevious30Days()).isEqualByComparingTo("0");
    }

    @Test
    void regularBuyerHasGapStatisticsAndTrendAndNothingFromTheCutoffOn() {
        CustomerPurchases p = asOfCutoff().get(regular);

        assertThat(p.orderCount()).isEqualTo(4);
        assertThat(p.totalSpend()).isEqualByComparingTo("100.00");
        assertThat(p.averageOrderValue()).isEqualByComparingTo("25.00");
        assertThat(p.firstOrderAt()).isEqualTo(daysBefore(100));
        assertThat(p.lastOrderAt()).isEqualTo(daysBefore(3.5));
        assertThat(p.recencyDays()).isCloseTo(3.5, within(EXACT));
        assertThat(p.tenureDays()).isCloseTo(100, within(EXACT));
        double mean = (30 + 30 + 36.5) / 3;
        double sampleVariance = (2 * Math.pow(30 - mean, 2) + Math.pow(36.5 - mean, 2)) / 2;
        assertThat(p.meanDaysBetweenOrders()).isCloseTo(mean, within(1e-6));
        assertThat(p.stdDaysBetweenOrders()).isCloseTo(Math.sqrt(sampleVariance), within(1e-6));
        assertThat(p.distinctCategories()).isEqualTo(3);
        assertThat(p.cancelledOrders()).isZero();
        assertThat(p.ordersLast30Days()).isEqualTo(1);
        assertThat(p.spendLast30Days()).isEqualByComparingTo("40.00");
        assertThat(p.ordersPrevious30Days()).isEqualTo(1);
        assertThat(p.spendPrevious30Days()).isEqualByComparingTo("30.00");
    }

    @Test
    void churnedBuyerWithTwoOrdersHasOneGapAndZeroSpread() {
        CustomerPurchases p = asOfCutoff().get(churned);

        assertThat(p.orderCount()).isEqualTo(2);
        assertThat(p.totalSpend()).isEqualByComparingTo("60.00");
        assertThat(p.averageOrderValue()).isEqualByComparingTo("30.00");
        assertThat(p.recencyDays()).isCloseTo(200, within(EXACT));
        assertThat(p.tenureDays()).isCloseTo(300, within(EXACT));
        assertThat(p.meanDaysBetweenOrders()).isCloseTo(100, within(1e-6));
        assertThat(p.stdDaysBetweenOrders()).isZero();
        assertThat(p.distinctCategories()).isEqualTo(1);
        assertThat(p.ordersLast30Days() + p.ordersPrevious30Days()).isZero();
        assertThat(p.spendLast30Days().add(p.spendPrevious30Days())).isEqualByComparingTo("0");
    }

    @Test
    void ordersCancelledBeforeTheCutoffCountOnlyAsCancellationsAndLaterCancellationsDoNotLeak() {
        CustomerPurchases p = asOfCutoff().get(canceller);

        // the 70.00 order was cancelled only after the cutoff: at the cutoff it was a live order
        assertThat(p.orderCount()).isEqualTo(2);
        assertThat(p.cancelledOrders()).isEqualTo(1);
        assertThat(p.totalSpend()).isEqualByComparingTo("85.00");
        assertThat(p.averageOrderValue()).isEqualByComparingTo("42.50");
        assertThat(p.recencyDays()).isCloseTo(5, within(EXACT));
        assertThat(p.tenureDays()).isCloseTo(20, within(EXACT));
        assertThat(p.meanDaysBetweenOrders()).isCloseTo(15, within(1e-6));
        assertThat(p.stdDaysBetweenOrders()).isZero();
        assertThat(p.distinctCategories()).isEqualTo(2);
        assertThat(p.ordersLast30Days()).isEqualTo(2);
        assertThat(p.spendLast30Days()).isEqualByComparingTo("85.00");
    }

    @Test
    void customersWithOnlyCancelledOrdersHaveZerosAndNoOrderTimes() {
        long cancelledOnly = newCustomer().id();
        new Histories(jdbc).order(cancelledOnly, "CANCELLED", "30.00", daysBefore(3), daysBefore(2), "books");

        CustomerPurchases p = history.asOf(CUTOFF, List.of(cancelledOnly)).get(0);

        assertThat(p.orderCount()).isZero();
        assertThat(p.cancelledOrders()).isEqualTo(1);
        assertThat(p.totalSpend()).isEqualByComparingTo("0");
        assertThat(p.averageOrderValue()).isEqualByComparingTo("0");
        assertThat(p.firstOrderAt()).isNull();
        assertThat(p.recencyDays()).isZero();
        assertThat(p.tenureDays()).isZero();
        assertThat(p.distinctCategories()).isZero();
    }

    @Test
    void allCustomersAndTheGivenOnesAgree() {
        List<CustomerPurchases> given = history.asOf(CUTOFF, List.of(regular, churned));
        Map<Long, CustomerPurchases> all = asOfCutoff();

        assertThat(given).containsExactly(all.get(regular), all.get(churned));
        assertThat(history.asOf(CUTOFF, List.of())).isEmpty();
    }

    @Test
    void spendInALabelWindowCountsLiveOrdersFromTheCutoffUpToButExcludingItsEnd() {
        Instant end = daysBefore(-90);
        Map<Long, CustomerSpend> spend = history.spendBetween(CUTOFF, end).stream()
                .collect(Collectors.toMap(CustomerSpend::userId, Function.identity()));

        assertThat(spend.get(oneTime)).isEqualTo(new CustomerSpend(oneTime, 1, new BigDecimal("12.50")));
        assertThat(spend.get(regular)).isEqualTo(new CustomerSpend(regular, 1, new BigDecimal("50.00")));
        assertThat(spend).doesNotContainKeys(churned, canceller);
    }

    private Map<Long, CustomerPurchases> asOfCutoff() {
        return history.asOf(CUTOFF).stream()
                .collect(Collectors.toMap(CustomerPurchases::userId, Function.identity()));
    }
}
