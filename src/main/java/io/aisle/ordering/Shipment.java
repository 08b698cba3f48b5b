package io.aisle.ordering;

import java.time.Instant;

/**
 * How an order left the shop: the carrier, its tracking number and the page where the customer follows the
 * parcel (null when there is none: a pick-up, or an other carrier without one).
 */
public record Shipment(long id, long orderId, Carrier carrier, String carrierName, String trackingNumber,
        String trackingUrl, Instant shippedAt) {

    public Shipment(long id, long orderId, Carrier carrier, String trackingNumber, String trackingUrl,
            Instant shippedAt) {
        this(id, orderId, carrier, carrier.displayName(), trackingNumber, trackingUrl, shippedAt);
    }
}
