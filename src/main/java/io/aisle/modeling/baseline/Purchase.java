package io.aisle.modeling.baseline;

import java.time.LocalDate;
import java.util.Objects;

/** One purchase of a customer: the day it was made and what it was worth. */
public record Purchase(LocalDate date, double amount) {

    public Purchase {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("amount must be finite and not negative: " + amount);
        }
    }
}
