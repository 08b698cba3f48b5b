package io.aisle.assistant.internal;

import io.aisle.assistant.Asker;
import io.aisle.ordering.OrderService;
import io.aisle.shopping.CartService;
import org.springframework.stereotype.Component;

/** Makes the tools for one asker, per message. */
@Component
public class ShopToolbox {

    private final ProductLookup lookup;
    private final OrderService orders;
    private final CartService carts;
    private final StorePolicies policies;

    ShopToolbox(ProductLookup lookup, OrderService orders, CartService carts, StorePolicies policies) {
        this.lookup = lookup;
        this.orders = orders;
        this.carts = carts;
        this.policies = policies;
    }

    public ShopTools forAsker(Asker asker) {
        return new ShopTools(asker, lookup, orders, carts, policies);
    }
}
