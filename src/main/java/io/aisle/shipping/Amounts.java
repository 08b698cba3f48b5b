package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The checks of money amounts and rate bands in a method form. */
final class Amounts {

    static final int MAX_BANDS = 50;
    private static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {
    }

    /** A 400 naming {@code field} unless the amount is between 0 and the largest price, with at most two decimals. */
    static BigDecimal check(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException(field, "must be an amount from 0 to " + MAX + " with at most two decimals");
        }
        return amount.setScale(2);
    }

    /**
     * The bands with two decimals, or a 400 naming the first bad one: FLAT takes exactly one band from 0;
     * the others at least one, sorted by {@code from} without two bands starting at the same point; weights
     * are whole grams.
     */
    static List<RateBand> bands(RateKind kind, List<RateBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new InvalidRequestException("bands", kind == RateKind.FLAT
                    ? "must hold the flat price as one band from 0" : "must hold at least one band");
        }
        if (bands.size() > MAX_BANDS) {
            throw new InvalidRequestException("bands", "may hold at most " + MAX_BANDS + " bands");
        }
        if (kind == RateKind.FLAT && bands.size() != 1) {
            throw new InvalidRequestException("bands", "must hold exactly one band (from 0) for a FLAT rate");
        }
        List<RateBand> clean = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            RateBand band = bands.get(i);
            String field = "bands[" + i + "]";
            if (band == null) {
                throw new InvalidRequestException(field, "is required");
            }
            BigDecimal from = check(field + ".from", band.from());
            if (kind == RateKind.FLAT && from.signum() != 0) {
                throw new InvalidRequestException(field + ".from", "must be 0 for a FLAT rate");
            }
            if (kind == RateKind.BY_WEIGHT && from.stripTrailingZeros().scale() > 0) {
                throw new InvalidRequestException(field + ".from", "must be a whole number of grams");
            }
            if (!clean.isEmpty() && from.compareTo(clean.get(clean.size() - 1).from()) <= 0) {
                throw new InvalidRequestException(field + ".from", "must be greater than the band before it ("
                        + clean.get(clean.size() - 1).from().stripTrailingZeros().toPlainString()
                        + "): bands are sorted and do not overlap");
            }
            clean.add(new RateBand(from, check(field + ".price", band.price())));
        }
        return List.copyOf(clean);
    }
}
