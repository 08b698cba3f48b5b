package io.aisle.admin.dashboard;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The dashboard's period, both days inclusive; either may be left empty for the last 30 days. */
record PeriodForm(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    @AssertTrue(message = "The end must not be before the start.")
    boolean isInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "A period covers at most " + MAX_DAYS + " days.")
    boolean isShortEnough() {
        return from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    }
}
