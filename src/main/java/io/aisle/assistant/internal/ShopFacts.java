package io.aisle.assistant.internal;

import io.aisle.catalog.Product;
import io.aisle.catalog.Variant;
import io.aisle.ordering.Order;
import io.aisle.shopping.Cart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the tools answer: plain records that the LLM gets as JSON and the offline responder turns into sentences. */
public final class ShopFacts {

    private ShopFacts() {
    }

    /**
     * A product as the assistant reads it: {@code price} is its lowest ("from") price and {@code stock} the sum over
     * its variants; {@code variants} lists each size or colour with its own price and stock (empty for a product
     * without options).
     */
    public record ProductFact(long id, String name, String brand, String category, BigDecimal price, String currency,
            int stock, BigDecimal rating, int ratingCount, String url, String description, List<VariantFact> variants) {

        static ProductFact of(Product p, List<Variant> variants) {
            String description = p.description() == null || p.description().length() <= 200
                    ? p.description() : p.description().substring(0, 200) + "…";
            List<VariantFact> sold = variants.size() < 2 ? List.of()
                    : variants.stream().map(v -> new VariantFact(v.title(), v.price(), v.stock())).toList();
            return new ProductFact(p.id(), p.name(), p.brand(), p.category().name(), p.price(), p.currency(),
                    p.stock(), p.ratingAverage(), p.ratingCount(), "/p/" + p.id(), description, sold);
        }
    }

    /** One variant of a product: its option values ("M / Black"), price and stock. */
    public record VariantFact(String options, BigDecimal price, int stock) {
    }

    public record OrderLineFact(long productId, String name, int quantity, BigDecimal unitPrice) {
    }

    public record OrderFact(long id, String status, BigDecimal total, String currency, int itemCount,
            String placedOn, LocalDate estimatedDelivery, List<OrderLineFact> lines) {

        static OrderFact of(Order o) {
            return new OrderFact(o.id(), o.status().name(), o.total(), o.currency(), o.itemCount(),
                    o.createdAt().toString().substring(0, 10), o.estimatedDelivery(),
                    o.items().stream().map(i -> new OrderLineFact(i.productId(), i.lineName(), i.quantity(), i.unitPrice()))
                            .toList());
        }
    }

    public record CartLineFact(long productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    public record CartFact(List<CartLineFact> lines, int itemCount, BigDecimal subtotal) {

        static CartFact of(Cart cart) {
            return new CartFact(cart.items().stream()
                    .map(i -> new CartLineFact(i.productId(), i.variantTitle().isEmpty() ? i.name() : i.name() + " (" + i.variantTitle() + ")",
                            i.quantity(), i.unitPrice(), i.lineTotal()))
                    .toList(), cart.itemCount(), cart.subtotal());
        }
    }

    /** A tool could not answer: what to tell the customer (never data of anyone else). */
    public record Refusal(String reason) {
    }
}
