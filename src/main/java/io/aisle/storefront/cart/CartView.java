package io.aisle.storefront.cart;

import io.aisle.catalog.Product;
import io.aisle.ordering.OrderingProperties;
import io.aisle.shopping.CartLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * A cart as the pages show it, a guest's or a customer's: lines priced from the catalog as it is now,
 * the shipping fee by the shop's rule, and a stock problem per line when there is one (stock is only
 * taken at checkout, so a cart can ask for more than is left).
 */
public record CartView(List<Line> lines, int itemCount, BigDecimal subtotal, BigDecimal shipping, BigDecimal total,
        BigDecimal freeShippingThreshold) {

    public record Line(Product product, int quantity, BigDecimal lineTotal) {

        /** What stands in the way of ordering this line, or null. */
        public String problem() {
            if (product.stock() == 0) {
                return "Out of stock: remove it to check out.";
            }
            if (quantity > product.stock()) {
                return "Only " + product.stock() + " left: lower the quantity to check out.";
            }
            return null;
        }
    }

    static CartView of(List<CartLine> cartLines, OrderingProperties shop) {
        List<Line> lines = cartLines.stream().map(l -> new Line(l.product(), l.quantity(), l.lineTotal())).toList();
        BigDecimal subtotal = lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal shipping = lines.isEmpty() ? BigDecimal.ZERO.setScale(2) : shop.shippingFeeFor(subtotal);
        return new CartView(lines, lines.stream().mapToInt(Line::quantity).sum(), subtotal, shipping,
                subtotal.add(shipping), shop.freeShippingThreshold());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean hasProblems() {
        return lines.stream().anyMatch(line -> line.problem() != null);
    }

    /** How much more to spend for free shipping; zero when it is free already. */
    public BigDecimal toFreeShipping() {
        BigDecimal missing = freeShippingThreshold.subtract(subtotal);
        return missing.signum() > 0 ? missing : BigDecimal.ZERO;
    }
}
