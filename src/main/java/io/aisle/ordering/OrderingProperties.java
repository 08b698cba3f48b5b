package io.aisle.ordering;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Ordering settings under {@code aisle.ordering}: the shop's {@code currency}; {@code homeCountry}, where a cart
 * is estimated to ship before the shopper gave an address; and the shipping rule of imported histories (free
 * from {@code freeShippingThreshold}, else {@code shippingFee}, delivered {@code deliveryDays} later), which
 * also seeded the Standard shipping method of a new shop (checkout prices shipping through the shipping
 * module).
 */
@Validated
@ConfigurationProperties("aisle.ordering")
public record OrderingProperties(
        @PositiveOrZero BigDecimal freeShippingThreshold,
        @PositiveOrZero BigDecimal shippingFee,
        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code") String currency,
        @Positive Integer deliveryDays,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code") String homeCountry) {

    public OrderingProperties {
        freeShippingThreshold = money(freeShippingThreshold == null ? new BigDecimal("50.00") : freeShippingThreshold);
        shippingFee = money(shippingFee == null ? new BigDecimal("9.99") : shippingFee);
        currency = currency == null ? "USD" : currency;
        deliveryDays = deliveryDays == null ? 5 : deliveryDays;
        homeCountry = homeCountry == null ? "US" : homeCountry;
    }

    /** The fee for an order with this subtotal. */
    public BigDecimal shippingFeeFor(BigDecimal subtotal) {
        return subtotal.compareTo(freeShippingThreshold) >= 0 ? money(BigDecimal.ZERO) : shippingFee;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
