package io.aisle.ordering;

import io.aisle.catalog.StockLine;
import io.aisle.identity.PostalAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order with its lines and its money broken down: {@code total = subtotal + shippingFee − discountTotal}, plus
 * {@code taxTotal} when the shop's prices exclude tax ({@code pricesIncludeTax} false); with prices that include
 * tax, {@code taxTotal} is the part of the total that is tax. {@code discountTotal} holds every discount, a free
 * shipping one too; {@code adjustments} lists the taxes and discounts one by one. {@code userId} is null for a
 * guest's order; {@code email} is where the shop writes about the order. {@code status} is where the order is in
 * fulfilment; {@code paymentStatus} where its money is, through which {@code paymentProvider}; {@code refundedTotal}
 * is what was given back so far. A {@code PENDING} order holds its stock until {@code reservedUntil}. The status
 * times are null until the order reaches that status.
 */
public record Order(
        long id,
        Long userId,
        String email,
        OrderStatus status,
        PaymentStatus paymentStatus,
        List<OrderItem> items,
        int itemCount,
        BigDecimal subtotal,
        BigDecimal shippingFee,
        BigDecimal discountTotal,
        BigDecimal taxTotal,
        boolean pricesIncludeTax,
        BigDecimal total,
        String currency,
        String shippingMethod,
        PostalAddress shippingAddress,
        List<OrderAdjustment> adjustments,
        String paymentReference,
        Instant createdAt,
        LocalDate estimatedDelivery,
        Instant shippedAt,
        Instant deliveredAt,
        Instant cancelledAt,
        BigDecimal refundedTotal,
        String paymentProvider,
        Instant reservedUntil) {

    /** This order, not stored yet, as stored with this id and paid with this charge. */
    Order placed(long orderId, String chargeReference) {
        return new Order(orderId, userId, email, status, paymentStatus, items, itemCount, subtotal, shippingFee,
                discountTotal, taxTotal, pricesIncludeTax, total, currency, shippingMethod, shippingAddress,
                adjustments, chargeReference, createdAt, estimatedDelivery, shippedAt, deliveredAt, cancelledAt,
                refundedTotal, paymentProvider, reservedUntil);
    }

    /** This order, not stored yet, as stored with this id and waiting for its payment until {@code until}. */
    Order awaitingPayment(long orderId, Instant until) {
        return new Order(orderId, userId, email, OrderStatus.PENDING, PaymentStatus.PENDING, items, itemCount, subtotal,
                shippingFee, discountTotal, taxTotal, pricesIncludeTax, total, currency, shippingMethod,
                shippingAddress, adjustments, null, createdAt, estimatedDelivery, shippedAt, deliveredAt, cancelledAt,
                refundedTotal, paymentProvider, until);
    }

    /** Whether a guest placed it, without an account. */
    public boolean guest() {
        return userId == null;
    }

    public Order withDetails(List<OrderItem> lines, List<OrderAdjustment> details) {
        return new Order(id, userId, email, status, paymentStatus, List.copyOf(lines), itemCount, subtotal, shippingFee,
                discountTotal, taxTotal, pricesIncludeTax, total, currency, shippingMethod, shippingAddress,
                List.copyOf(details), paymentReference, createdAt, estimatedDelivery, shippedAt, deliveredAt,
                cancelledAt, refundedTotal, paymentProvider, reservedUntil);
    }

    /** The taxes, one line per rate. */
    public List<OrderAdjustment> taxLines() {
        return adjustments.stream().filter(a -> a.kind() == OrderAdjustment.Kind.TAX).toList();
    }

    /** The discounts, one line per promotion (a free-shipping one too). */
    public List<OrderAdjustment> discountLines() {
        return adjustments.stream().filter(a -> a.kind() != OrderAdjustment.Kind.TAX).toList();
    }

    /**
     * The lines as stock movements: what checkout takes and a cancellation puts back. Lines of imported histories
     * name no variant and never moved stock.
     */
    public List<StockLine> stockLines() {
        return items.stream().filter(item -> item.variantId() != null)
                .map(item -> new StockLine(item.productId(), item.variantId(), item.quantity())).toList();
    }
}
