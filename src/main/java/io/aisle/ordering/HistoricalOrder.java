package io.aisle.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order of an imported or simulated history: placed at {@code placedAt} and delivered, or cancelled
 * at {@code cancelledAt} when that is not null.
 *
 * @param shippingFee what the history says was charged for delivery; null to charge the shop's own
 *     shipping fee as at checkout
 * @param currency the currency of the prices; null for the shop's currency
 * @param shipCountry the ISO 3166-1 alpha-2 code of the country it shipped to ({@code ZZ}: the history does
 *     not say); null for a history that records no address at all (a placeholder US address)
 */
public record HistoricalOrder(long userId, Instant placedAt, Instant cancelledAt, List<Line> lines,
        BigDecimal shippingFee, String currency, String shipCountry) {

    public HistoricalOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (shippingFee != null && shippingFee.signum() < 0) {
            throw new IllegalArgumentException("a shipping fee cannot be negative: " + shippingFee);
        }
    }

    /** An order in the shop's currency, shipping charged as at checkout, to a placeholder address. */
    public HistoricalOrder(long userId, Instant placedAt, Instant cancelledAt, List<Line> lines) {
        this(userId, placedAt, cancelledAt, lines, null, null, null);
    }

    /** A line as it was bought: the product's snapshot and the price paid. */
    public record Line(long productId, String sku, String name, String categorySlug, String categoryName,
            BigDecimal unitPrice, int quantity) {

        public BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }

        OrderItem item() {
            return OrderItem.untaxed(productId, sku, name, categorySlug, categoryName, unitPrice, quantity, lineTotal());
        }
    }

    public OrderStatus status() {
        return cancelledAt == null ? OrderStatus.DELIVERED : OrderStatus.CANCELLED;
    }

    public BigDecimal subtotal() {
        return lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
