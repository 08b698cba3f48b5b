package io.aisle.ordering.payment.stripe;

/** Names this shop and Stripe agree on for PaymentIntents. */
final class StripeIntents {

    /** The metadata key that ties a PaymentIntent (and its refunds) to its order. */
    static final String ORDER_ID = "order_id";

    private StripeIntents() {
    }
}
