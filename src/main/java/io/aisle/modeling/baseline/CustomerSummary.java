package io.aisle.modeling.baseline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the BG/NBD and Gamma-Gamma models know about one customer at a calibration cutoff.
 *
 * <p>Times are in one unit throughout (days or weeks, say) and measured from the customer's first
 * purchase, their "birth". Note that {@code recency} is the time of the last repeat purchase since birth,
 * not the RFM "time since last purchase".
 *
 * @param frequency x: number of repeat purchases (the first purchase is not one)
 * @param recency t<sub>x</sub>: time from the first purchase to the last repeat purchase; 0 when x = 0
 * @param age T: time from the first purchase to the cutoff
 * @param monetaryValue mean value of the repeat purchases; 0 when x = 0
 */
public record CustomerSummary(int frequency, double recency, double age, double monetaryValue) {

    public CustomerSummary {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must not be negative: " + frequency);
        }
        if (!(recency >= 0 && recency <= age && Double.isFinite(age))) {
            throw new IllegalArgumentException("need 0 <= recency <= age, got " + recency + " and " + age);
        }
        if (!(monetaryValue >= 0 && Double.isFinite(monetaryValue))) {
            throw new IllegalArgumentException("monetaryValue must be finite and not negative: " + monetaryValue);
        }
        if (frequency == 0 && (recency != 0 || monetaryValue != 0)) {
            throw new IllegalArgumentException("a customer without repeat purchases has recency and monetaryValue 0");
        }
    }

    /**
     * Summarises a customer's purchases at a calibration cutoff, with the conventions of Fader, Hardie and
     * Lee (and of the {@code lifetimes} package):
     * <ul>
     *   <li>only purchases on or before {@code cutoff} count; later ones belong to the holdout period;</li>
     *   <li>purchases on the same day are one transaction, worth their sum: the models count purchase
     *       occasions, and a basket split into two orders is still one visit;</li>
     *   <li>the first purchase day is the customer's birth and is not a repeat purchase, so a customer who
     *       bought on one day only has x = 0;</li>
     *   <li>the monetary value is the mean over the repeat days only: the first purchase is left out because
     *       acquisition baskets are often unlike later ones (promotions, starter kits);</li>
     *   <li>recency and age are whole days between dates, divided by the length of {@code unit} in days
     *       (so weeks give fractions such as 30.43, as in the CDNOW data).</li>
     * </ul>
     *
     * @param unit the time unit of the summary: {@code DAYS}, {@code WEEKS}, or any longer unit (months and
     *     years use their average length)
     * @return empty when the customer had made no purchase by the cutoff: not yet part of the customer base
     */
    public static Optional<CustomerSummary> atCutoff(List<Purchase> purchases, LocalDate cutoff, ChronoUnit unit) {
        double daysPerUnit = unit.getDuration().getSeconds() / 86_400.0;
        if (daysPerUnit < 1) {
            throw new IllegalArgumentException("purchases are dated by day; a unit shorter than a day cannot be used: " + unit);
        }
        TreeMap<LocalDate, Double> spendByDay = new TreeMap<>();
        for (Purchase purchase : purchases) {
            if (!purchase.date().isAfter(cutoff)) {
                spendByDay.merge(purchase.date(), purchase.amount(), Double::sum);
            }
        }
        if (spendByDay.isEmpty()) {
            return Optional.empty();
        }
        LocalDate birth = spendByDay.firstKey();
        int repeats = spendByDay.size() - 1;
        double age = ChronoUnit.DAYS.between(birth, cutoff) / daysPerUnit;
        if (repeats == 0) {
            return Optional.of(new CustomerSummary(0, 0, age, 0));
        }
        double recency = ChronoUnit.DAYS.between(birth, spendByDay.lastKey()) / daysPerUnit;
        double repeatSpend = spendByDay.tailMap(birth, false).values().stream().mapToDouble(Double::doubleValue).sum();
        return Optional.of(new CustomerSummary(repeats, recency, age, repeatSpend / repeats));
    }
}
