package io.aisle.retention;

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
 * What an admin sends to start a campaign. Customers are chosen by both thresholds on their stored scores (null: the
 * configured high-risk band and high-value band). {@code horizonDays} null: the insights horizon; {@code controlShare}
 * null: 0.2; {@code codeValidDays} null: 30; {@code seed} null: a random seed (recorded either way).
 */
public record CampaignForm(
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @DecimalMax("1") Double minChurnProbability,
        @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal minPredictedSpend,
        @NotNull DiscountKind discountKind,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal discountValue,
        @Min(1) @Max(365) Integer codeValidDays,
        @Min(1) @Max(365) Integer horizonDays,
        @DecimalMin("0.05") @DecimalMax("0.9") Double controlShare,
        Boolean llmText,
        Long seed) {

    public CampaignForm {
        codeValidDays = codeValidDays == null ? 30 : codeValidDays;
        controlShare = controlShare == null ? 0.2 : controlShare;
        llmText = Boolean.TRUE.equals(llmText);
    }
}
