package io.aisle.storefront.cart;

/** The outcome of a change to a cart, told to the customer: what happened, or why it did not. */
public record CartChange(boolean done, String message) {

    static CartChange done(String message) {
        return new CartChange(true, message);
    }

    static CartChange refused(String reason) {
        return new CartChange(false, reason);
    }
}
