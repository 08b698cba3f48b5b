package io.aisle.catalog;

import io.aisle.taxes.KnownTaxClass;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an admin sends to create or replace a product. {@code stock} is the starting stock on create and
 * ignored on update (stock moves only through audited adjustments). {@code imageUrl} is optional: a
 * generated image is used when it is missing. {@code taxClass} (standard, reduced, zero; see
 * {@link io.aisle.taxes.TaxClass}) picks the tax rates that apply, {@code weightGrams} is the shipping weight;
 * both are optional: missing, a new product is standard-rated and weighs 0, and an update keeps the product's
 * current values, so clients written before these fields existed change nothing by leaving them out.
 *
 * <p>{@code status} is draft, active (the default) or archived; {@code publishAt} holds an active product back until
 * then. {@code options} names up to three options (size, colour) and {@code variants} lists the variants, each with
 * one value per option; without variants the product is sold as one default variant made of the form's SKU, price,
 * compare-at price, stock and weight. With variants, the product's price is the lowest of theirs.
 */
public record ProductForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-'") String sku,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String brand,
        @NotBlank @Size(max = 64) String category,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal price,
        @Min(0) @Max(MAX_STOCK) Integer stock,
        @Size(max = 500) @Pattern(regexp = "|(https?://|/)\\S*", message = "must be an http(s) URL or a path starting with /") String imageUrl,
        @KnownTaxClass String taxClass,
        @Min(0) @Max(MAX_WEIGHT_GRAMS) Integer weightGrams,
        @Pattern(regexp = "(?i)|draft|active|archived", message = "must be draft, active or archived") String status,
        Instant publishAt,
        @Size(max = 3) List<@NotBlank @Size(max = 64) String> options,
        @Size(max = 100) List<@Valid VariantForm> variants,
        @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal compareAtPrice) {

    /** The most units of one product the shop keeps count of; adjustments cannot go past it either. */
    public static final int MAX_STOCK = 1_000_000;

    /** The heaviest product the shop ships, in grams (a tonne). */
    public static final int MAX_WEIGHT_GRAMS = 1_000_000;

    public ProductForm {
        options = options == null ? List.of() : List.copyOf(options);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A form without tax class and weight: the defaults on create, the current values on update. */
    public ProductForm(String sku, String name, String brand, String category, String description, BigDecimal price,
            Integer stock, String imageUrl) {
        this(sku, name, brand, category, description, price, stock, imageUrl, null, null);
    }

    /** A form of one active product without options, sold as its one default variant. */
    public ProductForm(String sku, String name, String brand, String category, String description, BigDecimal price,
            Integer stock, String imageUrl, String taxClass, Integer weightGrams) {
        this(sku, name, brand, category, description, price, stock, imageUrl, taxClass, weightGrams, null, null,
                List.of(), List.of(), null);
    }

    /** The variants to sell: the form's own, or one default variant made of the form's SKU, price, stock and weight. */
    public List<VariantForm> variantsOrDefault() {
        return variants.isEmpty()
                ? List.of(new VariantForm(sku, List.of(), price, compareAtPrice, stock, weightGrams))
                : variants;
    }
}
