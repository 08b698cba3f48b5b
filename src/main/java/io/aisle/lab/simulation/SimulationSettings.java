package io.aisle.lab.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What to simulate. Customers sign up uniformly over [start, start + months); the labels look at
 * [cutoff, cutoff + horizonDays), which must end by the end of the simulated period.
 */
public record SimulationSettings(
        long seed,
        int customers,
        LocalDate start,
        int months,
        LocalDate cutoff,
        int horizonDays,
        EngagementChain chain,
        Population population) {

    public static final int DEFAULT_HORIZON_DAYS = 90;
    private static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 1);

    public SimulationSettings {
        if (customers < 1 || months < 1 || horizonDays < 1) {
            throw new IllegalArgumentException("customers, months and horizon days must be positive");
        }
        if (!cutoff.isAfter(start) || cutoff.plusDays(horizonDays).isAfter(start.plusMonths(months))) {
            throw new IllegalArgumentException("the cutoff must follow the start and leave the horizon inside the period");
        }
    }

    /** 10 000 customers over 12 months from 2025-01-01, cutoff 90 days before the end, seed 42. */
    public static SimulationSettings defaults() {
        return of(10_000, 12, 42);
    }

    /** The default model and start, with the cutoff one default horizon before the end. */
    public static SimulationSettings of(int customers, int months, long seed) {
        LocalDate cutoff = DEFAULT_START.plusMonths(months).minusDays(DEFAULT_HORIZON_DAYS);
        return new SimulationSettings(seed, customers, DEFAULT_START, months, cutoff, DEFAULT_HORIZON_DAYS,
                EngagementChain.DEFAULT, Population.DEFAULT);
    }

    /** The default model over the {@code months} before {@code end}, cutoff one default horizon before it. */
    public static SimulationSettings endingOn(LocalDate end, int customers, int months, long seed) {
        return new SimulationSettings(seed, customers, end.minusMonths(months), months,
                end.minusDays(DEFAULT_HORIZON_DAYS), DEFAULT_HORIZON_DAYS, EngagementChain.DEFAULT, Population.DEFAULT);
    }

    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(newSeed, customers, start, months, cutoff, horizonDays, chain, population);
    }

    public LocalDate end() {
        return start.plusMonths(months);
    }

    int totalDays() {
        return (int) ChronoUnit.DAYS.between(start, end());
    }

    int cutoffDay() {
        return (int) ChronoUnit.DAYS.between(start, cutoff);
    }
}
