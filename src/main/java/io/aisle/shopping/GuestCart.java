package io.aisle.shopping;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A guest's cart: product ids and quantities in the order they were added, kept by the storefront in the
 * HTTP session and priced live from the catalog when shown. Immutable: {@link GuestCartService} applies the
 * cart rules and answers a new cart. {@code id} stays for the cart's life; {@code version} grows with every
 * change, so (id, version) names one content of the cart: two tabs checking out the same content can be
 * told apart from a checkout of a changed cart.
 */
public record GuestCart(String id, long version, List<Line> lines) implements Serializable {

    /** One line: a product and its units. */
    public record Line(long productId, int quantity) implements Serializable {
    }

    public GuestCart {
        lines = List.copyOf(lines);
    }

    /** A new, empty cart with an id of its own. */
    public static GuestCart empty() {
        return new GuestCart(UUID.randomUUID().toString(), 0, List.of());
    }

    public int quantity(long productId) {
        return lines.stream().filter(line -> line.productId() == productId).mapToInt(Line::quantity).findFirst().orElse(0);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Product id to quantity, in cart order. */
    public Map<Long, Integer> quantities() {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.put(line.productId(), line.quantity()));
        return quantities;
    }

    /** The cart with the product's line at this quantity (added at the end when new). */
    GuestCart with(long productId, int quantity) {
        List<Line> changed = new ArrayList<>(lines);
        int at = indexOf(productId);
        if (at >= 0) {
            changed.set(at, new Line(productId, quantity));
        } else {
            changed.add(new Line(productId, quantity));
        }
        return new GuestCart(id, version + 1, changed);
    }

    /** The cart without the product's line; the same cart when it had none. */
    GuestCart without(long productId) {
        int at = indexOf(productId);
        if (at < 0) {
            return this;
        }
        List<Line> changed = new ArrayList<>(lines);
        changed.remove(at);
        return new GuestCart(id, version + 1, changed);
    }

    private int indexOf(long productId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).productId() == productId) {
                return i;
            }
        }
        return -1;
    }
}
