package io.aisle.shipping;

import io.aisle.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What an admin sends to create or replace a shipping method. {@code rateKind} is FLAT (one band from 0),
 * BY_SUBTOTAL (bands from subtotals) or BY_WEIGHT (bands from grams); {@code bands} sorted by
 * {@code from}, each starting after the one before. {@code freeFrom} (optional) is the subtotal from which
 * it costs nothing. {@code active} defaults to true, {@code pickup} to false, {@code sortOrder} to 0.
 */
public record MethodForm(String name, String carrier, Boolean pickup, Boolean active, Integer sortOrder,
        String rateKind, List<RateBand> bands, BigDecimal freeFrom, Integer minDays, Integer maxDays) {

    static final int MAX_DAYS = 365;

    /** The form stripped and with its defaults, or an {@link InvalidRequestException} naming the first bad field. */
    MethodForm checked() {
        RateKind kind = kind();
        int min = days("minDays", minDays);
        int max = days("maxDays", maxDays);
        if (max < min) {
            throw new InvalidRequestException("maxDays", "must be at least minDays (" + min + ")");
        }
        int order = sortOrder == null ? 0 : sortOrder;
        if (order < 0 || order > 10_000) {
            throw new InvalidRequestException("sortOrder", "must be between 0 and 10000");
        }
        BigDecimal free = freeFrom == null ? null : Amounts.check("freeFrom", freeFrom);
        return new MethodForm(Text.required("name", name, 100), Text.optional("carrier", carrier, 100),
                Boolean.TRUE.equals(pickup), !Boolean.FALSE.equals(active), order, kind.name(),
                Amounts.bands(kind, bands), free, min, max);
    }

    RateKind kind() {
        if (rateKind == null || rateKind.isBlank()) {
            throw new InvalidRequestException("rateKind", "is required: FLAT, BY_SUBTOTAL or BY_WEIGHT");
        }
        try {
            return RateKind.valueOf(rateKind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("rateKind", "must be FLAT, BY_SUBTOTAL or BY_WEIGHT");
        }
    }

    private static int days(String field, Integer days) {
        if (days == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidRequestException(field, "must be between 0 and " + MAX_DAYS);
        }
        return days;
    }
}
