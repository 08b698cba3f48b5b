package io.aisle.admin.products;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manual stock change: units in (positive) or out (negative), and why, for the audit trail. */
record StockAdjustmentForm(
        @NotNull(message = "must be a number of units, like 10 or -3") @Min(-1_000_000) @Max(1_000_000) Integer delta,
        @NotBlank @Size(max = 500) String reason,
        Long variantId) {

    static final StockAdjustmentForm EMPTY = new StockAdjustmentForm(null, null, null);

    @AssertTrue(message = "must not be 0")
    public boolean isNonZero() {
        return delta == null || delta != 0;
    }
}
