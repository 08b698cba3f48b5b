package io.aisle.retention.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * The form's live preview as the page asks for it, with the form's own bounds: the preview is a GET anyone signed in
 * as admin can type, and NaN, 1e999999999 or a control group of 1000 % must be a message, never a 500 or a
 * negative count. Null: the defaults.
 */
record AudienceQuery(
        @DecimalMin("0") @DecimalMax("1") Double minChurnProbability,
        @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal minPredictedSpend,
        @Min(5) @Max(90) Integer controlPercent) {

    Double controlShare() {
        return controlPercent == null ? null : controlPercent / 100.0;
    }
}
