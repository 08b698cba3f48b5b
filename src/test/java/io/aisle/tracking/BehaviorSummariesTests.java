package io.aisle.tracking;

import static io.aisle.Histories.CUTOFF;
import static io.aisle.Histories.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aisle.ApiTest;
import io.aisle.Histories;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Behaviour summaries as of a cutoff, on a hand-made event history with known answers. */
class BehaviorSummariesTests extends ApiTest {

    @Autowired
    BehaviorSummaries summaries;

    @Test
    void countsSessionsAsUtcDaysAndAbandonedCartsAsDaysWithAnAddButNoCheckout() {
        long browser = newCustomer().id();
        Histories histories = new Histories(jdbc);
        Instant fortyDaysBefore = daysBefore(40);
        histories.event(browser, "LOGIN", fortyDaysBefore.plusSeconds(10 * 3600));
        histories.event(browser, "PRODUCT_VIEW", fortyDaysBefore.plusSeconds(10 * 3600 + 300));
        histories.event(browser, "PRODUCT_VIEW", fortyDaysBefore.plusSeconds(10 * 3600 + 360));
        histories.event(browser, "ADD_TO_CART", fortyDaysBefore.plusSeconds(10 * 3600 + 600));
        // late at night: the checkout falls on the next UTC day, so this day's cart was abandoned
        Instant tenDaysBefore = daysBefore(10);
        histories.event(browser, "SEARCH", tenDaysBefore.plusSeconds(23 * 3600 + 30 * 60));
        histories.event(browser, "PRODUCT_VIEW", tenDaysBefore.plusSeconds(23 * 3600 + 40 * 60));
        histories.event(browser, "ADD_TO_CART", tenDaysBefore.plusSeconds(23 * 3600 + 50 * 60));
        histories.event(browser, "CHECKOUT", daysBefore(9).plusSeconds(10 * 60));
        Instant twoDaysBefore = daysBefore(2);
        histories.event(browser, "PRODUCT_VIEW", twoDaysBefore.plusSeconds(12 * 3600));
        histories.event(browser, "ADD_TO_CART", twoDaysBefore.plusSeconds(12 * 3600 + 60));
        histories.event(browser, "REMOVE_FROM_CART", twoDaysBefore.plusSeconds(12 * 3600 + 120));
        Instant lastEvent = twoDaysBefore.plusSeconds(12 * 3600 + 300);
        histories.event(browser, "CHECKOUT", lastEvent);
        histories.event(browser, "PRODUCT_VIEW", CUTOFF);
        histories.event(browser, "LOGIN", daysBefore(-1));

        BehaviorSummary summary = summaries.asOf(CUTOFF).stream()
                .filter(s -> s.userId() == browser).findFirst().orElseThrow();

        assertThat(summary.sessions()).isEqualTo(4);
        assertThat(summary.productViews()).isEqualTo(4);
        assertThat(summary.searches()).isEqualTo(1);
        assertThat(summary.cartAdds()).isEqualTo(3);
        assertThat(summary.checkouts()).isEqualTo(2);
        assertThat(summary.abandonedCarts()).isEqualTo(2);
        assertThat(summary.lastEventAt()).isEqualTo(lastEvent);
        assertThat(summary.daysSinceLastEvent()).isCloseTo(1 + 11 / 24.0 + 55 / 1440.0, within(1e-9));
        assertThat(summary.viewsLast30Days()).isEqualTo(2);
        assertThat(summary.viewsPrevious30Days()).isEqualTo(2);
    }

    @Test
    void leavesOutCustomersWhoseEventsAllCameAfterTheCutoff() {
        long later = newCustomer().id();
        new Histories(jdbc).event(later, "PRODUCT_VIEW", daysBefore(-3));

        assertThat(summaries.asOf(CUTOFF)).noneMatch(s -> s.userId() == later);
    }
}
