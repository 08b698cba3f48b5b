package io.aisle.retention.web;

import io.aisle.retention.CampaignForm;
import io.aisle.retention.DiscountKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The campaign form as the page posts it: the control group in percent, an unticked box absent, and the submission's
 * key (a fresh one each time the form is shown), which makes a double click or a resent form one campaign.
 */
record CampaignPageForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double minChurnProbability,
        @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal minPredictedSpend,
        @NotNull DiscountKind discountKind,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal discountValue,
        @NotNull @Min(1) @Max(365) Integer codeValidDays,
        @NotNull @Min(1) @Max(365) Integer horizonDays,
        @NotNull @Min(5) @Max(90) Integer controlPercent,
        Boolean llmText,
        @NotBlank String requestKey) {

    CampaignForm toForm() {
        return new CampaignForm(name, minChurnProbability, minPredictedSpend, discountKind, discountValue, codeValidDays,
                horizonDays, controlPercent / 100.0, llmText, null);
    }
}
