package io.aisle.catalog;

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
import java.util.List;

/**
 * One variant in a {@link ProductForm}: its SKU, its option values (one per option name of the product, in order),
 * price, compare-at price (the price before a sale; null when not on sale), stock (the starting stock of a new
 * variant; an existing variant's stock moves only through audited adjustments) and weight.
 */
public record VariantForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-'") String sku,
        @Size(max = 3) List<@NotBlank @Size(max = 100) String> options,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal price,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal compareAtPrice,
        @Min(0) @Max(ProductForm.MAX_STOCK) Integer stock,
        @Min(0) @Max(ProductForm.MAX_WEIGHT_GRAMS) Integer weightGrams) {

    public VariantForm {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
