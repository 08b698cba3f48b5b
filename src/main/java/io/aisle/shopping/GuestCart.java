package io.aisle.shopping;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A guest's cart: variants (with their products) and quantities in the order they were added, kept by the storefront in the
 * HTTP session and priced live from the catalog when shown. Immutable: {@link GuestCartService} applies the
 * cart rules and answers a new cart. {@code id} stays for the cart's life; {@code version} grows with every
 * change, so (id, version) names one content of the cart: two tabs checking out the same content can be
 * told apart from a checkout of a changed cart.
 */
public record GuestCart(String id, long version, List<Line> lines) implements Serializable {

    /** One line: a variant of a product and its units. */
    public record Line(long productId, long variantId, int quantity) implements Serializable {
    }

    public GuestCart {
        lines = List.copyOf(lines);
    }

    /** A new, empty cart with an id of its own. */
    public static GuestCart empty() {
        return new GuestCart(UUID.randomUUID().toString(), 0, List.of());
    }

    /** The units of the variant in the cart. */
    public int quantity(long variantId) {
        return lines.stream().filter(line -> line.variantId() == variantId).mapToInt(Line::quantity).findFirst().orElse(0);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Variant id to quantity, in cart order. */
    public Map<Long, Integer> quantities() {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.put(line.variantId(), line.quantity()));
        return quantities;
    }

    /** The cart with the variant's line at this quantity (added at the end when new). */
    GuestCart with(long productId, long variantId, int quantity) {
        List<Line> changed = new ArrayList<>(lines);
        int at = indexOf(variantId);
        if (at >= 0) {
            changed.set(at, new Line(productId, variantId, quantity));
        } else {
            changed.add(new Line(productId, variantId, quantity));
        }
        return new GuestCart(id, version + 1, changed);
    }

    /**
     * The cart without the variant's line, or without every line of the product when {@code variantId} is null;
     * the same cart when it had none.
     */
    GuestCart without(long productId, Long variantId) {
        List<Line> changed = new ArrayList<>(lines);
        boolean removed = changed.removeIf(line -> line.productId() == productId
                && (variantId == null || line.variantId() == variantId));
        return removed ? new GuestCart(id, version + 1, changed) : this;
    }

    private int indexOf(long variantId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).variantId() == variantId) {
                return i;
            }
        }
        return -1;
    }
}
