package io.aisle.shopping;

import io.aisle.identity.AccountDeleted;
import io.aisle.shopping.data.CartRepository;
import io.aisle.shopping.data.CartStateRepository;
import io.aisle.shopping.data.WishlistRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's cart and wishlist go with it, in the deleting transaction. */
@Component
class ShoppingDataOfDeletedAccounts {

    private final CartRepository cart;
    private final CartStateRepository cartStates;
    private final WishlistRepository wishlist;

    ShoppingDataOfDeletedAccounts(CartRepository cart, CartStateRepository cartStates, WishlistRepository wishlist) {
        this.cart = cart;
        this.cartStates = cartStates;
        this.wishlist = wishlist;
    }

    @EventListener
    void on(AccountDeleted event) {
        cart.deleteAll(event.userId());
        cartStates.delete(event.userId());
        wishlist.deleteAll(event.userId());
    }
}
