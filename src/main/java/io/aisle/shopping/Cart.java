package io.aisle.shopping;

import java.math.BigDecimal;
import java.util.List;

/** The customer's cart priced live from the catalog; {@code itemCount} counts units, not lines. */
public record Cart(List<Item> items, int itemCount, BigDecimal subtotal) {

    /**
     * One line: a variant of a product ({@code variantTitle} its option values, empty for a product without
     * options); {@code stock} is the variant's and lets a client warn when the line asks for more than is left.
     */
    public record Item(long productId, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal,
            String imageUrl, int stock, long variantId, String variantTitle, String sku) {

        static Item of(CartLine line) {
            var product = line.product();
            return new Item(product.id(), product.name(), product.price(), line.quantity(), line.lineTotal(),
                    product.imageUrl(), product.stock(), product.variantId(), product.variantTitle(), product.sku());
        }
    }

    static Cart of(List<Item> items) {
        return new Cart(items,
                items.stream().mapToInt(Item::quantity).sum(),
                items.stream().map(Item::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));
    }
}
