package io.aisle.shopping;

import io.aisle.catalog.OutOfStockException;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.InvalidRequestException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;

/**
 * The rules of every cart, a customer's ({@link CartService}) or a guest's ({@link GuestCartService}), with
 * the messages that tell a refusal: a line holds 1 to {@value CartService#MAX_QUANTITY} units and never more
 * than the catalog has in stock when it is changed.
 */
final class CartRules {

    private CartRules() {
    }

    static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > CartService.MAX_QUANTITY) {
            throw new InvalidRequestException("The quantity must be between 1 and " + CartService.MAX_QUANTITY + ".");
        }
    }

    /** Adding {@code quantity} units to the {@code current} ones of the variant's line. */
    static int added(Product product, int current, int quantity) {
        checkQuantity(quantity);
        if (current + quantity > CartService.MAX_QUANTITY) {
            throw new InvalidRequestException("A cart line can hold at most " + CartService.MAX_QUANTITY
                    + " units; you already have " + current + " of " + product.lineName() + ".");
        }
        return current + quantity;
    }

    static void checkStock(Product product, int quantity) {
        if (quantity > product.stock()) {
            throw new OutOfStockException(product.id(), product.lineName(), product.stock(), quantity);
        }
    }

    /** How many units of the product a cart holding {@code held} can take of {@code wanted} more. */
    static int mostThatFits(Product product, int held, int wanted) {
        return Math.min(held + wanted, Math.min(product.stock(), CartService.MAX_QUANTITY));
    }

    /**
     * Lines (variant id to quantity, in cart order) with their products as the catalog has them now, as those
     * variants; variants and products no longer sold are left out.
     */
    static List<CartLine> priced(ProductService products, Map<Long, Integer> quantities) {
        Map<Long, Product> catalog = products.findVariants(quantities.keySet()).stream()
                .collect(Collectors.toMap(Product::variantId, Function.identity()));
        return quantities.entrySet().stream()
                .filter(line -> catalog.containsKey(line.getKey()))
                .map(line -> new CartLine(catalog.get(line.getKey()), line.getValue()))
                .toList();
    }
}
