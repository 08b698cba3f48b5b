package io.aisle.storefront.cart;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guest's cart: product ids and quantities in the order they were added, kept in the HTTP session
 * (so it survives the session id change at sign-in) and priced live from the catalog when shown.
 */
final class GuestCart implements Serializable {

    static final String SESSION_ATTRIBUTE = GuestCart.class.getName();

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<Long, Integer> lines = new LinkedHashMap<>();

    int quantity(long productId) {
        return lines.getOrDefault(productId, 0);
    }

    void set(long productId, int quantity) {
        lines.put(productId, quantity);
    }

    void remove(long productId) {
        lines.remove(productId);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    Map<Long, Integer> lines() {
        return Collections.unmodifiableMap(lines);
    }
}
