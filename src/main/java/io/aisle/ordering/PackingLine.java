package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line item of an order with everything a warehouse needs to pack and address it, and the order's
 * figures (repeated on each of its lines; {@code line} numbers the lines of an order from 1). Carrier and
 * tracking number are null until the order ships.
 */
public record PackingLine(long orderId, int line, Instant placedAt, OrderStatus status, String paymentStatus,
        String email, String shipName, String shipCompany, String shipLine1, String shipLine2, String shipCity,
        String shipRegion, String shipPostalCode, String shipCountry, String shipPhone, String sku, String productName,
        int quantity, BigDecimal unitPrice, BigDecimal lineTotal, BigDecimal subtotal, BigDecimal shippingFee,
        BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total, String currency, String paymentReference,
        String carrier, String trackingNumber, Instant shippedAt, Instant deliveredAt, Instant cancelledAt) {
}
