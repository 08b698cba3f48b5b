package io.aisle.admin.promotions;

import io.aisle.platform.InvalidRequestException;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionForm;
import io.aisle.promotions.PromotionKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The promotion form as the page posts it: targets as comma-separated text, dates as the browser's
 * date-and-time fields (read as UTC), unticked boxes absent. {@link #toForm()} turns it into the module's form.
 */
record PromotionPageForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 64) @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9_-]*", message = "may contain only letters, digits, '_' and '-'") String code,
        @NotNull PromotionKind kind,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal value,
        @Min(1) @Max(1000) Integer buyQuantity,
        @Min(1) @Max(1000) Integer discountedQuantity,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal minSubtotal,
        @Size(max = 1000) @Pattern(regexp = "[0-9,\\s]*", message = "must be product ids separated by commas") String products,
        @Size(max = 1000) @Pattern(regexp = "[a-z0-9,\\s-]*", message = "must be category slugs separated by commas") String categories,
        Boolean firstOrderOnly,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
        @Min(1) @Max(100_000_000) Integer usageLimit,
        @Min(1) @Max(100_000_000) Integer perCustomerLimit,
        Boolean stackable) {

    static final PromotionPageForm EMPTY = new PromotionPageForm(null, null, PromotionKind.PERCENTAGE, null, null,
            null, null, null, null, false, null, null, null, null, false);

    static PromotionPageForm of(Promotion p) {
        return new PromotionPageForm(p.name(), p.code(), p.kind(), p.value(), p.buyQuantity(), p.discountedQuantity(),
                p.minSubtotal(), join(p.productIds()), join(p.categorySlugs()), p.firstOrderOnly(), local(p.startsAt()),
                local(p.endsAt()), p.usageLimit(), p.perCustomerLimit(), p.stackable());
    }

    PromotionForm toForm() {
        List<Long> productIds;
        try {
            productIds = split(products).stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("products", "must be product ids separated by commas");
        }
        return new PromotionForm(name, code, kind, value, buyQuantity, discountedQuantity, minSubtotal, productIds,
                split(categories), firstOrderOnly, utc(startsAt), utc(endsAt), usageLimit, perCustomerLimit, stackable);
    }

    private static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
