package io.aisle.modeling.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSummaryTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final LocalDate CUTOFF = FIRST.plusDays(70);

    @Test
    void countsNeitherTheFirstPurchaseNorItsRepeatValue() {
        CustomerSummary summary = summarise(new Purchase(FIRST, 500));

        assertThat(summary).isEqualTo(new CustomerSummary(0, 0, 70, 0));
    }

    @Test
    void mergesPurchasesOnTheSameDayIntoOneWorthTheirSum() {
        CustomerSummary summary = summarise(new Purchase(FIRST, 10), new Purchase(FIRST, 15),
                new Purchase(FIRST.plusDays(20), 30), new Purchase(FIRST.plusDays(20), 12));

        assertThat(summary).isEqualTo(new CustomerSummary(1, 20, 70, 42));
    }

    @Test
    void averagesTheRepeatPurchasesOnly() {
        CustomerSummary summary = summarise(new Purchase(FIRST.plusDays(50), 30), new Purchase(FIRST, 1000),
                new Purchase(FIRST.plusDays(10), 10));

        assertThat(summary).isEqualTo(new CustomerSummary(2, 50, 70, 20));
    }

    @Test
    void countsTheCutoffDayButNothingAfterIt() {
        CustomerSummary summary = summarise(new Purchase(FIRST, 5), new Purchase(CUTOFF, 7), new Purchase(CUTOFF.plusDays(1), 9));

        assertThat(summary).isEqualTo(new CustomerSummary(1, 70, 70, 7));
    }

    @Test
    void measuresTimeInFractionsOfTheChosenUnit() {
        List<Purchase> purchases = List.of(new Purchase(FIRST, 5), new Purchase(FIRST.plusDays(17), 7));

        CustomerSummary weeks = CustomerSummary.atCutoff(purchases, CUTOFF, ChronoUnit.WEEKS).orElseThrow();

        assertThat(weeks.recency()).isCloseTo(17 / 7.0, offset(1e-12));
        assertThat(weeks.age()).isEqualTo(10.0);
        assertThatThrownBy(() -> CustomerSummary.atCutoff(purchases, CUTOFF, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasNoSummaryForACustomerWhoFirstBoughtAfterTheCutoff() {
        assertThat(CustomerSummary.atCutoff(List.of(new Purchase(CUTOFF.plusDays(1), 5)), CUTOFF, ChronoUnit.DAYS)).isEmpty();
        assertThat(CustomerSummary.atCutoff(List.of(), CUTOFF, ChronoUnit.DAYS)).isEmpty();
    }

    @Test
    void reproducesThePublishedCdnowSummariesFromTheRawTransactions() {
        var purchases = Cdnow.purchasesById();
        Cdnow.summariesById().forEach((id, published) -> {
            CustomerSummary summary = CustomerSummary.atCutoff(purchases.get(id), Cdnow.CALIBRATION_END, ChronoUnit.WEEKS)
                    .orElseThrow();
            // the published file rounds to cents and hundredths of a week
            assertThat(summary.frequency()).as("x of %s", id).isEqualTo(published.frequency());
            assertThat(summary.recency()).as("t_x of %s", id).isCloseTo(published.recency(), offset(0.0051));
            assertThat(summary.age()).as("T of %s", id).isCloseTo(published.age(), offset(0.0051));
            assertThat(summary.monetaryValue()).as("zbar of %s", id).isCloseTo(published.monetaryValue(), offset(0.0051));
        });
    }

    @Test
    void refusesAnInconsistentSummary() {
        assertThatThrownBy(() -> new CustomerSummary(2, 40, 39, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSummary(0, 5, 39, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerSummary(-1, 0, 39, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Purchase(FIRST, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CustomerSummary summarise(Purchase... purchases) {
        return CustomerSummary.atCutoff(List.of(purchases), CUTOFF, ChronoUnit.DAYS).orElseThrow();
    }
}
