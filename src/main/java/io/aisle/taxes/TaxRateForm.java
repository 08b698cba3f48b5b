package io.aisle.taxes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an admin sends to create or replace a tax rate. {@code country} and {@code region} are upper-cased;
 * a blank {@code region} means the whole country. {@code rate} is a fraction from 0 to 1 with at most four
 * decimals ({@code 0.0725} is 7.25 %).
 */
public record TaxRateForm(
        @NotBlank @CountryCode String country,
        @RegionCode String region,
        @NotBlank @KnownTaxClass String taxClass,
        @NotBlank @Size(max = 64) String name,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal rate) {
}
