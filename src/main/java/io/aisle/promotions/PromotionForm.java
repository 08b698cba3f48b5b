package io.aisle.promotions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an admin sends to create or replace a promotion. A blank {@code code} makes it automatic. Rules
 * between fields (a percentage is at most 100, buy X get Y needs both quantities, the end comes after the
 * start) are checked by {@link PromotionAdmin}, which names the field.
 */
public record PromotionForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 64) @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9_-]*", message = "may contain only letters, digits, '_' and '-'") String code,
        @NotNull PromotionKind kind,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal value,
        @Min(1) @Max(1000) Integer buyQuantity,
        @Min(1) @Max(1000) Integer discountedQuantity,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal minSubtotal,
        @Size(max = 100) List<@NotNull @Positive Long> productIds,
        @Size(max = 50) List<@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "must be a category slug") String> categorySlugs,
        Boolean firstOrderOnly,
        Instant startsAt,
        Instant endsAt,
        @Min(1) @Max(100_000_000) Integer usageLimit,
        @Min(1) @Max(100_000_000) Integer perCustomerLimit,
        Boolean stackable) {

    /** Absent flags are false. */
    public PromotionForm {
        firstOrderOnly = Boolean.TRUE.equals(firstOrderOnly);
        stackable = Boolean.TRUE.equals(stackable);
        productIds = productIds == null ? List.of() : productIds.stream().distinct().toList();
        categorySlugs = categorySlugs == null ? List.of() : categorySlugs.stream().distinct().toList();
    }
}
