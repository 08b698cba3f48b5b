package io.aisle.ordering;

import io.aisle.catalog.StockLine;
import io.aisle.identity.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order with its lines. Money is in {@code currency}; {@code itemCount} counts units. The status
 * times are null until the order reaches that status.
 */
public record Order(
        long id,
        long userId,
        OrderStatus status,
        List<OrderItem> items,
        int itemCount,
        BigDecimal subtotal,
        BigDecimal shippingFee,
        BigDecimal total,
        String currency,
        PostalAddress shippingAddress,
        String paymentReference,
        Instant createdAt,
        LocalDate estimatedDelivery,
        Instant shippedAt,
        Instant deliveredAt,
        Instant cancelledAt) {

    public Order withItems(List<OrderItem> lines) {
        return new Order(id, userId, status, List.copyOf(lines), itemCount, subtotal, shippingFee, total, currency,
                shippingAddress, paymentReference, createdAt, estimatedDelivery, shippedAt, deliveredAt, cancelledAt);
    }

    /** The lines as stock movements: what checkout takes and a cancellation puts back. */
    public List<StockLine> stockLines() {
        return items.stream().map(item -> new StockLine(item.productId(), item.quantity())).toList();
    }
}
