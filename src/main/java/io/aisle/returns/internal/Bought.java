package io.aisle.returns.internal;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A line of an order as a return sees it: units bought and what they paid together, i.e. the line's total less
 * its share of the order's discounts, plus its tax when the shop's prices exclude tax. Lines of the same product
 * (possible in imported histories) count as one.
 */
public record Bought(long productId, long variantId, String name, int quantity, BigDecimal paid) {

    /**
     * The order's lines in variant order (the order in which a request locks them). Lines of imported histories
     * name no variant: they were never shipped by this shop and cannot come back.
     */
    public static List<Bought> of(Order order) {
        Map<Long, Bought> byVariant = new TreeMap<>();
        for (OrderItem item : order.items()) {
            if (item.variantId() == null) {
                continue;
            }
            BigDecimal paid = item.lineTotal().subtract(item.discount())
                    .add(order.pricesIncludeTax() ? BigDecimal.ZERO : item.tax());
            byVariant.merge(item.variantId(), new Bought(item.productId(), item.variantId(), item.lineName(),
                    item.quantity(), paid),
                    (a, b) -> new Bought(a.productId, a.variantId, a.name, a.quantity + b.quantity, a.paid.add(b.paid)));
        }
        return List.copyOf(byVariant.values());
    }

    /**
     * What {@code quantity} units paid when {@code before} units of the line were claimed by earlier returns: the
     * line's paid amount for the first {@code before + quantity} units less that for the first {@code before},
     * each rounded to the cent, so the returns of a whole line add up to exactly what it paid.
     */
    public BigDecimal paidFor(int before, int quantity) {
        return upTo(before + quantity).subtract(upTo(before));
    }

    /** What one unit paid, rounded to the cent (for display). */
    public BigDecimal unitPaid() {
        return paid.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    private BigDecimal upTo(int units) {
        return paid.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    /**
     * The part of the order's total that is not in its lines: shipping, with its tax and less its discount. What a
     * return that brings the rest of the order back adds to its refund.
     */
    public static BigDecimal shippingPaid(Order order) {
        BigDecimal lines = order.items().stream().map(item -> item.lineTotal().subtract(item.discount())
                .add(order.pricesIncludeTax() ? BigDecimal.ZERO : item.tax())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return order.total().subtract(lines).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
