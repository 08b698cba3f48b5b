package io.aisle.ordering;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings under {@code aisle.payments}: the {@code provider} ({@code simulated} or {@code stripe}); how long
 * an order waiting for its payment holds its stock ({@code reservation}, 30 minutes by default); and how often
 * expired reservations are released ({@code reservationCheck}). Stripe's own settings are under
 * {@code aisle.payments.stripe}.
 */
@ConfigurationProperties("aisle.payments")
public record PaymentProperties(String provider, Duration reservation, Duration reservationCheck) {

    public PaymentProperties {
        provider = provider == null || provider.isBlank() ? "simulated" : provider;
        reservation = reservation == null || reservation.isNegative() || reservation.isZero() ? Duration.ofMinutes(30)
                : reservation;
        reservationCheck = reservationCheck == null || reservationCheck.isNegative() || reservationCheck.isZero()
                ? Duration.ofSeconds(30) : reservationCheck;
    }
}
