package io.aisle.storefront.cart;

import io.aisle.catalog.Product;
import io.aisle.ordering.Quote;
import io.aisle.shopping.CartLine;
import java.util.List;

/**
 * A cart as the pages show it, a guest's or a customer's: lines priced from the catalog as it is now, the
 * {@link Quote} of them (discounts; shipping and tax once an address is known), the promotion code the shopper
 * entered and why it does not apply, if it does not; and a stock problem per line when there is one (stock is
 * only taken at checkout, so a cart can ask for more than is left).
 */
public record CartView(List<Line> lines, Quote quote, String promotionCode, String promotionProblem) {

    public record Line(Product product, int quantity, Quote.Line priced) {

        /** What names the line on the page: the product's id, with its variant's for a product with options. */
        public String key() {
            return product.variantTitle().isEmpty() ? String.valueOf(product.id()) : product.id() + "-" + product.variantId();
        }


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

    static CartView of(List<CartLine> cartLines, Quote quote, String code, String problem) {
        List<Line> lines = new java.util.ArrayList<>(cartLines.size());
        for (int i = 0; i < cartLines.size(); i++) {
            CartLine line = cartLines.get(i);
            lines.add(new Line(line.product(), line.quantity(), quote == null ? null : quote.lines().get(i)));
        }
        return new CartView(List.copyOf(lines), quote, code, problem);
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean hasProblems() {
        return lines.stream().anyMatch(line -> line.problem() != null);
    }
}
