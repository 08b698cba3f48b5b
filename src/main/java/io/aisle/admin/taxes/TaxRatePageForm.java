package io.aisle.admin.taxes;

import io.aisle.taxes.CountryCode;
import io.aisle.taxes.KnownTaxClass;
import io.aisle.taxes.RegionCode;
import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxClass;
import io.aisle.taxes.TaxRateForm;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The rate form of the admin page. People think of rates in percent ("7.25"), so the page takes percent
 * with up to two decimals, which is the API's fraction with up to four.
 */
record TaxRatePageForm(
        @NotBlank @CountryCode String country,
        @RegionCode String region,
        @NotBlank @KnownTaxClass String taxClass,
        @NotBlank @Size(max = 64) String name,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent) {

    static final TaxRatePageForm EMPTY = new TaxRatePageForm(null, null, TaxClass.STANDARD.code(), null, null);

    static TaxRatePageForm of(ShopTaxRate rate) {
        BigDecimal percent = rate.rate().movePointRight(2).stripTrailingZeros();
        // 20 %, not 2E+1 %
        return new TaxRatePageForm(rate.country(), rate.region(), rate.taxClass(), rate.name(),
                percent.scale() < 0 ? percent.setScale(0) : percent);
    }

    TaxRateForm toForm() {
        return new TaxRateForm(country, region, taxClass, name, percent.movePointLeft(2));
    }
}
