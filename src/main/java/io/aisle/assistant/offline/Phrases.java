package io.aisle.assistant.offline;

import io.aisle.assistant.internal.ShopFacts.CartFact;
import io.aisle.assistant.internal.ShopFacts.OrderFact;
import io.aisle.assistant.internal.ShopFacts.ProductFact;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

/** The offline responder's sentences about products and orders. */
final class Phrases {

    static final String SIGNATURE = "\n\n(Aisle's offline assistant: answers come straight from the shop's data, "
            + "without an AI model.)";

    static final String GREETING = "Hello! I'm Aisle's offline assistant. I can find products, tell you prices and "
            + "stock, compare two products, check your orders and your cart, and answer questions about shipping, "
            + "returns and payment. What are you looking for?";

    static final String POINTER = "I'm not sure I understood. I can help you find products (\"do you have yoga "
            + "mats?\"), check a price or stock (\"how much is the Kindle Paperwhite?\"), compare two products, track "
            + "your orders, show your cart, and answer questions about shipping, returns and payment. You can also "
            + "search the catalog at the top of the page.";

    private Phrases() {
    }

    static String money(BigDecimal amount, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return ("USD".equals(currency) ? "$" : currency + " ") + format.format(amount);
    }

    static String stock(ProductFact p) {
        if (p.stock() == 0) {
            return "out of stock right now";
        }
        return p.stock() <= 5 ? "only " + p.stock() + " left in stock" : p.stock() + " in stock";
    }

    static String priceAndStock(ProductFact p) {
        if (p.variants().isEmpty()) {
            return p.name() + " by " + p.brand() + " costs " + money(p.price(), p.currency()) + " (" + stock(p) + ").";
        }
        // a product in sizes or colours: each one's price and stock, as the product page's availability table
        return p.name() + " by " + p.brand() + " costs from " + money(p.price(), p.currency()) + " (" + stock(p)
                + " in all). By option: " + p.variants().stream().map(v -> v.options() + " " + money(v.price(), p.currency())
                        + (v.stock() == 0 ? " (out of stock)" : v.stock() <= 5 ? " (only " + v.stock() + " left)" : ""))
                .collect(Collectors.joining(", ")) + ".";
    }

    static String line(ProductFact p) {
        String rating = p.ratingCount() > 0 ? ", rated " + p.rating().setScale(1, java.math.RoundingMode.HALF_UP)
                + "/5" : "";
        return "- " + p.name() + " (" + p.brand() + "): " + money(p.price(), p.currency()) + ", " + stock(p) + rating;
    }

    /** " (under $50, in stock)": the question's constraints in its own words, or nothing. */
    static String meeting(Understanding u) {
        return u.constraints().phrases().isEmpty() ? "" : " (" + u.constraints().said() + ")";
    }

    /** Nothing meets the question: said plainly, with no other products offered instead. */
    static String nothingFits(Understanding u) {
        String what = u.productWords().isBlank() ? "no products" : "nothing for \"" + u.productWords() + "\"";
        return "I found " + what + meeting(u) + " in the shop right now, so I have nothing to show you. Try other "
                + "words" + (u.constraints().phrases().isEmpty() ? "" : " or fewer conditions")
                + ", or browse the categories at the top of the page.";
    }

    static String order(OrderFact o) {
        String status = switch (o.status()) {
            case "PENDING" -> "is waiting for your payment to go through; its items are held for you until then";
            case "CONFIRMED" -> "is paid and being prepared; it has not shipped yet"
                    + (o.estimatedDelivery() == null ? "" : " (expected by " + o.estimatedDelivery() + ")");
            case "SHIPPED" -> "has shipped and is on its way"
                    + (o.estimatedDelivery() == null ? "" : " (expected by " + o.estimatedDelivery() + ")");
            case "DELIVERED" -> "was delivered";
            case "CANCELLED" -> "was cancelled";
            default -> "is " + o.status().toLowerCase(Locale.ROOT);
        };
        return "Order #" + o.id() + " (placed " + o.placedOn() + ", " + o.itemCount() + " item"
                + (o.itemCount() == 1 ? "" : "s") + ", " + money(o.total(), o.currency()) + ") " + status
                + ". Status: " + o.status().toLowerCase(Locale.ROOT) + ".";
    }

    static String cart(CartFact cart) {
        if (cart.lines().isEmpty()) {
            return "Your cart is empty.";
        }
        return "Your cart has " + cart.itemCount() + " item" + (cart.itemCount() == 1 ? "" : "s") + ":\n"
                + cart.lines().stream().map(l -> "- " + l.quantity() + " × " + l.name() + ": "
                        + Phrases.money(l.lineTotal(), "USD")).collect(Collectors.joining("\n"))
                + "\nSubtotal: " + Phrases.money(cart.subtotal(), "USD") + ".";
    }
}
