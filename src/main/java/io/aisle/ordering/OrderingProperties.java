package io.aisle.ordering;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Checkout settings under {@code aisle.ordering}: shipping is free from {@code freeShippingThreshold}
 * (subtotal), else it costs {@code shippingFee}; orders are expected {@code deliveryDays} after they are
 * placed.
 */
@Validated
@ConfigurationProperties("aisle.ordering")
public record OrderingProperties(
        @PositiveOrZero BigDecimal freeShippingThreshold,
        @PositiveOrZero BigDecimal shippingFee,
        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code") String currency,
        @Positive Integer deliveryDays) {

    public OrderingProperties {
        freeShippingThreshold = money(freeShippingThreshold == null ? new BigDecimal("50.00") : freeShippingThreshold);
        shippingFee = money(shippingFee == null ? new BigDecimal("9.99") : shippingFee);
        currency = currency == null ? "USD" : currency;
        deliveryDays = deliveryDays == null ? 5 : deliveryDays;
    }

    /** The fee for an order with this subtotal. */
    public BigDecimal shippingFeeFor(BigDecimal subtotal) {
        return subtotal.compareTo(freeShippingThreshold) >= 0 ? money(BigDecimal.ZERO) : shippingFee;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
